// VietQR payloads (EMVCo QR Code Specification for Payment Systems, merchant-presented mode, as
// NAPAS profiles it for 24/7 transfers to an account). Each data object is ID (2 digits), length
// (2 digits) and value; the CRC over everything up to and including "6304" closes the string.
#include "domain/payment/vietqr.h"

#include "domain/csv.h"
#include "domain/error.h"
#include "domain/text.h"

#include <glib.h>

#include <algorithm>
#include <cstdio>

namespace motcua::domain {

extern const std::string_view kNapasBinsCsv;

namespace {

constexpr std::string_view kNapasGuid = "A000000727";
constexpr std::string_view kServiceToAccount = "QRIBFTTA";
constexpr std::int64_t kMaxAmount = 9'999'999'999'999;  // field 54 holds at most 13 digits

std::string field(std::string_view id, std::string_view value)
{
    if (value.size() > 99) throw Error(ErrorCode::InvalidInput, "Mã VietQR: trường " + std::string(id) + " dài quá 99 ký tự");
    char len[3];
    std::snprintf(len, sizeof len, "%02zu", value.size());
    return std::string(id) + len + std::string(value);
}

bool allDigits(std::string_view s)
{
    return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

}  // namespace

const std::vector<NapasBank>& napasBanks()
{
    static const std::vector<NapasBank> banks = [] {
        std::vector<NapasBank> out;
        const auto rows = parseCsv(kNapasBinsCsv);
        for (std::size_t i = 1; i < rows.size(); ++i)
            if (rows[i].size() >= 3) out.push_back({rows[i][0], rows[i][1], rows[i][2]});
        return out;
    }();
    return banks;
}

const NapasBank* findNapasBank(std::string_view bin)
{
    const auto& all = napasBanks();
    const auto it = std::find_if(all.begin(), all.end(), [&](const NapasBank& b) { return b.bin == bin; });
    return it == all.end() ? nullptr : &*it;
}

std::string validateBankBin(std::string_view bin)
{
    if (bin.size() != 6 || !allDigits(bin))
        throw Error(ErrorCode::InvalidInput, "Mã BIN ngân hàng phải gồm đúng 6 chữ số (ví dụ 970415)");
    if (!findNapasBank(bin))
        throw Error(ErrorCode::InvalidInput,
                    "Mã BIN " + std::string(bin) + " không có trong danh sách ngân hàng thành viên NAPAS");
    return std::string(bin);
}

std::string validateBankAccount(std::string_view account)
{
    // NAPAS: up to 19 characters; Vietnamese bank accounts are digits (a few banks allow letters).
    const bool ok = account.size() >= 6 && account.size() <= 19 &&
                    std::all_of(account.begin(), account.end(), [](char c) {
                        return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z');
                    });
    if (!ok) throw Error(ErrorCode::InvalidInput, "Số tài khoản phải gồm 6–19 chữ số hoặc chữ in hoa, không dấu cách");
    return std::string(account);
}

std::string validateAccountName(std::string_view name)
{
    std::string clean = cleanText(name, "Tên tài khoản", 50);
    const bool ok = std::all_of(clean.begin(), clean.end(), [](char c) {
        return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == ' ' || c == '.' || c == '-';
    });
    if (!ok)
        throw Error(ErrorCode::InvalidInput,
                    "Tên tài khoản viết in hoa, không dấu, như ngân hàng ghi (ví dụ UBND XA AN BINH)");
    return clean;
}

std::uint16_t crc16Ccitt(std::string_view bytes)
{
    std::uint16_t crc = 0xFFFF;
    for (const char ch : bytes) {
        crc ^= static_cast<std::uint16_t>(static_cast<unsigned char>(ch) << 8);
        for (int bit = 0; bit < 8; ++bit)
            crc = (crc & 0x8000) ? static_cast<std::uint16_t>((crc << 1) ^ 0x1021) : static_cast<std::uint16_t>(crc << 1);
    }
    return crc;
}

std::string transferNote(std::string_view text)
{
    std::string out;
    const std::string nfc = isValidUtf8(text) ? toNfc(text) : std::string();
    for (const char* p = nfc.c_str(); *p && out.size() < 25; p = g_utf8_next_char(p)) {
        const gunichar cp = g_utf8_get_char(p);
        const char* next = g_utf8_next_char(p);
        std::string folded = foldForSearch(std::string_view(p, static_cast<std::size_t>(next - p)));
        if (folded.size() != 1) continue;
        char c = folded[0];
        if (g_unichar_isupper(cp) && c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
        const bool keep = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == ' ' ||
                          c == '-' || c == '.';
        if (keep && !(c == ' ' && (out.empty() || out.back() == ' '))) out += c;
    }
    while (!out.empty() && out.back() == ' ') out.pop_back();
    return out;
}

std::string vietQrPayload(const BankAccount& to, std::int64_t amountVnd, std::string_view note)
{
    const std::string bin = validateBankBin(to.bankBin);
    const std::string account = validateBankAccount(to.account);
    if (amountVnd <= 0 || amountVnd > kMaxAmount)
        throw Error(ErrorCode::InvalidInput, "Số tiền chuyển khoản phải lớn hơn 0 và nhỏ hơn 10 nghìn tỷ đồng");
    const std::string beneficiary = field("00", bin) + field("01", account);
    const std::string merchant = field("00", kNapasGuid) + field("01", beneficiary) + field("02", kServiceToAccount);
    std::string s = field("00", "01") + field("01", "12")  // dynamic: this amount, this once
                    + field("38", merchant) + field("53", "704") + field("54", std::to_string(amountVnd)) +
                    field("58", "VN");
    const std::string purpose = transferNote(note);
    if (!purpose.empty()) s += field("62", field("08", purpose));
    s += "6304";
    char crc[5];
    std::snprintf(crc, sizeof crc, "%04X", crc16Ccitt(s));
    return s + crc;
}

std::vector<EmvField> parseEmv(std::string_view payload)
{
    std::vector<EmvField> out;
    std::size_t i = 0;
    while (i < payload.size()) {
        if (i + 4 > payload.size() || !allDigits(payload.substr(i, 4)))
            throw Error(ErrorCode::InvalidInput, "Mã QR thanh toán không đúng định dạng EMVCo");
        const std::size_t len = static_cast<std::size_t>(std::stoi(std::string(payload.substr(i + 2, 2))));
        if (i + 4 + len > payload.size()) throw Error(ErrorCode::InvalidInput, "Mã QR thanh toán bị cắt cụt");
        out.push_back({std::string(payload.substr(i, 2)), std::string(payload.substr(i + 4, len))});
        i += 4 + len;
    }
    return out;
}

}  // namespace motcua::domain
