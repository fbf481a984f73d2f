// Pages stored by what they show (issue 15's ≤ 150 kB a page): black text on white becomes a
// 1-bit CCITT G4 image that poppler renders back to the same pixels; photos, portraits and pages
// with real colour stay JPEG, a red stamp stays red. Every PDF is parsed by qpdf without a warning
// and rendered by poppler without a message.
#include "sample_files.h"
#include "scan/page_kind.h"
#include "scan/paper_pdf.h"

#include <catch2/catch.hpp>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>

using namespace motcua::scan;
using namespace motcua::scan::test;

namespace {

constexpr int kA4Width200 = 1654;
constexpr int kA4Height200 = 2339;

struct StoredImage {
    std::string filter;
    std::string colourSpace;
    int bitsPerComponent = 0;
    int width = 0;
    bool qpdfWarned = true;
};

StoredImage imageOf(const std::string& pdf) {
    QPDF doc;
    doc.setSuppressWarnings(true);
    doc.processMemoryFile("out", pdf.data(), pdf.size());
    StoredImage stored;
    for (auto& page : QPDFPageDocumentHelper(doc).getAllPages())
        for (auto& [name, image] : page.getImages()) {
            QPDFObjectHandle dict = image.getDict();
            stored.filter = dict.getKey("/Filter").getName();
            stored.colourSpace = dict.getKey("/ColorSpace").getName();
            stored.bitsPerComponent = dict.getKey("/BitsPerComponent").getIntValueAsInt();
            stored.width = dict.getKey("/Width").getIntValueAsInt();
            image.getRawStreamData();  // the stream's bytes are all there
        }
    stored.qpdfWarned = doc.anyWarnings();
    return stored;
}

// Share of pixels the same in the original thresholded at Otsu's level (computed here from its
// histogram) and in what poppler draws (black or white, split at mid-grey); same size, grey.
double sameAfterThreshold(const Raster& original, const Raster& rendered) {
    if (original.pixels.size() != rendered.pixels.size() || original.pixels.empty()) return 0;
    const int level = otsuLevel(histogramOf(original));
    std::size_t same = 0;
    for (std::size_t i = 0; i < original.pixels.size(); ++i)
        same += (original.pixels[i] < level) == (rendered.pixels[i] < 128) ? 1U : 0U;
    return static_cast<double>(same) / static_cast<double>(original.pixels.size());
}

// The page rendered by poppler at 3× its pixels, each pixel read at its centre: poppler smooths
// the edges of an image drawn 1:1, and a blurred edge pixel could fall either side of mid-grey.
Raster renderedAtPixelCentres(const std::string& pdf, int width, int height, std::string* errors) {
    const Raster big = renderPage(pdf, width * 3, height * 3, true, errors);
    Raster page{width, height, 1, 0, {}};
    if (big.width != width * 3 || big.height != height * 3) return page;
    page.pixels.reserve(static_cast<std::size_t>(width) * static_cast<std::size_t>(height));
    for (int y = 0; y < height; ++y)
        for (int x = 0; x < width; ++x)
            page.pixels.push_back(big.pixels[static_cast<std::size_t>(3 * y + 1) * static_cast<std::size_t>(big.width) +
                                             static_cast<std::size_t>(3 * x + 1)]);
    return page;
}

}  // namespace

TEST_CASE("Otsu's level falls between ink and paper, and a two-tone page is text", "[scan]") {
    Raster page{100, 100, 1, 200, std::vector<std::uint8_t>(10000, 240)};
    for (int i = 0; i < 1500; ++i) page.pixels[static_cast<std::size_t>(i * 5)] = 20;
    const Histogram histogram = histogramOf(page);
    const int level = otsuLevel(histogram);
    CHECK(level > 20);
    CHECK(level <= 240);
    const GreyLook look = lookAtGrey(page);
    CHECK(look.ink == 20);
    CHECK(look.paper == 240);
    CHECK(look.text);
    const Bitmap bitmap = bilevelOf(page, level);
    CHECK(bitmap.bits[0] == 0x84);  // pixels 0 and 5 of the first row are ink
}

TEST_CASE("a dense text page at 200 dpi is stored as 1-bit G4 that renders back to the same page", "[scan]") {
    const Raster original = documentPage(kA4Width200, kA4Height200, 1, 200);
    const PaperPdf paper = paperPdf({pngOf(original)}, PaperLimits{});
    const StoredImage image = imageOf(paper.pdf);
    CHECK(image.filter == "/CCITTFaxDecode");
    CHECK(image.bitsPerComponent == 1);
    CHECK(image.colourSpace == "/DeviceGray");
    CHECK(image.width == kA4Width200);
    CHECK_FALSE(image.qpdfWarned);
    CHECK(paper.pdf.size() <= 150U * 1024);
    std::string errors;
    const Raster rendered = renderedAtPixelCentres(paper.pdf, kA4Width200, kA4Height200, &errors);
    CHECK(errors.empty());
    CHECK(sameAfterThreshold(original, rendered) >= 0.99);
}

TEST_CASE("a text page as a scanner gives it (grey paper, grain, blur) is still stored 1-bit", "[scan]") {
    const Raster scanned = asScanned(documentPage(kA4Width200, kA4Height200, 1, 200));
    const PaperPdf paper = paperPdf({pngOf(scanned)}, PaperLimits{});
    CHECK(imageOf(paper.pdf).filter == "/CCITTFaxDecode");
    CHECK(paper.pdf.size() <= 150U * 1024);
    std::string errors;
    const Raster rendered = renderedAtPixelCentres(paper.pdf, kA4Width200, kA4Height200, &errors);
    CHECK(errors.empty());
    CHECK(sameAfterThreshold(scanned, rendered) >= 0.99);
}

TEST_CASE("a colour scan of a black-and-white page is stored 1-bit, not in colour", "[scan]") {
    const Raster rgb = asRgb(documentPage(kA4Width200, kA4Height200, 1, 200));
    const StoredImage image = imageOf(paperPdf({pngOf(rgb)}, PaperLimits{}).pdf);
    CHECK(image.filter == "/CCITTFaxDecode");
    CHECK(image.bitsPerComponent == 1);
}

TEST_CASE("a scanner's colour fringes along black text are not colour: the page is stored 1-bit", "[scan]") {
    Raster rgb = asRgb(documentPage(kA4Width200, kA4Height200, 1, 200));
    std::size_t fringed = 0;
    for (std::size_t i = 0; i < rgb.pixels.size(); i += 3) {
        const int v = rgb.pixels[i + 1];
        if (v <= 40 || v >= 215) continue;  // stroke edges only: red one way, blue the other
        rgb.pixels[i] = static_cast<std::uint8_t>(v + 25);
        rgb.pixels[i + 2] = static_cast<std::uint8_t>(v - 25);
        ++fringed;
    }
    REQUIRE(fringed > 10000);
    CHECK_FALSE(hasRealColour(rgb));
    CHECK(imageOf(paperPdf({pngOf(rgb)}, PaperLimits{}).pdf).filter == "/CCITTFaxDecode");
}

TEST_CASE("a red stamp on a text page keeps the page in colour, and the stamp renders red", "[scan]") {
    const Raster page = documentPage(kA4Width200, kA4Height200, 3, 200);
    const PaperPdf paper = paperPdf({pngOf(page)}, PaperLimits{});
    const StoredImage image = imageOf(paper.pdf);
    CHECK(image.filter == "/DCTDecode");
    CHECK(image.colourSpace == "/DeviceRGB");
    CHECK_FALSE(image.qpdfWarned);
    std::string errors;
    const Raster rendered = renderPage(paper.pdf, kA4Width200, kA4Height200, false, &errors);
    CHECK(errors.empty());
    REQUIRE(rendered.pixels.size() == page.pixels.size());
    // documentPage's stamp: a ring of radius 50 pt around (70 %, 85 %); its rightmost point.
    const auto x = static_cast<std::size_t>(kA4Width200 * 0.7 + 50 * 200 / 72.0);
    const auto y = static_cast<std::size_t>(kA4Height200 * 0.85);
    const std::uint8_t* pixel = rendered.pixels.data() + (y * kA4Width200 + x) * 3;
    CHECK(pixel[0] > 150);
    CHECK(pixel[1] < 90);
    CHECK(pixel[2] < 90);
}

TEST_CASE("a photo-like page stays a grey JPEG", "[scan]") {
    const PaperPdf paper = paperPdf({pngOf(photoPage(kA4Width200, kA4Height200, 200))}, PaperLimits{});
    const StoredImage image = imageOf(paper.pdf);
    CHECK(image.filter == "/DCTDecode");
    CHECK(image.colourSpace == "/DeviceGray");
    CHECK(image.bitsPerComponent == 8);
    std::string errors;
    CHECK(renderPage(paper.pdf, 200, 283, true, &errors).width == 200);
    CHECK(errors.empty());
}

TEST_CASE("a text page with a portrait (an ID card) stays grey: the face must not become 1-bit", "[scan]") {
    const Raster card = withPortrait(documentPage(kA4Width200, kA4Height200, 1, 200), 200, 200, 240, 320);
    const StoredImage image = imageOf(paperPdf({pngOf(card)}, PaperLimits{}).pdf);
    CHECK(image.filter == "/DCTDecode");
    CHECK(image.bitsPerComponent == 8);
}

TEST_CASE("a text page at 100 dpi stays grey: 1 bit would break its thin strokes", "[scan]") {
    const StoredImage image = imageOf(paperPdf({pngOf(documentPage(827, 1169, 1, 100))}, PaperLimits{}).pdf);
    CHECK(image.filter == "/DCTDecode");
}

TEST_CASE("a 300 dpi text page keeps 300 dpi in 1 bit, a 600 dpi one is brought to 300", "[scan]") {
    const StoredImage stored300 = imageOf(paperPdf({pngOf(documentPage(2480, 3508, 1, 300))}, PaperLimits{}).pdf);
    CHECK(stored300.filter == "/CCITTFaxDecode");
    CHECK(stored300.width == 2480);
    // A 300 dpi page with every pixel doubled: the same text at 600 dpi.
    const Raster at300 = documentPage(1240, 1754, 1, 300);
    Raster doubled{2480, 3508, 1, 600, {}};
    for (int y = 0; y < doubled.height; ++y)
        for (int x = 0; x < doubled.width; ++x)
            doubled.pixels.push_back(at300.pixels[static_cast<std::size_t>(y / 2) * 1240 + static_cast<std::size_t>(x / 2)]);
    const StoredImage at600 = imageOf(paperPdf({pngOf(doubled)}, PaperLimits{}).pdf);
    CHECK(at600.filter == "/CCITTFaxDecode");
    CHECK(at600.width == 1240);
}
