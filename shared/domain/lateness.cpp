// The one lateness predicate (see lateness.h).
#include "domain/lateness.h"

namespace motcua::domain {

bool isOverdue(DossierStatus status, Instant dueAt, Instant at) { return isClockRunning(status) && dueAt <= at; }

}  // namespace motcua::domain
