// Scanning through SANE's `test` backend (no hardware): a temporary SANE_CONFIG_DIR whose dll.conf
// names only "test". Pages, the document feeder, colour, a jam, a cancel and "no scanner".
#include "domain/error.h"
#include "sample_files.h"
#include "scan/sane_scanner.h"

#include <catch2/catch.hpp>

#include <chrono>
#include <dlfcn.h>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <thread>
#include <unistd.h>

using namespace motcua;
using namespace motcua::scan;

namespace {

// SANE's test backend leaks its read buffer when a scan ends in a jam or a cancel, and sane_exit
// unloads it, so LeakSanitizer could not name the library. Loaded once more with RTLD_NODELETE it
// stays until exit, and tests/sanitizers/lsan.supp names it.
void keepTestBackendLoaded() {
    for (const char* dir : {"/usr/lib/x86_64-linux-gnu/sane", "/usr/lib/aarch64-linux-gnu/sane", "/usr/lib/sane"})
        if (::dlopen((std::string(dir) + "/libsane-test.so.1").c_str(), RTLD_NOW | RTLD_NODELETE)) return;
}

// Points SANE at a config folder holding `dllConf` for the life of the object.
class SaneConfig {
public:
    explicit SaneConfig(const std::string& dllConf)
        : m_dir(std::filesystem::temp_directory_path() / ("motcua-sane-" + std::to_string(::getpid()))) {
        keepTestBackendLoaded();
        std::filesystem::create_directories(m_dir);
        std::ofstream(m_dir / "dll.conf") << dllConf;
        ::setenv("SANE_CONFIG_DIR", m_dir.c_str(), 1);
    }
    SaneConfig(const SaneConfig&) = delete;
    SaneConfig& operator=(const SaneConfig&) = delete;
    ~SaneConfig() {
        ::unsetenv("SANE_CONFIG_DIR");
        std::filesystem::remove_all(m_dir);
    }

private:
    std::filesystem::path m_dir;
};

std::string failure(const ScanRequest& request, const std::atomic<bool>* cancel = nullptr) {
    try {
        (void)scanPages(request, cancel);
    } catch (const Error& e) {
        return e.what();
    }
    return "";
}

}  // namespace

TEST_CASE("the test backend's scanners are listed", "[scan][sane]") {
    const SaneConfig config("test\n");
    const auto scanners = listScanners();
    REQUIRE(!scanners.empty());
    CHECK(scanners.front().name == "test:0");
}

TEST_CASE("no scanner is a clear Vietnamese error", "[scan][sane]") {
    const SaneConfig config("# no backends\n");
    CHECK_THROWS_WITH(listScanners(), Catch::Contains("Không tìm thấy máy quét nào"));
    CHECK(failure(ScanRequest{}).starts_with("Không tìm thấy máy quét nào"));
    ScanRequest named;
    named.device = "test:7";
    CHECK(failure(named).find("Không tìm thấy máy quét") != std::string::npos);
}

TEST_CASE("three greyscale pages at 200 dpi from the glass", "[scan][sane]") {
    const SaneConfig config("test\n");
    ScanRequest request;
    request.device = "test:0";
    request.pages = 3;
    request.feeder = false;
    const auto pages = scanPages(request);
    REQUIRE(pages.size() == 3);
    CHECK(pages[0].channels == 1);
    CHECK(pages[0].dpi == 200);
    // The test backend's glass is 200 × 200 mm at most: 1575 pixels at 200 dpi.
    CHECK(std::abs(pages[0].width - 1575) <= 1);
    CHECK(std::abs(pages[0].height - 1575) <= 1);
}

TEST_CASE("the feeder is read until it is empty, in colour", "[scan][sane]") {
    const SaneConfig config("test\n");
    ScanRequest request;
    request.pages = 0;
    request.dpi = 50;
    request.colour = ScanColour::Colour;
    const auto pages = scanPages(request);
    CHECK(pages.size() == 10);  // the test backend's feeder holds 10 sheets
    CHECK(pages[0].channels == 3);
}

TEST_CASE("a scanned paper becomes a PDF with one page a sheet", "[scan][sane]") {
    const SaneConfig config("test\n");
    ScanRequest request;
    request.pages = 2;
    request.dpi = 100;
    request.options = {{"test-picture", "Grid"}};
    const PaperPdf paper = scanPaper(request, PaperLimits{});
    CHECK(paper.pages == 2);
    CHECK(test::pdfinfo(paper.pdf).find("Pages:           2") != std::string::npos);
    PaperLimits one;
    one.maxPages = 1;
    CHECK_THROWS_WITH(scanPaper(request, one), Catch::Contains("tối đa 1 trang"));
}

TEST_CASE("a jam, an open cover and a busy scanner are named", "[scan][sane][sane-cancel][sane-jam]") {
    const SaneConfig config("test\n");
    ScanRequest request;
    request.dpi = 50;
    request.options = {{"read-return-value", "SANE_STATUS_JAMMED"}};
    CHECK(failure(request).starts_with("Giấy bị kẹt trong máy quét"));
    request.options = {{"read-return-value", "SANE_STATUS_COVER_OPEN"}};
    CHECK(failure(request).starts_with("Nắp máy quét đang mở"));
    request.options = {{"read-return-value", "SANE_STATUS_DEVICE_BUSY"}};
    CHECK(failure(request).starts_with("Máy quét đang bận"));
}

TEST_CASE("a scan is cancelled from another thread while it reads", "[scan][sane][sane-cancel][sane-cancel-thread]") {
    const SaneConfig config("test\n");
    ScanRequest request;
    request.pages = 10;
    request.options = {{"read-limit", "yes"}, {"read-limit-size", "1000"}, {"read-delay", "yes"}, {"read-delay-duration", "5000"}};
    std::atomic<bool> cancel = false;
    std::thread clerk([&] {
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
        cancel = true;
    });
    const auto started = std::chrono::steady_clock::now();
    const std::string message = failure(request, &cancel);
    clerk.join();
    CHECK(message.starts_with("Đã huỷ quét"));
    CHECK(std::chrono::steady_clock::now() - started < std::chrono::seconds(5));
}

TEST_CASE("\"until the feeder is empty\" on the glass scans one sheet", "[scan][sane]") {
    const SaneConfig config("test\n");
    ScanRequest request;
    request.pages = 0;
    request.dpi = 50;
    request.feeder = false;
    CHECK(scanPages(request).size() == 1);
}
