// Intake drafts (schema v3): one half-filled form per clerk, replaced on every save.
#pragma once

#include "domain/intake_draft.h"
#include "store/database.h"

#include <optional>
#include <string>

namespace motcua::store {

void saveDraft(Database& db, const std::string& username, const domain::IntakeDraft& draft);
[[nodiscard]] std::optional<domain::IntakeDraft> loadDraft(Database& db, const std::string& username);
/// True if there was one.
bool discardDraft(Database& db, const std::string& username);

}  // namespace motcua::store
