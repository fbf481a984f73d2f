// The visible signature box: who signed, in what position, and when — drawn with pango in Noto
// Sans (every Vietnamese letter, subset-embedded by cairo) as a one-page PDF the size of the box,
// which the signer imports as the signature widget's appearance.
#pragma once

#include <cstdint>
#include <string>

namespace motcua::sign {

struct BoxText {
    std::string signerName;  ///< from the certificate
    std::string position;    ///< the caller's: "Trưởng Bộ phận Một cửa"
    std::int64_t signedAt = 0;  ///< Unix seconds; shown in Vietnam time (UTC+7)
};

constexpr double kBoxWidth = 230;  ///< points
constexpr double kBoxHeight = 62;

/// The lines shown in the box (also used by tests and the counter's summary).
[[nodiscard]] std::string boxLines(const BoxText& text);

/// A one-page PDF, kBoxWidth × kBoxHeight points, holding the box.
[[nodiscard]] std::string renderBoxPdf(const BoxText& text);

}  // namespace motcua::sign
