// The dossier slips: receipt (A5/A4/thermal), supplement request, refusal, notice of stopping,
// apology. Each gathers its variables and blocks; form_layout draws the shared parts.
#include "documents/slips.h"

#include "documents/field_lines.h"
#include "documents/form_layout.h"
#include "documents/qr_payload.h"
#include "documents/receipt_content.h"
#include "domain/error.h"
#include "domain/text.h"

#include <glib.h>

#include <cmath>
#include <cstdio>

namespace motcua::documents {

namespace {

std::string setting(const std::map<std::string, std::string>& s, const std::string& key)
{
    const auto it = s.find(key);
    return it == s.end() ? std::string() : it->second;
}

}  // namespace

// [SECTION] shared with slip_tables.cpp

/// "GIẤY TIẾP NHẬN HỒ SƠ" → "Giấy tiếp nhận hồ sơ": the document name in the QR.
std::string sentenceCase(std::string_view title)
{
    // cppcheck-suppress invalidLifetime ; callers pass views of strings that outlive the call
    char* lower = g_utf8_strdown(title.data(), static_cast<gssize>(title.size()));
    std::string rest = lower;
    g_free(lower);
    if (rest.empty()) return rest;
    const char* second = g_utf8_next_char(rest.c_str());
    const auto firstLen = static_cast<std::size_t>(second - rest.c_str());
    char* head = g_utf8_strup(rest.c_str(), static_cast<gssize>(firstLen));
    std::string out = head + rest.substr(firstLen);
    g_free(head);
    return domain::toNfc(out);
}

std::string dossierQrPayload(const SlipContext& ctx, const domain::Dossier& d, const FormText& form,
                             std::optional<domain::Instant> appointment)
{
    DossierQr q;
    q.lookupUrlTemplate = ctx.office.lookupUrl;
    q.code = d.code;
    q.procedureCode = d.procedureCode;
    // DOMAIN.md §4: a slip handed to the applicant carries their identifier, as it already prints
    // it; the control sheet travels between units and gets a masked name, as does every slip when
    // the office sets qr.applicant_id = masked_name or the applicant gave no number.
    const bool useId = form.name != "control" && ctx.office.qrApplicantId && !d.idNumber.empty();
    if (ctx.texts.qrApplicant != "none") {
        if (useId) q.applicantId = d.idNumber;
        else q.applicant = domain::maskName(d.applicantName);
    }
    q.documentName = sentenceCase(form.title);
    q.appointment = appointment;
    q.issuingSystem = ctx.issuingSystem + (ctx.office.code.empty() ? "" : " " + ctx.office.code);
    q.issuedAt = ctx.issuedAt;
    return dossierQrText(q);
}

namespace {

/// The smallest body size a form is shrunk to so that it fits one page, signatures included
/// (DOMAIN.md §3: the signatures on the same page as the body); a form longer than that keeps
/// the full size over several pages.
constexpr double kMinFitScale = 0.8;

struct SlipLayout {
    std::vector<Document::Page> pages;
    double used = 0;      ///< the content's height as if on one long page
    double capacity = 0;  ///< one page's body height
};

SlipLayout layoutSlip(const SlipContext& ctx, const FormText& form, const Vars& vars,
                      Paper paper, double scale, const SlipHead& head, const std::optional<QrMatrix>& qr,
                      const PageBlocks& blocks, bool draft)
{
    Sheet sheet(paper, scale);
    drawFormHead(sheet, ctx, form, vars, qr, head.unit);
    if (draft) drawMark(sheet, ctx.texts.draftMark);
    drawBody(sheet, form, vars, [&](std::string_view block) {
        if (block == "gap") sheet.y += sheet.geometry().body;
        else blocks(sheet, block);
    }, signaturesHeight(sheet, form, vars));
    sheet.clearFloat();
    drawSignatures(sheet, form, vars);
    SlipLayout out;
    out.used = sheet.usedHeight();
    out.capacity = sheet.geometry().height - sheet.geometry().top - sheet.geometry().bottom;
    out.pages = sheet.finish([&](Sheet& s, int page, int count) {
        if (count < 2) return;
        TextStyle f = bodyStyle(s);
        f.size -= 2;
        f.align = Align::Center;
        s.painter().draw(s.left(), s.geometry().height - s.geometry().bottom + 4, s.contentWidth(),
                         std::to_string(page) + "/" + std::to_string(count), f);
    });
    return out;
}

}  // namespace

Document pageSlip(const SlipContext& ctx, const domain::Dossier& d, const FormText& form, const Vars& vars,
                  Paper paper, const SlipHead& head, const PageBlocks& blocks, bool draft)
{
    // Laid out at full size; a form that runs over is laid out again at the size its overflow
    // calls for (one more pass, rarely two), not walked down size by size.
    // The QR is encoded once: every pass draws the same.
    std::optional<QrMatrix> qr;
    if (head.qr) qr = makeQr(dossierQrPayload(ctx, d, form, head.appointment));
    double scale = 1.0;
    auto layout = layoutSlip(ctx, form, vars, paper, scale, head, qr, blocks, draft);
    for (int tries = 0; layout.pages.size() > 1 && scale > kMinFitScale && tries < 3; ++tries) {
        scale = nextFitScale(scale, layout.used, layout.capacity, kMinFitScale);
        layout = layoutSlip(ctx, form, vars, paper, scale, head, qr, blocks, draft);
    }
    if (layout.pages.size() > 1 && scale < 1.0) layout = layoutSlip(ctx, form, vars, paper, 1.0, head, qr, blocks, draft);
    DocumentInfo info{form.name, sentenceCase(form.title), d.code, ctx.issuedAt};
    return Document::pages(std::move(info), paper, std::move(layout.pages));
}

Error unknownBlock(const FormText& form, std::string_view block)
{
    return Error(ErrorCode::InvalidInput, "Tệp mẫu phiếu: forms." + form.name + " dùng khối @" + std::string(block) +
                                              " mà mẫu này không có");
}

// [SECTION] public

std::string SlipContext::fullName(const std::string& username) const
{
    const auto it = staffNames.find(username);
    return it == staffNames.end() ? std::string() : it->second;
}

Office officeFromSettings(const std::map<std::string, std::string>& s)
{
    return {setting(s, "office.code"),  setting(s, "office.name"),    setting(s, "office.parent"), setting(s, "office.place"),
            setting(s, "office.address"), setting(s, "office.phone"), setting(s, "qr.lookup_url"),
            setting(s, "qr.applicant_id") != "masked_name", setting(s, "public.url")};
}

std::string dateWords(const domain::Date& d)
{
    char buf[64];
    if (d.month <= 2) std::snprintf(buf, sizeof buf, "ngày %02d tháng %02d năm %d", d.day, d.month, d.year);
    else std::snprintf(buf, sizeof buf, "ngày %02d tháng %d năm %d", d.day, d.month, d.year);
    return buf;
}

std::string timeWords(domain::Instant t)
{
    const auto local = domain::toLocal(t);
    char buf[48];
    std::snprintf(buf, sizeof buf, "%02d giờ %02d phút, ", local.minuteOfDay / 60, local.minuteOfDay % 60);
    return buf + dateWords(local.date);
}

std::string workingDaysText(double days)
{
    if (days <= 0) return "trong ngày";
    char buf[32];
    if (std::floor(days) == days) std::snprintf(buf, sizeof buf, "%02.0f", days);
    else std::snprintf(buf, sizeof buf, "%g", days);
    std::string n = buf;
    for (char& c : n)
        if (c == '.') c = ',';  // Vietnamese decimal comma
    return n + " ngày làm việc";
}

std::string receiptQrPayload(const SlipContext& ctx, const domain::Dossier& dossier)
{
    SlipContext at = atAct(ctx, dossier.receivedAt);
    // The host's status page opens straight from the receipt: the URL carries both codes.
    if (const auto url = statusPageUrl(ctx.office, dossier); !url.empty()) at.office.lookupUrl = url;
    return dossierQrPayload(at, dossier, ctx.texts.form("receipt"), dossier.originalDueAt);
}

Document renderReceipt(const SlipContext& ctx, const domain::DossierDetail& detail, const domain::Procedure& procedure,
                       const LedgerPosition& ledger, Paper paper)
{
    const auto& d = detail.dossier;
    const auto& form = ctx.texts.form("receipt");
    // A reprint is the receipt as issued: dated at receipt, with the appointment it gave then.
    const SlipContext issued = atAct(ctx, d.receivedAt);
    Vars vars = dossierVars(issued, d);
    vars["due_time"] = timeWords(d.originalDueAt);
    vars["ledger_book"] = ledger.book > 0 ? std::to_string(ledger.book) : "";
    vars["ledger_line"] = ledger.line > 0 ? std::to_string(ledger.line) : "";
    vars["dossier_sets"] = "01";
    vars["receiver"] = ctx.fullName(d.receiver);
    vars["fee"] = procedure.feeVnd > 0 ? std::to_string(procedure.feeVnd) + " đồng" : "Không thu phí";
    addReceiptVars(vars, form, d);
    addStatusLookupVars(vars, ctx.office, d);
    const auto papers = receiptPapers(form, detail, procedure);
    const auto representative = representativeLines(form, d);
    const auto feeLines = receiptFeeLines(detail);
    const auto paymentQr = receiptPaymentQr(ctx, detail);
    // Fewer, larger modules (level L) on the page: a print on paper, not a sticker.
    std::optional<QrMatrix> paymentMatrix;
    if (!paymentQr.empty() && !isThermal(paper)) paymentMatrix = makeQr(paymentQr, Ecc::L);
    if (isThermal(paper)) {
        const auto raster = thermalForm(paper, issued, form, vars, makeQr(receiptQrPayload(ctx, d)), [&](Strip& s, std::string_view block) {
            if (block == "gap") return s.space(10);
            TextStyle t;
            t.family = Family::Sans;
            t.size = 20 * s.scale();
            if (block == "representative") {
                for (const auto& line : representative) s.text(fillMarkup(line, vars), t);
                return;
            }
            if (block == "fees") {
                for (const auto& line : feeLines) s.text(line, t);
                if (!paymentQr.empty()) {
                    s.qr(makeQr(paymentQr), 260 * s.scale());
                    s.text("Quét VietQR để chuyển khoản " + domain::formatVnd(domain::amountOwed(detail.fees)), t);
                }
                return;
            }
            if (block != "papers") throw unknownBlock(form, block);
            t.indent = -14 * s.scale();
            for (const auto& p : papers)
                s.text("–\u00a0" + escapeMarkup(p.name + " (" + p.form + (p.quantity.empty() ? "" : ", " + p.quantity) + ")"), t,
                       14 * s.scale());
        });
        return Document::thermal({"receipt", sentenceCase(form.title), d.code, issued.issuedAt}, paper, raster);
    }
    return pageSlip(issued, d, form, vars, paper, {true, d.originalDueAt, {}},
                    [&](Sheet& sheet, std::string_view block) {
                        if (block == "papers") drawReceiptPapers(sheet, form, papers);
                        else if (block == "fees")
                            drawReceiptFees(sheet, feeLines, paymentMatrix, domain::amountOwed(detail.fees));
                        else if (block == "representative") {
                            for (const auto& line : representative)
                                fieldParagraph(sheet, line, vars, bodyStyle(sheet), sheet.geometry().body * 0.2);
                        } else throw unknownBlock(form, block);
                    },
                    false);
}

Document renderApology(const SlipContext& ctx, const domain::DossierDetail& detail, const domain::Apology& apology, Paper paper)
{
    if (apology.status == domain::ApologyStatus::Void)
        throw Error(ErrorCode::IllegalState, "Phiếu xin lỗi " + std::to_string(apology.id) +
                                                 " đã huỷ (hồ sơ được giải quyết đúng hạn), không in");
    FormText form = ctx.texts.form("apology");
    if (ctx.apologyTitle == "old") form.title = form.row("title_old");
    // Dated the day it was signed, on every reprint; a draft is dated when it is printed.
    const SlipContext signedCtx = atAct(ctx, apology.signedAt.value_or(ctx.issuedAt));
    Vars vars = dossierVars(signedCtx, detail.dossier);
    vars["apology_number"] = apology.numberText();
    vars["apology_no"] = apology.number ? std::to_string(*apology.number) : "";
    vars["reason"] = apology.reason;
    vars["due_time"] = timeWords(apology.forDueAt);
    vars["new_due_time"] = timeWords(apology.proposedDueAt);
    vars["new_due_date"] = dateWords(domain::localDate(apology.proposedDueAt));
    // The unit that is late issues it (DOMAIN.md §3, form 04); the front desk hands it over.
    vars["unit"] = apology.unit.empty() ? ctx.office.name : apology.unit;
    vars["signed_by"] = apology.status == domain::ApologyStatus::Signed ? ctx.fullName(apology.signedBy) : "";
    const bool draft = apology.status == domain::ApologyStatus::Draft;
    return pageSlip(signedCtx, detail.dossier, form, vars, paper, {true, apology.proposedDueAt, apology.unit},
                    [&](Sheet&, std::string_view block) { throw unknownBlock(form, block); }, draft);
}

}  // namespace motcua::documents
