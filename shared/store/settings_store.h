// Settings and the calendar table: the office's configuration as stored rows.
#pragma once

#include "domain/entities.h"
#include "domain/work_calendar.h"
#include "store/database.h"

#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace motcua::store {

/// The stored value, or the setting's default when it was never set.
[[nodiscard]] std::string getSetting(Database& db, const std::string& key);
void putSetting(Database& db, const std::string& key, const std::string& value);
[[nodiscard]] std::map<std::string, std::string> allSettings(Database& db);

using domain::CalendarDay;

[[nodiscard]] std::map<std::int64_t, domain::CalendarOverride> calendarOverrides(Database& db);
[[nodiscard]] std::vector<CalendarDay> calendarDays(Database& db, int year);
void putCalendarDay(Database& db, const CalendarDay& day);
/// Returns true if a row was removed.
bool removeCalendarDay(Database& db, const domain::Date& date);

/// Years whose holiday table is confirmed (DOMAIN.md §8): imported from a table, or confirmed by a
/// supervisor. Deadlines in any other year use suggested holidays and carry a warning.
[[nodiscard]] std::set<int> confirmedYears(Database& db);
/// Marks a year confirmed; `how` is "import" or "supervisor". Idempotent (keeps the first record).
void confirmYear(Database& db, int year, domain::Instant at, const std::string& by, const std::string& how);

}  // namespace motcua::store
