// SqliteDesk: what the public may see and do — the masked dossier look-up and the satisfaction
// rating (kiosk, later the QR status page). Nothing here returns an ID number, phone, address
// or a staff member's name.
#include "service/sqlite_desk.h"

#include "domain/error.h"
#include "domain/text.h"
#include "store/apology_store.h"
#include "store/dossier_store.h"
#include "store/fee_store.h"
#include "store/rating_store.h"

namespace motcua::service {

using domain::Permission;

domain::PublicDossierView SqliteDesk::publicLookup(const std::string& code)
{
    require(Permission::PublicLookup);
    store::Transaction tx(*m_db, store::Transaction::Kind::Deferred);
    const auto d = loadDossier(code, std::nullopt);
    domain::PublicDossierView v;
    v.code = d.code;
    v.procedureName = d.procedureName;
    v.status = d.status;
    v.maskedName = domain::maskName(d.applicantName);
    v.receivedAt = d.receivedAt;
    v.dueAt = d.dueAt;
    v.returnedAt = d.returnedAt;
    v.late = domain::isClockRunning(d.status) ? d.dueAt <= now() : (d.resolvedAt && *d.resolvedAt > d.dueAt);
    for (const auto& s : store::listSteps(*m_db, d.id)) v.steps.push_back({s.toUnit, s.handedAt, s.doneAt});
    for (const auto& a : store::apologiesOfDossier(*m_db, d.id))
        if (a.status == domain::ApologyStatus::Signed) v.apologies.push_back({a.numberText(), a.proposedDueAt, a.reason});
    v.rated = store::isRated(*m_db, d.id);
    if (domain::isClockRunning(d.status) || d.status == domain::DossierStatus::ResultReady) {
        v.owedVnd = domain::amountOwed(store::listFeeLines(*m_db, d.id));
        v.paymentQr = paymentQr(d.code, v.owedVnd);
    }
    tx.commit();
    return v;
}

domain::PublicDossierView SqliteDesk::publicStatus(const std::string& code, const std::string& checkCode)
{
    // Check codes are stored from issue 14 item 5 (branch webwall); until then no code matches.
    (void)checkCode;
    throw Error(ErrorCode::NotFound, "Không tìm thấy hồ sơ " + code);
}

void SqliteDesk::rate(const std::string& code, domain::Rating rating, const std::string& reasons)
{
    require(Permission::PublicLookup);
    const std::string why = domain::cleanText(reasons, "Lý do", 500, true);
    store::Transaction tx(*m_db);
    const auto d = loadDossier(code, std::nullopt);
    if (!store::insertRating(*m_db, d.id, rating, why, now()))
        throw Error(ErrorCode::Conflict, "Hồ sơ " + code + " đã được đánh giá; mỗi hồ sơ chỉ đánh giá một lần");
    audit("dossier.rate", d.code, domain::ratingName(rating));
    tx.commit();
}

void SqliteDesk::rateVisit(const std::string& ticketLabel, domain::Rating rating, const std::string& reasons)
{
    require(Permission::PublicLookup);
    const std::string why = domain::cleanText(reasons, "Lý do", 500, true);
    store::Transaction tx(*m_db);
    const auto t = todaysTicket(ticketLabel);
    // A visit is rated once the citizen has been to a counter.
    if (!t.calledAt)
        throw Error(ErrorCode::IllegalState, "Vé " + t.label + " chưa được gọi đến quầy; xin đánh giá sau khi được phục vụ");
    if (!store::insertTicketRating(*m_db, t.id, rating, why, now()))
        throw Error(ErrorCode::Conflict, "Lượt phục vụ theo vé " + t.label + " đã được đánh giá; mỗi vé chỉ đánh giá một lần");
    audit("ticket.rate", t.label, domain::ratingName(rating));
    tx.commit();
}

}  // namespace motcua::service
