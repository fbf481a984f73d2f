// The intake form's fee lines (issue 16): the catalog's start, who is exempt read from the fee
// note, amounts as a clerk types them (grouped thousands read, negative or absurd refused with a
// Vietnamese message), and the draft's text form round-tripping whatever was typed.
#include "domain/error.h"
#include "domain/payment/intake_fees.h"

#include <catch2/catch.hpp>

using namespace motcua;
using namespace motcua::domain;

TEST_CASE("intake fees start from the catalog: one line, none for a free procedure")
{
    Procedure p;
    p.name = "Đăng ký nhận cha, mẹ, con";
    p.feeVnd = 15000;
    const auto fees = intakeFeesOf(p);
    REQUIRE(fees.size() == 1);
    CHECK(fees[0].label == "Lệ phí Đăng ký nhận cha, mẹ, con");
    CHECK(fees[0].amount == "15000");
    CHECK_FALSE(fees[0].exempt);
    p.feeVnd = 0;
    CHECK(intakeFeesOf(p).empty());
}

TEST_CASE("the exemption hint is the fee note's sentences about who is exempt")
{
    CHECK(exemptionNote("Mức HĐND tỉnh quy định – ví dụ Thanh Hóa 15.000 đ (Hải Phòng 5.000 đ). Miễn cho hộ nghèo, "
                        "người có công, người khuyết tật.") == "Miễn cho hộ nghèo, người có công, người khuyết tật.");
    CHECK(exemptionNote("Khai sinh đúng hạn miễn lệ phí; lệ phí nhận cha, mẹ, con do HĐND tỉnh quy định – ví dụ Thanh Hóa "
                        "15.000 đ. Miễn cho hộ nghèo.") == "Khai sinh đúng hạn miễn lệ phí. Miễn cho hộ nghèo.");
    CHECK(exemptionNote("50.000 đ/hợp đồng, giao dịch (TT 226/2016/TT-BTC). Hộ vay vốn phát triển nông nghiệp, nông thôn "
                        "không nộp phí chứng thực hợp đồng thế chấp.") ==
          "Hộ vay vốn phát triển nông nghiệp, nông thôn không nộp phí chứng thực hợp đồng thế chấp.");
    CHECK(exemptionNote("10.000 đ/trường hợp (TT 226/2016/TT-BTC).").empty());
    CHECK(exemptionNote("").empty());
}

TEST_CASE("amounts as typed: plain or grouped thousands, negative, malformed or absurd refused")
{
    CHECK(parseFeeAmount("15000") == 15000);
    CHECK(parseFeeAmount(" 15.000 ") == 15000);
    CHECK(parseFeeAmount("1.500.000") == 1500000);
    CHECK(parseFeeAmount("15 000") == 15000);
    CHECK(parseFeeAmount("0") == 0);
    CHECK(parseFeeAmount("007") == 7);
    CHECK(parseFeeAmount("100.000.000") == kMaxFeeVnd);
    CHECK_THROWS_WITH(parseFeeAmount("-15000"), Catch::Contains("không được âm"));
    CHECK_THROWS_WITH(parseFeeAmount("150000000"), Catch::Contains("quá lớn"));
    CHECK_THROWS_WITH(parseFeeAmount("99999999999999999999999"), Catch::Contains("quá lớn"));
    CHECK_THROWS_WITH(parseFeeAmount(""), Catch::Contains("Nhập số tiền"));
    for (const char* bad : {"15.5", "1e6", "15,000", "15.", ".500", "1234.567", "15.0000", "mười lăm", "+15000", "15đ"})
        CHECK_THROWS_WITH(parseFeeAmount(bad), Catch::Contains("không hợp lệ"));
}

TEST_CASE("intake fee problems name the line and the field, confirmed lines are numbered")
{
    std::vector<IntakeFee> fees = {{"Lệ phí", "15.000", false, ""}, {"Bản sao", "-8000", false, ""},
                                   {"", "8000", true, ""}};
    const auto e = intakeFeeProblems(fees);
    CHECK(e.size() == 3);
    CHECK(e.count("fee-1-amount"));
    CHECK(e.count("fee-2-label"));
    CHECK(e.at("fee-2-reason").find("lý do miễn") != std::string::npos);
    CHECK_THROWS_AS(confirmedFeeLines(fees), Error);
    fees[1].amount = "8000";
    fees[2].label = "Lệ phí nhận cha, mẹ, con";
    fees[2].exemptReason = "  Hộ nghèo ";
    CHECK(intakeFeeProblems(fees).empty());
    const auto lines = confirmedFeeLines(fees);
    REQUIRE(lines.size() == 3);
    CHECK(lines[0].amountVnd == 15000);
    CHECK(lines[2].line == 3);
    CHECK(lines[2].exemptReason == "Hộ nghèo");
    CHECK(amountOwed(lines) == 23000);
    CHECK(intakeFeeProblems(std::vector<IntakeFee>(kMaxFeeLines + 1, {"Lệ phí", "1000", false, ""})).count("fees"));
    CHECK(confirmedFeeLines({}).empty());
}

TEST_CASE("a draft's fee lines round-trip whatever was typed, tabs and backslashes too")
{
    const std::vector<IntakeFee> fees = {{"Lệ phí\tkhai sinh", "15.0", true, "Hộ nghèo \\ cận nghèo\nsổ 12"},
                                         {"", "", false, ""},
                                         {"Bản sao", "8000", false, ""}};
    CHECK(decodeIntakeFees(encodeIntakeFees(fees)) == fees);
    CHECK(decodeIntakeFees("").empty());
    CHECK(decodeIntakeFees("garbage").empty());
    CHECK(decodeIntakeFees("2\t1\t2\t3\n").empty());
}
