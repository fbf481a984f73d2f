// Looking after the store from the command line (issue 2): init, audit verify, backup, the
// procedure catalog round trip, the calendar, settings, and who may do what (--as).
#include "cli_runner.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <set>

using namespace motcua::clitest;

namespace {

const std::string kNow = "2026-11-23 10:15";

std::set<std::string> lineSet(const std::string& text)
{
    const auto lines = splitLines(text);
    return {lines.begin(), lines.end()};
}

RunResult expectFailure(const Office& o, const std::vector<std::string>& args, const std::string& as,
                        int exitCode)
{
    const auto before = o.state();
    const auto a = o.argv(kNow, args, as, false);
    const auto r = o.runArgv(a);
    INFO(describe(a, r));
    CHECK(r.exitCode == exitCode);
    CHECK(r.out.empty());
    CHECK(splitLines(r.err).size() == 1);
    CHECK(r.err.rfind("motcua: ", 0) == 0);
    const auto diff = firstDifference(before, o.state());
    INFO(diff);
    CHECK(diff == "");
    return r;
}

}  // namespace

TEST_CASE("admin: plain `init` creates an empty office with an admin — `--demo` only on a new file", "[cli][admin][on-disk]")  // `init` makes the file: host-only
{
    TempDir dir;
    const auto a = runMotcua({"--db", dir.file("plain.db"), "--now", kNow, "--json", "init"});
    INFO(describe({"init"}, a));
    REQUIRE(a.exitCode == 0);
    const auto j = Json::parse(a.out);
    CHECK(j["created"] == true);
    CHECK(j["demo"] == false);
    CHECK(j["schema_version"].get<int>() >= 1);
    CHECK(j["admin_password"].get<std::string>().size() >= 8);
    CHECK_FALSE(fileExists(dir.file("plain.db-wal")));  // left checkpointed

    const Office office(dir.file("plain.db"));
    CHECK(office.json(kNow, {"procedure", "list"}).empty());
    CHECK(office.json(kNow, {"case", "list"}).empty());
    CHECK(office.json(kNow, {"ticket", "list"}).empty());
    // The shipped holiday tables are loaded even without the demo.
    bool holiday = false;
    for (const auto& d : office.json(kNow, {"calendar", "list", "--year", "2026"}))
        if (d["date"] == "2026-11-24" && d["kind"] == "holiday") holiday = true;
    CHECK(holiday);
    // No groups yet: a ticket cannot be issued.
    expectFailure(office, {"ticket", "issue", "--group", "HT"}, "", 4);
    // --demo on an existing file is refused and the file left alone.
    expectFailure(office, {"init", "--demo"}, "", 2);
    // The admin password given on the command line is not echoed back.
    const auto b = runMotcua({"--db", dir.file("pw.db"), "--now", kNow, "--json", "init", "--admin-password", "mật-khẩu-dài"});
    REQUIRE(b.exitCode == 0);
    CHECK_FALSE(Json::parse(b.out).contains("admin_password"));
}

TEST_CASE("admin: `audit verify` is ok — `backup --to` makes a file another motcua can read", "[cli][admin][on-disk]")  // backup: host-only
{
    TempDir dir;
    const auto office = Office::createDemo(dir.file("office.db"));
    office.json("2026-11-25 09:00", {"case", "receive", "--procedure", "1.004873", "--applicant", "Sao Lưu"}, "motcua1");

    const auto audit = office.json(kNow, {"audit", "verify"});
    CHECK(audit["ok"] == true);
    CHECK(audit["rows"].get<long long>() > 10);
    const auto text = office.run(kNow, {"audit", "verify"});
    CHECK(text.exitCode == 0);
    CHECK(text.err.empty());

    const std::string backup = dir.file("backup.db");
    const auto b = office.json(kNow, {"backup", "--to", backup}, "lanhdao");
    CHECK(b["backup"] == backup);
    REQUIRE(fileExists(backup));
    const Office copy(backup);
    const auto original = office.json("2026-11-25 10:00", {"case", "list"});
    const auto restored = copy.json("2026-11-25 10:00", {"case", "list"});
    CHECK(restored == original);
    CHECK(copy.json(kNow, {"audit", "verify"})["ok"] == true);
    CHECK(copy.json(kNow, {"procedure", "list"}) == office.json(kNow, {"procedure", "list"}));
    // The backup is a working store: it accepts new dossiers.
    copy.json("2026-11-25 10:00", {"case", "receive", "--procedure", "1.001193", "--applicant", "Khôi Phục"});

    // Never over an existing file; staff may not take backups.
    expectFailure(office, {"backup", "--to", backup}, "", 2);
    expectFailure(office, {"backup", "--to", dir.file("staff.db")}, "motcua1", 5);
}

TEST_CASE("admin: `procedure export` then `import` round-trips the catalog", "[cli][admin][procedure]")
{
    TempDir dir;
    const auto office = Office::createDemo(dir.file("office.db"));
    const std::string csv = dir.file("catalog.csv");
    const auto e = office.json(kNow, {"procedure", "export", "--csv", csv});
    CHECK(e["exported"] == csv);
    const std::string exported = readFile(csv);
    const auto lines = splitLines(exported);
    REQUIRE(lines.size() >= 26);  // header + at least 25 procedures
    CHECK(lines[0].rfind("code,name,field,", 0) == 0);
    const auto list = office.json(kNow, {"procedure", "list"});
    CHECK(list.size() + 1 == lines.size());
    for (const auto& p : list)
        for (const char* key : {"code", "name", "field", "days", "fee"}) CHECK(p.contains(key));

    // Import the export: same catalog, and exporting again gives the same file.
    const auto imported = office.json(kNow, {"procedure", "import", "--csv", csv});
    CHECK(imported["imported"] == list.size());
    const std::string again = dir.file("again.csv");
    office.json(kNow, {"procedure", "export", "--csv", again});
    CHECK(readFile(again) == exported);

    // Into another office: a changed processing time and a new procedure arrive.
    std::string edited = exported;
    const auto row = lines[std::size_t(1)];
    const std::string code = row.substr(0, row.find(','));
    std::string newRow = "9.999001,Thủ tục thử nghiệm nhập khẩu,Thử nghiệm,HT,4,1000,,Bộ phận Một cửa,pause,\"Đơn đề nghị (bản chính), 1\",required,Kiểm thử";
    edited += newRow + "\n";
    writeFile(dir.file("edited.csv"), edited);
    TempDir other;
    const auto second = Office::createDemo(other.file("second.db"));
    CHECK(second.json(kNow, {"procedure", "import", "--csv", dir.file("edited.csv")})["imported"] == list.size() + 1);
    const auto secondList = second.json(kNow, {"procedure", "list"});
    const auto it = std::find_if(secondList.begin(), secondList.end(), [](const Json& p) { return p["code"] == "9.999001"; });
    REQUIRE(it != secondList.end());
    CHECK((*it)["days"] == 4);
    CHECK((*it)["fee"] == 1000);
    CHECK((*it)["name"] == "Thủ tục thử nghiệm nhập khẩu");
    // It can be received with the imported processing time: Wed 09:00 + 4 days → Tue 01/12 09:00.
    const auto d = second.json("2026-11-25 09:00", {"case", "receive", "--procedure", "9.999001", "--applicant", "Nhập Khẩu"});
    CHECK(d["due_at"] == "2026-12-01 09:00");
    const std::string exported2 = other.file("export2.csv");
    second.json(kNow, {"procedure", "export", "--csv", exported2});
    CHECK(lineSet(readFile(exported2)) == lineSet(edited));
    CHECK_FALSE(code.empty());
}

TEST_CASE("admin: `calendar set`, `list`, `suggest` and their effect on due times", "[cli][admin][calendar]")
{
    TempDir dir;
    const auto office = Office::createDemo(dir.file("office.db"));
    auto due = [&](const std::string& from, const std::string& days) {
        return office.json(kNow, {"calendar", "due", "--from", from, "--days", days})["due"].get<std::string>();
    };
    CHECK(due("2026-11-30 09:00", "1") == "2026-12-01 09:00");

    // A one-off holiday on Tue 01/12 pushes the due time to Wed.
    const auto set = office.json(kNow, {"calendar", "set", "--date", "2026-12-01", "--kind", "holiday", "--name", "Nghỉ đột xuất"}, "lanhdao");
    CHECK(set["date"] == "2026-12-01");
    CHECK(set["kind"] == "holiday");
    CHECK(due("2026-11-30 09:00", "1") == "2026-12-02 09:00");
    auto find = [&](const std::string& date) -> Json {
        for (const auto& d : office.json(kNow, {"calendar", "list", "--year", "2026"}))
            if (d["date"] == date) return d;
        return nullptr;
    };
    const auto listed = find("2026-12-01");
    REQUIRE_FALSE(listed.is_null());
    CHECK(listed["kind"] == "holiday");
    CHECK(listed["name"] == "Nghỉ đột xuất");

    // Back to a normal day.
    office.json(kNow, {"calendar", "set", "--date", "2026-12-01", "--kind", "normal"}, "lanhdao");
    CHECK(find("2026-12-01").is_null());
    CHECK(due("2026-11-30 09:00", "1") == "2026-12-01 09:00");

    // A make-up working Saturday: Fri 04/12 16:00 (after the cut-off) + 0 days → Sat 05/12 17:00.
    CHECK(due("2026-12-04 16:00", "0") == "2026-12-07 17:00");
    office.json(kNow, {"calendar", "set", "--date", "2026-12-05", "--kind", "workday", "--name", "Làm bù"}, "lanhdao");
    CHECK(due("2026-12-04 16:00", "0") == "2026-12-05 17:00");
    CHECK(find("2026-12-05")["kind"] == "workday");

    // Suggestions for 2027 from the lunar calendar: Tết Đinh Mùi on Sat 06/02/2027, Giỗ Tổ on Fri 16/04/2027.
    const auto suggested = office.json(kNow, {"calendar", "suggest", "--year", "2027"});
    std::set<std::string> dates;
    for (const auto& s : suggested) {
        CHECK(s.contains("name"));
        dates.insert(s["date"].get<std::string>());
    }
    CHECK(dates.count("2027-02-06") == 1);
    CHECK(dates.count("2027-04-16") == 1);
    // Suggesting writes nothing.
    const auto before = office.state();
    office.json(kNow, {"calendar", "suggest", "--year", "2030"});
    CHECK(firstDifference(before, office.state()) == "");

    // Staff may not edit the calendar.
    expectFailure(office, {"calendar", "set", "--date", "2026-12-02", "--kind", "holiday"}, "motcua1", 5);
}

TEST_CASE("admin: `setting set` accepts good values and refuses bad ones", "[cli][admin][settings]")
{
    TempDir dir;
    const auto office = Office::createDemo(dir.file("office.db"));
    struct Good {
        const char* key;
        const char* value;
    };
    for (const auto& g : {Good{"queue.priority_in_a_row", "3"}, Good{"deadline.at_risk_days", "2"},
                          Good{"calendar.cutoff.direct", "14:30"}, Good{"apology.extra_days", "3"}}) {
        const auto j = office.json(kNow, {"setting", "set", "--key", g.key, "--value", g.value});
        CHECK(j["key"] == g.key);
        CHECK(j["value"] == g.value);
    }
    const auto all = office.json(kNow, {"setting", "list"});
    CHECK(all["queue.priority_in_a_row"] == "3");
    CHECK(all["calendar.cutoff.direct"] == "14:30");
    // The new cut-off applies: a 0-day procedure at 14:45 now counts from the next working day.
    CHECK(office.json(kNow, {"calendar", "due", "--from", "2026-11-25 14:45", "--days", "0"})["due"] == "2026-11-26 17:00");

    for (const auto& bad : std::vector<std::vector<std::string>>{
             {"--key", "queue.priority_in_a_row", "--value", "-1"},
             {"--key", "queue.priority_in_a_row", "--value", "abc"},
             {"--key", "queue.priority_in_a_row", "--value", ""},
             {"--key", "deadline.at_risk_days", "--value", "1e309"},
             {"--key", "calendar.cutoff.direct", "--value", "25:00"},
             {"--key", "calendar.schedule", "--value", "every day all day"},
             {"--key", "no.such.key", "--value", "1"},
             {"--key", "", "--value", "1"},
         }) {
        std::vector<std::string> args = {"setting", "set"};
        args.insert(args.end(), bad.begin(), bad.end());
        const auto r = expectFailure(office, args, "", 2);
        (void)r;
    }
    // Only an administrator changes settings (not even a supervisor).
    expectFailure(office, {"setting", "set", "--key", "queue.priority_in_a_row", "--value", "2"}, "lanhdao", 5);
    // The PIN is never shown.
    office.json(kNow, {"setting", "set", "--key", "kiosk.admin_pin", "--value", "2468"});
    CHECK(office.json(kNow, {"setting", "list"})["kiosk.admin_pin"] != "2468");
}

TEST_CASE("admin: roles — kiosk issues tickets only, staff cannot sign apologies", "[cli][admin][roles]")
{
    TempDir dir;
    const auto office = Office::createDemo(dir.file("office.db"));
    const std::string code = office.json(kNow, {"case", "list"})[0]["code"];
    const auto drafts = office.json(kNow, {"apology", "list", "--status", "draft"});
    REQUIRE_FALSE(drafts.empty());
    const std::string id = std::to_string(drafts[0]["id"].get<long long>());

    // Refused for the role: exit 5, database unchanged.
    struct Case {
        const char* as;
        std::vector<std::string> args;
    };
    const std::vector<Case> refused = {
        {"kiosk", {"case", "receive", "--procedure", "1.001193", "--applicant", "Ki Ốt"}},
        {"kiosk", {"ticket", "call", "--counter", "1"}},
        {"kiosk", {"case", "list"}},
        {"kiosk", {"case", "show", "--code", code}},
        {"kiosk", {"sweep"}},
        {"kiosk", {"backup", "--to", dir.file("k.db")}},
        {"motcua1", {"apology", "sign", "--id", id, "--reason", "Lý do"}},
        {"chuyenvien", {"apology", "sign", "--id", id, "--reason", "Lý do"}},
        {"chuyenvien", {"case", "receive", "--procedure", "1.001193", "--applicant", "Chuyên Viên"}},
        {"chuyenvien", {"ticket", "issue", "--group", "HT"}},
        {"motcua1", {"procedure", "import", "--csv", dir.file("none.csv")}},
        {"motcua1", {"staff", "add", "--username", "moi", "--name", "Mới", "--role", "admin", "--password", "matkhau123"}},
        {"lanhdao", {"setting", "set", "--key", "queue.priority_in_a_row", "--value", "1"}},
    };
    writeFile(dir.file("none.csv"), "code,name\n");
    for (const auto& c : refused) {
        INFO("as " << c.as);
        // backup opens the store file itself: over the network it is a usage error for anyone (exit 2).
        expectFailure(office, c.args, c.as, overServer() && c.args[0] == "backup" ? 2 : 5);
    }
    // An unknown account is not found. Over the network --as is a login, and a login does not tell
    // an unknown account from a wrong password (exit 5, "Sai tên đăng nhập hoặc mật khẩu").
    expectFailure(office, {"case", "list"}, "nobody", overServer() ? 5 : 4);

    // Allowed for the role.
    CHECK(office.json("2026-11-25 09:00", {"ticket", "issue", "--group", "HT"}, "kiosk")["ticket"] == "A001");
    CHECK(office.json("2026-11-25 09:01", {"ticket", "call", "--counter", "1"}, "motcua1")["ticket"] == "A001");
    office.json("2026-11-25 09:02", {"case", "receive", "--procedure", "1.001193", "--applicant", "Cán Bộ"}, "motcua1");
    office.json(kNow, {"sweep"}, "chuyenvien");
    office.json(kNow, {"apology", "sign", "--id", id, "--reason", "Lý do rõ ràng"}, "lanhdao");
    office.json(kNow, {"staff", "add", "--username", "moi", "--name", "Người Mới", "--role", "staff", "--password", "demo1234"});
    bool added = false;
    for (const auto& s : office.json(kNow, {"staff", "list"}))
        if (s["username"] == "moi" && s["role"] == "staff") added = true;
    CHECK(added);
    // The new account works at once (with the demo password: over the network Office logs in with it).
    office.json("2026-11-25 09:03", {"case", "receive", "--procedure", "1.001193", "--applicant", "Người Mới Nhận"}, "moi");
}
