// ESC/POS encoding of a 1-bit raster.
#include "documents/escpos.h"

#include "domain/error.h"

#include <algorithm>

namespace motcua::documents {

namespace {

void put16(std::string& out, int v)
{
    out += static_cast<char>(v & 0xFF);
    out += static_cast<char>((v >> 8) & 0xFF);
}

}  // namespace

std::string encodeEscPos(const Raster& raster, const EscPosOptions& options)
{
    if (raster.width <= 0 || raster.height <= 0)
        throw Error(ErrorCode::InvalidInput, "Ảnh in trống, không có gì để gửi tới máy in");
    const int bpr = raster.bytesPerRow();
    if (bpr > 0xFFFF) throw Error(ErrorCode::InvalidInput, "Ảnh in quá rộng cho lệnh ESC/POS GS v 0");
    const int band = std::clamp(options.bandRows, 1, 0xFFFF);

    std::string out;
    out.reserve(raster.bits.size() + static_cast<std::size_t>(raster.height / band + 2) * 8 + 16);
    if (options.initialize) out += "\x1b\x40";
    for (int y = 0; y < raster.height; y += band) {
        const int rows = std::min(band, raster.height - y);
        out += "\x1d\x76\x30";  // GS v 0
        out += '\0';            // m = 0: normal density
        put16(out, bpr);
        put16(out, rows);
        const auto* first = raster.bits.data() + static_cast<std::ptrdiff_t>(y) * bpr;
        out.append(reinterpret_cast<const char*>(first), static_cast<std::size_t>(rows) * static_cast<std::size_t>(bpr));
    }
    if (options.feedLines > 0) {
        out += "\x1b\x64";  // ESC d n
        out += static_cast<char>(std::min(options.feedLines, 255));
    }
    switch (options.cut) {
    case Cut::None: break;
    case Cut::Partial: out += std::string("\x1d\x56\x01", 3); break;
    case Cut::Full: out += std::string("\x1d\x56\x00", 3); break;
    }
    return out;
}

}  // namespace motcua::documents
