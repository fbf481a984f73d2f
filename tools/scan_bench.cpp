// motcua-scan-bench: one paper's PDF made from 10 pages, timed and weighed; prints JSON. Not a test.
//  - 10 sheets from SANE's `test` backend (no hardware) at 200 dpi, in grey ("Grid") and colour
//    ("Color pattern"): the scanner path end to end, though its pictures are not text;
//  - 10 A4 pages of dense Vietnamese text rendered with pango at 200 dpi, clean and "as scanned"
//    (off-white paper, grain, blur): what a one-stop office mostly scans.
// For each, `jpeg_bytes_per_page` is what the page cost before pages were sorted by content
// (every page JPEG quality 60), for a before/after. `--keep DIR` also writes each run's PDF there
// (to look at what was stored).
#include "scan/image_codec.h"
#include "scan/page_encoding.h"
#include "scan/pdf_assembler.h"
#include "scan/sane_scanner.h"

#include <cairo.h>
#include <pango/pangocairo.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <random>
#include <unistd.h>

namespace {

using motcua::scan::Raster;
using Clock = std::chrono::steady_clock;

struct Figures {
    double scanSeconds = 0;
    double pdfSeconds = 0;
    int pages = 0;
    std::size_t bytes = 0;
    std::size_t jpegBytes = 0;  // the same pages as JPEG q60 (the path before issue 15's bilevel)
    const char* kind = "";
};

const char* kindName(motcua::scan::PageKind kind) {
    switch (kind) {
    case motcua::scan::PageKind::Bilevel: return "bilevel G4";
    case motcua::scan::PageKind::Grey: return "grey JPEG";
    case motcua::scan::PageKind::Colour: return "colour JPEG";
    }
    return "";
}

std::filesystem::path g_keep;  // --keep DIR, empty when not asked

Figures assemble(const std::vector<Raster>& pages, double scanSeconds, const std::string& name) {
    const auto started = Clock::now();
    motcua::scan::PdfAssembler assembler;  // the same steps scanPaper and paperPdf take
    for (const auto& page : pages) assembler.addRaster(page);
    const std::string pdf = assembler.write();
    const double pdfSeconds = std::chrono::duration<double>(Clock::now() - started).count();
    if (!g_keep.empty()) std::ofstream(g_keep / (name + ".pdf"), std::ios::binary) << pdf;
    Figures f;
    f.pdfSeconds = pdfSeconds;
    f.scanSeconds = scanSeconds;
    f.pages = assembler.pages();
    f.bytes = pdf.size();
    for (const auto& page : pages)
        f.jpegBytes += motcua::scan::encodeJpeg(motcua::scan::atPageResolution(page), 60).size();
    f.kind = kindName(motcua::scan::encodePage(pages.front()).kind);
    std::cerr << "  " << pages.size() << " pages of " << pages.front().width << "×" << pages.front().height << " px\n";
    return f;
}

Figures scanned(motcua::scan::ScanColour colour, const std::string& picture, const std::string& name) {
    motcua::scan::ScanRequest request;
    request.pages = 10;
    request.colour = colour;
    request.options = {{"test-picture", picture}};
    const auto started = Clock::now();
    const auto pages = motcua::scan::scanPages(request);
    return assemble(pages, std::chrono::duration<double>(Clock::now() - started).count(), name);
}

// An A4 page at 200 dpi of 11-point Vietnamese text, margin to margin (a dense form or decision).
Raster textPage(int seed, bool asScanned) {
    constexpr int kWidth = 1654;
    constexpr int kHeight = 2339;
    cairo_surface_t* surface = cairo_image_surface_create(CAIRO_FORMAT_RGB24, kWidth, kHeight);
    cairo_t* cr = cairo_create(surface);
    cairo_set_source_rgb(cr, 1, 1, 1);
    cairo_paint(cr);
    cairo_set_source_rgb(cr, 0, 0, 0);
    cairo_scale(cr, 200.0 / 72, 200.0 / 72);
    PangoLayout* layout = pango_cairo_create_layout(cr);
    pango_cairo_context_set_resolution(pango_layout_get_context(layout), 72);
    pango_layout_context_changed(layout);
    PangoFontDescription* font = pango_font_description_from_string("Noto Serif 11");
    pango_layout_set_font_description(layout, font);
    pango_layout_set_width(layout, static_cast<int>((595 - 2 * 56) * PANGO_SCALE));
    const char* words[] = {"Cộng", "hoà", "xã", "hội", "chủ", "nghĩa", "Việt", "Nam", "Độc", "lập", "Tự", "do",
                           "Hạnh", "phúc", "giấy", "chứng", "nhận", "quyền", "sử", "dụng", "đất", "số", "thửa",
                           "người", "đề", "nghị", "Uỷ", "ban", "nhân", "dân", "phường", "căn", "cước", "01/2025"};
    std::mt19937 random(static_cast<unsigned>(seed));
    std::string text;
    while (text.size() < 9000) text += std::string(words[random() % std::size(words)]) + " ";
    pango_layout_set_text(layout, text.c_str(), -1);
    pango_layout_set_height(layout, static_cast<int>((842 - 2 * 56) * PANGO_SCALE));
    cairo_move_to(cr, 56, 56);
    pango_cairo_show_layout(cr, layout);
    pango_font_description_free(font);
    g_object_unref(layout);
    cairo_destroy(cr);
    cairo_surface_flush(surface);
    Raster page{kWidth, kHeight, 1, 200, std::vector<std::uint8_t>(static_cast<std::size_t>(kWidth) * kHeight)};
    const unsigned char* data = cairo_image_surface_get_data(surface);
    const int stride = cairo_image_surface_get_stride(surface);
    std::uniform_int_distribution<int> grain(-10, 10);
    for (int y = 0; y < kHeight; ++y)
        for (int x = 0; x < kWidth; ++x) {
            const int ink = data[y * stride + x * 4 + 1];
            // As a scanner gives it: paper ~235, ink ~35, grain.
            const int value = asScanned ? std::clamp(35 + ink * 200 / 255 + grain(random), 0, 255) : ink;
            page.pixels[static_cast<std::size_t>(y) * kWidth + static_cast<std::size_t>(x)] = static_cast<std::uint8_t>(value);
        }
    cairo_surface_destroy(surface);
    return page;
}

Figures generated(bool asScanned, const std::string& name) {
    std::vector<Raster> pages;
    for (int i = 0; i < 10; ++i) pages.push_back(textPage(i, asScanned));
    return assemble(pages, 0, name);
}

void print(const char* name, const Figures& f, bool last) {
    const auto per = [&](std::size_t bytes) { return f.pages > 0 ? bytes / static_cast<std::size_t>(f.pages) : 0; };
    std::printf("  \"%s\": {\"pages\": %d, \"first_page\": \"%s\", \"scan_seconds\": %.2f, \"pdf_seconds\": %.2f, "
                "\"total_seconds\": %.2f, \"pdf_bytes\": %zu, \"bytes_per_page\": %zu, \"jpeg_q60_bytes_per_page\": %zu}%s\n",
                name, f.pages, f.kind, f.scanSeconds, f.pdfSeconds, f.scanSeconds + f.pdfSeconds, f.bytes, per(f.bytes),
                per(f.jpegBytes), last ? "" : ",");
}

}  // namespace

int main(int argc, char** argv) {
    if (argc == 3 && std::string(argv[1]) == "--keep") {
        g_keep = argv[2];
    } else if (argc != 1) {
        std::cerr << "usage: motcua-scan-bench [--keep DIR]\n";
        return 2;
    }
    const auto dir = std::filesystem::temp_directory_path() / ("motcua-scan-bench-" + std::to_string(::getpid()));
    std::filesystem::create_directories(dir);
    std::ofstream(dir / "dll.conf") << "test\n";
    ::setenv("SANE_CONFIG_DIR", dir.c_str(), 1);
    try {
        const Figures grey = scanned(motcua::scan::ScanColour::Grey, "Grid", "sane_grey_grid_200dpi");
        const Figures colour = scanned(motcua::scan::ScanColour::Colour, "Color pattern", "sane_colour_pattern_200dpi");
        const Figures text = generated(false, "a4_dense_text_200dpi");
        const Figures textScanned = generated(true, "a4_dense_text_as_scanned_200dpi");
        std::printf("{\n");
        print("sane_grey_grid_200dpi", grey, false);
        print("sane_colour_pattern_200dpi", colour, false);
        print("a4_dense_text_200dpi", text, false);
        print("a4_dense_text_as_scanned_200dpi", textScanned, true);
        std::printf("}\n");
    } catch (const std::exception& e) {
        std::cerr << e.what() << '\n';
        std::filesystem::remove_all(dir);
        return 1;
    }
    std::filesystem::remove_all(dir);
    return 0;
}
