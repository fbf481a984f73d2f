// Reuse at intake (issue 15): once the citizen's ID number is typed or scanned, the counter asks
// the store for the citizen's earlier digitised papers (staff only) and lets the clerk point a
// paper of the new dossier at one of them instead of scanning it again. The reference goes to
// Desk::reuseAttachment once the dossier is received.
#pragma once

#include "counter/counter_state.h"
#include "domain/procedure.h"
#include "service/desk.h"

#include <map>
#include <string>

namespace motcua::counter {

/// Asks for the citizen's earlier papers when the form holds a new, complete ID number; forgets
/// them (and the papers reused from them) when the number is no longer complete.
void requestCitizenPapers(CounterState& s, Commands& commands);
/// Above the checklist: how many earlier papers the citizen has (nothing when none).
void drawCitizenPapersNote(const CounterState& s);
/// Under paper line `index`: "Dùng lại" and its list, or the reused file and "Bỏ dùng lại".
void drawPaperReuse(CounterState& s, const domain::Procedure& p, int index);

/// Applies LookupCitizenPapers: the earlier papers with their names, newest first, one per file.
void applyCitizenPapers(service::Desk& desk, CounterState& s, const Command& c);
/// After receive: each reused paper attached to dossier `code` by reference. Returns what could
/// not be attached ("" when all were), for the clerk to redo from the dossier panel.
[[nodiscard]] std::string attachReused(service::Desk& desk, const std::string& code, const std::map<int, ReusedPaper>& reused);

}  // namespace motcua::counter
