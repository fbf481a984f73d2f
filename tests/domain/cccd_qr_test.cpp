// The chip ID card's QR line: strict parsing with clear Vietnamese errors, and a fuzz-style test
// that random and mutated lines only ever parse or throw motcua::Error.
#include "domain/cccd_qr.h"
#include "domain/error.h"

#include <catch2/catch.hpp>

#include <random>

using namespace motcua;
using namespace motcua::domain;

namespace {

const std::string kGood = "038095001234|187654321|Nguyễn Văn An|05021995|Nam|Thôn 3, xã Hà Tân, tỉnh Thanh Hóa|20042021";

std::string errorOf(const std::string& line)
{
    try {
        (void)parseCccdQr(line);
    } catch (const Error& e) {
        CHECK(e.code() == ErrorCode::InvalidInput);
        return e.what();
    }
    return {};
}

}  // namespace

TEST_CASE("a scanned CCCD line fills every field", "[cccd]")
{
    const auto q = parseCccdQr(kGood);
    CHECK(q.idNumber == "038095001234");
    CHECK(q.oldIdNumber == "187654321");
    CHECK(q.fullName == "Nguyễn Văn An");
    CHECK(q.dateOfBirth == Date{1995, 2, 5});
    CHECK(q.sex == "Nam");
    CHECK(q.address == "Thôn 3, xã Hà Tân, tỉnh Thanh Hóa");
    CHECK(q.issueDate == Date{2021, 4, 20});
}

TEST_CASE("old ID may be empty, CR/LF from the scanner is ignored, text comes out NFC", "[cccd]")
{
    const auto q = parseCccdQr("001199012345||Tra\xCC\x82\xCC\x80n  Thị Bích|29022000|Nu\xCC\x9B\xCC\x83|Hà Nội|01012022\r\n");
    CHECK(q.oldIdNumber.empty());
    CHECK(q.fullName == "Trần Thị Bích");
    CHECK(q.sex == "Nữ");
    CHECK(q.dateOfBirth == Date{2000, 2, 29});
}

TEST_CASE("bad lines are refused with a message naming the field", "[cccd]")
{
    CHECK_THAT(errorOf(""), Catch::Contains("trống"));
    CHECK_THAT(errorOf("038095001234|187654321|Nguyễn Văn An|05021995|Nam|Hà Tân"), Catch::Contains("đúng 7 trường"));
    CHECK_THAT(errorOf(kGood + "|x"), Catch::Contains("đọc được 8"));
    CHECK_THAT(errorOf("03809500123|187654321|A B|05021995|Nam|X|20042021"), Catch::Contains("12 chữ số"));
    CHECK_THAT(errorOf("03809500123a|187654321|A B|05021995|Nam|X|20042021"), Catch::Contains("12 chữ số"));
    CHECK_THAT(errorOf("038095001234|18765432|A B|05021995|Nam|X|20042021"), Catch::Contains("CMND cũ"));
    CHECK_THAT(errorOf("038095001234||   |05021995|Nam|X|20042021"), Catch::Contains("Họ tên"));
    CHECK_THAT(errorOf("038095001234||A B|30021995|Nam|X|20042021"), Catch::Contains("không phải ngày có thật"));
    CHECK_THAT(errorOf("038095001234||A B|5021995|Nam|X|20042021"), Catch::Contains("Ngày sinh"));
    CHECK_THAT(errorOf("038095001234||A B|05021995|Male|X|20042021"), Catch::Contains("giới tính"));
    CHECK_THAT(errorOf("038095001234||A B|05021995|Nam||20042021"), Catch::Contains("Nơi thường trú"));
    CHECK_THAT(errorOf("038095001234||A B|05021995|Nam|X|2004202"), Catch::Contains("Ngày cấp"));
    CHECK_THAT(errorOf("038095001234||A B|05021995|Nam|X|01011990"), Catch::Contains("trước ngày sinh"));
    CHECK_THAT(errorOf("038095001234||A\xFF|05021995|Nam|X|20042021"), Catch::Contains("UTF-8"));
    CHECK_THAT(errorOf("038095001234||A\x01|05021995|Nam|X|20042021"), Catch::Contains("Họ tên"));
    CHECK(looksLikeCccdQr(kGood));
    CHECK_FALSE(looksLikeCccdQr("Nguyễn Văn An"));
}

TEST_CASE("fuzz: random and mutated lines parse or throw motcua::Error, nothing else", "[cccd][fuzz]")
{
    std::mt19937 rng(20261123);
    const std::string alphabet = std::string("0123456789|||  ") + "aĐđNữ\r\n\xFF\xC3\x00" + std::string(1, '\0');
    int parsed = 0;
    for (int i = 0; i < 20000; ++i) {
        std::string s = kGood;
        const int edits = static_cast<int>(rng() % 6);
        for (int e = 0; e < edits; ++e) {
            const auto pos = s.empty() ? 0 : rng() % (s.size() + 1);
            switch (rng() % 4) {
            case 0: s.insert(pos, 1, alphabet[rng() % alphabet.size()]); break;
            case 1: if (pos < s.size()) s.erase(pos, 1 + rng() % 4); break;
            case 2: if (pos < s.size()) s[pos] = static_cast<char>(rng() % 256); break;
            default: s = s.substr(0, pos); break;
            }
        }
        if (i % 5 == 0) {
            s.clear();
            for (auto n = rng() % 80; n; --n) s.push_back(static_cast<char>(rng() % 256));
        }
        try {
            const auto q = parseCccdQr(s);
            REQUIRE(q.idNumber.size() == 12);
            ++parsed;
        } catch (const Error& e) {
            REQUIRE(e.code() == ErrorCode::InvalidInput);
            REQUIRE(std::string(e.what()).size() > 10);
        }
    }
    CHECK(parsed > 0);
}
