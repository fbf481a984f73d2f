// The PDF half of PAdES, done by PoDoFo: an incremental update that adds a signature field (with
// the visible box as its appearance) on the last page, reserves the /Contents, fixes /ByteRange,
// hands the signed bytes to `makeCms` and writes the CMS it returns into the reserved space.
// The original bytes stay untouched at the front of the result.
#pragma once

#include "sign/appearance.h"

#include <functional>
#include <string>
#include <string_view>

namespace motcua::sign {

/// The signature dictionary's /SubFilter: poppler (pdfsig) checks both; CAdES is PAdES's own.
inline constexpr const char* kSubFilter = "ETSI.CAdES.detached";

using CmsMaker = std::function<std::string(std::string_view signedBytes)>;

/// Throws SignError(BadPdf) for what is not a PDF, is damaged or is encrypted.
[[nodiscard]] std::string padesSign(std::string_view pdf, const BoxText& box, const std::string& reason,
                                    const CmsMaker& makeCms);

}  // namespace motcua::sign
