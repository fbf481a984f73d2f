// The limits a scanned or uploaded paper must keep (settings scan.max_bytes, scan.max_pages).
#pragma once

#include <cstdint>

namespace motcua::scan {

struct PaperLimits {
    std::int64_t maxBytes = 20LL * 1024 * 1024;  ///< one paper's stored PDF, and each input file
    int maxPages = 50;                            ///< pages of one paper
};

}  // namespace motcua::scan
