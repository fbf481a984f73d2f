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

}  // namespace

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
