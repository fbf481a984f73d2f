// motcua-scan-bench: a 10-page 200 dpi scan from SANE's `test` backend (no hardware) made into one
// paper's PDF, in greyscale and in colour; prints seconds and bytes per page as JSON. Not a test.
#include "scan/pdf_assembler.h"
#include "scan/sane_scanner.h"

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <unistd.h>

namespace {

struct Figures {
    double scanSeconds = 0;
    double pdfSeconds = 0;
    int pages = 0;
    std::size_t bytes = 0;
};

Figures run(motcua::scan::ScanColour colour, const std::string& picture) {
    using Clock = std::chrono::steady_clock;
    motcua::scan::ScanRequest request;
    request.pages = 10;
    request.colour = colour;
    request.options = {{"test-picture", picture}};
    const auto started = Clock::now();
    const auto pages = motcua::scan::scanPages(request);
    const auto scanned = Clock::now();
    // The same steps scanPaper takes after the scan.
    motcua::scan::PdfAssembler assembler;
    for (const auto& page : pages) assembler.addRaster(motcua::scan::atPageResolution(page));
    const std::string pdf = assembler.write();
    const auto done = Clock::now();
    Figures f;
    f.scanSeconds = std::chrono::duration<double>(scanned - started).count();
    f.pdfSeconds = std::chrono::duration<double>(done - scanned).count();
    f.pages = assembler.pages();
    f.bytes = pdf.size();
    std::cerr << "  " << pages.size() << " pages of " << pages.front().width << "×" << pages.front().height << " px\n";
    return f;
}

void print(const char* name, const Figures& f, bool last) {
    std::printf("  \"%s\": {\"pages\": %d, \"scan_seconds\": %.2f, \"pdf_seconds\": %.2f, \"total_seconds\": %.2f, "
                "\"pdf_bytes\": %zu, \"bytes_per_page\": %zu}%s\n",
                name, f.pages, f.scanSeconds, f.pdfSeconds, f.scanSeconds + f.pdfSeconds, f.bytes,
                f.pages > 0 ? f.bytes / static_cast<std::size_t>(f.pages) : 0, last ? "" : ",");
}

}  // namespace

int main() {
    const auto dir = std::filesystem::temp_directory_path() / ("motcua-scan-bench-" + std::to_string(::getpid()));
    std::filesystem::create_directories(dir);
    std::ofstream(dir / "dll.conf") << "test\n";
    ::setenv("SANE_CONFIG_DIR", dir.c_str(), 1);
    try {
        const Figures grey = run(motcua::scan::ScanColour::Grey, "Grid");
        const Figures colour = run(motcua::scan::ScanColour::Colour, "Color pattern");
        std::printf("{\n");
        print("grey_grid_200dpi", grey, false);
        print("colour_pattern_200dpi", colour, true);
        std::printf("}\n");
    } catch (const std::exception& e) {
        std::cerr << e.what() << '\n';
        std::filesystem::remove_all(dir);
        return 1;
    }
    std::filesystem::remove_all(dir);
    return 0;
}
