// Applying the "Báo cáo" tab's commands: the report for a typed period or a quarter, the CSV
// export and the tracking ledger PDF; failures become messages on that tab.
#pragma once

#include "counter/counter_state.h"
#include "service/desk.h"

namespace motcua::counter {

/// Runs one ReportRun … ReportLedger command; never throws Error (the tab shows it).
void applyReports(service::Desk& desk, CounterState& state, const Command& command);
/// Sets the default period (this quarter up to today) once; recomputes the shown report when
/// the tab is open, so its figures follow the store.
void refreshReports(service::Desk& desk, CounterState& state);
/// "Quý 4/2026" buttons: the current quarter and the three before it, oldest first, as "2026-Q4".
[[nodiscard]] std::vector<std::string> recentQuarters(domain::Date today);

}  // namespace motcua::counter
