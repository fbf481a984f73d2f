// Checks a PDF before it is stored: the store host runs this on every paper a client sends, so a
// broken, encrypted or oversized file is refused with a clear message and nothing is written.
#pragma once

#include "scan/limits.h"

#include <string>
#include <string_view>

namespace motcua::scan {

struct PdfFacts {
    int pages = 0;
};

/// @brief Parses `pdf` strictly (no repair) and counts its pages. Throws Error(InvalidInput) in
/// Vietnamese for what is not a PDF, a damaged or encrypted one, zero pages, or more than the
/// limits allow.
[[nodiscard]] PdfFacts inspectPdf(std::string_view pdf, const PaperLimits& limits);

/// @brief inspectPdf on the file at `path`, mapped rather than read (the store host checks a
/// streamed upload in place: only the parts qpdf parses come into memory). Error(Storage) when
/// the file cannot be opened.
[[nodiscard]] PdfFacts inspectPdfFile(const std::string& path, const PaperLimits& limits);

}  // namespace motcua::scan
