// QR encoding through libqrencode: length checked first, a null result turned into a message a
// clerk can act on, the C result freed by a unique_ptr, the quiet zone added here.
#include "documents/qr.h"

#include "domain/error.h"

#include <qrencode.h>

#include <cerrno>
#include <memory>
#include <string>

namespace motcua::documents {

namespace {

struct QrCodeDeleter {
    void operator()(QRcode* q) const { QRcode_free(q); }
};

QRecLevel levelOf(Ecc ecc)
{
    switch (ecc) {
    case Ecc::L: return QR_ECLEVEL_L;
    case Ecc::M: return QR_ECLEVEL_M;
    case Ecc::Q: return QR_ECLEVEL_Q;
    case Ecc::H: return QR_ECLEVEL_H;
    }
    return QR_ECLEVEL_M;
}

Error tooLong(std::size_t bytes)
{
    return Error(ErrorCode::InvalidInput,
                 "Nội dung mã QR quá dài (" + std::to_string(bytes) + " byte); hãy rút gọn địa chỉ tra cứu hoặc nội dung");
}

}  // namespace

QrMatrix::QrMatrix(int size, int version, std::vector<std::uint8_t> modules)
    : m_size(size), m_version(version), m_modules(std::move(modules))
{
}

bool QrMatrix::dark(int x, int y) const
{
    if (x < 0 || y < 0 || x >= m_size || y >= m_size) return false;
    return m_modules[static_cast<std::size_t>(y) * static_cast<std::size_t>(m_size) + static_cast<std::size_t>(x)] != 0;
}

QrMatrix makeQr(std::string_view text, Ecc ecc)
{
    if (text.empty()) throw Error(ErrorCode::InvalidInput, "Nội dung mã QR trống");
    if (text.size() > kQrMaxBytes) throw tooLong(text.size());
    // QRcode_encodeData takes the bytes as they are (byte mode), so UTF-8 survives untouched and
    // an embedded NUL cannot cut the text short.
    errno = 0;
    std::unique_ptr<QRcode, QrCodeDeleter> code(QRcode_encodeData(
        static_cast<int>(text.size()), reinterpret_cast<const unsigned char*>(text.data()), 0, levelOf(ecc)));
    if (!code) {
        if (errno == ERANGE || errno == EINVAL) throw tooLong(text.size());
        throw Error(ErrorCode::Internal, "Không tạo được mã QR (libqrencode)");
    }
    const int inner = code->width;
    const int size = inner + 2 * kQrQuietZone;
    std::vector<std::uint8_t> modules(static_cast<std::size_t>(size) * static_cast<std::size_t>(size), 0);
    for (int y = 0; y < inner; ++y)
        for (int x = 0; x < inner; ++x) {
            // Bit 0 of each libqrencode byte is the module colour; the other bits describe its role.
            const auto src = static_cast<std::size_t>(y) * static_cast<std::size_t>(inner) + static_cast<std::size_t>(x);
            const auto dst = static_cast<std::size_t>(y + kQrQuietZone) * static_cast<std::size_t>(size) +
                             static_cast<std::size_t>(x + kQrQuietZone);
            modules[dst] = code->data[src] & 1U;
        }
    return QrMatrix(size, code->version, std::move(modules));
}

}  // namespace motcua::documents
