#include "store/rating_store.h"

namespace motcua::store {

bool insertRating(Database& db, std::int64_t dossierId, domain::Rating rating, const std::string& reasons, domain::Instant at)
{
    db.prepare("INSERT INTO ratings(dossier_id, rating, reasons, at) VALUES (?,?,?,?) ON CONFLICT(dossier_id) DO NOTHING")
        .bind(1, dossierId)
        .bind(2, domain::ratingName(rating))
        .bind(3, reasons)
        .bind(4, at)
        .run();
    return db.changes() == 1;
}

bool isRated(Database& db, std::int64_t dossierId)
{
    auto& st = db.prepare("SELECT 1 FROM ratings WHERE dossier_id = ?").bind(1, dossierId);
    const bool rated = st.step();
    st.reset();
    return rated;
}

bool insertTicketRating(Database& db, std::int64_t ticketId, domain::Rating rating, const std::string& reasons,
                        domain::Instant at)
{
    db.prepare("INSERT INTO ticket_ratings(ticket_id, rating, reasons, at) VALUES (?,?,?,?) ON CONFLICT(ticket_id) DO NOTHING")
        .bind(1, ticketId)
        .bind(2, domain::ratingName(rating))
        .bind(3, reasons)
        .bind(4, at)
        .run();
    return db.changes() == 1;
}

}  // namespace motcua::store
