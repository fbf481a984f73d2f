// SqliteDesk: dossiers from intake to returned result (DESIGN.md §3.2). Every change is a state
// machine move, an event row, a version bump (conflicting edits are refused) and an audit row.
#include "service/sqlite_desk.h"

#include "service/check_code.h"

#include "domain/dossier_code.h"
#include "domain/error.h"
#include "domain/procedure.h"
#include "domain/settings.h"
#include "domain/text.h"
#include "store/attachment_store.h"
#include "store/apology_store.h"
#include "store/catalog_store.h"
#include "store/dossier_store.h"
#include "store/fee_store.h"
#include "store/queue_store.h"
#include "store/settings_store.h"

namespace motcua::service {

using domain::DossierAction;
using domain::DossierStatus;
using domain::Permission;

namespace {

std::string cleanReason(const std::string& text, const char* label)
{
    return domain::cleanText(text, label, 1000);
}

}  // namespace

domain::Dossier SqliteDesk::loadDossier(const std::string& code, ExpectedVersion v)
{
    const auto parsed = domain::parseDossierCode(code);
    if (!parsed)
        throw Error(ErrorCode::InvalidInput, "Mã hồ sơ \"" + code + "\" không đúng dạng {mã cơ quan}-{yymmdd}-{số thứ tự 4 chữ số}");
    auto d = store::findDossier(*m_db, code);
    // A longer national form read from a scanned receipt (DOMAIN.md §5) names the plain code.
    if (!d && !parsed->prefix.empty()) d = store::findDossier(*m_db, parsed->str());
    if (!d) throw Error(ErrorCode::NotFound, "Không có hồ sơ mã " + code);
    if (v && *v != d->version)
        throw Error(ErrorCode::Conflict, "Hồ sơ " + code + " vừa được người khác cập nhật; hãy tải lại và thực hiện lại thao tác");
    return *d;
}

domain::Dossier SqliteDesk::applyAndStore(domain::Dossier& d, DossierAction action, const std::string& note, bool flagged)
{
    const DossierStatus from = d.status;
    d.status = domain::applyAction(from, action);
    store::updateDossier(*m_db, d);
    store::insertEvent(*m_db, d.id,
                       {0, now(), actor(), domain::actionName(action), domain::statusName(from), domain::statusName(d.status),
                        note, flagged, ""});
    audit(std::string("dossier.") + domain::actionName(action), d.code, note);
    return d;
}

namespace {

domain::Collection collectionFor(const ReceiveRequest& r)
{
    if (r.collection) return *r.collection;
    if (r.channel == domain::Channel::Postal) return domain::Collection::Post;
    return r.channel == domain::Channel::Online ? domain::Collection::Online : domain::Collection::Counter;
}

/// The applicant part of the request, checked and normalised into the dossier.
void fillApplicant(domain::Dossier& d, const ReceiveRequest& r)
{
    const auto a = domain::cleanApplicant({r.applicantKind, r.applicantName, r.idNumber, r.phone, r.address,
                                           r.email, r.representative});
    d.applicantKind = a.kind;
    d.applicantName = a.name;
    d.idNumber = a.idNumber;
    d.phone = a.phone;
    d.address = a.address;
    d.email = a.email;
    d.representative = a.representative;
    d.collection = collectionFor(r);
    d.channel = r.channel;
}

/// The papers checked against the procedure's catalog (names and kinds filled from it).
std::vector<domain::SubmittedPaper> checkedPapers(const domain::Procedure& p, std::vector<domain::SubmittedPaper> papers)
{
    const auto problems = domain::checkSubmittedPapers(p.papers, papers);
    if (problems.empty()) return papers;
    std::string all = "Hồ sơ chưa đủ để tiếp nhận: ";
    for (std::size_t i = 0; i < problems.size(); ++i) all += (i ? "; " : "") + problems[i];
    throw Error(ErrorCode::InvalidInput, all + ". Nếu công dân chưa có đủ giấy tờ, hãy in phiếu hướng dẫn bổ sung (mẫu 02)");
}

}  // namespace

domain::Dossier SqliteDesk::receive(const ReceiveRequest& r)
{
    require(Permission::ReceiveDossier);
    if (!domain::isValidProcedureCode(r.procedureCode))
        throw Error(ErrorCode::InvalidInput, "Mã thủ tục \"" + r.procedureCode + "\" không đúng dạng (ví dụ 1.001193)");
    domain::Dossier d;
    fillApplicant(d, r);
    const Instant t = now();
    const domain::Date day = domain::localDate(t);
    store::Transaction tx(*m_db);
    const auto procedure = store::findProcedure(*m_db, r.procedureCode);
    if (!procedure) throw Error(ErrorCode::NotFound, "Không có thủ tục mã \"" + r.procedureCode + "\"");
    std::vector<domain::SubmittedPaper> papers;
    if (r.papers) papers = checkedPapers(*procedure, *r.papers);
    const auto fees = domain::validateFeeLines(r.fees ? *r.fees : domain::catalogFeeLines(*procedure));
    d.papersRecorded = r.papers.has_value();
    if (!r.ticket.empty()) d.ticketId = todaysTicket(r.ticket).id;
    const std::string office = store::getSetting(*m_db, "office.code");
    const int seq = store::nextDossierSequence(*m_db, office, day);
    const auto cal = calendar();
    d.code = domain::makeDossierCode(office, day, seq);
    d.procedureCode = procedure->code;
    d.status = DossierStatus::Received;
    d.receivedAt = t;
    d.originalDueAt = cal.dueForDays(t, procedure->days, cutoffMinute(d.channel));
    d.dueAt = d.originalDueAt;
    d.receiver = actor();
    d.unit = procedure->unit;
    d.checkCode = makeCheckCode();
    d.id = store::insertDossier(*m_db, {d.code, office, day, seq, d});
    store::insertPapers(*m_db, d.id, papers);
    store::insertFeeLines(*m_db, d.id, fees);
    store::insertEvent(*m_db, d.id, {0, t, actor(), "receive", "", domain::statusName(d.status),
                                     std::string(domain::channelLabel(d.channel)), false, ""});
    audit("dossier.receive", d.code, procedure->code);
    auto stored = *store::findDossierById(*m_db, d.id);
    tx.commit();
    return stored;
}

domain::Dossier SqliteDesk::completeStep(const std::string& code, const std::string& note, ExpectedVersion v)
{
    require(Permission::ProcessDossier);
    const std::string cleanNote = domain::cleanText(note, "Ghi chú", 1000, true);
    store::Transaction tx(*m_db);
    auto d = loadDossier(code, v);
    domain::applyAction(d.status, DossierAction::CompleteStep);
    if (!store::completeOpenStep(*m_db, d.id, now()))
        throw Error(ErrorCode::IllegalState, "Hồ sơ " + code + " không có bước xử lý nào đang mở");
    applyAndStore(d, DossierAction::CompleteStep, cleanNote);
    tx.commit();
    return d;
}

domain::Dossier SqliteDesk::requestSupplement(const std::string& code, const std::string& reason, ExpectedVersion v)
{
    require(Permission::ProcessDossier);
    const std::string why = cleanReason(reason, "Nội dung yêu cầu bổ sung");
    store::Transaction tx(*m_db);
    auto d = loadDossier(code, v);
    // The law allows one request (DOMAIN.md §2): a second is recorded, with its reason, and flagged.
    const bool breach = d.supplementCount >= 1;
    d.supplementRequestedAt = now();
    ++d.supplementCount;
    applyAndStore(d, DossierAction::RequestSupplement,
                  breach ? "Yêu cầu bổ sung lần " + std::to_string(d.supplementCount) + " (vượt quá một lần): " + why : why,
                  breach);
    tx.commit();
    return d;
}

domain::Dossier SqliteDesk::resume(const std::string& code, ExpectedVersion v)
{
    require(Permission::ProcessDossier);
    const Instant t = now();
    store::Transaction tx(*m_db);
    auto d = loadDossier(code, v);
    domain::applyAction(d.status, DossierAction::Resume);
    const auto procedure = store::findProcedure(*m_db, d.procedureCode);
    const auto cal = calendar();
    const int cutoff = cutoffMinute(d.channel);
    const Instant requested = d.supplementRequestedAt.value_or(t);
    const bool reappointed = d.dueAt != d.originalDueAt;
    const Instant newOriginal =
        cal.dueAfterSupplement(procedure->supplementRule, requested, t, d.originalDueAt, procedure->days, cutoff);
    d.dueAt = reappointed ? cal.dueAfterSupplement(procedure->supplementRule, requested, t, d.dueAt, procedure->days, cutoff)
                          : newOriginal;
    d.originalDueAt = newOriginal;
    applyAndStore(d, DossierAction::Resume,
                  std::string(procedure->supplementRule == domain::SupplementRule::Pause ? "Tiếp tục tính thời hạn"
                                                                                          : "Tính lại thời hạn từ đầu") +
                      "; hẹn trả mới " + domain::formatLocal(d.dueAt));
    tx.commit();
    return d;
}

domain::Dossier SqliteDesk::markResult(const std::string& code, ExpectedVersion v)
{
    require(Permission::ProcessDossier);
    const Instant t = now();
    store::Transaction tx(*m_db);
    auto d = loadDossier(code, v);
    domain::applyAction(d.status, DossierAction::MarkResult);
    store::completeOpenStep(*m_db, d.id, t);
    d.resolvedAt = t;
    applyAndStore(d, DossierAction::MarkResult, domain::outcomeLabel(domain::outcomeOf(t, d.originalDueAt)));
    tx.commit();
    return d;
}

domain::Dossier SqliteDesk::returnResult(const std::string& code, const std::string& recipient, ExpectedVersion v)
{
    require(Permission::ReturnResult);
    const std::string to = domain::cleanText(recipient, "Người nhận kết quả", 100, true);
    store::Transaction tx(*m_db);
    auto d = loadDossier(code, v);
    // Issue 16: the result goes back only when every fee is paid, exempt or waived by a supervisor.
    if (const auto owed = domain::amountOwed(store::listFeeLines(*m_db, d.id)); owed > 0)
        throw Error(ErrorCode::IllegalState, "Hồ sơ " + code + " còn " + domain::formatVnd(owed) +
                                                 " phí, lệ phí chưa nộp: ghi nhận nộp phí trước khi trả kết quả "
                                                 "(hoặc lãnh đạo cho trả khi chưa nộp)");
    d.returnedAt = now();
    d.returnedTo = to.empty() ? d.applicantName : to;
    applyAndStore(d, DossierAction::ReturnResult, "Trả cho " + d.returnedTo);
    tx.commit();
    return d;
}

domain::Dossier SqliteDesk::refuse(const std::string& code, const std::string& reason, ExpectedVersion v)
{
    require(Permission::ProcessDossier);
    const std::string why = cleanReason(reason, "Lý do từ chối");
    store::Transaction tx(*m_db);
    auto d = loadDossier(code, v);
    d.closedAt = now();
    applyAndStore(d, DossierAction::Refuse, why);
    tx.commit();
    return d;
}

domain::Dossier SqliteDesk::withdraw(const std::string& code, const std::string& note, ExpectedVersion v)
{
    require(Permission::ReceiveDossier);
    const std::string why = domain::cleanText(note, "Ghi chú", 1000, true);
    store::Transaction tx(*m_db);
    auto d = loadDossier(code, v);
    d.closedAt = now();
    applyAndStore(d, DossierAction::Withdraw, why);
    tx.commit();
    return d;
}

domain::Dossier SqliteDesk::stop(const std::string& code, const std::string& reason, ExpectedVersion v)
{
    require(Permission::ProcessDossier);
    const std::string why = cleanReason(reason, "Lý do dừng giải quyết");
    store::Transaction tx(*m_db);
    auto d = loadDossier(code, v);
    d.closedAt = now();
    applyAndStore(d, DossierAction::Stop, why);
    tx.commit();
    return d;
}

domain::DossierDetail SqliteDesk::dossier(const std::string& code)
{
    require(Permission::ReadDossiers);
    store::Transaction tx(*m_db, store::Transaction::Kind::Deferred);
    domain::DossierDetail detail;
    detail.dossier = loadDossier(code, std::nullopt);
    detail.events = store::listEvents(*m_db, detail.dossier.id);
    detail.steps = store::listSteps(*m_db, detail.dossier.id);
    detail.papers = store::listPapers(*m_db, detail.dossier.id);
    detail.apologies = store::apologiesOfDossier(*m_db, detail.dossier.id);
    detail.fees = store::listFeeLines(*m_db, detail.dossier.id);
    detail.attachments = store::attachmentsOfDossier(*m_db, detail.dossier.id);
    const auto cal = calendar();
    for (auto& a : detail.apologies)
        if (!a.signBy) a.signBy = cal.subtractWorkingSeconds(a.forDueAt, cal.workingDaySeconds());
    tx.commit();
    return detail;
}

std::vector<DossierSummary> SqliteDesk::dossiers(const DossierQuery& q)
{
    require(Permission::ReadDossiers);
    const Instant t = now();
    store::Transaction tx(*m_db, store::Transaction::Kind::Deferred);
    const auto cal = calendar();
    const auto rules = latenessRules();
    // The store preselects by a generous bound; domain::dueState decides (domain/lateness.h).
    const Instant horizon = lookAhead(cal, t, rules);
    store::DossierFilter f;
    f.status = q.status;
    f.limit = q.limit;
    f.receivedFrom = q.receivedFrom;
    f.receivedBefore = q.receivedBefore;
    if (!q.nameSearch.empty()) f.nameFolded = domain::foldForSearch(domain::cleanText(q.nameSearch, "Tên tìm kiếm", 100));
    switch (q.kind) {
    case DossierQuery::Kind::All: break;
    case DossierQuery::Kind::Late: f.runningDueBefore = t + 1; break;
    case DossierQuery::Kind::AtRisk:
        f.runningDueFrom = t + 1;
        f.runningDueBefore = horizon;
        break;
    case DossierQuery::Kind::LateOrAtRisk:
    case DossierQuery::Kind::ApologyDue: f.runningDueBefore = horizon; break;
    }
    std::vector<DossierSummary> out;
    for (auto& d : store::listDossiers(*m_db, f)) {
        DossierSummary s{std::move(d), false, 0, false, std::nullopt, false, false};
        const auto& x = s.dossier;
        if (domain::isClockRunning(x.status)) {
            const auto facts = domain::dueFactsOf(x);
            const auto state = x.dueAt < horizon ? domain::dueState(cal, facts, t, rules) : domain::DueState::OnTrack;
            s.late = state == domain::DueState::Late;
            s.atRisk = state == domain::DueState::AtRisk;
            if (s.late) s.lateSeconds = cal.workingSecondsBetween(x.dueAt, t);
            const auto timing = domain::apologyTiming(cal, facts, rules);
            s.signBy = timing.signBy;
            s.shortNotice = timing.shortNotice;
            s.apologyDue = x.dueAt < horizon && domain::apologyDraftDue(cal, facts, t, rules);
        } else if (x.resolvedAt && *x.resolvedAt > x.dueAt) {
            s.late = true;
            s.lateSeconds = cal.workingSecondsBetween(x.dueAt, *x.resolvedAt);
        }
        if (q.kind == DossierQuery::Kind::AtRisk && !s.atRisk) continue;
        if (q.kind == DossierQuery::Kind::LateOrAtRisk && !s.atRisk && !s.late) continue;
        if (q.kind == DossierQuery::Kind::ApologyDue && !s.apologyDue && !s.atRisk && !s.late) continue;
        out.push_back(std::move(s));
    }
    tx.commit();
    return out;
}

}  // namespace motcua::service
