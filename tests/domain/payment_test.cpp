// VietQR payloads and fee lines (issue 16): the CRC and the field layout checked against worked
// examples, the payload parsed back field by field, and every bad input refused.
#include "domain/error.h"
#include "domain/payment/fees.h"
#include "domain/payment/vietqr.h"

#include <catch2/catch.hpp>

#include <map>

using namespace motcua;
using namespace motcua::domain;

namespace {

std::map<std::string, std::string> fieldsOf(const std::string& payload)
{
    std::map<std::string, std::string> m;
    for (const auto& f : parseEmv(payload)) m[f.id] = f.value;
    return m;
}

}  // namespace

TEST_CASE("CRC-16/CCITT-FALSE: the catalogue check value and a published VietQR string")
{
    CHECK(crc16Ccitt("123456789") == 0x29B1);  // the algorithm's standard check value
    // A static VietQR (VietinBank 970415, 120 000 đ) as published with its CRC C15C.
    const std::string body = "00020101021238570010A00000072701270006970415011300110019324180208QRIBFTTA"
                             "530370454061200005802VN62170813ung ho lu lut6304";
    CHECK(crc16Ccitt(body) == 0xC15C);
}

TEST_CASE("a VietQR payload carries NAPAS's GUID, the account, QRIBFTTA, 704, the exact amount and the note")
{
    const BankAccount to{"970415", "113366668888", "UBND XA AN BINH"};
    const std::string p = vietQrPayload(to, 79000, "000.00.17.H56-261127-0001");
    const auto f = fieldsOf(p);
    CHECK(f.at("00") == "01");
    CHECK(f.at("01") == "12");
    CHECK(f.at("53") == "704");
    CHECK(f.at("54") == "79000");
    CHECK(f.at("58") == "VN");
    const auto merchant = fieldsOf(f.at("38"));
    CHECK(merchant.at("00") == "A000000727");
    CHECK(merchant.at("02") == "QRIBFTTA");
    const auto beneficiary = fieldsOf(merchant.at("01"));
    CHECK(beneficiary.at("00") == "970415");
    CHECK(beneficiary.at("01") == "113366668888");
    CHECK(fieldsOf(f.at("62")).at("08") == "000.00.17.H56-261127-0001");
    // The CRC closes the string and covers everything before it, "6304" included.
    REQUIRE(p.size() > 8);
    CHECK(p.substr(p.size() - 8, 4) == "6304");
    char crc[5];
    std::snprintf(crc, sizeof crc, "%04X", crc16Ccitt(p.substr(0, p.size() - 4)));
    CHECK(p.substr(p.size() - 4) == crc);
    // The exact layout of a hand-worked example (lengths counted by hand).
    CHECK(p.rfind("000201010212" "3856" "0010A000000727" "0126" "0006970415" "0112113366668888" "0208QRIBFTTA", 0) == 0);
}

TEST_CASE("transfer notes are ASCII a bank accepts, at most 25 characters")
{
    CHECK(transferNote("Lệ phí Đăng ký kết hôn") == "Le phi Dang ky ket hon");
    CHECK(transferNote("A/B  C#D") == "AB CD");
    CHECK(transferNote("0123456789012345678901234567890").size() == 25);
    CHECK(transferNote("\xff\xfe").empty());
}

TEST_CASE("bad accounts and amounts are refused with a Vietnamese message")
{
    const BankAccount ok{"970415", "113366668888", ""};
    CHECK_THROWS_AS(vietQrPayload({"97041", "113366668888", ""}, 1000, "x"), Error);
    CHECK_THROWS_AS(vietQrPayload({"123456", "113366668888", ""}, 1000, "x"), Error);  // not a NAPAS member
    CHECK_THROWS_AS(vietQrPayload({"970415", "11 33", ""}, 1000, "x"), Error);
    CHECK_THROWS_AS(vietQrPayload(ok, 0, "x"), Error);
    CHECK_THROWS_AS(vietQrPayload(ok, -5, "x"), Error);
    CHECK_THROWS_AS(vietQrPayload(ok, 10'000'000'000'000, "x"), Error);
    CHECK_NOTHROW(vietQrPayload(ok, 9'999'999'999'999, "x"));
    CHECK(findNapasBank("970436") != nullptr);
    CHECK(napasBanks().size() >= 40);
    CHECK_THROWS_WITH(validateAccountName("Ủy ban"), Catch::Contains("in hoa"));
    CHECK(validateAccountName("UBND XA AN BINH") == "UBND XA AN BINH");
}

TEST_CASE("malformed EMVCo strings are refused, not read past their end")
{
    CHECK_THROWS_AS(parseEmv("0002"), Error);
    CHECK_THROWS_AS(parseEmv("00990101"), Error);
    CHECK_THROWS_AS(parseEmv("ab020101"), Error);
    CHECK(parseEmv("").empty());
}

TEST_CASE("fee lines: amounts in range, numbered, exempt lines owe nothing, references by payment way")
{
    std::vector<FeeLine> lines(3);
    lines[0].label = "Lệ phí kết hôn";
    lines[0].amountVnd = 15000;
    lines[1].label = "Bản sao trích lục";
    lines[1].amountVnd = 8000;
    lines[2].label = "Lệ phí";
    lines[2].amountVnd = 15000;
    lines[2].exemptReason = "Hộ nghèo";
    const auto v = validateFeeLines(lines);
    CHECK(v[2].line == 3);
    CHECK(amountOwed(v) == 23000);
    CHECK(formatVnd(1234567) == "1.234.567 đ");
    CHECK(formatVnd(0) == "0 đ");
    lines[1].amountVnd = -1;
    CHECK_THROWS_WITH(validateFeeLines(lines), Catch::Contains("Khoản phí 2"));
    lines[1].amountVnd = kMaxFeeVnd + 1;
    CHECK_THROWS_AS(validateFeeLines(lines), Error);
    CHECK_THROWS_AS(validatePaymentReference(PaymentWay::Cash, "ABC123"), Error);
    CHECK(validatePaymentReference(PaymentWay::Transfer, " FT2633112345 ") == "FT2633112345");
    CHECK_THROWS_AS(validatePaymentReference(PaymentWay::Transfer, "12"), Error);
    CHECK_THROWS_AS(validatePaymentReference(PaymentWay::Portal, "abc; DROP"), Error);
    CHECK(parsePaymentWay("portal") == PaymentWay::Portal);
    CHECK_FALSE(parsePaymentWay("bitcoin"));
}
