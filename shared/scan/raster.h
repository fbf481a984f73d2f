// One page as pixels: what a decoded image or a scanner's frame is before it becomes a PDF page.
// 8 bits a sample, rows top to bottom, 1 channel (grey) or 3 (RGB), no padding.
#pragma once

#include <cstdint>
#include <vector>

namespace motcua::scan {

struct Raster {
    int width = 0;
    int height = 0;
    int channels = 1;   ///< 1 = greyscale, 3 = RGB
    double dpi = 0;     ///< the resolution the source states; 0 when it states none
    std::vector<std::uint8_t> pixels;
};

/// The size a page's header declares, read before any pixel is decoded.
struct PageHeader {
    int width = 0;
    int height = 0;
};

}  // namespace motcua::scan
