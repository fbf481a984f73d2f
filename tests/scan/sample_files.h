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
std::string tiffOf(const std::vector<Raster>& pages);
/// A PDF of `pages` empty A4 pages; `encrypted` adds a user password.
std::string blankPdf(int pages, bool encrypted = false);
/// A PNG chunk with its length and CRC.
std::string pngChunk(const std::string& type, const std::string& data);
std::string bigEndian32(std::uint32_t value);
/// Runs `pdfinfo` on the bytes; its whole output.
std::string pdfinfo(const std::string& pdf);

}  // namespace motcua::scan::test
