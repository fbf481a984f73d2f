// Apology slips (phiếu xin lỗi) as stored rows: what the sweep drafts and voids, and signing.
#pragma once

#include "domain/entities.h"
#include "domain/lateness.h"
#include "store/database.h"

#include <optional>
#include <vector>

namespace motcua::store {

struct SweepCandidate {
    std::int64_t dossierId = 0;
    domain::DueFacts facts;  ///< what lateness depends on (domain/lateness.h)
    std::string unit;
    bool hasSlipForDue = false;     ///< a slip (any status) exists for the current due time
    bool hadSignedApology = false;  ///< a second re-appointment would break the once-only rule
};

/// Dossiers whose clock runs and that are due before `horizon` (a generous bound: the service
/// decides with the domain predicate which are late, at risk, or due for a draft).
[[nodiscard]] std::vector<SweepCandidate> sweepCandidates(Database& db, domain::Instant horizon);
/// Inserts a draft unless one exists for (dossier, due time); true if inserted. Safe against
/// concurrent sweeps: the unique key decides, not a prior check.
bool insertDraftIfAbsent(Database& db, const domain::Apology& a);
/// Voids drafts whose dossier was resolved on time, closed without result, is paused for a
/// supplement, or has moved to another due time. Returns how many.
int voidStaleDrafts(Database& db, domain::Instant now);

[[nodiscard]] std::optional<domain::Apology> findApology(Database& db, std::int64_t id);
[[nodiscard]] std::vector<domain::Apology> listApologies(Database& db, std::optional<domain::ApologyStatus> status);
[[nodiscard]] std::vector<domain::Apology> apologiesOfDossier(Database& db, std::int64_t dossierId);
[[nodiscard]] int nextApologyNumber(Database& db, int year);
void markSigned(Database& db, const domain::Apology& a);
/// Records that a signed slip reached the citizen; Error(Conflict) if it is not signed or already recorded.
void markDelivered(Database& db, std::int64_t id, domain::Instant at, const std::string& how, const std::string& copySha256);

}  // namespace motcua::store
