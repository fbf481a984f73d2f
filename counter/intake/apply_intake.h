// Applying the intake commands: receiving the dossier (with its scanned and reused papers), the
// guidance slip (form 02) and the refusal (form 03). The draft's autosave is declared in apply.h.
#pragma once

#include "counter/counter_state.h"
#include "documents/printer.h"
#include "scan/limits.h"
#include "service/desk.h"

namespace motcua::counter {

/// The office's limits for one digitised paper (scan.max_bytes, scan.max_pages).
scan::PaperLimits paperLimits(service::Desk& desk);
void doReceive(service::Desk& desk, documents::Printer& printer, CounterState& s);
void doGuidance(service::Desk& desk, documents::Printer& printer, CounterState& s, const Command& c);
void doRefuseIntake(service::Desk& desk, documents::Printer& printer, CounterState& s, const Command& c);

}  // namespace motcua::counter
