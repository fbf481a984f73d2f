// The facts the periodic report is computed from (domain/report.h): dossiers that overlap the
// period, signed apology slips and ratings in it — each with its procedure's field and unit.
#pragma once

#include "domain/report.h"
#include "store/database.h"

#include <vector>

namespace motcua::store {

struct ReportFacts {
    std::vector<domain::ReportDossier> dossiers;
    std::vector<domain::ReportApology> apologies;
    std::vector<domain::ReportRating> ratings;
};

/// Dossiers received before `to` and not finished (resolved, returned or closed) before `from`;
/// apologies signed and ratings given in [from, to).
[[nodiscard]] ReportFacts loadReportFacts(Database& db, domain::Instant from, domain::Instant to);

}  // namespace motcua::store
