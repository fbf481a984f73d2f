// "Ký số" in the dossier panel (issue 15 item 2): the receipt (form 01), the stop notice (05) and
// the digitised result signed with the office's token and the PIN typed just then (asked each
// time, never kept), saved where exports go — the same flow as the apology slip's copy.
#pragma once

#include "counter/counter_state.h"
#include "service/desk.h"

namespace motcua::counter {

/// The PIN field and one "Ký số …" button per copy the open dossier has.
void drawSignDossierCopies(CounterState& s, Commands& commands, const domain::DossierDetail& dd);
/// Applies SignDossierCopy (on the worker thread): the copy rendered or read, signed, saved; sets
/// the panel's message and signedCopy. The PIN is wiped; a refusal throws Error (its message shown).
void signDossierCopy(service::Desk& desk, CounterState& s, Command c);

}  // namespace motcua::counter
