// SqliteDesk: the periodic report (DOMAIN.md §6, §7). One read transaction loads the facts
// (store/report_store.h); the figures are computed by the pure domain module.
#include "service/sqlite_desk.h"

#include "domain/error.h"
#include "store/report_store.h"

namespace motcua::service {

domain::Report SqliteDesk::report(Instant from, Instant to)
{
    require(domain::Permission::ViewReports);
    if (to <= from) throw Error(ErrorCode::InvalidInput, "Kỳ báo cáo phải kết thúc sau ngày bắt đầu");
    store::Transaction tx(*m_db, store::Transaction::Kind::Deferred);
    const auto facts = store::loadReportFacts(*m_db, from, to);
    tx.commit();
    return domain::computeReport(from, to, now(), facts.dossiers, facts.apologies, facts.ratings);
}

}  // namespace motcua::service
