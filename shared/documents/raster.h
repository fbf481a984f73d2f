// A 1-bit image the width of a thermal printer's head: what a ticket is before it becomes
// ESC/POS. Rows are packed the way GS v 0 wants them, so encoding is a copy.
#pragma once

#include <cstdint>
#include <vector>

namespace motcua::documents {

/// Dots across the head at 203 dpi: 384 for 58 mm paper (48 mm printable), 576 for 80 mm (72 mm).
inline constexpr int kDots58 = 384;
inline constexpr int kDots80 = 576;
inline constexpr double kThermalDpi = 203.0;

struct Raster {
    int width = 0;
    int height = 0;
    /// height rows of bytesPerRow() bytes; the most significant bit is the leftmost dot, 1 = black.
    std::vector<std::uint8_t> bits;

    Raster() = default;
    Raster(int w, int h);

    [[nodiscard]] int bytesPerRow() const { return (width + 7) / 8; }
    [[nodiscard]] bool black(int x, int y) const;
    void set(int x, int y, bool isBlack);
    /// Share of black dots, 0..1 (a printer's heat budget; also a sanity check in tests).
    [[nodiscard]] double coverage() const;
};

/// Thresholds an 8-bit alpha (coverage) image: a dot is black where alpha >= threshold.
[[nodiscard]] Raster rasterFromAlpha(const std::uint8_t* alpha, int stride, int width, int height,
                                     std::uint8_t threshold = 128);

}  // namespace motcua::documents
