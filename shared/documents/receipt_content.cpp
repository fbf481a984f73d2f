#include "documents/receipt_content.h"

#include "documents/canvas.h"
#include "documents/field_lines.h"
#include "documents/qr.h"
#include "domain/payment/vietqr.h"

namespace motcua::documents {

namespace {

constexpr double kMm = 72.0 / 25.4;  // points per millimetre

std::string twoDigits(int n) { return n < 10 ? "0" + std::to_string(n) : std::to_string(n); }

std::vector<std::string> splitLines(const std::string& text)
{
    std::vector<std::string> out;
    std::size_t start = 0;
    while (start <= text.size()) {
        const auto nl = text.find('\n', start);
        out.push_back(text.substr(start, nl == std::string::npos ? std::string::npos : nl - start));
        if (nl == std::string::npos) break;
        start = nl + 1;
    }
    return out;
}

}  // namespace

std::vector<ReceiptPaper> receiptPapers(const FormText& form, const domain::DossierDetail& detail,
                                        const domain::Procedure& procedure)
{
    std::vector<ReceiptPaper> out;
    if (detail.dossier.papersRecorded) {
        for (const auto& p : detail.papers) {
            if (p.shown) out.push_back({p.name, form.row("shown"), ""});
            else out.push_back({p.name, domain::paperFormLabel(p.form), twoDigits(p.quantity)});
        }
        return out;
    }
    for (const auto& c : procedure.papers) {
        if (c.kind == domain::PaperKind::Conditional) continue;
        const auto parts = domain::splitPaperText(c.text);
        if (c.kind == domain::PaperKind::Shown) out.push_back({parts.name, form.row("shown"), ""});
        else out.push_back({parts.name, parts.formLabel, parts.quantity > 0 ? twoDigits(parts.quantity) : ""});
    }
    return out;
}

void addReceiptVars(Vars& vars, const FormText& form, const domain::Dossier& d)
{
    const auto& r = d.representative;
    vars["email"] = breakableEmail(d.email);
    vars["email_note"] = d.email.empty() ? "" : ", thư điện tử " + unbrokenEmail(d.email);
    vars["rep_name"] = r.name;
    vars["rep_id_number"] = r.idNumber;
    vars["rep_phone"] = r.phone;
    vars["rep_address"] = r.address;
    vars["rep_authorisation"] = r.authorisation;
    // Who signs as NGƯỜI NỘP HỒ SƠ: the representative who came, else a person applicant; an
    // organisation without a representative leaves the name to be written by hand.
    vars["submitter"] = !r.name.empty() ? r.name : d.applicantKind == domain::ApplicantKind::Person ? d.applicantName : "";
    const char* key = d.collection == domain::Collection::Post     ? "result_post"
                      : d.collection == domain::Collection::Online ? "result_online"
                                                                   : "result_counter";
    vars["result_place"] = fillPlain(form.row(key), vars);
}

std::string statusPageUrl(const Office& office, const domain::Dossier& d)
{
    std::string url;
    if (office.publicUrl.empty() || d.checkCode.empty()) return url;
    // Codes and check codes hold only capitals, digits, dots and hyphens: nothing to encode.
    url.append(office.publicUrl).append("/tra-cuu?ma=").append(d.code).append("&kiem=").append(d.checkCode);
    return url;
}

void addStatusLookupVars(Vars& vars, const Office& office, const domain::Dossier& d)
{
    vars["check_code"] = d.checkCode;
    std::string where;
    if (office.publicUrl.empty()) {
        where = "tại ki-ốt của ";
        where += office.name;
    } else {
        where = office.publicUrl;
        where += "/tra-cuu (nhập mã hồ sơ và mã kiểm tra, hoặc quét mã QR)";
    }
    vars["status_lookup"] = where;
}

std::vector<std::string> representativeLines(const FormText& form, const domain::Dossier& d)
{
    if (d.representative.empty()) return {};
    return splitLines(form.row("representative"));
}

void drawReceiptPapers(Sheet& sheet, const FormText& form, const std::vector<ReceiptPaper>& papers)
{
    TextStyle s = bodyStyle(sheet);
    s.size -= 0.5;
    s.lineSpacing = 0;
    Table t(sheet, {{0.09, Align::Center}, {0.58, Align::Left}, {0.2, Align::Center}, {0.13, Align::Center}}, s);
    std::vector<std::string> header;
    for (const auto& c : form.columns) header.push_back(escapeMarkup(c));
    if (header.size() == 4) t.setHeader(header);
    int n = 0;
    for (const auto& p : papers)
        t.row({std::to_string(++n), escapeMarkup(p.name), escapeMarkup(p.form), escapeMarkup(p.quantity)});
    if (papers.empty()) t.row({"", std::string(kBlankLine), "", ""});
    sheet.y += sheet.geometry().body * 0.4;
}

std::vector<std::string> receiptFeeLines(const domain::DossierDetail& detail)
{
    std::vector<std::string> out;
    const bool one = detail.fees.size() == 1;
    if (detail.fees.size() > 1) out.emplace_back("Phí, lệ phí:");
    for (const auto& l : detail.fees) {
        const std::string state = !l.exemptReason.empty() ? "miễn: " + l.exemptReason
                                  : l.payment             ? std::string("đã nộp, ") + domain::paymentWayLabel(l.payment->way)
                                  : l.amountVnd > 0       ? std::string("chưa nộp")
                                                          : std::string("không thu");
        // One line names no label: the procedure is named above.
        out.push_back(escapeMarkup((one ? "Phí, lệ phí: " : "– " + l.label + ": ") + domain::formatVnd(l.amountVnd) + " (" +
                                   state + ")"));
    }
    return out;
}

std::string receiptPaymentQr(const SlipContext& ctx, const domain::DossierDetail& detail)
{
    const auto owed = domain::amountOwed(detail.fees);
    if (owed <= 0 || ctx.payment.bankBin.empty() || ctx.payment.account.empty()) return {};
    try {
        return domain::vietQrPayload(ctx.payment, owed, detail.dossier.code);
    } catch (const Error&) {
        return {};  // settings are validated when stored; a receipt never fails for the QR's sake
    }
}

void drawReceiptFees(Sheet& sheet, const std::vector<std::string>& lines, const std::optional<QrMatrix>& qr, std::int64_t owed)
{
    if (lines.empty()) return;
    const TextStyle s = bodyStyle(sheet);
    // Small enough for an A5 receipt, large enough for a phone camera; it floats at the right
    // so the lines below narrow beside it rather than the receipt growing by its height.
    const double side = !qr ? 0 : (sheet.paper() == Paper::A5 ? 18 : 22) * kMm;
    const double gap = 3 * kMm;
    const double textW = sheet.contentWidth() - (!qr ? 0 : side + gap);
    std::vector<std::string> text = lines;
    if (qr) text.push_back("<i>Quét mã VietQR bên cạnh bằng ứng dụng ngân hàng để chuyển khoản " +
                                         escapeMarkup(domain::formatVnd(owed)) + ".</i>");
    double textH = 0;
    for (const auto& l : text) textH += sheet.painter().measure(textW, l, s);
    sheet.keep(std::max(textH, side));
    const double top = sheet.y;
    double y = top;
    for (const auto& l : text) y += sheet.painter().draw(sheet.left(), y, textW, l, s);
    sheet.y = top + textH + sheet.geometry().body * 0.2;
    if (!qr) return;
    drawQrImage(sheet.cr(), *qr, sheet.left() + sheet.contentWidth() - side, top, side / qr->size());
    sheet.floatRight(side + gap, top + side + sheet.geometry().body * 0.2);
}

}  // namespace motcua::documents
