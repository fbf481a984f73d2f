// Text rules: UTF-8 validity, NFC normalisation, diacritic-insensitive folding for search,
// masking of names on public surfaces, and the cleaning every free-text input goes through.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace motcua::domain {

[[nodiscard]] bool isValidUtf8(std::string_view s);
/// Number of code points (s must be valid UTF-8).
[[nodiscard]] std::size_t utf8Length(std::string_view s);
/// Canonical composition (NFC): "Nguye\u0302\u0303n" becomes "Nguyễn". s must be valid UTF-8.
[[nodiscard]] std::string toNfc(std::string_view s);
/// Lower-case, no diacritics, đ→d: "Đăng ký KHAI SINH" → "dang ky khai sinh". For search only.
[[nodiscard]] std::string foldForSearch(std::string_view s);
/// Vietnamese dictionary order, for every list of names a person reads (fields, procedures, units,
/// groups): letters in the alphabet's order (a ă â b c d đ e ê … o ô ơ … u ư …), case and tone
/// marks deciding only between otherwise equal words (no mark, huyền, hỏi, ngã, sắc, nặng).
/// Byte order puts "Đất đai" after "Xây dựng"; this puts it right after the d… names.
[[nodiscard]] std::u32string collationKey(std::string_view s);
/// a before b in Vietnamese dictionary order (ties broken by bytes, so the order is total).
[[nodiscard]] bool collateLess(std::string_view a, std::string_view b);

/// Public form of a personal name: family name kept, the rest as initials ("Nguyễn V. A.").
[[nodiscard]] std::string maskName(std::string_view fullName);

/// Validates and normalises one free-text field: valid UTF-8, no control characters, trimmed,
/// runs of spaces collapsed, NFC, at most maxChars code points. Throws
/// Error(InvalidInput) with a Vietnamese message naming the field ("Họ tên: …").
[[nodiscard]] std::string cleanText(std::string_view input, std::string_view fieldLabel,
                                    std::size_t maxChars, bool allowEmpty = false);

/// Căn cước công dân / số định danh cá nhân: exactly 12 digits.
[[nodiscard]] bool isValidIdNumber(std::string_view s);
/// Vietnamese phone: 10 digits starting with 0 (or +84 and 9 digits).
[[nodiscard]] bool isValidPhone(std::string_view s);

}  // namespace motcua::domain
