// The dossier's check code (issue 14 item 5): a short secret printed on the receipt that, with the
// guessable dossier code, opens the citizen's status page. Easy to type: 6 characters from 31
// letters and digits that cannot be confused (no I, L, O, 0, 1).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace motcua::service {

inline constexpr std::string_view kCheckCodeAlphabet = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
inline constexpr std::size_t kCheckCodeLength = 6;

/// A fresh check code from libsodium's CSPRNG.
[[nodiscard]] std::string makeCheckCode();

/// What the citizen typed, as stored: spaces and dashes dropped, letters upper-cased.
[[nodiscard]] std::string normalizeCheckCode(std::string_view typed);

/// Compares a stored code with a typed one in time that depends on neither (libsodium); an
/// empty stored code (a dossier without one) never matches.
[[nodiscard]] bool checkCodeMatches(std::string_view stored, std::string_view typed);

}  // namespace motcua::service
