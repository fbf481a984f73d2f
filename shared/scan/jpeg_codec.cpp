// JPEG through libjpeg: its errors leave by longjmp (its default would exit the process), and a
// warning — a truncated file is "repaired" with grey — counts as damage here.
#include "domain/error.h"
#include "scan/image_codec.h"

#include <csetjmp>
#include <cstdio>
#include <jpeglib.h>

namespace motcua::scan {
namespace {

struct JpegErrors {
    jpeg_error_mgr pub{};
    std::jmp_buf jump{};
    int warnings = 0;
};

[[noreturn]] void jumpOut(j_common_ptr info) {
    auto* errors = reinterpret_cast<JpegErrors*>(info->err);  // NOLINT: libjpeg's own idiom
    std::longjmp(errors->jump, 1);                             // NOLINT(cert-err52-cpp)
}

void countWarning(j_common_ptr info, int level) {
    if (level < 0) ++reinterpret_cast<JpegErrors*>(info->err)->warnings;  // NOLINT
}

void useErrors(JpegErrors& errors) {
    jpeg_std_error(&errors.pub);
    errors.pub.error_exit = jumpOut;
    errors.pub.emit_message = countWarning;
}

double densityDpi(const jpeg_decompress_struct& info) {
    if (info.density_unit == 1) return info.X_density;
    if (info.density_unit == 2) return info.X_density * 2.54;
    return 0;
}

// CMYK (Adobe's files store it inverted) to RGB, the simple way: a scan of a paper needs no more.
void cmykRow(const std::uint8_t* in, std::uint8_t* out, int width, bool inverted) {
    for (int x = 0; x < width; ++x, in += 4, out += 3) {
        const int k = inverted ? in[3] : 255 - in[3];
        for (int c = 0; c < 3; ++c) {
            const int ink = inverted ? in[c] : 255 - in[c];
            out[c] = static_cast<std::uint8_t>(ink * k / 255);
        }
    }
}

// Plain data only between setjmp and the calls that may longjmp (no destructors are skipped).
bool readJpeg(const std::string& bytes, Raster* out, bool headerOnly, int* warnings) {
    jpeg_decompress_struct info{};
    JpegErrors errors;
    useErrors(errors);
    info.err = &errors.pub;
    std::uint8_t* row = nullptr;
    if (setjmp(errors.jump) != 0) {  // NOLINT(cert-err52-cpp)
        delete[] row;
        jpeg_destroy_decompress(&info);
        return false;
    }
    jpeg_create_decompress(&info);
    jpeg_mem_src(&info, reinterpret_cast<const unsigned char*>(bytes.data()), bytes.size());
    jpeg_read_header(&info, TRUE);
    out->width = static_cast<int>(info.image_width);
    out->height = static_cast<int>(info.image_height);
    out->dpi = densityDpi(info);
    if (headerOnly) {
        jpeg_destroy_decompress(&info);
        return true;
    }
    const bool cmyk = info.jpeg_color_space == JCS_CMYK || info.jpeg_color_space == JCS_YCCK;
    const bool grey = info.num_components == 1;
    info.out_color_space = cmyk ? JCS_CMYK : (grey ? JCS_GRAYSCALE : JCS_RGB);
    jpeg_start_decompress(&info);
    out->channels = grey ? 1 : 3;
    const auto width = static_cast<std::size_t>(info.output_width);
    out->pixels.resize(width * info.output_height * static_cast<std::size_t>(out->channels));
    row = new std::uint8_t[width * static_cast<std::size_t>(info.output_components)];
    while (info.output_scanline < info.output_height) {
        std::uint8_t* dest = out->pixels.data() + info.output_scanline * width * static_cast<std::size_t>(out->channels);
        JSAMPROW rows[1] = {cmyk ? row : dest};
        jpeg_read_scanlines(&info, rows, 1);
        if (cmyk) cmykRow(row, dest, static_cast<int>(width), info.saw_Adobe_marker != 0);
    }
    delete[] row;
    row = nullptr;
    jpeg_finish_decompress(&info);
    *warnings = errors.warnings;
    jpeg_destroy_decompress(&info);
    return true;
}

[[noreturn]] void broken() { throw Error(ErrorCode::InvalidInput, "Ảnh JPEG bị hỏng hoặc không đọc hết được."); }

bool writeJpeg(const Raster& raster, int quality, unsigned char** buffer, unsigned long* size) {
    jpeg_compress_struct info{};
    JpegErrors errors;
    useErrors(errors);
    info.err = &errors.pub;
    if (setjmp(errors.jump) != 0) {  // NOLINT(cert-err52-cpp)
        jpeg_destroy_compress(&info);
        return false;
    }
    jpeg_create_compress(&info);
    jpeg_mem_dest(&info, buffer, size);
    info.image_width = static_cast<JDIMENSION>(raster.width);
    info.image_height = static_cast<JDIMENSION>(raster.height);
    info.input_components = raster.channels;
    info.in_color_space = raster.channels == 1 ? JCS_GRAYSCALE : JCS_RGB;
    jpeg_set_defaults(&info);
    jpeg_set_quality(&info, quality, TRUE);
    info.density_unit = 1;
    info.X_density = info.Y_density = static_cast<UINT16>(raster.dpi > 0 && raster.dpi < 65535 ? raster.dpi : 72);
    jpeg_start_compress(&info, TRUE);
    const auto stride = static_cast<std::size_t>(raster.width) * static_cast<std::size_t>(raster.channels);
    while (info.next_scanline < info.image_height) {
        JSAMPROW rows[1] = {const_cast<std::uint8_t*>(raster.pixels.data()) + info.next_scanline * stride};
        jpeg_write_scanlines(&info, rows, 1);
    }
    jpeg_finish_compress(&info);
    jpeg_destroy_compress(&info);
    return true;
}

}  // namespace

std::vector<PageHeader> jpegHeader(const std::string& bytes) {
    Raster header;
    int warnings = 0;
    if (!readJpeg(bytes, &header, true, &warnings)) broken();
    return {PageHeader{header.width, header.height}};
}

Raster decodeJpeg(const std::string& bytes) {
    Raster raster;
    int warnings = 0;
    if (!readJpeg(bytes, &raster, false, &warnings) || warnings > 0) broken();
    return raster;
}

std::string encodeJpeg(const Raster& raster, int quality) {
    unsigned char* buffer = nullptr;
    unsigned long size = 0;
    const bool ok = writeJpeg(raster, quality, &buffer, &size);
    std::string jpeg = ok ? std::string(reinterpret_cast<const char*>(buffer), size) : std::string();
    std::free(buffer);  // NOLINT: libjpeg's mem destination allocates with malloc
    if (!ok) throw Error(ErrorCode::Internal, "Không nén được trang ảnh thành JPEG.");
    return jpeg;
}

}  // namespace motcua::scan
