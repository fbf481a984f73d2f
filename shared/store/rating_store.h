// Satisfaction ratings: one per dossier, the unique key decides.
#pragma once

#include "domain/entities.h"
#include "store/database.h"

namespace motcua::store {

/// Inserts the rating; false if the dossier was already rated.
bool insertRating(Database& db, std::int64_t dossierId, domain::Rating rating, const std::string& reasons, domain::Instant at);
[[nodiscard]] bool isRated(Database& db, std::int64_t dossierId);

}  // namespace motcua::store
