// The CMS inside a PAdES signature: CAdES-detached (SHA-256, with the ESS signing-certificate-v2
// attribute that ETSI.CAdES.detached requires), built by OpenSSL; the signature value itself is
// computed by whatever holds the key — the token, through libp11's EVP_PKEY.
#pragma once

#include <string>
#include <string_view>

typedef struct evp_pkey_st EVP_PKEY;
typedef struct x509_st X509;

namespace motcua::sign {

/// DER-encoded CMS SignedData over `data` (detached: the content is not inside). Throws
/// SignError(Failed) when the token or OpenSSL refuses.
[[nodiscard]] std::string cadesDetached(std::string_view data, EVP_PKEY* key, X509* certificate);

/// The certificate subject's common name (the signer's name), UTF-8; "" if it has none.
[[nodiscard]] std::string commonName(X509* certificate);

}  // namespace motcua::sign
