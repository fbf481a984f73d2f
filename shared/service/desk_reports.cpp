// SqliteDesk: the periodic report (DOMAIN.md §6, §7) and the wall screen's recent calls. One read
// transaction loads the facts (store/report_store.h); the figures come from the domain module.
#include "service/sqlite_desk.h"

#include "domain/error.h"
#include "domain/quality_indicators.h"
#include "store/catalog_store.h"
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
    tx.commit();
    auto r = domain::computeReport(from, to, now(), facts.dossiers, facts.apologies, facts.ratings);
    // Digitisation (4.x) and online payment (3.6) are not recorded yet: their counts plug in here.
    r.quality = domain::scoreQuality(domain::qualityInputsOf(r.total, catalog, std::nullopt, std::nullopt), weights);
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
