// What can go wrong while signing, so the counter and the CLI can say what to do.
#pragma once

#include "domain/error.h"

namespace motcua::sign {

enum class SignFailure {
    NoModule,   ///< the PKCS#11 module cannot be loaded
    NoToken,    ///< no token (or none with the label) is plugged in
    WrongPin,   ///< the token refused the PIN
    PinLocked,  ///< the token locked its user PIN
    NoKey,      ///< no private key with a certificate (or none with the label)
    BadPdf,     ///< not a PDF, damaged, or encrypted
    Failed,     ///< the token or OpenSSL failed while signing
};

class SignError : public Error {
public:
    SignError(SignFailure failure, const std::string& message)
        : Error(failure == SignFailure::BadPdf ? ErrorCode::InvalidInput : ErrorCode::IllegalState, message),
          m_failure(failure)
    {
    }
    [[nodiscard]] SignFailure failure() const noexcept { return m_failure; }

private:
    SignFailure m_failure;
};

}  // namespace motcua::sign
