// What "late" (quá hạn) means for a dossier still being resolved: one rule for the case lists,
// the sweep, the wall and the periodic report, so that they always agree (DOMAIN.md §2).
#pragma once

#include "domain/date.h"
#include "domain/dossier_state.h"

namespace motcua::domain {

/// Late at `at`: still pending with its clock running and its due time come (dueAt <= at).
/// A dossier waiting for the citizen's supplement is not late (its clock is paused, DOMAIN.md §2);
/// a resolved or closed one is judged by outcomeOf(), not by this.
[[nodiscard]] bool isOverdue(DossierStatus status, Instant dueAt, Instant at);

}  // namespace motcua::domain
