// CCITT Group 4 through libtiff: the bitmap is written as a one-strip G4 TIFF in memory, and the
// strip's bytes (the bare T.6 data) are read back raw. libtiff's messages are counted, never printed.
#include "domain/error.h"
#include "scan/image_codec.h"

#include <tiffio.h>

#include <algorithm>
#include <cstring>

namespace motcua::scan {
namespace {

struct GrowingFile {
    std::string bytes;
    toff_t at = 0;
    int errors = 0;
};

GrowingFile* fileOf(thandle_t handle) { return static_cast<GrowingFile*>(handle); }

tmsize_t readProc(thandle_t handle, void* into, tmsize_t size) {
    GrowingFile* file = fileOf(handle);
    const toff_t total = file->bytes.size();
    if (size <= 0 || file->at >= total) return 0;
    const auto n = std::min<toff_t>(static_cast<toff_t>(size), total - file->at);
    std::memcpy(into, file->bytes.data() + file->at, n);
    file->at += n;
    return static_cast<tmsize_t>(n);
}
tmsize_t writeProc(thandle_t handle, void* from, tmsize_t size) {
    GrowingFile* file = fileOf(handle);
    if (size <= 0) return 0;
    const auto n = static_cast<std::size_t>(size);
    if (file->bytes.size() < file->at + n) file->bytes.resize(file->at + n);
    std::memcpy(file->bytes.data() + file->at, from, n);
    file->at += n;
    return size;
}
toff_t seekProc(thandle_t handle, toff_t offset, int whence) {
    GrowingFile* file = fileOf(handle);
    const toff_t base = whence == SEEK_SET ? 0 : whence == SEEK_CUR ? file->at : file->bytes.size();
    file->at = base + offset;
    return file->at;
}
int closeProc(thandle_t) { return 0; }
toff_t sizeProc(thandle_t handle) { return fileOf(handle)->bytes.size(); }
int mapProc(thandle_t, void**, toff_t*) { return 0; }
void unmapProc(thandle_t, void*, toff_t) {}

int countError(TIFF*, void* user, const char*, const char*, va_list) {
    ++static_cast<GrowingFile*>(user)->errors;
    return 1;
}
int ignoreWarning(TIFF*, void*, const char*, const char*, va_list) { return 1; }

TIFF* open(GrowingFile& file, const char* mode) {
    TIFFOpenOptions* options = TIFFOpenOptionsAlloc();
    TIFFOpenOptionsSetErrorHandlerExtR(options, countError, &file);
    TIFFOpenOptionsSetWarningHandlerExtR(options, ignoreWarning, &file);
    file.at = 0;
    TIFF* tiff = TIFFClientOpenExt("g4", mode, &file, readProc, writeProc, seekProc, closeProc, sizeProc, mapProc,
                                   unmapProc, options);
    TIFFOpenOptionsFree(options);
    return tiff;
}

bool writeG4(GrowingFile& file, const Bitmap& bitmap) {
    TIFF* tiff = open(file, "w");
    if (tiff == nullptr) return false;
    TIFFSetField(tiff, TIFFTAG_IMAGEWIDTH, static_cast<std::uint32_t>(bitmap.width));
    TIFFSetField(tiff, TIFFTAG_IMAGELENGTH, static_cast<std::uint32_t>(bitmap.height));
    TIFFSetField(tiff, TIFFTAG_BITSPERSAMPLE, static_cast<std::uint16_t>(1));
    TIFFSetField(tiff, TIFFTAG_SAMPLESPERPIXEL, static_cast<std::uint16_t>(1));
    TIFFSetField(tiff, TIFFTAG_PHOTOMETRIC, PHOTOMETRIC_MINISWHITE);
    TIFFSetField(tiff, TIFFTAG_FILLORDER, FILLORDER_MSB2LSB);  // the bit order PDF's filter reads
    TIFFSetField(tiff, TIFFTAG_COMPRESSION, COMPRESSION_CCITTFAX4);
    TIFFSetField(tiff, TIFFTAG_ROWSPERSTRIP, static_cast<std::uint32_t>(bitmap.height));
    const auto stride = static_cast<tmsize_t>(bitmap.stride());
    const bool written =
        TIFFWriteEncodedStrip(tiff, 0, const_cast<std::uint8_t*>(bitmap.bits.data()), stride * bitmap.height) >= 0;
    const bool finished = TIFFWriteDirectory(tiff) != 0;
    TIFFClose(tiff);
    return written && finished && file.errors == 0;
}

std::string rawStrip(GrowingFile& file) {
    TIFF* tiff = open(file, "r");
    if (tiff == nullptr) return {};
    const tmsize_t size = TIFFRawStripSize(tiff, 0);
    std::string strip(size > 0 ? static_cast<std::size_t>(size) : 0, '\0');
    const tmsize_t read = size > 0 ? TIFFReadRawStrip(tiff, 0, strip.data(), size) : -1;
    TIFFClose(tiff);
    if (read != size || file.errors != 0) return {};
    return strip;
}

}  // namespace

std::string encodeG4(const Bitmap& bitmap) {
    if (bitmap.width <= 0 || bitmap.height <= 0 ||
        bitmap.bits.size() != bitmap.stride() * static_cast<std::size_t>(bitmap.height))
        throw Error(ErrorCode::Internal, "Trang ảnh đen trắng không hợp lệ.");
    GrowingFile file;
    std::string g4 = writeG4(file, bitmap) ? rawStrip(file) : std::string();
    if (g4.empty()) throw Error(ErrorCode::Internal, "Không nén được trang ảnh đen trắng (CCITT G4).");
    return g4;
}

}  // namespace motcua::scan
