// TIFF through libtiff, read from memory: every page's header first (the caller checks sizes and
// the page count), then one page at a time. libtiff's errors are counted, never printed.
#include "domain/error.h"
#include "scan/image_codec.h"

#include <tiffio.h>

#include <algorithm>
#include <cstring>
#include <memory>

namespace motcua::scan {
namespace {

[[noreturn]] void broken() { throw Error(ErrorCode::InvalidInput, "Ảnh TIFF bị hỏng hoặc không đọc hết được."); }

struct MemoryFile {
    const std::string* bytes = nullptr;
    toff_t at = 0;
    int errors = 0;
};

MemoryFile* fileOf(thandle_t handle) { return static_cast<MemoryFile*>(handle); }

tmsize_t readProc(thandle_t handle, void* into, tmsize_t size) {
    MemoryFile* file = fileOf(handle);
    const toff_t total = file->bytes->size();
    if (size <= 0 || file->at >= total) return 0;
    const auto n = std::min<toff_t>(static_cast<toff_t>(size), total - file->at);
    std::memcpy(into, file->bytes->data() + file->at, n);
    file->at += n;
    return static_cast<tmsize_t>(n);
}
tmsize_t writeProc(thandle_t, void*, tmsize_t) { return -1; }
toff_t seekProc(thandle_t handle, toff_t offset, int whence) {
    MemoryFile* file = fileOf(handle);
    const toff_t base = whence == SEEK_SET ? 0 : whence == SEEK_CUR ? file->at : file->bytes->size();
    file->at = base + offset;
    return file->at;
}
int closeProc(thandle_t) { return 0; }
toff_t sizeProc(thandle_t handle) { return fileOf(handle)->bytes->size(); }
int mapProc(thandle_t, void**, toff_t*) { return 0; }
void unmapProc(thandle_t, void*, toff_t) {}

int countError(TIFF*, void* user, const char*, const char*, va_list) {
    ++static_cast<MemoryFile*>(user)->errors;
    return 1;
}
int ignoreWarning(TIFF*, void*, const char*, const char*, va_list) { return 1; }

struct TiffCloser {
    void operator()(TIFF* tiff) const { TIFFClose(tiff); }
};
using TiffPtr = std::unique_ptr<TIFF, TiffCloser>;

// No single allocation libtiff makes for a strip or tile may exceed this (absurd tags).
constexpr tmsize_t kMaxSingleAlloc = 512LL * 1024 * 1024;

TiffPtr openTiff(MemoryFile& file) {
    std::unique_ptr<TIFFOpenOptions, void (*)(TIFFOpenOptions*)> options(TIFFOpenOptionsAlloc(), TIFFOpenOptionsFree);
    TIFFOpenOptionsSetMaxSingleMemAlloc(options.get(), kMaxSingleAlloc);
    TIFFOpenOptionsSetErrorHandlerExtR(options.get(), countError, &file);
    TIFFOpenOptionsSetWarningHandlerExtR(options.get(), ignoreWarning, &file);
    TiffPtr tiff(TIFFClientOpenExt("giấy tờ", "rm", &file, readProc, writeProc, seekProc, closeProc, sizeProc,
                                   mapProc, unmapProc, options.get()));
    if (!tiff || file.errors > 0) broken();
    return tiff;
}

PageHeader headerOf(TIFF* tiff) {
    std::uint32_t width = 0;
    std::uint32_t height = 0;
    if (TIFFGetField(tiff, TIFFTAG_IMAGEWIDTH, &width) != 1 || TIFFGetField(tiff, TIFFTAG_IMAGELENGTH, &height) != 1)
        broken();
    if (width == 0 || height == 0 || width > 1'000'000 || height > 1'000'000) broken();
    return PageHeader{static_cast<int>(width), static_cast<int>(height)};
}

double tiffDpi(TIFF* tiff) {
    float resolution = 0;
    std::uint16_t unit = RESUNIT_INCH;
    if (TIFFGetField(tiff, TIFFTAG_XRESOLUTION, &resolution) != 1) return 0;
    TIFFGetFieldDefaulted(tiff, TIFFTAG_RESOLUTIONUNIT, &unit);
    if (unit == RESUNIT_CENTIMETER) return static_cast<double>(resolution) * 2.54;
    return unit == RESUNIT_INCH ? static_cast<double>(resolution) : 0;
}

bool isGrey(TIFF* tiff) {
    std::uint16_t samples = 1;
    std::uint16_t photometric = 0;
    TIFFGetFieldDefaulted(tiff, TIFFTAG_SAMPLESPERPIXEL, &samples);
    if (TIFFGetField(tiff, TIFFTAG_PHOTOMETRIC, &photometric) != 1) return samples == 1;
    return samples == 1 && (photometric == PHOTOMETRIC_MINISBLACK || photometric == PHOTOMETRIC_MINISWHITE);
}

}  // namespace

std::vector<PageHeader> tiffHeaders(const std::string& bytes, int maxPages) {
    MemoryFile file{&bytes};
    TiffPtr tiff = openTiff(file);
    std::vector<PageHeader> pages;
    do {
        pages.push_back(headerOf(tiff.get()));
        // One over the limit is enough for the caller to refuse; the rest is not read.
        if (static_cast<int>(pages.size()) > maxPages) break;
    } while (TIFFReadDirectory(tiff.get()) == 1);
    // Stopping before the last directory means a loop or a bad offset in the chain.
    const bool stoppedEarly = static_cast<int>(pages.size()) <= maxPages && TIFFLastDirectory(tiff.get()) == 0;
    if (file.errors > 0 || stoppedEarly) broken();
    return pages;
}

Raster decodeTiffPage(const std::string& bytes, int page) {
    MemoryFile file{&bytes};
    TiffPtr tiff = openTiff(file);
    if (TIFFSetDirectory(tiff.get(), static_cast<tdir_t>(page)) != 1) broken();
    const PageHeader header = headerOf(tiff.get());
    const auto count = static_cast<std::size_t>(header.width) * static_cast<std::size_t>(header.height);
    std::vector<std::uint32_t> rgba(count);
    if (TIFFReadRGBAImageOriented(tiff.get(), static_cast<std::uint32_t>(header.width),
                                  static_cast<std::uint32_t>(header.height), rgba.data(), ORIENTATION_TOPLEFT, 0) != 1 ||
        file.errors > 0)
        broken();
    Raster raster;
    raster.width = header.width;
    raster.height = header.height;
    raster.channels = isGrey(tiff.get()) ? 1 : 3;
    raster.dpi = tiffDpi(tiff.get());
    raster.pixels.resize(count * static_cast<std::size_t>(raster.channels));
    std::uint8_t* out = raster.pixels.data();
    for (const std::uint32_t pixel : rgba) {
        // Transparency is laid on white, as for PNG.
        const std::uint32_t alpha = TIFFGetA(pixel);
        auto onWhite = [alpha](std::uint32_t v) { return static_cast<std::uint8_t>((v * alpha + 255 * (255 - alpha)) / 255); };
        if (raster.channels == 1) {
            *out++ = onWhite(TIFFGetR(pixel));
        } else {
            *out++ = onWhite(TIFFGetR(pixel));
            *out++ = onWhite(TIFFGetG(pixel));
            *out++ = onWhite(TIFFGetB(pixel));
        }
    }
    return raster;
}

}  // namespace motcua::scan
