// The procedure catalog CSV: validation per row, and the shipped catalog.
#include "domain/procedure.h"
#include "domain/error.h"

#include <catch2/catch.hpp>

#include <fstream>
#include <set>
#include <sstream>

using namespace motcua::domain;

namespace {

std::string header() { return std::string(kProcedureCsvHeaderV1) + "\n"; }

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
    // An old 11-column file comes back in the current format, each kind written out.
    REQUIRE(procedureCsv(r.procedures) == std::string(kProcedureCsvHeader) + "\n" +
                                               "1.001193,Đăng ký khai sinh,Hộ tịch,HT,0,0,,Công chức Tư pháp - Hộ tịch,pause,"
                                               "\"Tờ khai (bản chính), 1 | Giấy chứng sinh (bản chính), 1\",required | required,"
                                               "Quyết định 1872/QĐ-BTP\n");
}

TEST_CASE("paper kinds: a kind column is read and written, an old file infers them (issue 12 item 4)", "[procedure]")
{
    const std::string papers = "\"Tờ khai (bản chính), 1 | Giấy tờ tùy thân – xuất trình (bản chính), 1 | "
                               "Văn bản ủy quyền nếu ủy quyền – không cần chứng thực nếu là người thân (bản chính), 1 | "
                               "Bản sao cần chứng thực – nếu chỉ có bản chính thì cơ quan chụp (bản sao), 1\"";
    const auto old = parseProcedureCsv(header() + "1.001193,Khai sinh,Hộ tịch,HT,0,0,,,pause," + papers + ",nguồn\n");
    REQUIRE(old.errors.empty());
    const auto& k = old.procedures.at(0).papers;
    REQUIRE(k.size() == 4);
    CHECK(k[0].kind == PaperKind::Required);
    CHECK(k[1].kind == PaperKind::Shown);
    CHECK(k[2].kind == PaperKind::Conditional);
    CHECK(k[3].kind == PaperKind::Required);  // "nếu" only in the note after the dash
    CHECK(inferPaperKind("Bản sao giấy khai sinh (nếu có), 1") == PaperKind::Conditional);
    CHECK(inferPaperKind("Nếu là tổ chức: giấy giới thiệu (bản chính), 1") == PaperKind::Conditional);
    CHECK(inferPaperKind("Văn bản nêu rõ lý do (bản chính), 1") == PaperKind::Required);  // "nêu" is not "nếu"

    // The current format: an explicit kind wins over the text.
    const std::string h = std::string(kProcedureCsvHeader) + "\n";
    const std::string row = "1.001193,Khai sinh,Hộ tịch,HT,0,0,,,pause,\"Tờ khai (bản chính), 1 | Giấy ủy quyền (bản chính), 1\","
                            "required | conditional,nguồn\n";
    const auto now = parseProcedureCsv(h + row);
    REQUIRE(now.errors.empty());
    CHECK(now.procedures.at(0).papers.at(1).kind == PaperKind::Conditional);
    CHECK(procedureCsv(now.procedures) == h + row);

    const auto wrong = parseProcedureCsv(h + "1.001193,Khai sinh,Hộ tịch,HT,0,0,,,pause,\"A (bản chính), 1 | B (bản sao), 1\","
                                             "required,nguồn\n"
                                             "1.000001,Khác,Hộ tịch,HT,0,0,,,pause,A (bản chính),maybe,nguồn\n");
    REQUIRE(wrong.rowErrors.size() == 2);
    CHECK(wrong.rowErrors[0].column == "paper_kinds");
    CHECK(wrong.rowErrors[0].message.find("1 mục nhưng danh mục có 2") != std::string::npos);
    CHECK(wrong.rowErrors[1].message.find("required, conditional hoặc shown") != std::string::npos);
}

// 19 procedures have a paper with "nếu" in its text; in 2.000815 (chứng thực bản sao) it is a note
// on a required paper ("Bản sao cần chứng thực – nếu chỉ có bản chính thì cơ quan chụp").
TEST_CASE("the shipped catalog marks 18 procedures with a conditional paper", "[procedure]")
{
    const auto r = parseProcedureCsv(readAsset("catalog/procedures.csv"));
    int withConditional = 0;
    for (const auto& p : r.procedures) {
        bool any = false;
        for (const auto& paper : p.papers) any |= paper.kind == PaperKind::Conditional;
        withConditional += any ? 1 : 0;
    }
    CHECK(withConditional == 18);
    const auto* khaiSinh = &r.procedures.front();
    REQUIRE(khaiSinh->code == "1.001193");
    CHECK(khaiSinh->papers.back().kind == PaperKind::Conditional);  // Văn bản ủy quyền nếu ủy quyền
    CHECK(khaiSinh->papers[2].kind == PaperKind::Shown);            // Giấy tờ tùy thân – xuất trình
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
