// A small file written so that a crash or a power cut leaves either the old file or the whole
// new one, never half of it: a temporary beside it, fsync, rename, fsync of the folder. Used for
// what a PC keeps of its own (the counter's local draft, scans the host has not taken yet).
#pragma once

#include <string>
#include <string_view>

namespace motcua::store {

/// Writes `bytes` to `path` durably with permissions 0600, creating its folder (0700) if needed.
/// Throws motcua::Error(Storage) "Không ghi được <what> trên máy này (<path>)…" when the disk
/// refuses; the old file, if any, is then left as it was and no temporary stays behind.
void writeFileDurably(const std::string& path, std::string_view bytes, const std::string& what);

/// Removes `path` if it is there and makes the removal durable (fsync of its folder).
void removeFileDurably(const std::string& path);

}  // namespace motcua::store
