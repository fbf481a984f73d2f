// Headless counter tests (issue 6): the supervisor's "Trễ hạn" tab — the late and at-risk lists
// with working-time lateness and slip states, signing through the screen (placeholder refused,
// new appointment checked, confirmation), printing with retry, handing over, the second slip's
// breach warning; and counter staff not seeing the tab.
#include "counter_support.h"

#include "domain/error.h"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace motcua;
using namespace motcua::counter;
using test::CounterFixture;

namespace {

// The demo office at Monday 23/11/2026 10:15 (see `motcua init --demo`), by hand from its data.
constexpr const char* kMai = "000.00.20.H56-261110-0001";    // due 11/11 17:00
constexpr const char* kMinh = "000.00.20.H56-261120-0001";   // due 20/11 17:00
// Due Wednesday 25/11 14:20 (24/11 is a holiday): inside the two-day draft horizon, its slip to be
// signed by 23/11 14:20 (DOMAIN.md §2). The same-day 261123-0001 (received 08:05, due 17:00) is
// not at risk at 10:15 and has no draft: short procedures are never drafted at intake.
constexpr const char* kAtRisk = "000.00.20.H56-261119-0001";
constexpr const char* kSameDay = "000.00.20.H56-261123-0001";

void openLateTab(CounterFixture& f)
{
    f.login("lanhdao");
    f.frame();
    REQUIRE(f.click("tab-late"));
    f.applyAll();
}

const LateRow* row(const std::vector<LateRow>& rows, const std::string& code)
{
    const auto it = std::find_if(rows.begin(), rows.end(), [&](const auto& r) { return r.summary.dossier.code == code; });
    return it == rows.end() ? nullptr : &*it;
}

void openSlip(CounterFixture& f, const char* table, const std::string& code)
{
    f.frame();
    REQUIRE(f.click(std::string(table) + "-" + code));
    f.applyAll();
    REQUIRE(f.state.late.editor.slip);
    REQUIRE(f.state.late.editor.slip->dossierCode == code);
}

void signWithButtons(CounterFixture& f)
{
    f.frame();
    REQUIRE(f.click("late-sign"));
    f.frame();
    REQUIRE(f.click("late-sign-confirm"));
    f.applyAll();
}

}  // namespace

TEST_CASE("late tab: late and at-risk dossiers with working-time lateness, unit and slip state", "[counter][late]")
{
    CounterFixture f;
    openLateTab(f);
    const auto& L = f.state.late;
    REQUIRE(L.late.size() == 4);
    REQUIRE(L.atRisk.size() == 1);
    // Late the longest first; lateness in working time.
    CHECK(L.late.front().summary.dossier.code == kMai);
    CHECK(row(L.late, kMai)->timeText == "7 ngày 2 giờ 45 phút");
    CHECK(row(L.late, kMinh)->timeText == "2 giờ 45 phút");
    CHECK(row(L.atRisk, kAtRisk)->timeText == "1 ngày 2 giờ 5 phút");
    CHECK(row(L.atRisk, kAtRisk)->signByText == "14:20 23/11/2026 · còn 2 giờ 5 phút");
    CHECK_FALSE(row(L.atRisk, kAtRisk)->signByPassed);
    CHECK(row(L.atRisk, kSameDay) == nullptr);
    CHECK(row(L.late, kMai)->signByPassed);
    // The sweep drafted a slip for each.
    for (const auto& r : L.late) CHECK(r.apology() == ApologyState::Draft);
    CHECK(row(L.atRisk, kAtRisk)->apology() == ApologyState::Draft);

    const auto text = f.frame();
    CHECK(CounterFixture::shows(text, "Trễ hạn (4)"));
    CHECK(CounterFixture::shows(text, kMai));
    CHECK(CounterFixture::shows(text, "7 ngày 2 giờ 45 phút"));
    CHECK(CounterFixture::shows(text, "Phòng Văn hóa - Xã hội"));
    CHECK(CounterFixture::shows(text, "Đăng ký khai tử"));
    CHECK(CounterFixture::shows(text, "Dự thảo, chờ ký"));
    CHECK(CounterFixture::shows(text, "Sắp đến hạn hoặc cần ký phiếu xin lỗi trước hạn: 1 hồ sơ"));
    CHECK(CounterFixture::shows(text, "14:20 23/11/2026 · còn 2 giờ 5 phút"));
    // The same dossiers as the service's late list.
    service::DossierQuery q;
    q.kind = service::DossierQuery::Kind::Late;
    const auto expected = f.desk->dossiers(q);
    REQUIRE(expected.size() == L.late.size());
    for (const auto& d : expected) CHECK(row(L.late, d.dossier.code) != nullptr);
}

TEST_CASE("late tab: the placeholder reason is refused, signing moves the appointment, then print and hand over",
          "[counter][late]")
{
    CounterFixture f;
    openLateTab(f);
    openSlip(f, "risk", kAtRisk);
    auto& e = f.state.late.editor;
    CHECK(e.newDate == "02/12/2026");
    CHECK(e.newTime == "14:20");
    CHECK(CounterFixture::shows(f.frame(), "Hạn ký và gửi phiếu: 14:20 23/11/2026 (chậm nhất 1 ngày làm việc trước hạn trả)"));
    e.reason = "[Cần ghi rõ lý do chậm trễ trước khi ký]";  // the placeholder, sent back unchanged

    // Signing with the placeholder left in: the service refuses and says why; nothing signed.
    signWithButtons(f);
    CHECK(f.state.late.messageIsError);
    CHECK_THAT(f.state.late.message, Catch::Contains("lý do chậm trễ"));
    CHECK(CounterFixture::shows(f.frame(), f.state.late.message));
    CHECK(f.desk->apologies(domain::ApologyStatus::Signed).empty());

    // A bad date is caught on the screen, nothing signed.
    e.reason = "Chờ xác minh thông tin khai sinh tại Sở Tư pháp";
    e.newDate = "31/11/2026";
    signWithButtons(f);
    CHECK_THAT(e.errors["date"], Catch::Contains("không hợp lệ"));
    CHECK(f.desk->apologies(domain::ApologyStatus::Signed).empty());

    // A valid date and time: the distance from the old appointment, in working time (25/11
    // 14:20–17:00; 26, 27, 30/11, 1/12 and 2/12; then 3/12 07:30–09:30).
    e.newDate = "03/12/2026";
    e.newTime = "09:30";
    f.commands.push_back(cmd(CommandKind::LateCheckDue));
    f.applyAll();
    CHECK(e.errors.empty());
    CHECK(e.distanceText == "Sau hẹn cũ (14:20 25/11/2026) 5 ngày 4 giờ 40 phút làm việc");
    // Sign needs the confirmation: one click alone signs nothing.
    f.frame();
    REQUIRE(f.click("late-sign"));
    f.applyAll();
    CHECK(f.desk->apologies(domain::ApologyStatus::Signed).empty());
    REQUIRE(f.click("late-sign-confirm"));
    f.applyAll();

    const auto d = f.desk->dossier(kAtRisk).dossier;
    CHECK(domain::formatLocal(d.dueAt) == "2026-12-03 09:30");
    CHECK(domain::formatLocal(d.originalDueAt) == "2026-11-25 14:20");
    REQUIRE(e.slip->status == domain::ApologyStatus::Signed);
    CHECK(e.slip->numberText() == "1/PXL");
    CHECK_FALSE(f.state.late.messageIsError);
    CHECK(row(f.state.late.atRisk, kAtRisk) == nullptr);  // not at risk any more
    REQUIRE(f.state.late.undelivered.size() == 1);
    CHECK(CounterFixture::shows(f.frame(), "Đã ký: phiếu số 1/PXL"));

    REQUIRE(f.click("late-print"));
    f.applyAll();
    CHECK(f.state.late.printError.empty());
    CHECK(test::filesIn(f.printDir).size() == 1);

    f.frame();
    REQUIRE(f.click("late-deliver-hand"));
    f.applyAll();
    const auto slip = f.desk->apologies(domain::ApologyStatus::Signed).front();
    REQUIRE(slip.deliveredAt);
    CHECK(slip.deliveredHow == "Trao tận tay tại bộ phận một cửa");
    CHECK(f.state.late.undelivered.empty());
    CHECK(CounterFixture::shows(f.frame(), "Đã trao cho công dân lúc 10:15 23/11/2026"));
}

TEST_CASE("late tab: a failed print is reported and can be retried", "[counter][late]")
{
    CounterFixture f("pdf:/nonexistent-motcua-dir/printed");
    openLateTab(f);
    openSlip(f, "late", kMai);
    f.state.late.editor.newDate = "04/12/2026";
    signWithButtons(f);
    REQUIRE(f.state.late.editor.slip->status == domain::ApologyStatus::Signed);
    f.frame();
    REQUIRE(f.click("late-print"));
    f.applyAll();
    CHECK_THAT(f.state.late.printError, Catch::StartsWith("Không in được phiếu xin lỗi"));
    REQUIRE(f.state.late.failedPrint);
    f.printer = documents::openPrinter("pdf:" + f.printDir);
    f.frame();
    REQUIRE(f.click("late-retry-print"));
    f.applyAll();
    CHECK(f.state.late.printError.empty());
    CHECK_FALSE(f.state.late.failedPrint);
    CHECK(test::filesIn(f.printDir).size() == 1);
}

TEST_CASE("late tab: a dossier late again shows its second slip with the breach warning", "[counter][late]")
{
    CounterFixture f;
    openLateTab(f);
    openSlip(f, "late", kMinh);
    f.state.late.editor.newDate = "25/11/2026";
    f.state.late.editor.newTime = "08:00";
    signWithButtons(f);
    REQUIRE(f.state.late.editor.slip->status == domain::ApologyStatus::Signed);

    // Thursday: the new appointment (Wed 25/11 08:00) has passed too.
    service::DeskOptions o;
    o.clock = service::fixedClock(*domain::parseLocalDateTime("2026-11-26 09:00"));
    o.migrate = false;
    f.desk = service::openSqliteDesk(f.db, o);
    f.state = CounterState{};
    f.state.counter = 2;
    openLateTab(f);
    const auto* r = row(f.state.late.late, kMinh);
    REQUIRE(r);
    CHECK(r->timeText == "1 ngày 1 giờ");
    REQUIRE(r->apology() == ApologyState::Draft);
    CHECK(r->slip->breach);
    CHECK(CounterFixture::shows(f.frame(), "Dự thảo, chờ ký · lần 2"));
    openSlip(f, "late", kMinh);
    CHECK(CounterFixture::shows(f.frame(), "vi phạm: hẹn lại lần 2"));
}

TEST_CASE("counter staff see neither the late nor the reports tab, and their commands do nothing", "[counter][late]")
{
    CounterFixture f;
    f.login("motcua1");
    const auto text = f.frame();
    CHECK_FALSE(f.click("tab-late"));
    CHECK_FALSE(f.click("tab-reports"));
    CHECK_FALSE(CounterFixture::shows(text, "Trễ hạn ("));
    CHECK_FALSE(CounterFixture::shows(text, "Báo cáo"));
    const auto draft = f.desk->apologies(domain::ApologyStatus::Draft).front();
    f.state.late.editor.slip = draft;
    f.state.late.editor.reason = "Lý do";
    f.commands.push_back(cmd(CommandKind::LateSign));
    f.commands.push_back(cmd(CommandKind::ReportCsv));
    f.applyAll();
    CHECK(f.desk->apologies(domain::ApologyStatus::Signed).empty());
    CHECK(f.state.late.late.empty());
}
