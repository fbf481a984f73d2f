// One page as pixels: what a decoded image or a scanner's frame is before it becomes a PDF page.
// 8 bits a sample, rows top to bottom, 1 channel (grey) or 3 (RGB), no padding.
#pragma once

#include <cstddef>
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

/// A 1-bit page: rows top to bottom, each padded to whole bytes, the leftmost pixel in the high
/// bit, 1 = black (TIFF's "min-is-white", what a CCITT fax encoder takes).
struct Bitmap {
    int width = 0;
    int height = 0;
    double dpi = 0;
    std::vector<std::uint8_t> bits;
    [[nodiscard]] std::size_t stride() const { return (static_cast<std::size_t>(width) + 7) / 8; }
};

/// The size a page's header declares, read before any pixel is decoded.
struct PageHeader {
    int width = 0;
    int height = 0;
};

}  // namespace motcua::scan
