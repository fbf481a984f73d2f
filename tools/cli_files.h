// Files the `motcua` tool reads (CSV imports) and writes (exports, reports): size-checked reads
// and atomic writes (a temporary file renamed into place), with clear Vietnamese errors.
#pragma once

#include <string>

namespace motcua::cli {

/// The whole file; refuses a missing path, a directory, or more than 16 MB.
[[nodiscard]] std::string readInputFile(const std::string& path);
/// Writes through `path.tmp` and a rename, so a failure never leaves half a file.
void writeOutputFile(const std::string& path, const std::string& text);

}  // namespace motcua::cli
