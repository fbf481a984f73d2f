// The slips that answer a request with reasons: supplement request (02), refusal to receive at
// the counter (03), the unit's refusal notice for a received dossier, notice of stopping (05).
// Each is dated at its act and signed by whoever made it, whoever prints it later.
#include "documents/field_lines.h"
#include "documents/form_layout.h"

#include "domain/text.h"

namespace motcua::documents {

namespace {

const char* actionOf(const std::string& formName)
{
    if (formName == "supplement") return "supplement";
    if (formName == "refusal_notice" || formName == "refusal") return "refuse";
    if (formName == "stop") return "stop";
    return "";
}

const domain::DossierEvent& requireEvent(const domain::DossierDetail& detail, const std::string& formName)
{
    if (const auto* e = lastEvent(detail, actionOf(formName))) return *e;
    const std::string& code = detail.dossier.code;
    if (formName == "supplement") throw Error(ErrorCode::IllegalState, "Hồ sơ " + code + " chưa có yêu cầu bổ sung nào để in phiếu");
    if (formName == "stop")
        throw Error(ErrorCode::IllegalState, "Hồ sơ " + code + " không bị dừng giải quyết nên không có thông báo dừng");
    throw Error(ErrorCode::IllegalState, "Hồ sơ " + code + " không bị từ chối nên không có thông báo từ chối giải quyết");
}

/// A supplement note split into what to add and why: "…; … Lý do: …" (the marker is the
/// template's), without the breach prefix the service writes on a second request.
std::pair<std::string, std::string> itemsAndReason(std::string note, const std::string& marker)
{
    const std::string breach = "Yêu cầu bổ sung lần ";
    if (note.rfind(breach, 0) == 0)
        if (const auto colon = note.find("): "); colon != std::string::npos) note.erase(0, colon + 3);
    const auto at = marker.empty() ? std::string::npos : note.find(marker);
    if (at == std::string::npos) return {note, ""};
    std::string reason = note.substr(at + marker.size());
    note.resize(at);
    const auto trim = [](std::string& s) {
        const auto a = s.find_first_not_of(" ;\n");
        const auto b = s.find_last_not_of(" ;.\n");
        s = a == std::string::npos ? std::string() : s.substr(a, b - a + 1);
    };
    trim(note);
    trim(reason);
    return {note, reason};
}

/// A template phrase of `rows` drawn as a body paragraph.
void phrase(Sheet& sheet, const FormText& form, const std::string& row, const Vars& vars)
{
    sheet.paragraph(fillMarkup(form.row(row), vars), bodyStyle(sheet), 0, sheet.geometry().body * 0.2);
}

PageBlocks itemsOnly(const FormText& form, const std::string& items)
{
    return [&form, items](Sheet& sheet, std::string_view block) {
        if (block == "items") drawItems(sheet, items);
        else throw unknownBlock(form, block);
    };
}

}  // namespace

domain::Instant actTime(const domain::DossierDetail& detail, const std::string& formName)
{
    if (formName == "receipt" || formName == "control") return detail.dossier.receivedAt;
    return requireEvent(detail, formName).at;
}

std::string slipQrPayload(const SlipContext& ctx, const domain::DossierDetail& detail, const std::string& formName)
{
    if (formName == "receipt") return receiptQrPayload(ctx, detail.dossier);
    return dossierQrPayload(atAct(ctx, actTime(detail, formName)), detail.dossier, ctx.texts.form(formName), std::nullopt);
}

Document renderSupplement(const SlipContext& ctx, const domain::DossierDetail& detail, const domain::Procedure& procedure,
                          Paper paper)
{
    const auto& event = requireEvent(detail, "supplement");
    const auto& form = ctx.texts.form("supplement");
    const SlipContext at = atAct(ctx, event.at);
    Vars vars = dossierVars(at, detail.dossier);
    const auto split = itemsAndReason(event.note, form.rows.count("reason_marker") ? form.row("reason_marker") : "");
    const std::string& items = split.first;
    vars["reason"] = split.second;
    // NGƯỜI HƯỚNG DẪN is the officer who made the request, reachable at the office's number.
    vars["contact_name"] = ctx.fullName(event.actor);
    vars["contact_phone"] = ctx.office.phone;
    vars["requested_date"] = domain::localDate(event.at).vn();
    const bool restart = procedure.supplementRule == domain::SupplementRule::Restart;
    return pageSlip(at, detail.dossier, form, vars, paper, {},
                    [&](Sheet& sheet, std::string_view block) {
                        if (block == "items") drawItems(sheet, items);
                        else if (block == "clock") phrase(sheet, form, restart ? "clock_restart" : "clock_pause", vars);
                        else throw unknownBlock(form, block);
                    },
                    false);
}

Document renderIntakeRefusal(const SlipContext& ctx, const IntakeRefusal& r, Paper paper)
{
    if (r.reason.find_first_not_of(" \t\n;") == std::string::npos)
        throw Error(ErrorCode::InvalidInput, "Phiếu từ chối tiếp nhận cần lý do từ chối: nhập lý do rồi in lại");
    const auto& form = ctx.texts.form("refusal");
    domain::Dossier d;
    d.code = r.code;
    d.procedureCode = r.procedureCode;
    d.procedureName = r.procedureName;
    d.applicantName = r.applicantName;
    d.idNumber = r.idNumber;
    d.phone = r.phone;
    d.address = r.address;
    d.receivedAt = ctx.issuedAt;
    Vars vars = dossierVars(ctx, d);
    vars["email"] = breakableEmail(r.email);
    vars["reason"] = r.reason;
    // Not received: no dossier of ours, so no QR to look it up by.
    return pageSlip(ctx, d, form, vars, paper, {false, std::nullopt, {}}, itemsOnly(form, r.reason), false);
}

Document renderRefusalNotice(const SlipContext& ctx, const domain::DossierDetail& detail, const domain::Procedure& procedure,
                             Paper paper)
{
    const auto& event = requireEvent(detail, "refusal_notice");
    const auto& form = ctx.texts.form("refusal_notice");
    const SlipContext at = atAct(ctx, event.at);
    Vars vars = dossierVars(at, detail.dossier);
    // The competent unit answers: the one holding the dossier, else the procedure's.
    const std::string unit = !detail.dossier.unit.empty() ? detail.dossier.unit : procedure.unit;
    vars["unit"] = unit.empty() ? ctx.office.name : unit;
    vars["reason"] = event.note;
    vars["actor_name"] = ctx.fullName(event.actor);
    return pageSlip(at, detail.dossier, form, vars, paper, {true, std::nullopt, unit}, itemsOnly(form, event.note), false);
}

Document renderStopNotice(const SlipContext& ctx, const domain::DossierDetail& detail, Paper paper)
{
    const auto& event = requireEvent(detail, "stop");
    const auto& form = ctx.texts.form("stop");
    const SlipContext at = atAct(ctx, event.at);
    Vars vars = dossierVars(at, detail.dossier);
    vars["reason"] = event.note;
    vars["stopped_time"] = timeWords(event.at);
    vars["actor_name"] = ctx.fullName(event.actor);
    // Stopped while waiting for a supplement: the supplement time limit ran out (Nghị định
    // 297/2025 Điều 6); otherwise the citizen asked to stop before a decision.
    const bool limit = event.fromStatus == domain::statusName(domain::DossierStatus::WaitingSupplement);
    const auto* request = lastEvent(detail, "supplement");
    vars["requested_date"] = request ? domain::localDate(request->at).vn() : "";
    return pageSlip(at, detail.dossier, form, vars, paper, {},
                    [&](Sheet& sheet, std::string_view block) {
                        if (block == "items") drawItems(sheet, event.note);
                        else if (block == "cause") phrase(sheet, form, limit ? "cause_limit" : "cause_asked", vars);
                        else if (block == "next") phrase(sheet, form, limit ? "next_limit" : "next_asked", vars);
                        else throw unknownBlock(form, block);
                    },
                    false);
}

}  // namespace motcua::documents
