#include "cli_output.h"

#include "domain/text.h"

#include <ostream>

namespace motcua::cli {

Json timeJson(std::optional<domain::Instant> t)
{
    return t ? Json(domain::formatLocal(*t)) : Json(nullptr);
}

Json ticketJson(const domain::Ticket& t)
{
    return Json{{"ticket", t.label},
                {"group", t.groupCode},
                {"number", t.number},
                {"priority", t.priorityReason.empty() ? Json(nullptr) : Json(t.priorityReason)},
                {"status", domain::ticketStatusName(t.status)},
                {"issued_at", timeJson(t.issuedAt)},
                {"counter", t.counter ? Json(*t.counter) : Json(nullptr)},
                {"called_at", timeJson(t.calledAt)},
                {"finished_at", timeJson(t.finishedAt)},
                {"recalls", t.recalls}};
}

namespace {

Json papersJson(const std::vector<domain::CatalogPaper>& papers)
{
    Json out = Json::array();
    for (const auto& p : papers) out.push_back({{"text", p.text}, {"kind", domain::paperKindName(p.kind)}});
    return out;
}

}  // namespace

Json dossierJson(const domain::Dossier& d)
{
    return Json{{"code", d.code},
                {"procedure", d.procedureCode},
                {"procedure_name", d.procedureName},
                {"applicant", d.applicantName},
                {"applicant_kind", domain::applicantKindName(d.applicantKind)},
                {"id_number", d.idNumber},
                {"phone", d.phone},
                {"address", d.address},
                {"email", d.email},
                {"representative", d.representative.empty() ? Json(nullptr)
                                                             : Json{{"name", d.representative.name},
                                                                    {"id_number", d.representative.idNumber},
                                                                    {"phone", d.representative.phone},
                                                                    {"address", d.representative.address},
                                                                    {"authorisation", d.representative.authorisation}}},
                {"collection", domain::collectionName(d.collection)},
                {"papers_recorded", d.papersRecorded},
                {"check_code", d.checkCode},
                {"channel", domain::channelName(d.channel)},
                {"status", domain::statusName(d.status)},
                {"received_at", timeJson(d.receivedAt)},
                {"due_at", timeJson(d.dueAt)},
                {"original_due_at", timeJson(d.originalDueAt)},
                {"resolved_at", timeJson(d.resolvedAt)},
                {"returned_at", timeJson(d.returnedAt)},
                {"returned_to", d.returnedTo},
                {"closed_at", timeJson(d.closedAt)},
                {"supplement_count", d.supplementCount},
                {"receiver", d.receiver},
                {"unit", d.unit},
                {"version", d.version}};
}

Json summaryJson(const service::DossierSummary& s)
{
    const auto& d = s.dossier;
    return Json{{"code", d.code},
                {"procedure", d.procedureCode},
                {"applicant", d.applicantName},
                {"status", domain::statusName(d.status)},
                {"received_at", timeJson(d.receivedAt)},
                {"due_at", timeJson(d.dueAt)},
                {"original_due_at", timeJson(d.originalDueAt)},
                {"late", s.late},
                {"late_minutes", s.lateSeconds / 60},
                {"at_risk", s.atRisk},
                {"sign_by", timeJson(s.signBy)},
                {"short_notice", s.shortNotice}};
}

Json apologyJson(const domain::Apology& a, std::optional<std::int64_t> signByLeftSeconds)
{
    Json j{{"id", a.id},
                {"number", a.number ? Json(a.numberText()) : Json(nullptr)},
                {"code", a.dossierCode},
                {"reason", a.reason},
                {"reason_is_placeholder", a.reasonIsPlaceholder},
                {"due_at", timeJson(a.forDueAt)},
                {"new_due_at", timeJson(a.proposedDueAt)},
                {"status", domain::apologyStatusName(a.status)},
                {"late", a.late},
                {"breach", a.breach},
                {"unit", a.unit},
                {"drafted_at", timeJson(a.draftedAt)},
                {"signed_at", timeJson(a.signedAt)},
                {"signed_by", a.signedBy},
                {"delivered_at", timeJson(a.deliveredAt)},
                {"delivered_how", a.deliveredHow},
                {"delivered_copy_sha256", a.deliveredCopySha256},
                // DOMAIN.md §2: signed and sent no later than due − 1 working day.
                {"sign_by", timeJson(a.signBy)},
                {"short_notice", a.shortNotice},
                {"signed_late", a.signedLate}};
    // Working minutes left before sign-by (negative once passed); only for unsigned drafts.
    if (signByLeftSeconds) j["sign_by_left_minutes"] = *signByLeftSeconds / 60;
    return j;
}

Json procedureJson(const domain::Procedure& p)
{
    return Json{{"code", p.code},       {"name", p.name},         {"field", p.field},
                {"days", p.days},       {"fee", p.feeVnd},        {"group", p.group},
                {"unit", p.unit},       {"papers", papersJson(p.papers)},     {"supplement_rule", domain::supplementRuleName(p.supplementRule)}};
}

Json detailJson(const domain::DossierDetail& detail)
{
    Json j = dossierJson(detail.dossier);
    Json events = Json::array();
    for (const auto& e : detail.events)
        events.push_back({{"at", timeJson(e.at)},
                          {"actor", e.actor},
                          {"action", e.action},
                          {"from", e.fromStatus},
                          {"to", e.toStatus},
                          {"note", e.note},
                          {"flagged", e.flagged}});
    Json steps = Json::array();
    for (const auto& s : detail.steps)
        steps.push_back({{"from", s.fromUnit},
                         {"to", s.toUnit},
                         {"handed_at", timeJson(s.handedAt)},
                         {"due_at", timeJson(s.dueAt)},
                         {"done_at", timeJson(s.doneAt)},
                         {"note", s.note}});
    Json apologies = Json::array();
    for (const auto& a : detail.apologies) apologies.push_back(apologyJson(a));
    Json papers = Json::array();
    for (const auto& p : detail.papers)
        papers.push_back({{"number", p.index + 1},
                          {"name", p.name},
                          {"kind", domain::paperKindName(p.kind)},
                          {"form", p.shown ? Json(nullptr) : Json(domain::paperFormName(p.form))},
                          {"quantity", p.shown ? Json(nullptr) : Json(p.quantity)},
                          {"shown", p.shown}});
    j["papers"] = papers;
    j["events"] = events;
    j["steps"] = steps;
    j["apologies"] = apologies;
    Json fees = Json::array();
    for (const auto& l : detail.fees) fees.push_back(feeLineJson(l));
    j["fees"] = fees;
    j["fees_owed"] = domain::amountOwed(detail.fees);
    return j;
}

void printJson(std::ostream& os, const Json& j) { os << j.dump(-1, ' ', false) << "\n"; }

std::string pad(const std::string& s, std::size_t width)
{
    const std::size_t n = domain::isValidUtf8(s) ? domain::utf8Length(s) : s.size();
    return n >= width ? s : s + std::string(width - n, ' ');
}

Json feeLineJson(const domain::FeeLine& l)
{
    Json j{{"line", l.line}, {"label", l.label}, {"amount", l.amountVnd}, {"exempt_reason", l.exemptReason},
           {"owing", l.owing()}};
    if (l.payment)
        j["paid"] = Json{{"way", domain::paymentWayName(l.payment->way)},
                         {"at", timeJson(l.payment->at)},
                         {"ref", l.payment->reference},
                         {"by", l.payment->by}};
    else j["paid"] = nullptr;
    if (!l.waivedBy.empty()) j["waived"] = Json{{"by", l.waivedBy}, {"reason", l.waivedReason}};
    return j;
}

}  // namespace motcua::cli
