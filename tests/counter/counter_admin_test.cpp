// Headless tests of the "Quản trị" tab (issue 6): who sees it, and each section's happy path
// and a bad input that changes nothing — settings, holidays (lunar suggestion confirmed),
// groups and counters, procedures (edit, import with per-row errors, export), staff (reset
// password then log in, last admin kept), test print, backup and restore.
#include "counter_support.h"

#include "domain/error.h"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

using namespace motcua;
using namespace motcua::counter;
using test::CounterFixture;

namespace {

/// Logs in as `user`, opens the admin tab and `section` (by its button).
void openAdmin(CounterFixture& f, const std::string& section, const std::string& user = "admin")
{
    f.login(user);
    REQUIRE(f.click("tab-admin"));
    f.frame();  // the tab asks for its first section
    f.applyAll();
    REQUIRE(f.click("admin-" + section));
    f.applyAll();
    REQUIRE(f.state.admin.section == *parseAdminSection(section));
}

bool clickAndApply(CounterFixture& f, const std::string& id)
{
    const bool clicked = f.click(id);
    f.applyAll();
    UNSCOPED_INFO(id << " → " << f.state.admin.message);
    for (const auto& [k, v] : f.state.admin.errors) UNSCOPED_INFO("  " << k << ": " << v);
    return clicked;
}

std::string setting(CounterFixture& f, const std::string& key) { return f.desk->settings().at(key); }

}  // namespace

TEST_CASE("admin tab: counter staff do not see it, a supervisor sees only the sections the role allows", "[counter][admin]")
{
    CounterFixture f;
    f.login("motcua1");
    CHECK_FALSE(CounterFixture::shows(f.frame(), "Quản trị"));
    CHECK_FALSE(f.click("tab-admin"));

    CounterFixture g;
    g.login("lanhdao");
    REQUIRE(g.click("tab-admin"));
    g.frame();
    g.applyAll();
    CHECK(g.state.admin.section == AdminSection::Holidays);  // Cơ quan needs ManageSettings
    const auto text = g.frame();
    CHECK(CounterFixture::shows(text, "Ngày nghỉ"));
    CHECK(g.click("admin-staff"));
    CHECK_FALSE(g.click("admin-office"));
    CHECK_FALSE(g.click("admin-printer"));
}

TEST_CASE("admin office: settings are saved, one bad field saves nothing and says why beside it", "[counter][admin]")
{
    CounterFixture f;
    openAdmin(f, "office");
    CHECK(CounterFixture::shows(f.frame(), "Mã định danh cơ quan"));
    const std::string phone = setting(f, "office.phone");
    f.state.admin.edits["office.phone"].clear();
    f.typeInto("set-office.phone", "0237 3851 234");
    f.typeInto("set-office.code", "?");  // wherever the cursor lands, "?" is not in an office code
    REQUIRE(clickAndApply(f, "admin-save"));
    CHECK(f.state.admin.messageIsError);
    CHECK(CounterFixture::shows(f.frame(), "Mã cơ quan gồm các nhóm"));
    CHECK(setting(f, "office.phone") == phone);
    CHECK(setting(f, "office.code") == "000.00.20.H56");

    f.state.admin.edits["office.code"] = "000.00.20.H57";
    REQUIRE(clickAndApply(f, "admin-save"));
    CHECK_FALSE(f.state.admin.messageIsError);
    CHECK(setting(f, "office.phone") == "0237 3851 234");
    CHECK(setting(f, "office.code") == "000.00.20.H57");
    CHECK(CounterFixture::shows(f.frame(), "Đã lưu"));
}

TEST_CASE("admin schedule: the cut-off is validated and then used", "[counter][admin]")
{
    CounterFixture f;
    openAdmin(f, "schedule");
    f.state.admin.edits["calendar.cutoff.direct"] = "25:00";
    f.state.admin.edits["calendar.schedule"] = "mon-fri 07:30-11:30 13:30-17:00; sat 07:30-11:30";
    REQUIRE(clickAndApply(f, "admin-save"));
    CHECK(f.state.admin.errors.count("calendar.cutoff.direct"));
    CHECK(setting(f, "calendar.schedule") == "mon-fri 07:30-11:30 13:30-17:00");
    f.state.admin.edits["calendar.cutoff.direct"] = "14:00";
    REQUIRE(clickAndApply(f, "admin-save"));
    CHECK(setting(f, "calendar.cutoff.direct") == "14:00");
    CHECK(setting(f, "calendar.schedule").find("sat 07:30-11:30") != std::string::npos);
}

TEST_CASE("admin holidays: a lunar suggestion is confirmed, a day added by hand, a bad date adds nothing", "[counter][admin]")
{
    CounterFixture f;
    openAdmin(f, "holidays");
    CHECK(CounterFixture::shows(f.frame(), "Tháng 12"));
    CHECK(CounterFixture::shows(f.frame(), "Quốc khánh"));  // the 2026 days, with names
    REQUIRE(clickAndApply(f, "year-next"));
    REQUIRE(clickAndApply(f, "year-next"));
    REQUIRE(f.state.admin.year == 2028);
    REQUIRE_FALSE(f.state.admin.suggestions.empty());
    const auto s = f.state.admin.suggestions.front();
    REQUIRE_FALSE(s.alreadyInCalendar);
    CHECK(f.desk->calendarYear(2028).empty());
    REQUIRE(clickAndApply(f, "suggest-" + s.date.iso()));
    const auto days = f.desk->calendarYear(2028);
    REQUIRE(days.size() == 1);
    CHECK(days[0].date == s.date);
    CHECK(days[0].name == s.name);
    CHECK(CounterFixture::shows(f.frame(), s.name + " — đã có trong lịch"));

    f.typeInto("day-date", "31/02/2028");
    REQUIRE(clickAndApply(f, "day-add"));
    CHECK(CounterFixture::shows(f.frame(), "Ngày phải có dạng dd/mm/yyyy"));
    CHECK(f.desk->calendarYear(2028).size() == 1);

    f.state.admin.dayDate = "29/12/2028";
    f.state.admin.dayName = "Nghỉ thử";
    REQUIRE(clickAndApply(f, "day-add"));
    REQUIRE(f.desk->calendarYear(2028).size() == 2);
    CHECK(CounterFixture::shows(f.frame(), "29/12/2028 nghỉ · Nghỉ thử"));
    REQUIRE(clickAndApply(f, "day-remove-2028-12-29"));
    CHECK(f.desk->calendarYear(2028).size() == 1);
}

TEST_CASE("admin groups and counters: add a group, close a counter, a bad prefix adds nothing", "[counter][admin]")
{
    CounterFixture f;
    openAdmin(f, "groups");
    REQUIRE(clickAndApply(f, "group-new"));
    f.typeInto("group-code", "TC");
    f.typeInto("group-prefix", "d1");
    f.typeInto("group-name", "Tài chính – Kế hoạch");
    REQUIRE(clickAndApply(f, "group-save"));
    CHECK(CounterFixture::shows(f.frame(), "Tiền tố số vé gồm 1–3 chữ cái in hoa"));
    CHECK(f.desk->groupStatuses().size() == 3);
    f.state.admin.group->prefix = "D";
    REQUIRE(clickAndApply(f, "group-save"));
    REQUIRE(f.desk->groupStatuses().size() == 4);
    CHECK(CounterFixture::shows(f.frame(), "Tài chính – Kế hoạch"));

    REQUIRE(clickAndApply(f, "counter-edit-3"));
    REQUIRE(f.click("counter-open"));
    REQUIRE(f.click("counter-group-TC"));
    REQUIRE(clickAndApply(f, "counter-save"));
    const auto c3 = f.desk->counters()[2];
    CHECK_FALSE(c3.open);
    CHECK(std::find(c3.groups.begin(), c3.groups.end(), "TC") != c3.groups.end());
    CHECK(CounterFixture::shows(f.frame(), "Đóng"));
}

TEST_CASE("admin procedures: edit one, an import with a bad row shows per-row errors and imports nothing, export", "[counter][admin]")
{
    CounterFixture f;
    openAdmin(f, "procedures");
    f.typeInto("proc-search", "khai sinh");
    const auto shown = filterProcedures(f.state.admin);
    REQUIRE_FALSE(shown.empty());
    const std::string code = shown.front()->code;
    REQUIRE(clickAndApply(f, "proc-edit-" + code));
    REQUIRE(f.state.admin.procedure);
    f.state.admin.procedure->fields[5] = "mười nghìn";
    REQUIRE(clickAndApply(f, "proc-save"));
    CHECK(CounterFixture::shows(f.frame(), "phải là số đồng, không âm"));
    const auto before = f.desk->procedure(code).feeVnd;
    f.state.admin.procedure->fields[5] = std::to_string(before + 5000);
    REQUIRE(clickAndApply(f, "proc-save"));
    CHECK(f.desk->procedure(code).feeVnd == before + 5000);

    const std::string csv = f.dir.path() + "/thu-tuc.csv";
    std::ofstream(csv) << domain::kProcedureCsvHeaderV1 << "\n"
                       << "1.200001,Thủ tục mới,Hộ tịch,HT,2,0,,,pause,,\n"
                       << "1.200002,Thủ tục lỗi,Hộ tịch,HT,hai,0,,,pause,,\n";
    f.state.admin.importPath = csv;
    REQUIRE(clickAndApply(f, "import-run"));
    REQUIRE(f.state.admin.importErrors.size() == 1);
    const auto text = f.frame();
    CHECK(CounterFixture::shows(text, "Không nhập thủ tục nào"));
    CHECK(CounterFixture::shows(text, "days"));
    CHECK(CounterFixture::shows(text, "thời hạn \"hai\""));
    CHECK_THROWS_AS(f.desk->procedure("1.200001"), Error);

    f.state.admin.importPath = f.dir.path() + "/khong-co.csv";
    REQUIRE(clickAndApply(f, "import-run"));
    CHECK(f.state.admin.errors.count("import-path"));

    f.state.admin.exportPath = f.dir.path();
    REQUIRE(clickAndApply(f, "export-run"));
    std::ifstream out(f.dir.path() + "/thu-tuc.csv");
    std::string header;
    std::getline(out, header);
    CHECK(header == domain::kProcedureCsvHeader);
    f.state.admin.exportPath = f.dir.path() + "/khong/co/thu-muc.csv";
    REQUIRE(clickAndApply(f, "export-run"));
    CHECK(f.state.admin.errors.count("export-path"));
}

TEST_CASE("admin staff: reset a password then log in with it, mismatched twice changes nothing", "[counter][admin]")
{
    CounterFixture f;
    openAdmin(f, "staff");
    REQUIRE(clickAndApply(f, "staff-edit-motcua2"));
    f.typeInto("staff-password", "mat-khau-moi-1");
    f.typeInto("staff-password2", "mat-khau-moi-2");
    REQUIRE(clickAndApply(f, "staff-reset"));
    CHECK(CounterFixture::shows(f.frame(), "Hai lần nhập mật khẩu không khớp"));
    CHECK(f.openDesk()->login("motcua2", test::kPassword).username == "motcua2");

    f.state.admin.member->password2 = "mat-khau-moi-1";
    REQUIRE(clickAndApply(f, "staff-reset"));
    CHECK_FALSE(f.state.admin.messageIsError);
    CHECK_THROWS(f.openDesk()->login("motcua2", test::kPassword));
    CHECK(f.openDesk()->login("motcua2", "mat-khau-moi-1").username == "motcua2");
}

TEST_CASE("admin staff: the last admin cannot be demoted or deactivated, a new account can log in", "[counter][admin]")
{
    CounterFixture f;
    openAdmin(f, "staff");
    REQUIRE(clickAndApply(f, "staff-edit-admin"));
    REQUIRE(f.click("staff-role-supervisor"));
    REQUIRE(clickAndApply(f, "staff-save"));
    CHECK(CounterFixture::shows(f.frame(), "quản trị viên cuối cùng"));
    REQUIRE(f.click("staff-cancel"));
    REQUIRE(clickAndApply(f, "staff-active-admin"));
    CHECK(f.state.admin.messageIsError);
    const auto accounts = f.desk->staffAccounts();
    for (const auto& a : accounts)
        if (a.member.username == "admin") CHECK((a.member.active && a.member.role == domain::Role::Admin));

    REQUIRE(clickAndApply(f, "staff-new"));
    f.typeInto("staff-username", "motcua3");
    f.typeInto("staff-name", "Đỗ Thị Hạnh");
    f.typeInto("staff-password", "mat-khau-3");
    f.typeInto("staff-password2", "mat-khau-3");
    REQUIRE(clickAndApply(f, "staff-save"));
    CHECK(f.openDesk()->login("motcua3", "mat-khau-3").fullName == "Đỗ Thị Hạnh");
    CHECK(CounterFixture::shows(f.frame(), "motcua3"));
    REQUIRE(clickAndApply(f, "staff-active-motcua3"));
    CHECK_THROWS(f.openDesk()->login("motcua3", "mat-khau-3"));
}

TEST_CASE("admin printer: paper and QR address saved, a bad address refused, a test print", "[counter][admin]")
{
    CounterFixture f;
    openAdmin(f, "printer");
    REQUIRE(f.click("set-paper-58"));
    f.typeInto("set-qr.lookup_url", "https://dichvucong.example/tra-cuu");
    REQUIRE(clickAndApply(f, "admin-save"));
    CHECK(CounterFixture::shows(f.frame(), "chứa {code}"));
    CHECK(setting(f, "ticket.paper") == "80");
    f.state.admin.edits["qr.lookup_url"] = "https://dichvucong.example/tra-cuu?ma={code}";
    REQUIRE(clickAndApply(f, "admin-save"));
    CHECK(setting(f, "ticket.paper") == "58");
    CHECK(setting(f, "qr.lookup_url") == "https://dichvucong.example/tra-cuu?ma={code}");

    const auto before = test::filesIn(f.printDir).size();
    REQUIRE(clickAndApply(f, "admin-test-print"));
    CHECK(test::filesIn(f.printDir).size() == before + 1);
    CHECK(CounterFixture::shows(f.frame(), "Đã in thử phiếu khổ 58 mm"));
}

TEST_CASE("admin backup: back up to a folder, restore after a confirmation naming the safety copy", "[counter][admin]")
{
    CounterFixture f;
    openAdmin(f, "backup");
    REQUIRE(clickAndApply(f, "backup-now"));
    CHECK(f.state.admin.errors.count("backup-path"));
    const std::string dir = f.dir.path() + "/sao-luu";
    std::filesystem::create_directory(dir);
    f.state.admin.backupPath = dir;
    REQUIRE(clickAndApply(f, "backup-now"));
    auto files = test::filesIn(dir);
    // The backup and, beside it, the digitised papers its rows name (issue 15).
    std::erase_if(files, [](const std::string& name) { return name.ends_with(".files"); });
    REQUIRE(files.size() == 1);
    CHECK(std::filesystem::is_directory(dir + "/" + files[0] + ".files"));
    const std::string phone = setting(f, "office.phone");
    f.desk->setSetting("office.phone", "0999");  // a change after the backup

    f.state.admin.restorePath = dir + "/" + files[0];
    REQUIRE(clickAndApply(f, "restore-ask"));
    CHECK(CounterFixture::shows(f.frame(), "Khôi phục sẽ thay toàn bộ dữ liệu hiện tại"));
    CHECK(setting(f, "office.phone") == "0999");  // nothing yet
    REQUIRE(clickAndApply(f, "restore-confirm"));
    CHECK_FALSE(f.state.admin.messageIsError);
    CHECK(f.state.admin.message.find("được giữ tại " + f.db + ".truoc-khoi-phuc-") != std::string::npos);
    CHECK(setting(f, "office.phone") == phone);
}

TEST_CASE("admin options: --admin-section needs --screen admin and a known section", "[counter][admin]")
{
    const auto o = parseCounterOptions({"--db", "x.db", "--screen", "admin", "--admin-section", "holidays"});
    REQUIRE(o.adminSection);
    CHECK(*o.adminSection == AdminSection::Holidays);
    CHECK_THROWS_WITH(parseCounterOptions({"--db", "x.db", "--admin-section", "holidays"}), Catch::Contains("--screen admin"));
    CHECK_THROWS_WITH(parseCounterOptions({"--db", "x.db", "--screen", "admin", "--admin-section", "kho"}),
                      Catch::Contains("Mục quản trị \"kho\" không có"));
}
