// 1-bit rasters: packing, thresholding.
#include "documents/raster.h"

#include <bit>

namespace motcua::documents {

namespace {

std::size_t index(int bytesPerRow, int x, int y)
{
    return static_cast<std::size_t>(y) * static_cast<std::size_t>(bytesPerRow) + static_cast<std::size_t>(x / 8);
}

std::uint8_t mask(int x) { return static_cast<std::uint8_t>(0x80U >> static_cast<unsigned>(x % 8)); }

}  // namespace

Raster::Raster(int w, int h)
    : width(w), height(h), bits(static_cast<std::size_t>((w + 7) / 8) * static_cast<std::size_t>(h), 0)
{
}

bool Raster::black(int x, int y) const
{
    if (x < 0 || y < 0 || x >= width || y >= height) return false;
    return (bits[index(bytesPerRow(), x, y)] & mask(x)) != 0;
}

void Raster::set(int x, int y, bool isBlack)
{
    if (x < 0 || y < 0 || x >= width || y >= height) return;
    auto& b = bits[index(bytesPerRow(), x, y)];
    b = isBlack ? static_cast<std::uint8_t>(b | mask(x)) : static_cast<std::uint8_t>(b & ~mask(x));
}

double Raster::coverage() const
{
    if (width <= 0 || height <= 0) return 0;
    long long n = 0;
    // Padding bits past the width are always 0, so counting whole bytes is exact.
    for (auto b : bits) n += std::popcount(static_cast<unsigned>(b));
    return static_cast<double>(n) / (static_cast<double>(width) * static_cast<double>(height));
}

Raster rasterFromAlpha(const std::uint8_t* alpha, int stride, int width, int height, std::uint8_t threshold)
{
    Raster r(width, height);
    const int bpr = r.bytesPerRow();
    for (int y = 0; y < height; ++y) {
        const std::uint8_t* row = alpha + static_cast<std::ptrdiff_t>(y) * stride;
        std::uint8_t* out = r.bits.data() + static_cast<std::ptrdiff_t>(y) * bpr;
        for (int x = 0; x < width; ++x)
            if (row[x] >= threshold) out[x / 8] = static_cast<std::uint8_t>(out[x / 8] | mask(x));
    }
    return r;
}

}  // namespace motcua::documents
