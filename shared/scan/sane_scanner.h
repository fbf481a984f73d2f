// The office scanner through SANE (Debian's libsane): list the devices, scan N pages (from the
// document feeder where the device has one) at 200 dpi in greyscale or colour, cancel. Every call
// blocks: the counter runs it on its background worker, never on the UI thread. SANE itself is
// not thread-safe, so one scan runs at a time in a process (the others wait).
#pragma once

#include "scan/limits.h"
#include "scan/paper_pdf.h"
#include "scan/raster.h"

#include <atomic>
#include <string>
#include <utility>
#include <vector>

namespace motcua::scan {

struct ScannerDevice {
    std::string name;    ///< what sane_open takes, e.g. "test:0"
    std::string label;   ///< vendor and model, for a person
};

enum class ScanColour { Grey, Colour };

struct ScanRequest {
    std::string device;            ///< empty: the first device found
    int pages = 1;                 ///< 0: until the feeder is empty
    int dpi = 200;
    ScanColour colour = ScanColour::Grey;
    bool feeder = true;            ///< use the document feeder when the device has one
    /// Device-specific options by SANE name and value (e.g. the test backend's "test-picture").
    std::vector<std::pair<std::string, std::string>> options;
};

/// @brief The scanners SANE sees. Throws Error(NotFound) in Vietnamese when there is none.
[[nodiscard]] std::vector<ScannerDevice> listScanners();

/// @brief Scans the pages; `cancel` (may be null) is polled between reads and stops the scan.
/// Throws Error in Vietnamese: no scanner (NotFound), jammed, cover open, empty feeder, busy,
/// cancelled (IllegalState), or the device's own failure (Internal).
[[nodiscard]] std::vector<Raster> scanPages(const ScanRequest& request, const std::atomic<bool>* cancel = nullptr);

/// @brief The scanned pages as one paper's PDF (same pages as paperPdf makes from images),
/// checked against `limits` (pages before scanning, bytes after).
[[nodiscard]] PaperPdf scanPaper(const ScanRequest& request, const PaperLimits& limits,
                                 const std::atomic<bool>* cancel = nullptr);

}  // namespace motcua::scan
