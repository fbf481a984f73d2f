// NFC, diacritic folding, masking and field cleaning.
#include "domain/error.h"
#include "domain/text.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <string>
#include <vector>

using namespace motcua::domain;

TEST_CASE("decomposed Vietnamese is composed to NFC", "[text]")
{
    // "Nguyễn" typed as e + circumflex + tilde (NFD) becomes the precomposed ễ (U+1EC5).
    REQUIRE(toNfc("Nguye\xCC\x82\xCC\x83n") == "Nguy\xE1\xBB\x85n");
    REQUIRE(toNfc("Nguyễn Văn An") == "Nguyễn Văn An");
}

TEST_CASE("search folding ignores case and diacritics, đ matches d", "[text]")
{
    REQUIRE(foldForSearch("Đăng ký khai sinh") == "dang ky khai sinh");
    REQUIRE(foldForSearch("KHAI SINH") == "khai sinh");
    REQUIRE(foldForSearch("Khai Sinh") == "khai sinh");
    REQUIRE(foldForSearch("đ Đ d") == "d d d");
    REQUIRE(foldForSearch("Nguye\xCC\x82\xCC\x83n Thị Ngọc Ánh") == "nguyen thi ngoc anh");
    REQUIRE(foldForSearch("\xFF") == "");
}

TEST_CASE("public names are masked", "[text]")
{
    REQUIRE(maskName("Nguyễn Văn An") == "Nguyễn V. A.");
    REQUIRE(maskName("  Trần   Thị Bích Ngọc ") == "Trần T. B. N.");
    REQUIRE(maskName("Đỗ đức") == "Đỗ Đ.");
    REQUIRE(maskName("Madonna") == "Madonna");
    REQUIRE(maskName("") == "");
}

TEST_CASE("free text is cleaned or refused", "[text]")
{
    REQUIRE(cleanText("  Nguyễn   Văn\tAn ", "Họ tên", 100) == "Nguyễn Văn An");
    REQUIRE(cleanText("Nguye\xCC\x82\xCC\x83n", "Họ tên", 100) == "Nguyễn");
    REQUIRE(cleanText("", "Địa chỉ", 10, true).empty());
    REQUIRE_THROWS_WITH(cleanText("", "Họ tên", 10), Catch::Contains("Họ tên") && Catch::Contains("trống"));
    REQUIRE_THROWS_WITH(cleanText("a\x01" "b", "Họ tên", 10), Catch::Contains("điều khiển"));
    REQUIRE_THROWS_WITH(cleanText("a\nb", "Họ tên", 10), Catch::Contains("điều khiển"));
    REQUIRE_THROWS_WITH(cleanText("\xC3\x28", "Họ tên", 10), Catch::Contains("UTF-8"));
    REQUIRE_THROWS_WITH(cleanText(std::string(11, 'a'), "Họ tên", 10), Catch::Contains("10"));
    REQUIRE(cleanText(std::string(10, 'a'), "Họ tên", 10).size() == 10);
    // Length counts letters, not bytes: ten "ễ" are 30 bytes.
    std::string tenE;
    for (int i = 0; i < 10; ++i) tenE += "ễ";
    REQUIRE(cleanText(tenE, "Họ tên", 10) == tenE);
}

TEST_CASE("ID numbers and phones", "[text]")
{
    REQUIRE(isValidIdNumber("038095001234"));
    REQUIRE_FALSE(isValidIdNumber("03809500123"));
    REQUIRE_FALSE(isValidIdNumber("03809500123a"));
    REQUIRE(isValidPhone("0912345678"));
    REQUIRE(isValidPhone("+84912345678"));
    REQUIRE_FALSE(isValidPhone("912345678"));
    REQUIRE_FALSE(isValidPhone("09123456ab"));
}

TEST_CASE("collation: Vietnamese dictionary order, đ after d, tones and case only break ties", "[domain][text]")
{
    std::vector<std::string> fields = {"Xây dựng", "Đất đai", "Hộ tịch", "Dân tộc", "Chứng thực", "ăn uống", "Âm nhạc",
                                       "An ninh", "Ơn", "Ôn", "Ong", "Ưu tiên", "Uy tín", "Em", "Ê-đê", "Giáo dục"};
    std::sort(fields.begin(), fields.end(), [](const std::string& a, const std::string& b) {
        return collateLess(a, b);
    });
    CHECK(fields == std::vector<std::string>{"An ninh", "ăn uống", "Âm nhạc", "Chứng thực", "Dân tộc", "Đất đai", "Em",
                                             "Ê-đê", "Giáo dục", "Hộ tịch", "Ong", "Ôn", "Ơn", "Uy tín", "Ưu tiên",
                                             "Xây dựng"});
    // Tones: ngang, huyền, hỏi, ngã, sắc, nặng — only between otherwise equal words.
    std::vector<std::string> tones = {"mạ", "má", "mã", "mả", "mà", "ma", "mai"};
    std::sort(tones.begin(), tones.end(), [](const std::string& a, const std::string& b) { return collateLess(a, b); });
    CHECK(tones == std::vector<std::string>{"ma", "mà", "mả", "mã", "má", "mạ", "mai"});
    // Case and NFC/NFD spelling do not change the primary order; a shorter word comes first.
    CHECK(collateLess("đa", "Đa"));
    CHECK(collateLess("Hộ", "Hộ tịch"));
    CHECK(collationKey("Nguye\u0302\u0303n") == collationKey("Nguyễn"));
    CHECK(collateLess("Dương", "Đinh"));  // byte order has "Đinh" after "Z…"; here after every D
    CHECK(collateLess("Zê", "Đinh") == false);
}
