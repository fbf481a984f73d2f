// Papers of a dossier: how the catalog lists them (required, conditional "nếu…", or only shown)
// and what the citizen actually handed in at intake (which paper, original/copy/certified copy,
// how many, or only shown). The receipt (form 01) lists the latter, never the catalog's list.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace motcua::domain {

/// How the catalog asks for a paper. Required and Shown papers must be presented for the dossier
/// to be received (a Shown one is seen and handed back); a Conditional one ("nếu ủy quyền",
/// "nếu có") only when its condition applies, so it never blocks intake.
enum class PaperKind { Required, Conditional, Shown };
[[nodiscard]] const char* paperKindName(PaperKind k);   // "required" | "conditional" | "shown"
[[nodiscard]] const char* paperKindLabel(PaperKind k);  // "bắt buộc" | "nếu có" | "xuất trình"
[[nodiscard]] std::optional<PaperKind> parsePaperKind(std::string_view name);
/// For catalogs without a kind column: "xuất trình" in the text → Shown; the word "nếu" at the
/// start, after "(", or in the paper's name before its " – " note → Conditional; else Required.
[[nodiscard]] PaperKind inferPaperKind(std::string_view text);

/// One paper of a procedure in the catalog: "Tờ khai … (bản chính), 1".
struct CatalogPaper {
    std::string text;
    PaperKind kind = PaperKind::Required;
    friend bool operator==(const CatalogPaper&, const CatalogPaper&) = default;
};

/// bản chính, bản sao, bản sao có chứng thực (Mẫu 01: "Bản chính/Bản sao").
enum class PaperForm { Original, Copy, CertifiedCopy };
[[nodiscard]] const char* paperFormName(PaperForm f);   // "original" | "copy" | "certified"
[[nodiscard]] const char* paperFormLabel(PaperForm f);  // "Bản chính" | "Bản sao" | "Bản sao có chứng thực"
[[nodiscard]] std::optional<PaperForm> parsePaperForm(std::string_view name);

/// A catalog paper's text split into its name and the form and quantity the catalog gives
/// ("Tờ khai (bản chính), 1" → "Tờ khai", Original, 1). Unknown parts stay empty / 0.
struct PaperTextParts {
    std::string name;
    std::string formLabel;  ///< as the catalog writes it, "Bản chính hoặc bản sao"; empty if none
    std::optional<PaperForm> form;
    int quantity = 0;
};
[[nodiscard]] PaperTextParts splitPaperText(std::string_view text);

inline constexpr int kMaxPaperQuantity = 99;

/// A paper handed in (or shown) at intake.
struct SubmittedPaper {
    int index = 0;     ///< 0-based position in the procedure's catalog list at intake
    std::string name;  ///< the paper's name then (the catalog may change later)
    PaperKind kind = PaperKind::Required;
    PaperForm form = PaperForm::Original;
    int quantity = 1;
    bool shown = false;  ///< xuất trình: seen and handed back, not kept in the dossier
    friend bool operator==(const SubmittedPaper&, const SubmittedPaper&) = default;
};

/// The clerk's choice for one catalog paper on the intake screen (and in its draft).
struct PaperEntry {
    bool given = false;
    PaperForm form = PaperForm::Original;
    int quantity = 1;
    bool shown = false;
    friend bool operator==(const PaperEntry&, const PaperEntry&) = default;
};
/// The entry a catalog paper starts with: not given, the catalog's form and quantity, shown
/// for a Shown paper.
[[nodiscard]] PaperEntry defaultPaperEntry(const CatalogPaper& paper);
/// The given entries as submitted papers (names and kinds from the catalog).
[[nodiscard]] std::vector<SubmittedPaper> submittedPapers(const std::vector<CatalogPaper>& catalog,
                                                          const std::vector<PaperEntry>& entries);
/// Entries encoded for a draft row: one token per paper, "-" (not given), "s" (shown) or
/// o|c|t followed by the quantity ("o1,-,s,c2"). Old drafts ("0101") still decode.
[[nodiscard]] std::string encodePaperEntries(const std::vector<PaperEntry>& entries);
[[nodiscard]] std::vector<PaperEntry> decodePaperEntries(std::string_view text);

/// Checks papers handed in against the catalog: indexes in range and not repeated, quantities
/// 1–99, and every Required or Shown paper present. Returns one Vietnamese message per problem
/// (empty: fine). Fills each paper's name and kind from the catalog.
[[nodiscard]] std::vector<std::string> checkSubmittedPapers(const std::vector<CatalogPaper>& catalog,
                                                            std::vector<SubmittedPaper>& papers);
/// The Required and Shown papers the entries leave out, one catalog text per line.
[[nodiscard]] std::string missingPapersText(const std::vector<CatalogPaper>& catalog, const std::vector<PaperEntry>& entries);

}  // namespace motcua::domain
