// Applying the "Trễ hạn" tab's commands (sweep, open a slip, check the new appointment, sign,
// print, hand over) and reloading its lists; failures become messages on that tab.
#pragma once

#include "counter/counter_state.h"
#include "documents/printer.h"
#include "service/desk.h"

namespace motcua::counter {

/// Runs one LateRefresh … LateDeliver command; never throws Error (the tab shows it).
void applyLate(service::Desk& desk, documents::Printer& printer, CounterState& state, const Command& command);
/// Reloads the late and at-risk lists (sweeping first when the tab is open) for SignApology users.
void refreshLate(service::Desk& desk, CounterState& state);

}  // namespace motcua::counter
