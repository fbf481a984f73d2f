// A whole year's suggested days off (DOMAIN.md §8): the fixed-date public holidays, the lunar ones,
// and a compensatory day for each that falls on a weekend. Used for the supervisor's suggestions
// and, until the year is confirmed, for the deadlines that reach into it.
#pragma once

#include "domain/lunar.h"

#include <string>
#include <vector>

namespace motcua::domain {

/// Bộ luật Lao động 2019 Điều 112: 1/1, Tết (5 days, lunar), Giỗ Tổ (10/3 lunar), 30/4, 1/5, 2/9
/// plus one adjacent day, and 24/11 from 2026 (Nghị quyết 28/2026/QH16); Điều 111 khoản 3: a
/// holiday on Saturday or Sunday is compensated on the next working day. Sorted by date, no date
/// twice. Throws Error(InvalidInput) outside the lunar calendar's range.
[[nodiscard]] std::vector<HolidaySuggestion> suggestYearHolidays(int year);

/// The warning a deadline reaching into unconfirmed years carries (DOMAIN.md §8), in Vietnamese;
/// empty when `years` is empty.
[[nodiscard]] std::string unconfirmedYearsWarning(const std::vector<int>& years);

}  // namespace motcua::domain
