// The dossier slips: receipt (A5/A4/thermal), supplement request, refusal, notice of stopping,
// apology. Each gathers its variables and blocks; form_layout draws the shared parts.
#include "documents/slips.h"

#include "documents/form_layout.h"
#include "documents/qr_payload.h"
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

const domain::DossierEvent* lastEvent(const domain::DossierDetail& d, std::string_view action)
{
    for (auto it = d.events.rbegin(); it != d.events.rend(); ++it)
        if (it->action == action) return &*it;
    return nullptr;
}

/// A paper of the catalog ("Tờ khai … (bản chính), 1") split into name, kind and quantity.
struct Paper3 {
    std::string name;
    std::string kind;
    std::string quantity;
};

Paper3 splitPaper(const std::string& text)
{
    Paper3 p{text, "", ""};
    if (const auto comma = p.name.rfind(", "); comma != std::string::npos) {
        const auto tail = p.name.substr(comma + 2);
        if (!tail.empty() && tail.find_first_not_of("0123456789") == std::string::npos) {
            p.quantity = tail.size() == 1 ? "0" + tail : tail;
            p.name.resize(comma);
        }
    }
    if (!p.name.empty() && p.name.back() == ')') {
        if (const auto open = p.name.rfind(" ("); open != std::string::npos) {
            const auto inner = p.name.substr(open + 2, p.name.size() - open - 3);
            const auto folded = domain::foldForSearch(inner);
            if (folded == "ban chinh" || folded == "ban sao" || folded == "ban chinh hoac ban sao") {
                p.kind = sentenceCase(inner);
                p.name.resize(open);
            }
        }
    }
    return p;
}

void papersTable(Sheet& sheet, const FormText& form, const std::vector<std::string>& papers)
{
    TextStyle s = bodyStyle(sheet);
    s.size -= 0.5;
    s.lineSpacing = 0;
    Table t(sheet, {{0.09, Align::Center}, {0.58, Align::Left}, {0.2, Align::Center}, {0.13, Align::Center}}, s);
    std::vector<std::string> header;
    for (const auto& c : form.columns) header.push_back(escapeMarkup(c));
    if (header.size() == 4) t.setHeader(header);
    int n = 0;
    for (const auto& paper : papers) {
        const auto p = splitPaper(paper);
        t.row({std::to_string(++n), escapeMarkup(p.name), escapeMarkup(p.kind), escapeMarkup(p.quantity)});
    }
    if (papers.empty()) t.row({"", std::string(kBlankLine), "", ""});
    sheet.y += sheet.geometry().body * 0.4;
}

Document reasonSlip(const SlipContext& ctx, const domain::DossierDetail& detail, const std::string& formName,
                    std::string_view action, const std::string& missing, Paper paper)
{
    const auto* event = lastEvent(detail, action);
    if (!event) throw Error(ErrorCode::IllegalState, "Hồ sơ " + detail.dossier.code + " " + missing);
    const auto& form = ctx.texts.form(formName);
    Vars vars = dossierVars(ctx, detail.dossier);
    vars["reason"] = event->note;
    vars["stopped_time"] = timeWords(event->at);
    // The one who guides the citizen: the person printing, reachable at the office's number.
    vars["contact_name"] = ctx.staffName;
    vars["contact_phone"] = ctx.office.phone;
    // Who recorded the refusal or stop signs for it, whoever prints the slip.
    vars["actor_name"] = ctx.fullName(event->actor);
    return pageSlip(ctx, detail.dossier, form, vars, paper, std::nullopt,
                    [&](Sheet& sheet, std::string_view block) {
                        if (block == "items") drawItems(sheet, event->note);
                        else throw unknownBlock(form, block);
                    },
                    false);
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

Document pageSlip(const SlipContext& ctx, const domain::Dossier& d, const FormText& form, const Vars& vars,
                  Paper paper, std::optional<domain::Instant> appointment, const PageBlocks& blocks, bool draft)
{
    Sheet sheet(paper);
    drawFormHead(sheet, ctx, form, vars, makeQr(dossierQrPayload(ctx, d, form, appointment)));
    if (draft) drawMark(sheet, ctx.texts.draftMark);
    drawBody(sheet, form, vars, [&](std::string_view block) {
        if (block == "gap") sheet.y += sheet.geometry().body;
        else blocks(sheet, block);
    });
    drawSignatures(sheet, form, vars);
    auto pages = sheet.finish([&](Sheet& s, int page, int count) {
        if (count < 2) return;
        TextStyle f = bodyStyle(s);
        f.size -= 2;
        f.align = Align::Center;
        s.painter().draw(s.left(), s.geometry().height - s.geometry().bottom + 4, s.contentWidth(),
                         std::to_string(page) + "/" + std::to_string(count), f);
    });
    DocumentInfo info{form.name, sentenceCase(form.title), d.code, ctx.issuedAt};
    return Document::pages(std::move(info), paper, std::move(pages));
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
            setting(s, "qr.applicant_id") != "masked_name"};
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
    return dossierQrPayload(ctx, dossier, ctx.texts.form("receipt"), dossier.dueAt);
}

Document renderReceipt(const SlipContext& ctx, const domain::DossierDetail& detail, const domain::Procedure& procedure,
                       const LedgerPosition& ledger, Paper paper)
{
    const auto& d = detail.dossier;
    const auto& form = ctx.texts.form("receipt");
    Vars vars = dossierVars(ctx, d);
    vars["ledger_book"] = ledger.book > 0 ? std::to_string(ledger.book) : "";
    vars["ledger_line"] = ledger.line > 0 ? std::to_string(ledger.line) : "";
    vars["dossier_sets"] = "01";
    vars["result_place"] = d.channel == domain::Channel::Postal ? "Qua dịch vụ bưu chính công ích" : ctx.office.name;
    vars["receiver"] = ctx.fullName(d.receiver);
    vars["fee"] = procedure.feeVnd > 0 ? std::to_string(procedure.feeVnd) + " đồng" : "Không thu phí";
    if (isThermal(paper)) {
        const auto raster = thermalForm(paper, ctx, form, vars, makeQr(receiptQrPayload(ctx, d)), [&](Strip& s, std::string_view block) {
            if (block == "gap") return s.space(10);
            if (block != "papers") throw unknownBlock(form, block);
            TextStyle t;
            t.family = Family::Sans;
            t.size = 20 * s.scale();
            t.indent = -14 * s.scale();
            for (const auto& p : procedure.papers) s.text("–\u00a0" + escapeMarkup(p), t, 14 * s.scale());
        });
        return Document::thermal({"receipt", sentenceCase(form.title), d.code, ctx.issuedAt}, paper, raster);
    }
    return pageSlip(ctx, d, form, vars, paper, d.dueAt,
                    [&](Sheet& sheet, std::string_view block) {
                        if (block == "papers") papersTable(sheet, form, procedure.papers);
                        else throw unknownBlock(form, block);
                    },
                    false);
}

Document renderSupplement(const SlipContext& ctx, const domain::DossierDetail& detail, Paper paper)
{
    return reasonSlip(ctx, detail, "supplement", "supplement", "chưa có yêu cầu bổ sung nào để in phiếu", paper);
}

Document renderRefusal(const SlipContext& ctx, const domain::DossierDetail& detail, Paper paper)
{
    return reasonSlip(ctx, detail, "refusal", "refuse", "không bị từ chối nên không có phiếu từ chối", paper);
}

Document renderStopNotice(const SlipContext& ctx, const domain::DossierDetail& detail, Paper paper)
{
    return reasonSlip(ctx, detail, "stop", "stop", "không bị dừng giải quyết nên không có thông báo dừng", paper);
}

Document renderApology(const SlipContext& ctx, const domain::DossierDetail& detail, const domain::Apology& apology, Paper paper)
{
    if (apology.status == domain::ApologyStatus::Void)
        throw Error(ErrorCode::IllegalState, "Phiếu xin lỗi " + std::to_string(apology.id) +
                                                 " đã huỷ (hồ sơ được giải quyết đúng hạn), không in");
    const auto& form = ctx.texts.form("apology");
    Vars vars = dossierVars(ctx, detail.dossier);
    vars["apology_number"] = apology.numberText();
    vars["reason"] = apology.reason;
    vars["due_time"] = timeWords(apology.forDueAt);
    vars["new_due_time"] = timeWords(apology.proposedDueAt);
    vars["new_due_date"] = dateWords(domain::localDate(apology.proposedDueAt));
    vars["unit"] = apology.unit;
    vars["signed_by"] = apology.status == domain::ApologyStatus::Signed ? ctx.fullName(apology.signedBy) : "";
    const bool draft = apology.status == domain::ApologyStatus::Draft;
    return pageSlip(ctx, detail.dossier, form, vars, paper, apology.proposedDueAt,
                    [&](Sheet&, std::string_view block) { throw unknownBlock(form, block); }, draft);
}

}  // namespace motcua::documents
