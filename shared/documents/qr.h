// QR codes as a pure function from text to a module matrix (libqrencode), with the quiet zone,
// kept apart from drawing so the kiosk screen, the tickets and the slips all draw the same matrix.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

namespace motcua::documents {

/// Error-correction level; M (15 %) by default, as most printed receipts use.
enum class Ecc { L, M, Q, H };

/// A square matrix of modules, quiet zone included: dark(x, y) is true for a black module.
class QrMatrix {
public:
    QrMatrix() = default;
    QrMatrix(int size, int version, std::vector<std::uint8_t> modules);

    [[nodiscard]] int size() const { return m_size; }          ///< modules per side, quiet zone included
    [[nodiscard]] int version() const { return m_version; }    ///< 1..40
    [[nodiscard]] bool dark(int x, int y) const;               ///< false outside the matrix

private:
    int m_size = 0;
    int m_version = 0;
    std::vector<std::uint8_t> m_modules;  ///< one byte per module, row-major
};

/// The quiet zone ISO/IEC 18004 asks for, in modules, on each side.
inline constexpr int kQrQuietZone = 4;
/// Byte-mode capacity of version 40 at level L; longer input is refused before libqrencode sees it.
inline constexpr std::size_t kQrMaxBytes = 2953;

/// Encodes UTF-8 text in byte mode. Throws Error(InvalidInput) when the text does not fit a QR
/// code at that level, and Error(Internal) if libqrencode fails otherwise.
[[nodiscard]] QrMatrix makeQr(std::string_view text, Ecc ecc = Ecc::M);

}  // namespace motcua::documents
