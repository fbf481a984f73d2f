// The procedure catalog CSV: validation per row, and the shipped catalog.
#include "domain/procedure.h"
#include "domain/error.h"

#include <catch2/catch.hpp>

#include <fstream>
#include <set>
#include <sstream>

using namespace motcua::domain;

namespace {

std::string header() { return std::string(kProcedureCsvHeader) + "\n"; }

std::string readAsset(const std::string& rel)
{
    std::ifstream in(std::string(MOTCUA_ASSETS_DIR) + "/" + rel, std::ios::binary);
    std::ostringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

}  // namespace

TEST_CASE("a good row is read with its papers", "[procedure]")
{
    const auto r = parseProcedureCsv(header() +
                                     "1.001193,Đăng ký khai sinh,Hộ tịch,HT,0,0,,Công chức Tư pháp - Hộ tịch,pause,"
                                     "\"Tờ khai (bản chính), 1 | Giấy chứng sinh (bản chính), 1\",Quyết định 1872/QĐ-BTP\n");
    REQUIRE(r.errors.empty());
    REQUIRE(r.procedures.size() == 1);
    REQUIRE(r.procedures[0].papers.size() == 2);
    REQUIRE(r.procedures[0].days == 0);
    REQUIRE(procedureCsv(r.procedures) == header() +
                                               "1.001193,Đăng ký khai sinh,Hộ tịch,HT,0,0,,Công chức Tư pháp - Hộ tịch,pause,"
                                               "\"Tờ khai (bản chính), 1 | Giấy chứng sinh (bản chính), 1\",Quyết định 1872/QĐ-BTP\n");
}

TEST_CASE("bad rows are reported one by one with their line", "[procedure]")
{
    const auto r = parseProcedureCsv(header() +
                                     "1.001193,Đăng ký khai sinh,Hộ tịch,HT,0,0,,,pause,,\n"  // line 2 good
                                     "x.1,Tên,Lĩnh vực,HT,1,0,,,pause,,\n"                   // line 3 bad code
                                     "1.000001,Tên,Lĩnh vực,HT,-1,0,,,pause,,\n"             // line 4 negative days
                                     "1.000002,Tên,Lĩnh vực,HT,1,abc,,,pause,,\n"            // line 5 bad fee
                                     "1.000003,Tên,Lĩnh vực,ht,1,0,,,pause,,\n"              // line 6 bad group
                                     "1.000004,,Lĩnh vực,HT,1,0,,,pause,,\n"                 // line 7 empty name
                                     "1.000005,Tên,Lĩnh vực,HT,1,0,,,sometimes,,\n"          // line 8 bad rule
                                     "1.001193,Lặp,Lĩnh vực,HT,1,0,,,pause,,\n"              // line 9 duplicate
                                     "1.000006,Tên,Lĩnh vực\n");                             // line 10 columns
    REQUIRE(r.procedures.size() == 1);
    REQUIRE(r.errors.size() == 8);
    for (int line = 3; line <= 10; ++line) REQUIRE(r.errors[static_cast<std::size_t>(line - 3)].rfind("Dòng " + std::to_string(line) + ":", 0) == 0);
}

TEST_CASE("a wrong header or broken CSV refuses the whole file", "[procedure]")
{
    REQUIRE_THROWS_AS(parseProcedureCsv("code,name\n1.001193,x\n"), motcua::Error);
    REQUIRE_THROWS_AS(parseProcedureCsv(header() + "\"unterminated\n"), motcua::Error);
    REQUIRE_THROWS_AS(parseProcedureCsv("\xFF\xFE"), motcua::Error);
}

TEST_CASE("the shipped catalog is valid, real-sized and round-trips", "[procedure]")
{
    const std::string text = readAsset("catalog/procedures.csv");
    const auto r = parseProcedureCsv(text);
    for (const auto& e : r.errors) FAIL(e);
    REQUIRE(r.procedures.size() >= 25);
    std::set<std::string> groups;
    for (const auto& p : r.procedures) {
        groups.insert(p.group);
        REQUIRE_FALSE(p.source.empty());
        REQUIRE_FALSE(p.papers.empty());
    }
    REQUIRE(groups == std::set<std::string>{"HT", "DD", "XH"});
    REQUIRE(procedureCsv(r.procedures) == text);
}
