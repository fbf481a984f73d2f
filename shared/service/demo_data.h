// The demo office (`motcua init --demo`): a commune front desk with groups, counters, staff of
// every role, the procedure catalog, the holiday tables, and a believable working fortnight of
// tickets and dossiers — some on time, some at risk, some late with apology drafts.
#pragma once

#include "domain/date.h"

#include <string>

namespace motcua::service {

/// Password of every demo account (demo databases only; shown in the README).
inline constexpr const char* kDemoPassword = "demo1234";

struct DemoSummary {
    int dossiers = 0;
    int tickets = 0;
};

/// Fills a new, empty store at `dbPath` as the demo office at time `now`.
DemoSummary seedDemo(const std::string& dbPath, domain::Instant now, const std::string& holidayCsv,
                     const std::string& catalogCsv);

/// Creates the first administrator of a new store; returns the password (generated when empty).
std::string createFirstAdmin(const std::string& dbPath, const std::string& password);

}  // namespace motcua::service
