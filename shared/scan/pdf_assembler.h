// Builds one paper's PDF with qpdf: scanned or decoded pages become images on pages of their real
// size (A4 when the source states no resolution) — 1-bit CCITT G4 for text, JPEG for the rest
// (page_encoding.h) — and whole PDFs are appended page by page. One PDF, pages in the order added.
#pragma once

#include "scan/raster.h"

#include <memory>
#include <string>
#include <vector>

class QPDF;

namespace motcua::scan {

class PdfAssembler {
public:
    PdfAssembler();
    ~PdfAssembler();
    PdfAssembler(const PdfAssembler&) = delete;
    PdfAssembler& operator=(const PdfAssembler&) = delete;

    /// One page from pixels as scanned or decoded (any resolution): brought to its stored
    /// resolution and encoded by encodePage.
    void addRaster(const Raster& scanned);
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
