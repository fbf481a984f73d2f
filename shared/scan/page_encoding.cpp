// Page encoding: resolution, the choice of 1-bit / grey / colour, and the codec (no PDF here).
#include "scan/page_encoding.h"

#include "scan/image_codec.h"

#include <algorithm>
#include <cmath>
#include <utility>

namespace motcua::scan {
namespace {

constexpr double kA4ShortInches = 210.0 / 25.4;
constexpr double kA4LongInches = 297.0 / 25.4;

// The resolution that makes the image fill an A4 page turned its way.
double fitToA4(const Raster& raster) {
    const bool landscape = raster.width > raster.height;
    const double across = landscape ? kA4LongInches : kA4ShortInches;
    const double down = landscape ? kA4ShortInches : kA4LongInches;
    return std::max(raster.width / across, raster.height / down);
}

// A stated resolution is believed when it gives a page no bigger than A3 and no smaller than a
// business card; otherwise the file's number is noise.
double pageDpi(const Raster& raster) {
    if (raster.dpi > 0) {
        const double longInches = std::max(raster.width, raster.height) / raster.dpi;
        if (longInches >= 2.0 && longInches <= 17.0) return raster.dpi;
    }
    return fitToA4(raster);
}

// Each output pixel is the mean of the source box it covers.
Raster areaAverage(const Raster& in, int width, int height) {
    Raster out;
    out.width = width;
    out.height = height;
    out.channels = in.channels;
    const auto channels = static_cast<std::size_t>(in.channels);
    out.pixels.resize(static_cast<std::size_t>(width) * static_cast<std::size_t>(height) * channels);
    std::vector<std::uint32_t> sums(static_cast<std::size_t>(width) * channels);
    std::vector<std::uint32_t> counts(static_cast<std::size_t>(width));
    std::vector<int> column(static_cast<std::size_t>(in.width));
    for (int x = 0; x < in.width; ++x)
        column[static_cast<std::size_t>(x)] = static_cast<int>(static_cast<std::int64_t>(x) * width / in.width);
    int y = 0;
    for (int oy = 0; oy < height; ++oy) {
        const auto yEnd = static_cast<int>(static_cast<std::int64_t>(oy + 1) * in.height / height);
        std::fill(sums.begin(), sums.end(), 0U);
        std::fill(counts.begin(), counts.end(), 0U);
        // At least one source row per output row; the end is fixed before the loop (it moves with y).
        const int rowsEnd = std::min(std::max(yEnd, y + 1), in.height);
        for (; y < rowsEnd; ++y) {
            const std::uint8_t* row = in.pixels.data() + static_cast<std::size_t>(y) * static_cast<std::size_t>(in.width) * channels;
            for (std::size_t x = 0; x < static_cast<std::size_t>(in.width); ++x) {
                const auto ox = static_cast<std::size_t>(column[x]);
                ++counts[ox];
                for (std::size_t c = 0; c < channels; ++c) sums[ox * channels + c] += row[x * channels + c];
            }
        }
        std::uint8_t* dest = out.pixels.data() + static_cast<std::size_t>(oy) * static_cast<std::size_t>(width) * channels;
        for (std::size_t ox = 0; ox < static_cast<std::size_t>(width); ++ox)
            for (std::size_t c = 0; c < channels; ++c)
                dest[ox * channels + c] = static_cast<std::uint8_t>(counts[ox] == 0 ? 255 : sums[ox * channels + c] / counts[ox]);
    }
    return out;
}

EncodedPage jpegPage(const Raster& page, PageKind kind, int quality) {
    return EncodedPage{kind, page.width, page.height, page.dpi, encodeJpeg(page, quality)};
}

}  // namespace

Raster atPageResolution(Raster raster, double maxDpi) {
    const double dpi = pageDpi(raster);
    if (dpi <= maxDpi * 1.1) {
        raster.dpi = dpi;
        return raster;
    }
    const double scale = maxDpi / dpi;
    const int width = std::max(1, static_cast<int>(std::lround(raster.width * scale)));
    const int height = std::max(1, static_cast<int>(std::lround(raster.height * scale)));
    Raster smaller = areaAverage(raster, width, height);
    smaller.dpi = dpi * width / raster.width;
    return smaller;
}

EncodedPage encodePage(const Raster& scanned) {
    if (hasRealColour(scanned)) return jpegPage(atPageResolution(scanned), PageKind::Colour, kColourJpegQuality);
    Raster grey = greyOf(scanned);
    if (pageDpi(grey) >= kMinBilevelDpi * 0.99) {
        const Raster sharp = atPageResolution(grey, kBilevelDpi);
        const GreyLook look = lookAtGrey(sharp);
        if (look.text) {
            const Bitmap bitmap = bilevelOf(sharp, look.level);
            return EncodedPage{PageKind::Bilevel, bitmap.width, bitmap.height, bitmap.dpi, encodeG4(bitmap)};
        }
    }
    return jpegPage(atPageResolution(std::move(grey)), PageKind::Grey, kGreyJpegQuality);
}

}  // namespace motcua::scan
