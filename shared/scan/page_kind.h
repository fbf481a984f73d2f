// What a scanned page is, read from its pixels (pure: no codec, no I/O). A page of black text on
// white is stored 1-bit (CCITT G4: a tenth of a JPEG's bytes, and sharper); a page with real
// colour stays colour (a red stamp must stay red); anything else — photos, shading, faint pencil,
// a portrait on an ID card — stays greyscale JPEG.
#pragma once

#include "scan/raster.h"

#include <array>
#include <cstdint>

namespace motcua::scan {

enum class PageKind { Bilevel, Grey, Colour };

/// @brief True when part of the page is really coloured (a stamp, a blue signature, a photo), not
/// merely the colour fringes a scanner leaves along black text. A grey raster has none.
[[nodiscard]] bool hasRealColour(const Raster& page);

/// @brief Luminance (Rec. 601) of an RGB raster; a grey raster comes back as it is.
[[nodiscard]] Raster greyOf(const Raster& page);

using Histogram = std::array<std::uint64_t, 256>;
[[nodiscard]] Histogram histogramOf(const Raster& grey);
/// @brief Otsu's level: the grey value that best splits the histogram in two (below it is ink).
[[nodiscard]] int otsuLevel(const Histogram& histogram);

/// What a grey page looks like, and whether it may be stored 1-bit.
struct GreyLook {
    int level = 128;        ///< Otsu's threshold
    int ink = 0;            ///< median grey of the dark class
    int paper = 255;        ///< median grey of the light class
    double paperShare = 0;  ///< share of pixels in the light class
    double midShare = 0;    ///< share of pixels in the middle half between ink and paper
    int photoTiles = 0;     ///< tiles (about 4 mm square) that are mostly mid-tones
    bool text = false;      ///< black text on white: safe to store 1-bit
};
[[nodiscard]] GreyLook lookAtGrey(const Raster& grey);

/// @brief 1 (black) where the grey is below `level`, 0 (white) elsewhere.
[[nodiscard]] Bitmap bilevelOf(const Raster& grey, int level);

}  // namespace motcua::scan
