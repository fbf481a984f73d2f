// Satisfaction ratings: one per dossier, or one per ticket for a visit without a dossier; the
// unique keys decide.
#pragma once

#include "domain/entities.h"
#include "store/database.h"

namespace motcua::store {

/// Inserts the rating; false if the dossier was already rated.
bool insertRating(Database& db, std::int64_t dossierId, domain::Rating rating, const std::string& reasons, domain::Instant at);
[[nodiscard]] bool isRated(Database& db, std::int64_t dossierId);
/// Inserts a rating of the visit of ticket `ticketId`; false if that ticket was already rated.
bool insertTicketRating(Database& db, std::int64_t ticketId, domain::Rating rating, const std::string& reasons,
                        domain::Instant at);

}  // namespace motcua::store
