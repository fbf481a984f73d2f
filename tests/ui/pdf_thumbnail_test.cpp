// Thumbnails of stored papers: a PDF made by scan::paperPdf drawn with poppler-glib, no window.
#include "domain/error.h"
#include "scan/image_codec.h"
#include "scan/paper_pdf.h"
#include "ui/pdf_thumbnail.h"

#include <catch2/catch.hpp>

using namespace motcua;

namespace {

// A grey A5-ish page at 100 dpi: white, with a black band across its top third.
std::string bandedPdf(int pages) {
    scan::Raster page{583, 827, 1, 100, {}};
    page.pixels.assign(583U * 827U, 255);
    for (std::size_t i = 0; i < 583U * 275U; ++i) page.pixels[i] = 0;
    std::vector<std::string> files(static_cast<std::size_t>(pages), scan::encodeJpeg(page, 90));
    return scan::paperPdf(files, scan::PaperLimits{}).pdf;
}

}  // namespace

TEST_CASE("a PDF page is drawn to fit the thumbnail box, its aspect kept", "[ui][thumbnail]") {
    const std::string pdf = bandedPdf(2);
    CHECK(ui::pdfPageCount(pdf) == 2);
    const ui::PageImage image = ui::renderPdfPage(pdf, 1, 160, 160);
    CHECK(image.height == 160);
    CHECK(std::abs(image.width - 112) <= 1);
    REQUIRE(image.rgba.size() == static_cast<std::size_t>(image.width * image.height * 4));
    auto grey = [&](int x, int y) { return image.rgba[static_cast<std::size_t>((y * image.width + x) * 4)]; };
    CHECK(grey(image.width / 2, 10) < 40);                  // the band
    CHECK(grey(image.width / 2, image.height - 10) > 215);  // the paper
}

TEST_CASE("a file poppler cannot read, or a page it lacks, is a clear error", "[ui][thumbnail]") {
    CHECK_THROWS_AS(ui::renderPdfPage("%PDF-1.4 rác", 0, 100, 100), Error);
    CHECK_THROWS_AS(ui::renderPdfPage(bandedPdf(1), 3, 100, 100), Error);
}
