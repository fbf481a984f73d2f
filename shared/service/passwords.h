// Staff passwords: argon2id through libsodium's crypto_pwhash_str (salted, self-describing).
#pragma once

#include <string>

namespace motcua::service {

[[nodiscard]] std::string hashPassword(const std::string& password);
[[nodiscard]] bool verifyPassword(const std::string& hash, const std::string& password);
/// A random password for a new account (shown once).
[[nodiscard]] std::string randomPassword();

}  // namespace motcua::service
