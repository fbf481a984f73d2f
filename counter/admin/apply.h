// Applying the administration tab's commands (Command::admin) after a frame, and reloading what
// its open section shows. Every failure becomes a Vietnamese message in the section.
#pragma once

#include "counter/counter_state.h"
#include "documents/printer.h"
#include "domain/error.h"
#include "service/desk.h"

namespace motcua::counter {

/// Runs one CommandKind::Admin command; throws motcua::Error for apply()'s report.
void applyAdmin(service::Desk& desk, documents::Printer& printer, CounterState& state, const Command& command);
/// Reloads the open section's lists (keeps the forms being edited).
void refreshAdmin(service::Desk& desk, CounterState& state);
/// Opens a section: its lists loaded, its settings copied into the fields, old messages gone.
void openAdminSection(service::Desk& desk, CounterState& state, AdminSection section);
/// A failed admin command: the message shown in the section.
void reportAdmin(CounterState& state, const Error& error);

}  // namespace motcua::counter
