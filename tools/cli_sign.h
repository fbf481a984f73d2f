// Signing from the CLI (issue 15 item 2): `motcua sign` and `render receipt|apology|stop … --sign`
// share the token options and the PIN (MOTCUA_PIN, else asked on the terminal without echo).
#pragma once

#include "cli.h"

#include "sign/sign.h"

#include <string_view>
#include <vector>

namespace motcua::cli {

/// --pkcs11-module, --token, --key, --position.
[[nodiscard]] std::vector<OptionSpec> tokenOptions();

/// Signs `pdf` with the token the options name; the PIN is asked here and wiped after use.
[[nodiscard]] sign::SignedPdf signWithToken(Context& c, std::string_view pdf);

/// Prints "Đã ký …" (or JSON) for a signed file written to `out`.
void reportSigned(Context& c, const std::string& out, const sign::SignedPdf& s);

}  // namespace motcua::cli
