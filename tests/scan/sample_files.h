// Files made in the test for the scan layer: document-like pages (text drawn with cairo) as
// JPEG, PNG, TIFF and PDF, and the raw pieces hostile files are built from.
#pragma once

#include "scan/raster.h"

#include <string>
#include <vector>

namespace motcua::scan::test {

/// A page of text lines (cairo's toy font) on white, `channels` 1 or 3 (colour adds a red stamp).
Raster documentPage(int width, int height, int channels, double dpi);
std::string pngOf(const Raster& raster);
/// A photo-like grey page: smooth shading with grain, no paper showing.
Raster photoPage(int width, int height, double dpi);
/// `page` with a portrait-like shaded block (an ID card's photo) at (x, y), grey or RGB.
Raster withPortrait(Raster page, int x, int y, int width, int height);
/// `page` as a scanner gives it: off-white paper, grain, strokes slightly blurred.
Raster asScanned(const Raster& page);
/// A grey raster repeated into three equal channels (a colour scan of a black-and-white page).
Raster asRgb(const Raster& grey);
/// Page 1 of the PDF rendered by poppler's pdftoppm at `width` × `height` px, grey or RGB;
/// `errors` receives what pdftoppm printed (empty when it had nothing to say).
Raster renderPage(const std::string& pdf, int width, int height, bool grey, std::string* errors);
std::string tiffOf(const std::vector<Raster>& pages);
/// A PDF of `pages` empty A4 pages; `encrypted` adds a user password.
std::string blankPdf(int pages, bool encrypted = false);
/// A PNG chunk with its length and CRC.
std::string pngChunk(const std::string& type, const std::string& data);
std::string bigEndian32(std::uint32_t value);
/// Runs `pdfinfo` on the bytes; its whole output.
std::string pdfinfo(const std::string& pdf);

}  // namespace motcua::scan::test
