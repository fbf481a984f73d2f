// The result digitised at the counter (issue 15): once the dossier's result is recorded ("Đã có
// kết quả", markResult), the clerk scans it ("Quét kết quả", SANE) or adds its files (typed
// paths, or files dropped on the window), and it is stored as the dossier's result (Desk::attach).
#pragma once

#include "counter/counter_state.h"
#include "scan/limits.h"
#include "service/desk.h"

namespace motcua::counter {

/// Whether the result of `d` can be digitised now (its status and the user's role).
[[nodiscard]] bool canDigitiseResult(const CounterState& s, const domain::Dossier& d);
/// The buttons and the path field under the dossier's digitised papers (nothing when it cannot).
void drawResultFiles(CounterState& s, Commands& commands, const domain::Dossier& d);
/// Applies ScanResult and AddResultFiles (on the worker thread): the PDF made, then attached as
/// the result. A refusal sets the dossier panel's message and stores nothing.
void applyResultFiles(service::Desk& desk, CounterState& s, const Command& c, const scan::PaperLimits& limits);

}  // namespace motcua::counter
