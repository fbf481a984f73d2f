// The editable words of every printed form (assets/templates/forms.json): titles, numbers, body
// lines with {variables}, signature blocks, table columns. Offices follow the text their
// province applies by editing a copy (DOMAIN.md §1, §3), so no form wording lives in code.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace motcua::documents {

struct Signature {
    std::string title;  ///< "NGƯỜI TIẾP NHẬN HỒ SƠ"
    std::string note;   ///< "(Ký và ghi rõ họ tên)"
    std::string name;   ///< printed under the signing space, usually a {variable}
};

struct FormText {
    std::string form;    ///< "Mẫu số 01"
    std::string title;
    std::string number;  ///< "Số: {ledger_line}/TNHS"; empty for no number line
    std::vector<std::string> body;
    std::vector<Signature> signatures;  ///< left, right (an empty title leaves that side blank)
    std::vector<std::string> columns;
    std::map<std::string, std::string> rows;  ///< other phrases a table needs
    /// A phrase from rows; throws Error(InvalidInput) naming the form when it is missing.
    [[nodiscard]] const std::string& row(const std::string& key) const;
    std::string name;  ///< the key it was loaded under, for messages
};

struct FormTexts {
    std::vector<std::string> national;  ///< the motto, two lines
    std::string dateLine;               ///< "{place}, ngày {day} tháng {month} năm {year}"
    std::string qrApplicant;            ///< "masked" (default) or "none"
    std::string draftMark;
    std::map<std::string, std::string> ticket;
    std::map<std::string, FormText> forms;

    /// Throws Error(InvalidInput) when the template set has no such form.
    [[nodiscard]] const FormText& form(const std::string& name) const;
    [[nodiscard]] const std::string& ticketText(const std::string& key) const;
};

/// The texts shipped in assets/templates/forms.json (compiled in).
[[nodiscard]] const FormTexts& defaultFormTexts();
/// Reads an office's template file over the defaults: what it leaves out keeps the shipped text.
/// Throws Error(InvalidInput) for malformed JSON or a field of the wrong type.
[[nodiscard]] FormTexts parseFormTexts(std::string_view json, const FormTexts& base = defaultFormTexts());
[[nodiscard]] FormTexts loadFormTexts(const std::string& path);

using Vars = std::map<std::string, std::string, std::less<>>;

/// One template line as pango markup: {name} becomes the value (escaped; an empty value becomes
/// a dotted line to fill in by hand), **…** bold, *…* italic. Throws Error(InvalidInput) for a
/// variable the form does not provide, so a typo in an office's template cannot print silently.
[[nodiscard]] std::string fillMarkup(std::string_view line, const Vars& vars);
/// The same without markup (for titles, QR payloads, plain-text output).
[[nodiscard]] std::string fillPlain(std::string_view line, const Vars& vars);

/// The dotted line printed for a value left to the pen.
inline constexpr std::string_view kBlankLine = "…………………";

}  // namespace motcua::documents
