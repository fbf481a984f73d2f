// Builds one paper's PDF with qpdf: scanned or decoded pages become JPEG images on pages of their
// real size (about 200 dpi, A4 when the source states no resolution); whole PDFs are appended
// page by page. One PDF, pages in the order they were added.
#pragma once

#include "scan/raster.h"

#include <memory>
#include <string>
#include <vector>

class QPDF;

namespace motcua::scan {

/// The resolution pages are stored at: a paper stays legible, a page stays small.
constexpr double kPageDpi = 200;
/// JPEG quality of stored pages (see docs/performance.md for the bytes per page it gives).
constexpr int kPageJpegQuality = 60;

/// @brief `raster` brought down to at most kPageDpi (area average); its `dpi` is set to what the
/// page will be printed at. A resolution the source does not state, or an implausible one (a
/// phone's "72 dpi" on a 4000-pixel photo), is replaced by the one that fits the page to A4.
[[nodiscard]] Raster atPageResolution(Raster raster);

class PdfAssembler {
public:
    PdfAssembler();
    ~PdfAssembler();
    PdfAssembler(const PdfAssembler&) = delete;
    PdfAssembler& operator=(const PdfAssembler&) = delete;

    /// One page from pixels (already at page resolution): JPEG-compressed, greyscale kept.
    void addRaster(const Raster& page);
    /// Every page of a PDF already checked with inspectPdf. Throws Error(InvalidInput) if qpdf
    /// cannot copy them.
    void addPdf(const std::string& pdf);
    [[nodiscard]] int pages() const { return m_pages; }
    /// The finished file (deterministic: the same input gives the same bytes).
    [[nodiscard]] std::string write();

private:
    std::unique_ptr<QPDF> m_out;
    std::vector<std::unique_ptr<std::string>> m_sourceBytes;  // qpdf reads them until write()
    std::vector<std::unique_ptr<QPDF>> m_sources;
    int m_pages = 0;
};

}  // namespace motcua::scan
