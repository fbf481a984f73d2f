// The limits a scanned or uploaded paper must keep (settings scan.max_bytes, scan.max_pages).
#pragma once

#include <cstdint>

namespace motcua::scan {

struct PaperLimits {
    std::int64_t maxBytes = 20LL * 1024 * 1024;  ///< one paper's stored PDF, and each input file
    int maxPages = 50;                            ///< pages of one paper
    /// Pixels one image page may declare (width × height, read from its header before decoding):
    /// A4 at 600 dpi is 35 million, a 48-megapixel phone photo 48 million.
    std::int64_t maxPixelsPerPage = 50'000'000;
};

}  // namespace motcua::scan
