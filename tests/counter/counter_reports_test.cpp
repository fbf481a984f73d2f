// Headless counter tests (issue 6): the "Báo cáo" tab — figures equal to Desk::report for the same
// period (typed or a quarter), date validation, the CSV export (same bytes as reportCsv, atomic,
// a bad path shows a message and writes nothing), and the ledger PDF.
#include "counter_support.h"

#include "counter/supervisor/apply_reports.h"
#include "domain/report.h"

#include <catch2/catch.hpp>

#include <filesystem>

#include <fstream>
#include <sstream>

using namespace motcua;
using namespace motcua::counter;
using test::CounterFixture;

namespace {

void openReportsTab(CounterFixture& f)
{
    f.login("lanhdao");
    f.frame();
    REQUIRE(f.click("tab-reports"));
    f.applyAll();
}

std::string slurp(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    std::ostringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

domain::Instant day(int y, int m, int d) { return domain::fromLocal(domain::Date{y, m, d}, 0); }

}  // namespace

TEST_CASE("reports tab: this quarter by default, figures equal to Desk::report", "[counter][reports]")
{
    CounterFixture f;
    openReportsTab(f);
    auto& r = f.state.reports;
    CHECK(r.from == "01/10/2026");
    CHECK(r.to == "23/11/2026");
    REQUIRE(r.report);
    const auto expected = f.desk->report(day(2026, 10, 1), day(2026, 11, 24));
    const auto& t = r.report->total;
    CHECK(t.receivedTotal() == expected.total.receivedTotal());
    CHECK(t.resolved == expected.total.resolved);
    CHECK(t.inProgressPast == expected.total.inProgressPast);
    CHECK(r.report->byField.size() == expected.byField.size());
    CHECK(r.report->byUnit.size() == expected.byUnit.size());
    // The demo office by hand: 10 received at the desk this quarter, 3 resolved (1 early, 2 on
    // time), 7 in progress of which 4 past due (the one waiting for a supplement is not late, as in
    // the late list), 2 returned, no apology signed yet.
    const auto text = f.frame();
    CHECK(CounterFixture::shows(text, "Tiếp nhận: 10 (kỳ trước chuyển sang 0, mới 10: trực tuyến 0, trực tiếp/bưu chính 10)"));
    CHECK(CounterFixture::shows(text, "Đã giải quyết: 3 (trước hạn 1, đúng hạn 2, quá hạn 0); từ chối/rút/dừng 0"));
    CHECK(CounterFixture::shows(text, "Đang giải quyết: 7 (trong hạn 3, quá hạn 4)"));
    CHECK(CounterFixture::shows(text, "Đã trả kết quả: 2; phiếu xin lỗi đã ký: 0"));
    CHECK(CounterFixture::shows(text, "Đúng hạn (2.1) 60,0% · Trực tuyến 0,0% · Hài lòng — (0/0 lượt)"));
    CHECK(CounterFixture::shows(text, "Hộ tịch"));
    CHECK(CounterFixture::shows(text, "Công chức Tư pháp - Hộ tịch (UBND xã)"));
    // QĐ 766 by hand: 1.3 the 41 demo procedures are complete (2 of 2); 2.1 six of the ten on time
    // (3 resolved in time, 2 running within due, 1 waiting asked before due) → 20 × 60 % = 12;
    // 3.3 none online → 0 of 4; 5.4 nothing late finished, nobody unhappy → 6 of 6; 3.6 six demo
    // dossiers carry a fee, one paid by transfer → 6 × 1/6 = 1 of 6 (21 of 38 so far). Issue 15's
    // demo digitises every third itemised dossier: 4.1 two of the three with a result have it
    // digitised → 6 × 2/3 = 4; 4.2 two of ten have papers and result → 4 × (0.2 / 0.8) = 1 (full
    // from 80 %); 4.3 none reused → 0 of 2. In all 26 of 50.
    CHECK(CounterFixture::shows(text, "Chỉ số chất lượng (QĐ 766/QĐ-TTg): 26,0 / 50,0 điểm của các chỉ số có số liệu (thang 100,0)"));
    CHECK(CounterFixture::shows(text, "Đúng hạn theo chỉ số 2.1: 6/10 hồ sơ; trong số đã giải quyết: 100,0%"));
    CHECK(CounterFixture::shows(text, "60,0% (6/10)"));
    CHECK(CounterFixture::shows(text, "4.2"));
    CHECK(CounterFixture::shows(text, "Hồ sơ số hoá thành phần và kết quả"));
    CHECK(CounterFixture::shows(text, "20,0% (2/10)"));
    CHECK(CounterFixture::shows(text, "66,7% (2/3)"));
}

TEST_CASE("reports tab: a typed period and the quarter buttons, bad dates are refused", "[counter][reports]")
{
    CounterFixture f;
    openReportsTab(f);
    auto& r = f.state.reports;
    r.from = "16/11/2026";
    r.to = "20/11/2026";
    f.frame();
    REQUIRE(f.click("reports-run"));
    f.applyAll();
    REQUIRE(r.report);
    const auto expected = f.desk->report(day(2026, 11, 16), day(2026, 11, 21));
    CHECK(r.report->total.newlyReceived() == expected.total.newlyReceived());
    CHECK(r.report->total.carriedOver == expected.total.carriedOver);
    CHECK(r.report->total.resolved == expected.total.resolved);
    CHECK(r.periodText == "từ 16/11/2026 đến 20/11/2026");

    r.from = "32/11/2026";
    f.frame();
    REQUIRE(f.click("reports-run"));
    f.applyAll();
    CHECK_THAT(r.errors["from"], Catch::Contains("không hợp lệ"));
    CHECK(r.periodText == "từ 16/11/2026 đến 20/11/2026");  // the last good report stays
    r.from = "21/11/2026";
    f.frame();
    REQUIRE(f.click("reports-run"));
    f.applyAll();
    CHECK(r.errors["to"] == "Ngày kết thúc không được trước ngày bắt đầu");

    f.frame();
    REQUIRE(f.click("reports-2026-Q3"));
    f.applyAll();
    CHECK(r.from == "01/07/2026");
    CHECK(r.to == "30/09/2026");
    CHECK(r.errors.empty());
    CHECK(r.report->total.newlyReceived() == 0);
    CHECK(recentQuarters(domain::Date{2026, 2, 10}) == std::vector<std::string>{"2025-Q2", "2025-Q3", "2025-Q4", "2026-Q1"});
}

TEST_CASE("reports tab: exports go to the chosen folder, a bad folder writes nothing, the full path is shown",
          "[counter][reports][issue12]")
{
    CounterFixture f;
    openReportsTab(f);
    auto& r = f.state.reports;
    namespace fs = std::filesystem;
    // Nothing remembered yet: the working folder, shown in full.
    CHECK(r.folder == fs::current_path().string());
    const auto before = test::filesIn(f.dir.path());
    for (const auto& [folder, says] : std::vector<std::pair<std::string, std::string>>{
             {f.dir.path() + "/no-such-dir", "Không có thư mục"},
             {f.db, "không phải là thư mục"},
             {"  ", "Chưa nhập thư mục lưu tệp"}}) {
        r.folder = folder;
        f.frame();
        REQUIRE(f.click("reports-csv"));
        f.applyAll();
        CHECK(r.messageIsError);
        CHECK_THAT(r.message, Catch::Contains(says));
        CHECK(CounterFixture::shows(f.frame(), r.message));
        CHECK(test::filesIn(f.dir.path()) == before);
    }
    r.folder = f.dir.path() + "/out";
    fs::create_directory(r.folder);
    r.csvName = "../bao-cao.csv";  // a file name, not a path
    f.frame();
    REQUIRE(f.click("reports-csv"));
    f.applyAll();
    CHECK(r.messageIsError);
    CHECK(test::filesIn(r.folder).empty());
    CHECK_FALSE(fs::exists(f.dir.path() + "/bao-cao.csv"));

    r.csvName = "bao-cao.csv";
    f.frame();
    REQUIRE(f.click("reports-csv"));
    f.applyAll();
    CHECK_FALSE(r.messageIsError);
    const std::string csvPath = f.dir.path() + "/out/bao-cao.csv";
    CHECK_THAT(r.message, Catch::EndsWith("ra tệp " + csvPath));  // the full path, not the name alone
    const auto csv = slurp(csvPath);
    CHECK(csv == domain::reportCsv(f.desk->report(day(2026, 10, 1), day(2026, 11, 24))));
    CHECK(csv.find("Hộ tịch") != std::string::npos);

    r.ledgerName = "so-theo-doi.pdf";
    f.frame();
    REQUIRE(f.click("reports-ledger"));
    f.applyAll();
    CHECK_FALSE(r.messageIsError);
    CHECK_THAT(r.message, Catch::EndsWith("ra tệp " + f.dir.path() + "/out/so-theo-doi.pdf"));
    CHECK(slurp(f.dir.path() + "/out/so-theo-doi.pdf").rfind("%PDF", 0) == 0);
    r.ledgerName = "   ";
    f.frame();
    REQUIRE(f.click("reports-ledger"));
    f.applyAll();
    CHECK(r.message == "Chưa nhập tên tệp PDF");
}

TEST_CASE("reports tab: the export folder is remembered per account on this computer", "[counter][reports][issue12]")
{
    CounterFixture f;
    openReportsTab(f);
    auto& r = f.state.reports;
    const std::string out = f.dir.path() + "/xuat";
    std::filesystem::create_directory(out);
    r.folder = out;
    f.frame();
    REQUIRE(f.click("reports-csv"));
    f.applyAll();
    REQUIRE_FALSE(r.messageIsError);

    // A restarted counter (fresh state, same computer) offers this account's folder again…
    CounterState again;
    again.counter = 2;
    again.prefsDir = f.state.prefsDir;
    Commands login{cmd(CommandKind::Login, {}, "lanhdao", test::kPassword)};
    apply(login, *f.openDesk(), *f.printer, again);
    again.tab = Tab::Reports;
    auto desk = f.openDesk();
    desk->actAs("lanhdao");
    refreshReports(*desk, again);
    CHECK(again.reports.folder == out);
    // …and another account does not get it.
    CounterState other;
    other.counter = 2;
    other.prefsDir = f.state.prefsDir;
    Commands login2{cmd(CommandKind::Login, {}, "admin", test::kPassword)};
    apply(login2, *f.openDesk(), *f.printer, other);
    refreshReports(*desk, other);
    CHECK(other.reports.folder != out);
}
