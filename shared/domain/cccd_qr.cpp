// Strict parser of the chip ID card's QR line: exact field count, real dates, NFC text.
#include "domain/cccd_qr.h"

#include "domain/error.h"
#include "domain/text.h"

#include <vector>

namespace motcua::domain {

namespace {

constexpr std::size_t kFields = 7;
constexpr std::size_t kMaxLine = 1000;

[[noreturn]] void bad(const std::string& what)
{
    throw Error(ErrorCode::InvalidInput, "Mã QR trên thẻ căn cước không hợp lệ: " + what);
}

bool allDigits(std::string_view s)
{
    for (const char c : s)
        if (c < '0' || c > '9') return false;
    return !s.empty();
}

Date parseDdmmyyyy(std::string_view s, const char* field)
{
    if (s.size() != 8 || !allDigits(s))
        bad(std::string(field) + " phải có dạng ngàythángnăm 8 chữ số (ví dụ 05021990)");
    auto num = [&](std::size_t at, std::size_t n) {
        int v = 0;
        for (std::size_t i = at; i < at + n; ++i) v = v * 10 + (s[i] - '0');
        return v;
    };
    const Date d{num(4, 4), num(2, 2), num(0, 2)};
    if (d.year < 1900 || !isValidDate(d.year, d.month, d.day))
        bad(std::string(field) + " \"" + std::string(s) + "\" không phải ngày có thật");
    return d;
}

std::string textField(std::string_view s, const char* field, std::size_t maxChars)
{
    try {
        return cleanText(s, field, maxChars);
    } catch (const Error& e) {
        bad(e.what());
    }
}

}  // namespace

bool looksLikeCccdQr(std::string_view text)
{
    return text.size() > 13 && allDigits(text.substr(0, 12)) && text[12] == '|';
}

CccdQr parseCccdQr(std::string_view line)
{
    while (!line.empty() && (line.back() == '\n' || line.back() == '\r')) line.remove_suffix(1);
    if (line.empty()) bad("dòng quét trống");
    if (line.size() > kMaxLine) bad("dòng quét dài quá " + std::to_string(kMaxLine) + " ký tự");
    if (!isValidUtf8(line)) bad("có ký tự không đọc được (không phải UTF-8); hãy quét lại");
    std::vector<std::string_view> f;
    std::size_t start = 0;
    for (std::size_t i = 0; i <= line.size(); ++i) {
        if (i == line.size() || line[i] == '|') {
            f.push_back(line.substr(start, i - start));
            start = i + 1;
        }
    }
    if (f.size() != kFields)
        bad("cần đúng " + std::to_string(kFields) + " trường ngăn bởi dấu |, đọc được " + std::to_string(f.size()) +
            "; hãy quét lại");
    CccdQr q;
    if (!isValidIdNumber(f[0])) bad("số định danh cá nhân phải đúng 12 chữ số");
    q.idNumber = std::string(f[0]);
    if (!f[1].empty() && (f[1].size() != 9 || !allDigits(f[1]))) bad("số CMND cũ phải đúng 9 chữ số hoặc để trống");
    q.oldIdNumber = std::string(f[1]);
    q.fullName = textField(f[2], "Họ tên", 100);
    q.dateOfBirth = parseDdmmyyyy(f[3], "Ngày sinh");
    const std::string sex = toNfc(f[4]);
    if (sex != "Nam" && sex != "Nữ") bad("giới tính phải là \"Nam\" hoặc \"Nữ\"");
    q.sex = sex;
    q.address = textField(f[5], "Nơi thường trú", 300);
    q.issueDate = parseDdmmyyyy(f[6], "Ngày cấp");
    if (q.issueDate < q.dateOfBirth) bad("ngày cấp " + q.issueDate.vn() + " trước ngày sinh " + q.dateOfBirth.vn());
    return q;
}

}  // namespace motcua::domain
