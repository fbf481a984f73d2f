// Papers scanned at intake that the store did not take when their dossier was received (the host
// away, its disk full): each kept on this PC — a PDF and a small JSON beside it in
// <config>/unsent-scans/ — and sent again by the counter until the store has it. The citizen's
// papers went through the scanner once; an outage or a restart of the counter must not lose them.
#pragma once

#include <string>
#include <vector>

namespace motcua::counter {

struct UnsentScan {
    std::string code;    ///< the dossier
    int paper = 0;       ///< its paper line, 1-based (AttachRequest::paper)
    std::string pdf;     ///< the scan as the counter made it
    std::string source;  ///< "máy quét" or the files' names, for the audit row
    std::string file;    ///< where it is kept on this PC (set by keepUnsentScan / loadUnsentScans)
    bool operator==(const UnsentScan&) const = default;
};

/// "<configDir>/unsent-scans" ("" when no folder is known).
[[nodiscard]] std::string unsentScansDir(const std::string& configDir);
/// Keeps `scan` in `dir` durably and sets scan.file. Throws motcua::Error(Storage) when the disk refuses.
void keepUnsentScan(const std::string& dir, UnsentScan& scan);
/// The scans kept in `dir`, oldest first; a torn or foreign file is left out (and left alone).
[[nodiscard]] std::vector<UnsentScan> loadUnsentScans(const std::string& dir);
/// Removes a kept scan once the store has it (or refused it for good).
void forgetUnsentScan(const UnsentScan& scan);

}  // namespace motcua::counter
