// PNG through libpng's simplified API: the header (IHDR) is read first and the caller checks the
// declared size before finish_read allocates; errors come back as flags, no longjmp here.
#include "domain/error.h"
#include "scan/image_codec.h"

#include <png.h>

#include <memory>

namespace motcua::scan {
namespace {

[[noreturn]] void broken() { throw Error(ErrorCode::InvalidInput, "Ảnh PNG bị hỏng hoặc không đọc hết được."); }

struct PngImage {
    png_image image{};
    PngImage() { image.version = PNG_IMAGE_VERSION; }
    PngImage(const PngImage&) = delete;
    PngImage& operator=(const PngImage&) = delete;
    ~PngImage() { png_image_free(&image); }
};

void begin(PngImage& png, const std::string& bytes) {
    if (png_image_begin_read_from_memory(&png.image, bytes.data(), bytes.size()) == 0) broken();
}

// pHYs in pixels per metre, when the file states it.
double pngDpi(const std::string& bytes) {
    const std::size_t at = bytes.find("pHYs");
    if (at == std::string::npos || at + 13 > bytes.size()) return 0;
    auto byteAt = [&](std::size_t i) { return static_cast<std::uint32_t>(static_cast<unsigned char>(bytes[i])); };
    const std::uint32_t perMetre = byteAt(at + 4) << 24 | byteAt(at + 5) << 16 | byteAt(at + 6) << 8 | byteAt(at + 7);
    if (byteAt(at + 12) != 1) return 0;  // unit 1 = metre; 0 = aspect ratio only
    return perMetre * 0.0254;
}

}  // namespace

std::vector<PageHeader> pngHeader(const std::string& bytes) {
    PngImage png;
    begin(png, bytes);
    return {PageHeader{static_cast<int>(png.image.width), static_cast<int>(png.image.height)}};
}

Raster decodePng(const std::string& bytes) {
    PngImage png;
    begin(png, bytes);
    const bool grey = (png.image.format & PNG_FORMAT_FLAG_COLOR) == 0;
    png.image.format = grey ? PNG_FORMAT_GRAY : PNG_FORMAT_RGB;
    Raster raster;
    raster.width = static_cast<int>(png.image.width);
    raster.height = static_cast<int>(png.image.height);
    raster.channels = grey ? 1 : 3;
    raster.dpi = pngDpi(bytes);
    raster.pixels.resize(PNG_IMAGE_SIZE(png.image));
    png_color white{255, 255, 255};
    if (png_image_finish_read(&png.image, &white, raster.pixels.data(), 0, nullptr) == 0) broken();
    if ((png.image.warning_or_error & PNG_IMAGE_ERROR) != 0) broken();
    return raster;
}

}  // namespace motcua::scan
