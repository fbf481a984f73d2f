// Text rules on top of GLib's Unicode tables (normalisation and case), which ship with Debian.
#include "domain/text.h"

#include "domain/error.h"

#include <glib.h>

#include <memory>
#include <vector>

namespace motcua::domain {

namespace {

struct GFreeDeleter {
    void operator()(gchar* p) const noexcept { g_free(p); }
};
using GString_ = std::unique_ptr<gchar, GFreeDeleter>;

std::string normalize(std::string_view s, GNormalizeMode mode)
{
    GString_ out(g_utf8_normalize(s.data(), static_cast<gssize>(s.size()), mode));
    if (!out) throw Error(ErrorCode::InvalidInput, "Văn bản không phải UTF-8 hợp lệ");
    return std::string(out.get());
}

void appendUtf8(std::string& out, gunichar c)
{
    char buf[8];
    const gint n = g_unichar_to_utf8(c, buf);
    out.append(buf, static_cast<std::size_t>(n));
}

std::vector<std::string> splitWords(std::string_view s)
{
    std::vector<std::string> words;
    std::string cur;
    for (char c : s) {
        if (c == ' ') {
            if (!cur.empty()) words.push_back(std::move(cur));
            cur.clear();
        } else {
            cur += c;
        }
    }
    if (!cur.empty()) words.push_back(std::move(cur));
    return words;
}

// Collation weights. A letter's primary weight is its place in the alphabet with its vowel
// modifier (ă â đ ê ô ơ ư are letters of their own); other characters keep their code point
// (space and digits sort before letters).
constexpr char32_t kLetterBase = 0x20000;

int modifierRank(gunichar mark)
{
    switch (mark) {
    case 0x0306: return 1;  // breve: ă
    case 0x0302: return 2;  // circumflex: â ê ô
    case 0x031B: return 3;  // horn: ơ ư
    default: return 0;
    }
}

int toneRank(gunichar mark)
{
    switch (mark) {
    case 0x0300: return 1;  // huyền
    case 0x0309: return 2;  // hỏi
    case 0x0303: return 3;  // ngã
    case 0x0301: return 4;  // sắc
    case 0x0323: return 5;  // nặng
    default: return 0;
    }
}

}  // namespace

std::u32string collationKey(std::string_view s)
{
    if (!isValidUtf8(s)) return {};
    const std::string decomposed = normalize(s, G_NORMALIZE_NFD);
    std::u32string primary, tones, cases;
    for (const gchar* p = decomposed.c_str(); *p; p = g_utf8_next_char(p)) {
        const gunichar c = g_utf8_get_char(p);
        if (g_unichar_ismark(c)) {
            if (primary.empty()) continue;
            if (const int m = modifierRank(c); m && primary.back() >= kLetterBase) primary.back() += static_cast<char32_t>(m);
            else if (const int t = toneRank(c); t && !tones.empty()) tones.back() = static_cast<char32_t>(1 + t);
            continue;
        }
        gunichar lower = g_unichar_tolower(c);
        cases.push_back(lower == c ? 1 : 2);
        tones.push_back(1);
        if (lower == 0x0111) {  // đ: its own letter, right after d
            primary.push_back(kLetterBase + static_cast<char32_t>('d' - 'a') * 4 + 1);
        } else if (lower >= 'a' && lower <= 'z') {
            primary.push_back(kLetterBase + static_cast<char32_t>(lower - 'a') * 4);
        } else {
            primary.push_back(static_cast<char32_t>(lower));
        }
    }
    // Levels separated by 0, which is below every weight: a shorter word sorts first.
    return primary + U'\0' + tones + U'\0' + cases;
}

bool collateLess(std::string_view a, std::string_view b)
{
    const auto ka = collationKey(a), kb = collationKey(b);
    if (ka != kb) return ka < kb;
    return a < b;
}

bool isValidUtf8(std::string_view s)
{
    return g_utf8_validate(s.data(), static_cast<gssize>(s.size()), nullptr) != 0;
}

std::size_t utf8Length(std::string_view s)
{
    return static_cast<std::size_t>(g_utf8_strlen(s.data(), static_cast<gssize>(s.size())));
}

std::string toNfc(std::string_view s) { return normalize(s, G_NORMALIZE_NFC); }

std::string foldForSearch(std::string_view s)
{
    if (!isValidUtf8(s)) return {};
    const std::string decomposed = normalize(s, G_NORMALIZE_NFD);
    std::string out;
    out.reserve(decomposed.size());
    for (const gchar* p = decomposed.c_str(); *p; p = g_utf8_next_char(p)) {
        gunichar c = g_utf8_get_char(p);
        if (g_unichar_ismark(c)) continue;          // tone and vowel marks
        if (c == 0x0110 || c == 0x0111) c = 'd';    // Đ đ have no decomposition
        appendUtf8(out, g_unichar_tolower(c));
    }
    return out;
}

std::string maskName(std::string_view fullName)
{
    const auto words = splitWords(fullName);
    if (words.empty()) return {};
    std::string out = words.front();
    for (std::size_t i = 1; i < words.size(); ++i) {
        const gchar* w = words[i].c_str();
        if (!g_utf8_validate(w, -1, nullptr)) continue;
        out += ' ';
        appendUtf8(out, g_unichar_toupper(g_utf8_get_char(w)));
        out += '.';
    }
    return out;
}

std::string cleanText(std::string_view input, std::string_view fieldLabel, std::size_t maxChars,
                      bool allowEmpty)
{
    const std::string label(fieldLabel);
    if (!isValidUtf8(input))
        throw Error(ErrorCode::InvalidInput, label + ": văn bản không phải UTF-8 hợp lệ");
    std::string collapsed;
    collapsed.reserve(input.size());
    bool pendingSpace = false;
    for (const gchar* p = input.data(); p < input.data() + input.size(); p = g_utf8_next_char(p)) {
        const gunichar c = g_utf8_get_char(p);
        if (c == ' ' || c == '\t' || c == 0x00A0) {
            pendingSpace = !collapsed.empty();
            continue;
        }
        if (g_unichar_iscntrl(c) || c == 0x2028 || c == 0x2029 || c == 0xFEFF)
            throw Error(ErrorCode::InvalidInput, label + ": có ký tự điều khiển không được phép");
        if (pendingSpace) collapsed += ' ';
        pendingSpace = false;
        appendUtf8(collapsed, c);
    }
    std::string out = toNfc(collapsed);
    if (out.empty() && !allowEmpty) throw Error(ErrorCode::InvalidInput, label + ": không được để trống");
    if (utf8Length(out) > maxChars)
        throw Error(ErrorCode::InvalidInput,
                    label + ": dài quá " + std::to_string(maxChars) + " ký tự");
    return out;
}

bool isValidIdNumber(std::string_view s)
{
    if (s.size() != 12) return false;
    for (char c : s)
        if (c < '0' || c > '9') return false;
    return true;
}

bool isValidPhone(std::string_view s)
{
    std::string_view digits = s;
    if (digits.substr(0, 3) == "+84") {
        digits.remove_prefix(3);
        if (digits.size() != 9) return false;
    } else {
        if (digits.size() != 10 || digits[0] != '0') return false;
    }
    for (char c : digits)
        if (c < '0' || c > '9') return false;
    return true;
}

}  // namespace motcua::domain
