// Applying the kiosk's commands after a frame: the only place the kiosk calls the Desk and the
// printer. Store trouble (Busy, Storage) becomes a calm notice and a retry, never an exception.
#pragma once

#include "documents/printer.h"
#include "kiosk/kiosk_state.h"
#include "service/desk.h"

namespace motcua::kiosk {

/// Runs and clears `commands`. Printing is synchronous here (the ticket screen has already been
/// drawn once with "printing…" before its PrintTicket command arrives).
void apply(Commands& commands, service::Desk& desk, documents::Printer& printer, KioskState& state);
/// Reloads the office settings and the waiting counts per group.
void refresh(service::Desk& desk, KioskState& state);
/// Runs a scheduled retry and the store writes still owed (confirm / void) when they are due.
void retryDue(service::Desk& desk, documents::Printer& printer, KioskState& state);
/// Seconds until retryDue has something to do, or -1.
[[nodiscard]] double secondsToRetry(const KioskState& state);

}  // namespace motcua::kiosk
