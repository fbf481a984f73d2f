// Applying the counter's commands after a frame: the only place the counter calls the Desk and
// the printer. Every failure becomes a message where the clerk is looking (a stale screen gets
// "someone else changed it" and a fresh view), never an exception out of the frame.
#pragma once

#include "counter/counter_state.h"
#include "documents/printer.h"
#include "service/desk.h"

namespace motcua::counter {

/// Runs and clears `commands`.
void apply(Commands& commands, service::Desk& desk, documents::Printer& printer, CounterState& state);
/// Reloads what the screens show: queue, lists, the open dossier (after a change anywhere).
void refresh(service::Desk& desk, CounterState& state);
/// The live appointment of the intake form, when the procedure or channel changed (or a minute passed).
void updateDue(service::Desk& desk, CounterState& state);
/// Saves the intake draft when the form changed `delay` seconds ago (or now, with delay 0).
void saveDraftIfDue(service::Desk& desk, CounterState& state, double delay = 0.8);
/// Seconds until saveDraftIfDue has something to do, or -1.
[[nodiscard]] double secondsToDraftSave(const CounterState& state, double delay = 0.8);

}  // namespace motcua::counter
