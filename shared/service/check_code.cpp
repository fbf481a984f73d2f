#include "service/check_code.h"

#include "domain/error.h"

#include <array>
#include <sodium.h>

namespace motcua::service {

std::string makeCheckCode()
{
    if (sodium_init() < 0) throw Error(ErrorCode::Internal, "Không khởi tạo được libsodium");
    std::string out;
    for (std::size_t i = 0; i < kCheckCodeLength; ++i)
        out += kCheckCodeAlphabet[randombytes_uniform(static_cast<std::uint32_t>(kCheckCodeAlphabet.size()))];
    return out;
}

std::string normalizeCheckCode(std::string_view typed)
{
    std::string out;
    for (char c : typed) {
        if (c == ' ' || c == '-' || c == '\t') continue;
        if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
        out += c;
        if (out.size() > 64) break;  // nobody types that much; keeps the comparison bounded
    }
    return out;
}

bool checkCodeMatches(std::string_view stored, std::string_view typed)
{
    // Both copied into fixed buffers so the comparison's time does not depend on the lengths.
    std::array<unsigned char, 64> a{};
    std::array<unsigned char, 64> b{};
    const bool lengthsOk = !stored.empty() && stored.size() <= a.size() && typed.size() == stored.size();
    for (std::size_t i = 0; i < a.size(); ++i) {
        a[i] = i < stored.size() ? static_cast<unsigned char>(stored[i]) : 0;
        b[i] = i < typed.size() ? static_cast<unsigned char>(typed[i]) : 0;
    }
    const bool same = sodium_memcmp(a.data(), b.data(), a.size()) == 0;
    return lengthsOk && same;
}

}  // namespace motcua::service
