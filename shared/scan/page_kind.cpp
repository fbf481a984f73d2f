#include "scan/page_kind.h"

#include <algorithm>
#include <cstdlib>

namespace motcua::scan {
namespace {

// A pixel is coloured when its channels differ by this much: a red stamp (≈ 217, 25, 25) differs
// by ~190, a scanner's fringe along black text by a few tens.
constexpr int kColourSpread = 80;
// ... and a page has real colour when at least this share of it is coloured (on A4 at 200 dpi,
// ~1900 px: a 5 mm square of ink, far less than any stamp or signature).
constexpr double kColourShare = 0.0005;

int medianBetween(const Histogram& histogram, int from, int to) {
    std::uint64_t count = 0;
    for (int v = from; v < to; ++v) count += histogram[static_cast<std::size_t>(v)];
    std::uint64_t seen = 0;
    for (int v = from; v < to; ++v) {
        seen += histogram[static_cast<std::size_t>(v)];
        if (seen * 2 >= count && count > 0) return v;
    }
    return from;
}

// Tiles about 4 mm square (32 px when the resolution is unknown).
int tileSide(const Raster& grey) { return std::max(8, grey.dpi > 0 ? static_cast<int>(grey.dpi / 6) : 32); }

// Tiles of which at least half the pixels are mid-tones: a photo, a shaded box, a grey stamp.
// Text, even small and dense, has mid-tones only along its strokes' edges (under a third of a tile).
int countPhotoTiles(const Raster& grey, int low, int high) {
    const int side = tileSide(grey);
    int tiles = 0;
    for (int ty = 0; ty + side <= grey.height; ty += side)
        for (int tx = 0; tx + side <= grey.width; tx += side) {
            int mid = 0;
            for (int y = ty; y < ty + side; ++y) {
                const std::uint8_t* row = grey.pixels.data() + static_cast<std::size_t>(y) * static_cast<std::size_t>(grey.width);
                for (int x = tx; x < tx + side; ++x) mid += (row[x] > low && row[x] < high) ? 1 : 0;
            }
            if (mid * 2 >= side * side) ++tiles;
        }
    return tiles;
}

}  // namespace

bool hasRealColour(const Raster& page) {
    if (page.channels != 3) return false;
    const std::size_t pixels = page.pixels.size() / 3;
    std::size_t coloured = 0;
    for (std::size_t i = 0; i < pixels; ++i) {
        const std::uint8_t* p = page.pixels.data() + i * 3;
        const int spread = std::max({p[0], p[1], p[2]}) - std::min({p[0], p[1], p[2]});
        coloured += spread >= kColourSpread ? 1 : 0;
    }
    return static_cast<double>(coloured) >= kColourShare * static_cast<double>(pixels);
}

Raster greyOf(const Raster& page) {
    if (page.channels == 1) return page;
    const std::size_t pixels = page.pixels.size() / 3;
    // Sized at construction: resize() of the empty vector trips GCC 12's -Wnull-dereference at -O3.
    Raster grey{page.width, page.height, 1, page.dpi, std::vector<std::uint8_t>(pixels)};
    for (std::size_t i = 0; i < pixels; ++i) {
        const std::uint8_t* p = page.pixels.data() + i * 3;
        grey.pixels[i] = static_cast<std::uint8_t>((299 * p[0] + 587 * p[1] + 114 * p[2] + 500) / 1000);
    }
    return grey;
}

Histogram histogramOf(const Raster& grey) {
    Histogram histogram{};
    for (const std::uint8_t v : grey.pixels) ++histogram[v];
    return histogram;
}

int otsuLevel(const Histogram& histogram) {
    double total = 0;
    double sum = 0;
    for (std::size_t v = 0; v < histogram.size(); ++v) {
        total += static_cast<double>(histogram[v]);
        sum += static_cast<double>(v) * static_cast<double>(histogram[v]);
    }
    double darkCount = 0;
    double darkSum = 0;
    double best = -1;
    int level = 128;
    for (std::size_t v = 0; v + 1 < histogram.size(); ++v) {
        darkCount += static_cast<double>(histogram[v]);
        darkSum += static_cast<double>(v) * static_cast<double>(histogram[v]);
        const double lightCount = total - darkCount;
        if (darkCount == 0 || lightCount == 0) continue;
        const double gap = darkSum / darkCount - (sum - darkSum) / lightCount;
        const double between = darkCount * lightCount * gap * gap;  // Otsu's between-class variance × n²
        if (between > best) {
            best = between;
            level = static_cast<int>(v) + 1;
        }
    }
    return level;
}

// The rule for 1-bit (kept conservative: when in doubt a page stays grey, which costs bytes, never
// legibility). From the grey histogram, split at Otsu's level into ink and paper:
//  - ink and paper differ by at least 100 grey levels (black on white, not pencil on grey paper);
//  - at least 60 % of the page is paper;
//  - at most 10 % of the pixels lie in the middle half between ink and paper (anti-aliased or
//    blurred stroke edges; a photo or shading has far more);
//  - and no 4 mm tile is mostly mid-tones (a portrait on an ID card, a grey stamp, a shaded box
//    would be lost in 1 bit even on a page that is otherwise text).
GreyLook lookAtGrey(const Raster& grey) {
    GreyLook look;
    const Histogram histogram = histogramOf(grey);
    const auto total = static_cast<double>(grey.pixels.size());
    if (total == 0) return look;
    look.level = otsuLevel(histogram);
    look.ink = medianBetween(histogram, 0, look.level);
    look.paper = medianBetween(histogram, look.level, 256);
    std::uint64_t paper = 0;
    for (int v = look.level; v < 256; ++v) paper += histogram[static_cast<std::size_t>(v)];
    look.paperShare = static_cast<double>(paper) / total;
    const int quarter = (look.paper - look.ink) / 4;
    const int low = look.ink + quarter;
    const int high = look.paper - quarter;
    std::uint64_t mid = 0;
    for (int v = low + 1; v < high; ++v) mid += histogram[static_cast<std::size_t>(v)];
    look.midShare = static_cast<double>(mid) / total;
    const bool contrast = look.paper - look.ink >= 100;
    if (contrast && look.paperShare >= 0.6 && look.midShare <= 0.10) look.photoTiles = countPhotoTiles(grey, low, high);
    look.text = contrast && look.paperShare >= 0.6 && look.midShare <= 0.10 && look.photoTiles == 0;
    return look;
}

Bitmap bilevelOf(const Raster& grey, int level) {
    Bitmap bitmap{grey.width, grey.height, grey.dpi, {}};
    const std::size_t stride = bitmap.stride();
    bitmap.bits.assign(stride * static_cast<std::size_t>(grey.height), 0);
    for (int y = 0; y < grey.height; ++y) {
        const std::uint8_t* row = grey.pixels.data() + static_cast<std::size_t>(y) * static_cast<std::size_t>(grey.width);
        std::uint8_t* out = bitmap.bits.data() + static_cast<std::size_t>(y) * stride;
        for (int x = 0; x < grey.width; ++x)
            if (row[x] < level) out[x / 8] = static_cast<std::uint8_t>(out[x / 8] | (0x80U >> (x % 8)));
    }
    return bitmap;
}

}  // namespace motcua::scan
