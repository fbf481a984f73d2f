// The official's PKCS#11 token (VNPT-CA, Viettel-CA, the government CA's USB keys; SoftHSM2 in the
// tests) through libp11: the module is loaded, the token found by label, the PIN presented once,
// and the private key handed out as an EVP_PKEY whose signing runs on the token (C_Sign). The key
// never leaves the token; the PIN is not kept.
#pragma once

#include "sign/sign_error.h"

#include <memory>
#include <string>

typedef struct evp_pkey_st EVP_PKEY;
typedef struct x509_st X509;

namespace motcua::sign {

/// Where the token is: office settings, not secrets.
struct TokenSettings {
    std::string modulePath;  ///< the PKCS#11 module, e.g. /usr/lib/x86_64-linux-gnu/softhsm/libsofthsm2.so
    std::string tokenLabel;  ///< empty: the only token present
    std::string keyLabel;    ///< empty: the only private key that has a certificate
};

/// A logged-in session on the token. Not copyable; logs out and unloads the module when destroyed.
class TokenSession {
public:
    /// Loads the module, finds the token and logs in with `pin`. Throws SignError (NoModule,
    /// NoToken, WrongPin, PinLocked, NoKey) with a Vietnamese message.
    TokenSession(const TokenSettings& settings, const std::string& pin);
    ~TokenSession();
    TokenSession(const TokenSession&) = delete;
    TokenSession& operator=(const TokenSession&) = delete;

    /// The private key (signing happens on the token) and its certificate; owned by the session.
    [[nodiscard]] EVP_PKEY* key() const;
    [[nodiscard]] X509* certificate() const;

private:
    struct Impl;
    std::unique_ptr<Impl> m;
};

}  // namespace motcua::sign
