// The audit log: append-only (triggers refuse UPDATE and DELETE) and hash-chained, each row's
// hash covering its fields and the previous row's hash, so any edit of the file is detectable.
#pragma once

#include "domain/date.h"
#include "store/database.h"

#include <cstdint>
#include <string>

namespace motcua::store {

/// Appends one row inside the caller's transaction.
void appendAudit(Database& db, domain::Instant at, const std::string& actor, const std::string& action,
                 const std::string& subject, const std::string& detail);

struct AuditVerification {
    bool ok = true;
    std::int64_t rows = 0;
    std::int64_t firstBadId = 0;  ///< 0 when ok
    std::string problem;          ///< Vietnamese, empty when ok
};

[[nodiscard]] AuditVerification verifyAudit(Database& db);

}  // namespace motcua::store
