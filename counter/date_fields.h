// Dates and times typed into the counter's fields: "23/11/2026" (as on Vietnamese forms) or
// "2026-11-23", and "14:30"; shared by the late tab's new appointment and the report period.
#pragma once

#include "domain/date.h"

#include <optional>
#include <string>
#include <string_view>

namespace motcua::counter {

/// "d/m/yyyy", "dd/mm/yyyy" or "yyyy-mm-dd" (spaces around are ignored); nullopt otherwise,
/// including impossible dates such as 30/02/2026.
[[nodiscard]] std::optional<domain::Date> parseFieldDate(std::string_view text);
/// "HH:MM" or "H:MM" within the day; nullopt otherwise.
[[nodiscard]] std::optional<int> parseFieldClock(std::string_view text);
/// The message under a date field, or "" when it parses.
[[nodiscard]] std::string dateFieldProblem(std::string_view text);

}  // namespace motcua::counter
