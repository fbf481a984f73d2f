// Rows of the digital dossier (issue 15): one per digitised paper or result. The PDF itself is in
// the FileStore (store/file_store.h) under the row's sha256.
#pragma once

#include "domain/attachment.h"
#include "store/database.h"

#include <optional>
#include <string>
#include <vector>

namespace motcua::store {

struct NewAttachment {
    std::int64_t dossierId = 0;
    domain::AttachmentKind kind = domain::AttachmentKind::Intake;
    int paper = 0;
    std::string sha256;
    int pages = 0;
    std::int64_t bytes = 0;
    std::string who;
    domain::Instant at = 0;
    std::int64_t reusedFrom = 0;
};

/// Inserts the row (the file must already be stored); returns its id.
std::int64_t insertAttachment(Database& db, const NewAttachment& a);
[[nodiscard]] std::vector<domain::Attachment> attachmentsOfDossier(Database& db, std::int64_t dossierId);
[[nodiscard]] std::optional<domain::Attachment> attachmentById(Database& db, std::int64_t id);
/// Original (not reused) intake papers of the citizen's dossiers, by ID number, newest first.
[[nodiscard]] std::vector<domain::Attachment> attachmentsOfCitizen(Database& db, const std::string& idNumber);
/// The hashes every row names, sorted and unique.
[[nodiscard]] std::vector<std::string> attachmentHashes(Database& db);

/// For QĐ 766 group 4, over dossiers received in [from, to) (domain/quality_indicators.h).
struct DigitisationFacts {
    int received = 0;          ///< dossiers received in the period
    int withResult = 0;        ///< of those, with their result recorded (result ready or returned)
    int resultDigitised = 0;   ///< of those, with a digitised result
    int fullyDigitised = 0;    ///< of those with a result, every kept paper of the checklist and the result digitised
    int reusing = 0;           ///< dossiers received with at least one reused paper
};
[[nodiscard]] DigitisationFacts digitisationFacts(Database& db, domain::Instant from, domain::Instant to);

}  // namespace motcua::store
