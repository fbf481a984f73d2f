// Good papers: images of every accepted type become PDF pages of the right size and colour,
// several files become one PDF in order, and a lone PDF is kept byte for byte.
#include "sample_files.h"
#include "scan/image_codec.h"
#include "scan/page_encoding.h"
#include "scan/paper_pdf.h"

#include <catch2/catch.hpp>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>

#include <cmath>

using namespace motcua::scan;
using namespace motcua::scan::test;

namespace {

struct PageFacts {
    double widthPt = 0;
    double heightPt = 0;
    int imageWidth = 0;
    std::string colourSpace;
};

std::vector<PageFacts> pagesOf(const std::string& pdf) {
    QPDF doc;
    doc.processMemoryFile("out", pdf.data(), pdf.size());
    std::vector<PageFacts> facts;
    for (auto& page : QPDFPageDocumentHelper(doc).getAllPages()) {
        QPDFObjectHandle box = page.getObjectHandle().getKey("/MediaBox");
        PageFacts f{box.getArrayItem(2).getNumericValue(), box.getArrayItem(3).getNumericValue(), 0, ""};
        for (auto& [name, image] : page.getImages()) {
            f.imageWidth = image.getDict().getKey("/Width").getIntValueAsInt();
            f.colourSpace = image.getDict().getKey("/ColorSpace").getName();
        }
        facts.push_back(f);
    }
    return facts;
}

int pdfinfoPages(const std::string& pdf) {
    const std::string info = pdfinfo(pdf);
    const std::size_t at = info.find("Pages:");
    return at == std::string::npos ? -1 : std::stoi(info.substr(at + 6));
}

constexpr int kA4Width200 = 1654;   // 210 mm at 200 dpi
constexpr int kA4Height200 = 2339;  // 297 mm

}  // namespace

TEST_CASE("a greyscale A4 page at 200 dpi becomes one grey A4 PDF page, compressed", "[scan]") {
    const std::string png = pngOf(documentPage(kA4Width200, kA4Height200, 1, 200));
    const PaperPdf paper = paperPdf({png}, PaperLimits{});
    REQUIRE(paper.pages == 1);
    const auto pages = pagesOf(paper.pdf);
    CHECK(std::abs(pages[0].widthPt - 595.4) < 1.0);
    CHECK(std::abs(pages[0].heightPt - 842.0) < 1.0);
    CHECK(pages[0].imageWidth == kA4Width200);
    CHECK(pages[0].colourSpace == "/DeviceGray");
    // A page packed with 11-point text (the worst case; docs/performance.md has the figures) is
    // stored 1-bit (bilevel_test.cpp): within the goal of 150 kB a greyscale page.
    CHECK(paper.pdf.size() <= 150U * 1024);
    CHECK(pdfinfoPages(paper.pdf) == 1);
    CHECK(pdfinfo(paper.pdf).find("Page size:       595.44 x 842.04 pts") != std::string::npos);
}

TEST_CASE("a colour JPEG stays colour, its stated resolution gives the page size", "[scan]") {
    const std::string jpeg = encodeJpeg(documentPage(kA4Width200, kA4Height200, 3, 200), 90);
    const PaperPdf paper = paperPdf({jpeg}, PaperLimits{});
    const auto pages = pagesOf(paper.pdf);
    REQUIRE(pages.size() == 1);
    CHECK(pages[0].colourSpace == "/DeviceRGB");
    CHECK(std::abs(pages[0].heightPt - 842.0) < 1.0);
}

TEST_CASE("a 600 dpi grey scan is brought down to 200 dpi on the same page size", "[scan]") {
    const std::string png = pngOf(photoPage(1240, 1754, 600));  // an A6-ish photo at 600 dpi (text: bilevel_test)
    const auto pages = pagesOf(paperPdf({png}, PaperLimits{}).pdf);
    CHECK(std::abs(pages[0].imageWidth - 413) <= 1);
    CHECK(std::abs(pages[0].widthPt - 1240 * 72.0 / 600) < 1.0);
}

TEST_CASE("bringing a page down to 200 dpi averages every source row into it", "[scan]") {
    // A 400 dpi page whose every pixel is 2 × 2 of a 200 dpi one: brought down, it is that page.
    const Raster page = documentPage(400, 600, 1, 200);
    Raster doubled{800, 1200, 1, 400, {}};
    for (int y = 0; y < doubled.height; ++y)
        for (int x = 0; x < doubled.width; ++x)
            doubled.pixels.push_back(page.pixels[static_cast<std::size_t>(y / 2) * 400 + static_cast<std::size_t>(x / 2)]);
    const Raster smaller = atPageResolution(doubled);
    REQUIRE(smaller.width == 400);
    REQUIRE(smaller.height == 600);
    CHECK(smaller.dpi == Approx(200));
    CHECK(smaller.pixels == page.pixels);
}

TEST_CASE("a photo without a resolution (or a phone's 72 dpi) is fitted to A4, landscape if wide", "[scan]") {
    Raster photo = documentPage(4000, 3000, 3, 72);
    const auto pages = pagesOf(paperPdf({encodeJpeg(photo, 80)}, PaperLimits{}).pdf);
    CHECK(pages[0].widthPt <= 843.0);
    CHECK(std::abs(pages[0].heightPt - 595.3) < 1.5);
    CHECK(pages[0].imageWidth == 2205);  // 4000 px over 15.0 inches, brought to 200 dpi
}

TEST_CASE("a 3-page TIFF becomes 3 pages", "[scan]") {
    const Raster page = documentPage(827, 1169, 1, 100);
    const PaperPdf paper = paperPdf({tiffOf({page, page, page})}, PaperLimits{});
    CHECK(paper.pages == 3);
    CHECK(pdfinfoPages(paper.pdf) == 3);
}

TEST_CASE("a single PDF is kept byte for byte", "[scan]") {
    const std::string pdf = blankPdf(2);
    const PaperPdf paper = paperPdf({pdf}, PaperLimits{});
    CHECK(paper.pdf == pdf);
    CHECK(paper.pages == 2);
}

TEST_CASE("several files become one PDF in their order", "[scan]") {
    const std::string small = pngOf(documentPage(400, 300, 1, 100));   // 4 × 3 inches
    const std::string tiff = tiffOf({documentPage(200, 500, 3, 50), documentPage(300, 300, 1, 50)});
    const PaperPdf paper = paperPdf({blankPdf(2), small, tiff}, PaperLimits{});
    REQUIRE(paper.pages == 5);
    const auto pages = pagesOf(paper.pdf);
    CHECK(pages[0].widthPt == Approx(595));
    CHECK(pages[2].widthPt == Approx(288).margin(0.5));
    CHECK(pages[3].heightPt == Approx(720).margin(0.5));
    CHECK(pages[3].colourSpace == "/DeviceRGB");
    CHECK(pages[4].colourSpace == "/DeviceGray");
    CHECK(pdfinfoPages(paper.pdf) == 5);
}

TEST_CASE("the type is read from the content, whatever the file was called", "[scan]") {
    CHECK(sniffFileType(pngOf(documentPage(10, 10, 1, 0))) == FileType::Png);
    CHECK(sniffFileType(encodeJpeg(documentPage(10, 10, 1, 0), 80)) == FileType::Jpeg);
    CHECK(sniffFileType(tiffOf({documentPage(10, 10, 1, 72)})) == FileType::Tiff);
    CHECK(sniffFileType(blankPdf(1)) == FileType::Pdf);
    CHECK(sniffFileType("GIF89a") == FileType::Unknown);
}
