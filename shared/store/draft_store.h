// Intake drafts (schema v3, v9): one half-filled form per clerk and counter, replaced on every save.
#pragma once

#include "domain/intake_draft.h"
#include "store/database.h"

#include <optional>
#include <string>

namespace motcua::store {

// Since v9 a draft belongs to the account and the counter (0: a counter not known, or a draft
// saved before v9, which any of the account's counters may take once).
void saveDraft(Database& db, const std::string& username, int counter, const domain::IntakeDraft& draft);
[[nodiscard]] std::optional<domain::IntakeDraft> loadDraft(Database& db, const std::string& username, int counter);
/// Drops the counter's draft and any counter-less one; true if there was one.
bool discardDraft(Database& db, const std::string& username, int counter);

}  // namespace motcua::store
