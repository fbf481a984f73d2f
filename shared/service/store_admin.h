// Store-file operations that are not Desk calls: creating and upgrading the file, and checking
// one exists before a command opens it (so a mistyped path never leaves an empty file behind).
#pragma once

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
