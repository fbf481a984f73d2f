// Dossiers as stored rows, with their event log and processing steps. Every change to a
// dossier row goes through updateDossier, which checks the version it was read at.
#pragma once

#include "domain/entities.h"
#include "store/database.h"

#include <optional>
#include <string>
#include <vector>

namespace motcua::store {

/// Next sequence for an office on a day (max + 1 inside the caller's write transaction).
[[nodiscard]] int nextDossierSequence(Database& db, const std::string& office, const domain::Date& day);

struct NewDossier {
    std::string code;
    std::string office;
    domain::Date day;
    int sequence = 0;
    domain::Dossier data;
};
std::int64_t insertDossier(Database& db, const NewDossier& d);
/// The papers handed in at intake (written once, with the dossier).
void insertPapers(Database& db, std::int64_t dossierId, const std::vector<domain::SubmittedPaper>& papers);
[[nodiscard]] std::vector<domain::SubmittedPaper> listPapers(Database& db, std::int64_t dossierId);

[[nodiscard]] std::optional<domain::Dossier> findDossier(Database& db, const std::string& code);
[[nodiscard]] std::optional<domain::Dossier> findDossierById(Database& db, std::int64_t id);
/// Writes the mutable fields of d if the stored version is still d.version, and bumps it.
/// Throws Error(Conflict) when someone else changed the dossier first.
void updateDossier(Database& db, domain::Dossier& d);

void insertEvent(Database& db, std::int64_t dossierId, const domain::DossierEvent& e);
[[nodiscard]] std::vector<domain::DossierEvent> listEvents(Database& db, std::int64_t dossierId);

std::int64_t insertStep(Database& db, std::int64_t dossierId, const domain::DossierStep& s);
/// Marks the open (not done) step of the dossier done; returns it, if there was one.
std::optional<domain::DossierStep> completeOpenStep(Database& db, std::int64_t dossierId, domain::Instant at);
[[nodiscard]] std::vector<domain::DossierStep> listSteps(Database& db, std::int64_t dossierId);
/// The note of the newest step or event that has one (the reason an apology starts from).
[[nodiscard]] std::string lastNote(Database& db, std::int64_t dossierId);

struct DossierFilter {
    std::optional<domain::DossierStatus> status;
    /// Clock running and due before this instant (late: now; at risk or late: the horizon).
    std::optional<domain::Instant> runningDueBefore;
    std::optional<domain::Instant> runningDueFrom;
    std::string nameFolded;  ///< substring of the folded applicant name
    std::optional<domain::Instant> receivedFrom;
    std::optional<domain::Instant> receivedBefore;
    int limit = 0;           ///< 0 = no limit
};
/// Dossiers matching the filter: by due time when filtering on it, otherwise newest first.
[[nodiscard]] std::vector<domain::Dossier> listDossiers(Database& db, const DossierFilter& f);

}  // namespace motcua::store
