// Staff passwords: argon2id through libsodium's crypto_pwhash_str (salted, self-describing).
#pragma once

#include <string>

namespace motcua::service {

[[nodiscard]] std::string hashPassword(const std::string& password);
[[nodiscard]] bool verifyPassword(const std::string& hash, const std::string& password);
/// Throws Error(InvalidInput) unless the password is 8–128 bytes of UTF-8 (the one rule for new
/// accounts and password resets).
void checkPasswordRule(const std::string& password);
/// A random password for a new account (shown once).
[[nodiscard]] std::string randomPassword();

}  // namespace motcua::service
