// Parts every official form shares (internal): the two-column header (office left, national
// motto right), title, template body with blocks, signature blocks, the draft mark.
#pragma once

#include "documents/sheet.h"
#include "documents/slips.h"
#include "documents/thermal.h"

#include "domain/error.h"

#include <functional>
#include <optional>

namespace motcua::documents {

using BlockHandler = std::function<void(std::string_view block)>;
using PageBlocks = std::function<void(Sheet&, std::string_view block)>;

/// "GIẤY TIẾP NHẬN HỒ SƠ" → "Giấy tiếp nhận hồ sơ" (the document name in QR codes and PDF titles).
[[nodiscard]] std::string sentenceCase(std::string_view title);
[[nodiscard]] std::string dossierQrPayload(const SlipContext& ctx, const domain::Dossier& d, const FormText& form,
                                           std::optional<domain::Instant> appointment);
/// How a slip's head is drawn.
struct SlipHead {
    bool qr = true;                                 ///< a dossier slip carries the QR (none without a dossier)
    std::optional<domain::Instant> appointment;     ///< in the QR (receipt, apology)
    std::string unit;                               ///< issuing unit under the parent body; empty: the office
};

/// A whole dossier slip on A5/A4: head with QR, optional draft mark, body, signatures, page numbers.
/// The body is set smaller, step by step, until the signatures fit on page 1 with it.
[[nodiscard]] Document pageSlip(const SlipContext& ctx, const domain::Dossier& d, const FormText& form, const Vars& vars,
                                Paper paper, const SlipHead& head, const PageBlocks& blocks, bool draft);
[[nodiscard]] Error unknownBlock(const FormText& form, std::string_view block);

/// The text with word joiners after '-' and '.', so a dossier code never breaks across lines.
[[nodiscard]] std::string keepTogether(std::string_view text);

/// The context dated at `act` (date line, QR time of issue, PDF date): a reprint is dated as issued.
[[nodiscard]] SlipContext atAct(const SlipContext& ctx, domain::Instant act);
/// The dossier's latest event of that action, or null.
[[nodiscard]] const domain::DossierEvent* lastEvent(const domain::DossierDetail& d, std::string_view action);

/// Variables every dossier form may use ({code}, {applicant}, {received_time}, …).
[[nodiscard]] Vars dossierVars(const SlipContext& ctx, const domain::Dossier& d);
/// Office and date-line variables only ({office_name}, {place}, {day}, …).
[[nodiscard]] Vars officeVars(const SlipContext& ctx);

[[nodiscard]] TextStyle bodyStyle(const Sheet& sheet);

/// Header, optional QR top left, date line, form number, title. Leaves the cursor under the title.
/// `unit`, when given, is the issuing unit printed under the parent body instead of the office.
void drawFormHead(Sheet& sheet, const SlipContext& ctx, const FormText& form, const Vars& vars,
                  const std::optional<QrMatrix>& qr, const std::string& unit = {});
/// The body; its last two text lines stay on the page of what follows them, `tail` points tall
/// (the signatures: never alone at the top of a page).
void drawBody(Sheet& sheet, const FormText& form, const Vars& vars, const BlockHandler& blocks, double tail = 0);
void drawSignatures(Sheet& sheet, const FormText& form, const Vars& vars);
/// The height drawSignatures takes, the space above included.
[[nodiscard]] double signaturesHeight(Sheet& sheet, const FormText& form, const Vars& vars);
/// A boxed warning across the page (draft apology slips).
void drawMark(Sheet& sheet, const std::string& text);
/// Numbered list of items split from a note ("; " or new lines): supplement items, reasons.
void drawItems(Sheet& sheet, const std::string& note);

/// The same form on a thermal strip: compact head, QR, body, names.
[[nodiscard]] Raster thermalForm(Paper paper, const SlipContext& ctx, const FormText& form, const Vars& vars,
                                 const std::optional<QrMatrix>& qr, const std::function<void(Strip&, std::string_view)>& blocks);

}  // namespace motcua::documents
