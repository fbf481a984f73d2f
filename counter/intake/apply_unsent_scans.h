// The counter's side of scans kept on this PC (intake/unsent_scans.h): keeping one the store did
// not take at receive time, sending the kept ones again in the background (a growing wait after
// each failure, at once on "Gửi lại ngay"), and picking them up again after a restart.
#pragma once

#include "counter/counter_state.h"
#include "service/desk.h"

namespace motcua::counter {

/// The folder scans are kept in on this PC (the state's prefsDir, else the config folder).
[[nodiscard]] std::string unsentScansDirOf(const CounterState& s);
/// Attaches `scan` to its dossier now; when the store is away or busy (or `hostAway` says an
/// earlier paper found it so: then it is not tried), keeps it on this PC to be sent again, and
/// sets `hostAway`. Returns what the clerk must be told ("" when it is stored or kept).
[[nodiscard]] std::string attachOrKeep(service::Desk& desk, CounterState& s, UnsentScan scan, bool& hostAway);
/// Sends the kept scans when their next try is due (`now`: at once, the clerk asked). Each one the
/// store takes, or already has, is forgotten; one it refuses for good is forgotten with a red
/// notice naming the paper; the rest wait for the next try.
void sendUnsentScans(service::Desk& desk, CounterState& s, bool now = false);
/// Loads the scans kept on this PC (after a log-in: a crash or a restart must not lose them).
void loadUnsentScansAtLogin(CounterState& s);
/// Seconds until sendUnsentScans has something to do, or -1 when nothing is kept.
[[nodiscard]] double secondsToUnsentTry(const CounterState& s);

}  // namespace motcua::counter
