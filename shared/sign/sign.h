// motcua::sign — slips and results signed as PAdES with the official's PKCS#11 token (issue 15
// item 2). The PIN is passed in for one signature and never kept; the key never leaves the token.
#pragma once

#include "sign/sign_error.h"
#include "sign/token.h"

#include <cstdint>
#include <string>
#include <string_view>

namespace motcua::sign {

struct SignOptions {
    TokenSettings token;
    std::string position;   ///< shown under the signer's name ("Trưởng Bộ phận Một cửa"); may be empty
    std::string reason = "Ký số bản điện tử";
    std::int64_t signedAt = 0;  ///< Unix seconds: the box's time and the signature's /M
};

struct SignedPdf {
    std::string pdf;
    std::string signerName;  ///< the certificate's common name
    std::string sha256;      ///< of `pdf`, lower-case hex: the copy's identity (apology delivery record)
};

/// Signs `pdf` (a PAdES incremental update, CAdES-detached CMS computed on the token). Throws
/// SignError with a Vietnamese message; nothing is returned on any failure.
[[nodiscard]] SignedPdf signPdf(std::string_view pdf, const SignOptions& options, const std::string& pin);

/// Lower-case hex SHA-256 of `bytes`.
[[nodiscard]] std::string sha256Hex(std::string_view bytes);

}  // namespace motcua::sign
