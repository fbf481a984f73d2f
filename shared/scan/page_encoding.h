// One scanned or decoded page made ready for the PDF: brought to its stored resolution and
// compressed the way its content calls for (see page_kind.h) — 1-bit CCITT G4 for black text on
// white, JPEG in colour when it has real colour, JPEG in grey otherwise.
#pragma once

#include "scan/page_kind.h"
#include "scan/raster.h"

#include <string>

namespace motcua::scan {

/// The resolution JPEG pages are stored at: a paper stays legible, a page stays small.
constexpr double kPageDpi = 200;
/// 1-bit pages keep up to this much: sharper strokes for few bytes (G4 codes runs, not pixels).
constexpr double kBilevelDpi = 300;
/// Below this a page is never made 1-bit: thin strokes would break apart.
constexpr double kMinBilevelDpi = 150;
/// JPEG qualities (docs/performance.md has the bytes per page they give). Grey pages are photos,
/// shading or faint writing by the time they get here; quality 50 keeps them readable.
constexpr int kColourJpegQuality = 60;
constexpr int kGreyJpegQuality = 50;

/// @brief `raster` brought down to at most `maxDpi` (area average); its `dpi` is set to what the
/// page will be printed at. A resolution the source does not state, or an implausible one (a
/// phone's "72 dpi" on a 4000-pixel photo), is replaced by the one that fits the page to A4.
[[nodiscard]] Raster atPageResolution(Raster raster, double maxDpi = kPageDpi);

struct EncodedPage {
    PageKind kind = PageKind::Grey;
    int width = 0;
    int height = 0;
    double dpi = kPageDpi;
    std::string data;  ///< G4 (T.6) for Bilevel, a baseline JPEG otherwise
};

/// @brief The page as it will be stored; `scanned` is the page at its own resolution.
[[nodiscard]] EncodedPage encodePage(const Raster& scanned);

}  // namespace motcua::scan
