// Image files read and written with Debian's codecs: JPEG (libjpeg), PNG (libpng's simplified
// API), TIFF (libtiff, multi-page; it also encodes 1-bit pages as CCITT G4). Headers are read
// first so a caller can refuse a page too large before a single pixel buffer is allocated (a
// decompression bomb costs nothing).
#pragma once

#include "scan/raster.h"

#include <string>
#include <vector>

namespace motcua::scan {

/// @brief Each page's declared size (one for JPEG and PNG, one per directory for TIFF), from the
/// headers only. Throws Error(InvalidInput) in Vietnamese when a header is broken.
[[nodiscard]] std::vector<PageHeader> jpegHeader(const std::string& bytes);
[[nodiscard]] std::vector<PageHeader> pngHeader(const std::string& bytes);
[[nodiscard]] std::vector<PageHeader> tiffHeaders(const std::string& bytes, int maxPages);

/// @brief Decodes a whole image (TIFF: the page at `page`). Greyscale sources stay greyscale;
/// transparency is laid on white. Any damage (a truncated file included) throws Error(InvalidInput).
[[nodiscard]] Raster decodeJpeg(const std::string& bytes);
[[nodiscard]] Raster decodePng(const std::string& bytes);
[[nodiscard]] Raster decodeTiffPage(const std::string& bytes, int page);

/// @brief Baseline JPEG of `raster` (greyscale or colour as it is) at `quality` (1..100), its
/// resolution written into the JFIF header.
[[nodiscard]] std::string encodeJpeg(const Raster& raster, int quality);

/// @brief The bitmap as CCITT Group 4 (T.6) data, one strip, no TIFF around it: what a PDF
/// image with /CCITTFaxDecode << /K -1 >> holds (black is 1 in the bitmap, /BlackIs1 false in PDF).
[[nodiscard]] std::string encodeG4(const Bitmap& bitmap);

}  // namespace motcua::scan
