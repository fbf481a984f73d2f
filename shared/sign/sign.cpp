#include "sign/sign.h"

#include "sign/cms.h"
#include "sign/pades.h"

#include <openssl/evp.h>

namespace motcua::sign {

SignedPdf signPdf(std::string_view pdf, const SignOptions& options, const std::string& pin)
{
    // The PDF is checked before the token is touched: a wrong file costs no PIN attempt.
    if (pdf.substr(0, 5) != "%PDF-")
        throw SignError(SignFailure::BadPdf, "Tệp vào không phải PDF; chỉ ký được tệp PDF (phiếu in ra bằng motcua render … --out X.pdf).");
    const TokenSession session(options.token, pin);
    SignedPdf out;
    out.signerName = commonName(session.certificate());
    const BoxText box{out.signerName, options.position, options.signedAt};
    out.pdf = padesSign(pdf, box, options.reason,
                        [&](std::string_view signedBytes) { return cadesDetached(signedBytes, session.key(), session.certificate()); });
    out.sha256 = sha256Hex(out.pdf);
    return out;
}

std::string sha256Hex(std::string_view bytes)
{
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int len = 0;
    EVP_Digest(bytes.data(), bytes.size(), digest, &len, EVP_sha256(), nullptr);
    static constexpr char kHex[] = "0123456789abcdef";
    std::string hex;
    for (unsigned int i = 0; i < len; ++i) {
        hex += kHex[digest[i] >> 4];
        hex += kHex[digest[i] & 0xF];
    }
    return hex;
}

}  // namespace motcua::sign
