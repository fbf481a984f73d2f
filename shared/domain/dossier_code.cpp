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

std::string makeDossierCode(std::string_view office, const Date& date, int sequence)
{
    if (!isValidOfficeCode(office))
        throw Error(ErrorCode::InvalidInput, "Mã cơ quan không hợp lệ: \"" + std::string(office) + "\"");
    if (sequence < 1 || sequence > kMaxDossiersPerDay)
        throw Error(ErrorCode::InvalidInput, "Số thứ tự hồ sơ trong ngày phải từ 1 đến 9999");
    if (date.year < 2000 || date.year > 2099)
        throw Error(ErrorCode::InvalidInput, "Năm của mã hồ sơ phải trong 2000–2099");
    char tail[64];
    std::snprintf(tail, sizeof tail, "-%02d%02d%02d-%04d", date.year % 100, date.month, date.day, sequence);
    return std::string(office) + tail;
}

std::optional<DossierCode> parseDossierCode(std::string_view text)
{
    // office (may itself contain no '-') + "-yymmdd-nnnn"
    if (text.size() < 3 + 12) return std::nullopt;
    const std::string_view seq = text.substr(text.size() - 4);
    const std::string_view ymd = text.substr(text.size() - 11, 6);
    if (text[text.size() - 5] != '-' || text[text.size() - 12] != '-') return std::nullopt;
    const std::string_view office = text.substr(0, text.size() - 12);
    if (!isValidOfficeCode(office) || !allDigits(seq) || !allDigits(ymd)) return std::nullopt;
    const int y = 2000 + toInt(ymd.substr(0, 2));
    const int m = toInt(ymd.substr(2, 2));
    const int d = toInt(ymd.substr(4, 2));
    const int n = toInt(seq);
    if (!isValidDate(y, m, d) || n < 1) return std::nullopt;
    return DossierCode{std::string(office), Date{y, m, d}, n};
}

}  // namespace motcua::domain
