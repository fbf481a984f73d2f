// Store-file operations that are not Desk calls: creating and upgrading the file, and checking
// one exists before a command opens it (so a mistyped path never leaves an empty file behind).
#pragma once

#include "domain/date.h"

#include <cstdint>
#include <string>

namespace motcua::service {

/// The schema version this build writes.
[[nodiscard]] int schemaVersion();
/// Migrates an existing store file; returns how many migrations ran.
int upgradeStore(const std::string& path);
/// Throws Error(NotFound) with a hint to run `motcua init` if there is no file at `path`.
void requireStoreFile(const std::string& path);
/// Folds the write-ahead log into the main file (before a store file is moved or copied).
void checkpointStore(const std::string& path);

}  // namespace motcua::service

namespace motcua::service {

/// Bulk synthetic dossiers for benchmarks (see store/synthetic_data.h); returns rows written.
std::int64_t writeSyntheticDossiers(const std::string& path, std::int64_t dossiers, int eventsPerDossier,
                                    domain::Instant now);

}  // namespace motcua::service
