// Settings and the calendar table: the office's configuration as stored rows.
#pragma once

#include "domain/entities.h"
#include "domain/work_calendar.h"
#include "store/database.h"

#include <map>
#include <optional>
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

}  // namespace motcua::store
