// Dossier codes: making the plain form, reading the plain and the longer national forms.
#include "domain/dossier_code.h"

#include "domain/error.h"

#include <cstdio>

namespace motcua::domain {

namespace {

bool allDigits(std::string_view s)
{
    if (s.empty()) return false;
    for (char c : s)
        if (c < '0' || c > '9') return false;
    return true;
}

int toInt(std::string_view s)
{
    int v = 0;
    for (char c : s) v = v * 10 + (c - '0');
    return v;
}

}  // namespace

bool isValidOfficeCode(std::string_view code)
{
    if (code.size() < 3 || code.size() > 32) return false;
    bool groupStart = true;
    for (char c : code) {
        if (c == '.') {
            if (groupStart) return false;  // empty group
            groupStart = true;
            continue;
        }
        if (!((c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z'))) return false;
        groupStart = false;
    }
    return !groupStart;
}

std::string DossierCode::str() const { return makeDossierCode(office, date, sequence); }

namespace {

bool capital(char c) { return c >= 'A' && c <= 'Z'; }

}  // namespace

std::string makeDossierCode(std::string_view office, const Date& date, int sequence)
{
    if (!isValidOfficeCode(office))
        throw Error(ErrorCode::InvalidInput, "Mã cơ quan không hợp lệ: \"" + std::string(office) + "\"");
    // DOMAIN.md §5: a busy day widens the sequence past 9999; it never wraps.
    if (sequence < 1 || sequence > kMaxDossierSequence)
        throw Error(ErrorCode::InvalidInput, "Số thứ tự hồ sơ trong ngày phải từ 1 trở lên");
    if (date.year < 2000 || date.year > 2099)
        throw Error(ErrorCode::InvalidInput, "Năm của mã hồ sơ phải trong 2000–2099");
    char tail[64];
    std::snprintf(tail, sizeof tail, "-%02d%02d%02d-%04d", date.year % 100, date.month, date.day, sequence);
    return std::string(office) + tail;
}

std::optional<DossierCode> parseDossierCode(std::string_view text)
{
    // office (no '-' in it) + "-yymmdd-" + optional two capitals + at least four digits
    const auto lastDash = text.rfind('-');
    if (lastDash == std::string_view::npos || lastDash < 7) return std::nullopt;
    std::string_view seq = text.substr(lastDash + 1);
    std::string prefix;
    if (seq.size() >= 2 && capital(seq[0]) && capital(seq[1])) {
        prefix = std::string(seq.substr(0, 2));
        seq.remove_prefix(2);
    }
    if (seq.size() < 4 || seq.size() > 9 || !allDigits(seq)) return std::nullopt;
    if (text[lastDash - 7] != '-') return std::nullopt;
    const std::string_view ymd = text.substr(lastDash - 6, 6);
    const std::string_view office = text.substr(0, lastDash - 7);
    if (!isValidOfficeCode(office) || !allDigits(ymd)) return std::nullopt;
    const int y = 2000 + toInt(ymd.substr(0, 2));
    const int m = toInt(ymd.substr(2, 2));
    const int d = toInt(ymd.substr(4, 2));
    const int n = toInt(seq);
    // A wide sequence is written without leading zeros beyond four digits: "10000", not "010000".
    if (!isValidDate(y, m, d) || n < 1 || (seq.size() > 4 && seq[0] == '0')) return std::nullopt;
    return DossierCode{std::string(office), Date{y, m, d}, n, prefix};
}

}  // namespace motcua::domain
