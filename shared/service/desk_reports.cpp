// SqliteDesk: the periodic report (DOMAIN.md §6, §7) and the wall screen's recent calls. One read
// transaction loads the facts (store/report_store.h); the figures come from the domain module.
#include "service/sqlite_desk.h"

#include "domain/error.h"
#include "domain/quality_indicators.h"
#include "store/attachment_store.h"
#include "store/catalog_store.h"
#include "store/fee_store.h"
#include "store/queue_store.h"
#include "store/settings_store.h"
#include "store/report_store.h"

#include <algorithm>

namespace motcua::service {

domain::Report SqliteDesk::report(Instant from, Instant to)
{
    require(domain::Permission::ViewReports);
    if (to <= from) throw Error(ErrorCode::InvalidInput, "Kỳ báo cáo phải kết thúc sau ngày bắt đầu");
    store::Transaction tx(*m_db, store::Transaction::Kind::Deferred);
    const auto facts = store::loadReportFacts(*m_db, from, to);
    const auto catalog = store::listProcedures(*m_db);
    const auto weights = domain::qualityWeights(store::allSettings(*m_db));
    std::vector<domain::FeePaymentRecord> paid;
    for (const auto& p : store::feePaymentsBetween(*m_db, from, to)) paid.push_back({p.field, p.amountVnd, p.way});
    const auto withFee = store::feeDossierCounts(*m_db, from, to);
    const auto digitised = store::digitisationFacts(*m_db, from, to);
    tx.commit();
    auto r = domain::computeReport(from, to, now(), facts.dossiers, facts.apologies, facts.ratings);
    r.fees = domain::collectFees(paid);
    r.fees.dossiersWithFee = withFee.withFee;
    r.fees.paidCashless = withFee.paidCashless;
    r.fees.paidOnPortal = withFee.paidOnPortal;
    // QĐ 766 3.6 (issue 16): fees paid without cash ÷ dossiers carrying a fee; no fee dossier: no data.
    std::optional<domain::PaymentCounts> payment;
    if (withFee.withFee > 0) payment = domain::PaymentCounts{withFee.withFee, withFee.paidCashless};
    // QĐ 766 group 4 (DOMAIN.md §7, issue 15), over the dossiers received in the period:
    //   4.1 = dossiers whose result is digitised ÷ dossiers with their result recorded (every
    //         catalog procedure's result is a paper);
    //   4.2 = dossiers with every kept paper of the checklist and the result digitised ÷ dossiers;
    //   4.3 = dossiers that reused an earlier digitised paper ÷ dossiers.
    const domain::DigitisationCounts counts{digitised.withResult, digitised.resultDigitised, digitised.received,
                                            digitised.fullyDigitised, digitised.reusing};
    r.quality = domain::scoreQuality(domain::qualityInputsOf(r.total, catalog, counts, payment), weights);
    return r;
}

std::vector<RecentCall> SqliteDesk::recentCalls(int limit)
{
    store::Transaction tx(*m_db, store::Transaction::Kind::Deferred);
    const auto calls = store::recentCalls(*m_db, domain::localDate(now()), std::clamp(limit, 0, 1000));
    tx.commit();
    std::vector<RecentCall> out;
    out.reserve(calls.size());
    for (const auto& c : calls) out.push_back({c.label, c.counter, c.at, c.recall});
    return out;
}

WallPicture SqliteDesk::wallPicture()
{
    // The picture holds public data only, so whoever asks (a wall device, the web wall) gets it:
    // it is computed with full read rights, then the caller's identity comes back.
    struct Restore {
        std::optional<domain::StaffMember>& user;
        std::optional<domain::StaffMember> saved;
        ~Restore() { user = std::move(saved); }
    } restore{m_user, m_user};
    domain::StaffMember reader;
    reader.username = "system";
    reader.role = domain::Role::Admin;
    m_user = reader;
    return buildWallPicture(*this);
}

}  // namespace motcua::service
