// One paper of the checklist as one PDF: the files a clerk attaches (or the pages a scanner gave)
// are recognised by their content — PDF, JPEG, PNG, TIFF (multi-page) — and images become PDF
// pages at about 200 dpi, greyscale or colour, compressed. A PDF is kept as it is.
#pragma once

#include "scan/limits.h"

#include <string>
#include <vector>

namespace motcua::scan {

/// What a file is, read from its first bytes (never from its name).
enum class FileType { Unknown, Pdf, Jpeg, Png, Tiff };
[[nodiscard]] FileType sniffFileType(const std::string& bytes);

struct PaperPdf {
    std::string pdf;
    int pages = 0;
};

/// @brief The files' content (each a whole file) made into one PDF, in order. A single PDF is
/// kept byte for byte; several files or any image are combined. Throws Error(InvalidInput) in
/// Vietnamese naming the file (by its 1-based position) that is broken, encrypted, of an unknown
/// type, or over the limits.
[[nodiscard]] PaperPdf paperPdf(const std::vector<std::string>& files, const PaperLimits& limits);

}  // namespace motcua::scan
