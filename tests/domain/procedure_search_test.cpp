// Procedure search: every query word must match the folded name, case and diacritics ignored.
#include "domain/procedure_search.h"

#include <catch2/catch.hpp>

using namespace motcua::domain;

namespace {

std::vector<Procedure> catalog()
{
    auto p = [](const char* code, const char* name) {
        Procedure x;
        x.code = code;
        x.name = name;
        return x;
    };
    return {p("1.004873", "Cấp giấy xác nhận tình trạng hôn nhân"), p("1.001193", "Đăng ký khai sinh"),
            p("1.000656", "Đăng ký khai tử"), p("1.001022", "Đăng ký lại khai sinh"),
            p("2.000908", "Chứng thực bản sao từ bản chính"), p("1.000894", "Đăng ký kết hôn")};
}

std::vector<std::string> names(const std::vector<Procedure>& ps)
{
    std::vector<std::string> out;
    for (const auto& p : ps) out.push_back(p.name);
    return out;
}

}  // namespace

TEST_CASE("khai sinh is found however it is typed", "[search]")
{
    for (const char* q : {"khai sinh", "KHAI SINH", "dang ky khai sinh", "Khai Sinh", "Đăng ký khai sinh",
                          "ĐĂNG KÝ KHAI SINH", "đang ky khai sinh", "  khai   sinh "}) {
        INFO(q);
        const auto found = searchProcedures(catalog(), q);
        REQUIRE_FALSE(found.empty());
        CHECK(found.front().name == "Đăng ký khai sinh");
    }
}

TEST_CASE("every query word must match", "[search]")
{
    CHECK(names(searchProcedures(catalog(), "khai sinh")) ==
          std::vector<std::string>{"Đăng ký khai sinh", "Đăng ký lại khai sinh"});
    CHECK(searchProcedures(catalog(), "khai sinh tu").empty());
    CHECK(names(searchProcedures(catalog(), "khai tu")) == std::vector<std::string>{"Đăng ký khai tử"});
    CHECK(names(searchProcedures(catalog(), "hon nhan")) ==
          std::vector<std::string>{"Cấp giấy xác nhận tình trạng hôn nhân"});
}

TEST_CASE("Đ and đ match d in either direction", "[search]")
{
    CHECK(searchProcedures(catalog(), "dang ky ket hon").front().name == "Đăng ký kết hôn");
    CHECK(searchProcedures(catalog(), "đăng ký kết hôn").front().name == "Đăng ký kết hôn");
    CHECK(searchProcedures(catalog(), "ĐANG KY KET HON").front().name == "Đăng ký kết hôn");
}

TEST_CASE("word starts rank above matches inside words, a code matches exactly", "[search]")
{
    CHECK(searchProcedures(catalog(), "1.001193").front().name == "Đăng ký khai sinh");
    CHECK(procedureMatchScore(catalog()[0], "hon") > procedureMatchScore(catalog()[0], "on"));
    CHECK(procedureMatchScore(catalog()[1], "khai sinh") > 0);
    CHECK(procedureMatchScore(catalog()[1], "khai sinhx") == 0);
}

TEST_CASE("an empty query lists everything, the limit cuts", "[search]")
{
    CHECK(searchProcedures(catalog(), "").size() == catalog().size());
    CHECK(searchProcedures(catalog(), "   ").size() == catalog().size());
    CHECK(searchProcedures(catalog(), "dang ky", 2).size() == 2);
    CHECK(searchProcedures(catalog(), "\xFF\xFE").size() == catalog().size());
}

TEST_CASE("ranking: the exact name first, the words together next, words apart last (issue 12)", "[search]")
{
    auto p = [](const char* code, const char* name) {
        Procedure x;
        x.code = code;
        x.name = name;
        return x;
    };
    // The longer names come first in the input, as in a catalog sorted by field.
    const std::vector<Procedure> list = {
        p("1.004656", "Xác nhận nguồn gốc loài thủy sản thuộc Phụ lục CITES; loài nguy cấp, quý, hiếm có nguồn gốc khai thác từ tự nhiên"),
        p("1.001695", "Đăng ký khai sinh kết hợp đăng ký nhận cha, mẹ, con"),
        p("1.005461", "Đăng ký lại khai tử"),
        p("1.000656", "Đăng ký khai tử"),
        p("1.001193", "Đăng ký khai sinh")};
    CHECK(names(searchProcedures(list, "dang ky khai sinh")) ==
          std::vector<std::string>{"Đăng ký khai sinh", "Đăng ký khai sinh kết hợp đăng ký nhận cha, mẹ, con"});
    const auto khaiTu = names(searchProcedures(list, "khai tu"));
    REQUIRE(khaiTu.size() == 3);
    CHECK(khaiTu[0] == "Đăng ký khai tử");
    CHECK(khaiTu[1] == "Đăng ký lại khai tử");
    CHECK(khaiTu[2].rfind("Xác nhận nguồn gốc", 0) == 0);  // "khai" and "từ" apart: last
    // A word is found at word starts only: "u" is inside "tử", "hai" inside "khai".
    CHECK(searchProcedures(list, "hai").empty());
    CHECK(names(searchProcedures(list, "khai t")).front() == "Đăng ký khai tử");
}
