// Printing one slip from the counter: a received dossier's form by its code, or form 02/03 from
// the intake form as typed (not received, no code, not counted).
#pragma once

#include "counter/counter_state.h"
#include "documents/printer.h"
#include "service/desk.h"

#include <string>

namespace motcua::counter {

/// Prints the job; returns "" or the message to show (what failed and what to do).
std::string printJob(service::Desk& desk, documents::Printer& printer, const PrintJob& job, const CounterState& s);

}  // namespace motcua::counter
