// Numbered schema migrations tracked by PRAGMA user_version. Each runs in one transaction;
// a database written by a newer motcua is refused rather than guessed at.
#pragma once

#include "store/database.h"

namespace motcua::store {

/// The schema version this build writes.
[[nodiscard]] int latestSchemaVersion();
/// Brings the database up to the latest version; returns how many migrations ran.
/// Throws Error(VersionTooNew) if the file is newer than this build.
int migrate(Database& db);
/// Brings the database up to `target` (at most the latest), no further: upgrade tests build a
/// store as an older motcua left it.
int migrate(Database& db, int target);
/// Throws unless the database is exactly at the latest version (for read-only users).
void requireCurrentSchema(Database& db);

}  // namespace motcua::store
