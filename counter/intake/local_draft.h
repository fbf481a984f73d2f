// The counter's intake draft kept on the PC itself as well as in the store: a file per clerk and
// counter in the config directory (as in the store, issue 12 item 6: two counters run by one
// account, or sharing one PC's folder, never offer each other's applicant) (0600, written atomically), so a host outage or a crash does not lose a
// half-typed dossier. Offered back at the next login when the store has none newer.
#pragma once

#include "domain/intake_draft.h"

#include <optional>
#include <string>

namespace motcua::counter {

/// $MOTCUA_CONFIG_DIR, else $XDG_CONFIG_HOME/motcua, else $HOME/.config/motcua (empty if none is set).
[[nodiscard]] std::string defaultConfigDir();

/// The draft file of `username` at `counter` in `dir` ("counter-draft-USER-qN.json"; the name made
/// file-safe).
[[nodiscard]] std::string localDraftPath(const std::string& dir, const std::string& username, int counter);
/// Writes the draft (a temporary file 0600, fsync, rename); creates `dir` 0700. Throws
/// motcua::Error(Storage) with a Vietnamese message when the disk refuses.
void saveLocalDraft(const std::string& dir, const std::string& username, int counter, const domain::IntakeDraft& draft);
/// The draft saved for `username` at `counter`, or nothing (no file, or a file that does not parse).
[[nodiscard]] std::optional<domain::IntakeDraft> loadLocalDraft(const std::string& dir, const std::string& username, int counter);
/// Removes the file if there is one.
void discardLocalDraft(const std::string& dir, const std::string& username, int counter);

}  // namespace motcua::counter
