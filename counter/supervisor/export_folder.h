// Where the reports tab writes its exports: a folder the person chooses, checked before anything
// is written, and remembered per account in a small file on this computer (a folder is a path on
// this machine: another counter's path would mean nothing here, so it does not go in the store).
#pragma once

#include <string>

namespace motcua::counter {

/// The folder of this machine's remembered settings: $XDG_CONFIG_HOME/motcua, else ~/.config/motcua.
[[nodiscard]] std::string defaultPrefsDir();
/// The folder `username` last exported to on this computer, or "" when none is remembered.
[[nodiscard]] std::string rememberedExportFolder(const std::string& prefsDir, const std::string& username);
/// Remembers `folder` for `username` (other accounts' lines are kept). Best effort: a file that
/// cannot be written only means the folder is asked again next time.
void rememberExportFolder(const std::string& prefsDir, const std::string& username, const std::string& folder);
/// The full path of `fileName` in `folder`, after checking both; throws Error(InvalidInput) with a
/// Vietnamese message saying what to do (no folder, not a folder, not writable, a bad file name).
[[nodiscard]] std::string exportPath(const std::string& folder, const std::string& fileName, const char* what);

}  // namespace motcua::counter
