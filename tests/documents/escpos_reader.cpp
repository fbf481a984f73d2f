// ESC/POS reader for the tests.
#include "escpos_reader.h"

namespace motcua::testing {

namespace {

int u16(std::string_view b, std::size_t at)
{
    return static_cast<unsigned char>(b[at]) | (static_cast<unsigned char>(b[at + 1]) << 8);
}

}  // namespace

EscPosJob readEscPos(std::string_view b)
{
    EscPosJob job;
    std::size_t i = 0;
    std::string rows;  // packed rows of every band, in order
    int width = -1;
    int height = 0;
    while (i < b.size()) {
        const auto c = static_cast<unsigned char>(b[i]);
        if (c == 0x1B && i + 1 < b.size() && b[i + 1] == '@') {
            if (i == 0) job.initialized = true;
            i += 2;
        } else if (c == 0x1D && i + 7 < b.size() && b[i + 1] == 'v' && b[i + 2] == '0') {
            if (b[i + 3] != 0) job.error = "GS v 0 mode is not 0";
            const int bpr = u16(b, i + 4);
            const int n = u16(b, i + 6);
            if (width >= 0 && width != bpr) job.error = "bands of different widths";
            width = bpr;
            const std::size_t size = static_cast<std::size_t>(bpr) * static_cast<std::size_t>(n);
            if (i + 8 + size > b.size()) {
                job.error = "band runs past the end";
                break;
            }
            rows.append(b.substr(i + 8, size));
            height += n;
            ++job.bands;
            i += 8 + size;
        } else if (c == 0x1B && i + 2 < b.size() && b[i + 1] == 'd') {
            job.feedLines += static_cast<unsigned char>(b[i + 2]);
            i += 3;
        } else if (c == 0x1D && i + 2 < b.size() && b[i + 1] == 'V') {
            job.cutMode = static_cast<unsigned char>(b[i + 2]);
            i += 3;
            job.cutIsLast = i == b.size();
        } else {
            job.error = "unexpected byte at " + std::to_string(i);
            break;
        }
    }
    if (width > 0) {
        job.image = documents::Raster(width * 8, height);
        job.image.bits.assign(rows.begin(), rows.end());
    }
    return job;
}

}  // namespace motcua::testing
