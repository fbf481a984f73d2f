// `case receive` records what the citizen brings (issue 13 item 3, issue 12 item 4): papers
// with form and quantity or only shown, an organisation with its tax code, a representative
// with the authorisation, e-mail and collection; `case show --json` gives them back; bad input
// is refused with a Vietnamese message and changes nothing.
#include "cli_runner.h"

#include <catch2/catch.hpp>

using namespace motcua::clitest;

namespace {

void expectRefused(const Office& o, const std::vector<std::string>& args, const std::string& message)
{
    const auto before = o.state();
    const auto a = o.argv("2026-11-23 10:30", args, "motcua1", false);
    const auto r = o.runArgv(a);
    INFO(describe(a, r));
    CHECK(r.exitCode == 2);
    CHECK(r.out.empty());
    CHECK(r.err.find(message) != std::string::npos);
    CHECK(firstDifference(before, o.state()) == "");
}

const std::vector<std::string> kKhaiSinh = {"case", "receive", "--procedure", "1.001193", "--applicant", "Nguyễn Văn An",
                                            "--id-number", "038095001234"};

std::vector<std::string> with(std::vector<std::string> base, const std::vector<std::string>& extra)
{
    base.insert(base.end(), extra.begin(), extra.end());
    return base;
}

}  // namespace

TEST_CASE("intake: `procedure show` numbers the papers with their kind", "[cli][intake]")
{
    TempDir dir;
    const auto office = Office::createDemo(dir.file("office.db"));
    const auto r = office.run("2026-11-23 10:30", {"procedure", "show", "--code", "1.001193"});
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.find("1. [bắt buộc] Tờ khai đăng ký khai sinh") != std::string::npos);
    CHECK(r.out.find("3. [xuất trình] Giấy tờ tùy thân") != std::string::npos);
    CHECK(r.out.find("4. [nếu có] Văn bản ủy quyền nếu ủy quyền") != std::string::npos);
    const auto j = office.json("2026-11-23 10:30", {"procedure", "show", "--code", "1.001193"});
    CHECK(j["papers"][3]["kind"] == "conditional");
}

TEST_CASE("intake: `case receive --paper` records the papers, `case show --json` lists them", "[cli][intake]")
{
    TempDir dir;
    const auto office = Office::createDemo(dir.file("office.db"));
    const auto d = office.json("2026-11-23 10:30",
                               with(kKhaiSinh, {"--paper", "1", "--paper", "2:copyx2", "--paper", "3:shown", "--email",
                                                "an.nguyen@gmail.com", "--collect", "online"}),
                               "motcua1");
    const auto shown = office.json("2026-11-23 10:31", {"case", "show", "--code", d["code"]});
    INFO(shown.dump());
    CHECK(shown["papers_recorded"] == true);
    REQUIRE(shown["papers"].size() == 3);
    CHECK(shown["papers"][0]["number"] == 1);
    CHECK(shown["papers"][0]["form"] == "original");
    CHECK(shown["papers"][0]["quantity"] == 1);
    CHECK(shown["papers"][1]["form"] == "copy");
    CHECK(shown["papers"][1]["quantity"] == 2);
    CHECK(shown["papers"][2]["shown"] == true);
    CHECK(shown["papers"][2]["kind"] == "shown");
    CHECK(shown["email"] == "an.nguyen@gmail.com");
    CHECK(shown["collection"] == "online");
    CHECK(shown["applicant_kind"] == "person");
    CHECK(shown["representative"].is_null());
    const auto text = office.run("2026-11-23 10:32", {"case", "show", "--code", d["code"]});
    CHECK(text.out.find("2. Giấy chứng sinh hoặc văn bản người làm chứng hoặc giấy cam đoan về việc sinh — Bản sao, 2") !=
          std::string::npos);
}

TEST_CASE("intake: an organisation through a representative from the command line", "[cli][intake]")
{
    TempDir dir;
    const auto office = Office::createDemo(dir.file("office.db"));
    const auto d = office.json("2026-11-23 10:30",
                               {"case", "receive", "--procedure", "2.000815", "--org", "Công ty TNHH Xây dựng Hà Tân",
                                "--org-code", "2801234567", "--address", "Số 12 Lê Lợi", "--rep-name", "Trần Thị Bích Ngọc",
                                "--rep-id", "038196002345", "--rep-phone", "0987654321", "--rep-address", "Thôn Đông",
                                "--authorisation", "Giấy giới thiệu số 15/GGT-XDHT", "--paper", "1:shown", "--paper", "2:copyx3"},
                               "motcua1");
    const auto shown = office.json("2026-11-23 10:31", {"case", "show", "--code", d["code"]});
    INFO(shown.dump());
    CHECK(shown["applicant_kind"] == "organisation");
    CHECK(shown["applicant"] == "Công ty TNHH Xây dựng Hà Tân");
    CHECK(shown["id_number"] == "2801234567");
    CHECK(shown["representative"]["name"] == "Trần Thị Bích Ngọc");
    CHECK(shown["representative"]["id_number"] == "038196002345");
    CHECK(shown["representative"]["phone"] == "0987654321");
    CHECK(shown["representative"]["address"] == "Thôn Đông");
    CHECK(shown["representative"]["authorisation"] == "Giấy giới thiệu số 15/GGT-XDHT");
    CHECK(shown["collection"] == "counter");
}

TEST_CASE("intake: bad papers, identifiers, e-mails and representatives are refused and change nothing", "[cli][intake]")
{
    TempDir dir;
    const auto office = Office::createDemo(dir.file("office.db"));
    expectRefused(office, with(kKhaiSinh, {"--paper", "1", "--paper", "2"}),
                  "Còn thiếu giấy tờ bắt buộc số 3: Giấy tờ tùy thân – xuất trình");
    expectRefused(office, with(kKhaiSinh, {"--paper", "1", "--paper", "2", "--paper", "3", "--paper", "9"}),
                  "Giấy tờ số 9 không có trong danh mục của thủ tục (có 4 giấy tờ)");
    expectRefused(office, with(kKhaiSinh, {"--paper", "1:scan"}), "chỉ nhận original, copy, certified hoặc shown");
    expectRefused(office, with(kKhaiSinh, {"--paper", "1x0"}), "số lượng phải từ 1 đến 99");
    expectRefused(office, with(kKhaiSinh, {"--paper", "3:shownx2"}), "giấy tờ chỉ xuất trình không ghi số lượng");
    expectRefused(office, with(kKhaiSinh, {"--email", "an.nguyen"}), "Thư điện tử \"an.nguyen\" không đúng dạng");
    expectRefused(office, with(kKhaiSinh, {"--collect", "drone"}), "--collect chỉ nhận counter");
    expectRefused(office, with(kKhaiSinh, {"--rep-name", "Trần Văn Bình", "--rep-id", "038096001111"}),
                  "Chưa ghi văn bản ủy quyền");
    expectRefused(office, {"case", "receive", "--procedure", "2.000815", "--org", "Công ty X", "--org-code", "12345"},
                  "Mã số doanh nghiệp/mã số thuế phải gồm 10 chữ số");
    expectRefused(office, {"case", "receive", "--procedure", "2.000815", "--org", "Công ty X", "--id-number", "038095001234"},
                  "không dùng --id-number");
    expectRefused(office, {"case", "receive", "--procedure", "2.000815", "--org", "Công ty X", "--applicant", "Ai"},
                  "--applicant");
}
