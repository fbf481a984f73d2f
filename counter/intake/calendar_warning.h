// The line an appointment carries when it reaches into a year whose holiday table no supervisor
// confirmed (DOMAIN.md §8). One small widget, shared by the intake screen and any receipt preview.
#pragma once

#include "service/desk.h"

namespace motcua::counter {

/// Draws the warning under a due estimate, wrapped, in the warning colour; nothing when every
/// year the deadline reaches is confirmed. Records the item "calendar-warning" for tests.
void drawCalendarWarning(const service::DueEstimate& due);

}  // namespace motcua::counter
