// A scripted day with dossiers (issue 2, "case …", "calendar due"): the receive contract, due
// times under the shipped holiday tables, the whole life of a dossier, illegal moves, and the
// late list. Office hours: Mon–Fri 07:30–11:30, 13:30–17:00 (7.5 h a day), cut-off 15:00
// (online 16:00). Tue 2026-11-24 is a holiday in the shipped tables (Ngày Văn hóa Việt Nam).
#include "cli_runner.h"

#include <catch2/catch.hpp>

#include <regex>
#include <set>

using namespace motcua::clitest;

namespace {

const std::regex kDossierCode(R"(000\.00\.20\.H56-(\d{6})-(\d{4}))");

int sequenceOf(const std::string& code)
{
    std::smatch m;
    if (!std::regex_match(code, m, kDossierCode)) return -1;
    return std::stoi(m[2].str());
}

Json receive(const Office& o, const std::string& now, const std::string& procedure, const std::string& applicant,
             std::vector<std::string> extra = {}, const std::string& as = "motcua1")
{
    std::vector<std::string> args = {"case", "receive", "--procedure", procedure, "--applicant", applicant};
    args.insert(args.end(), extra.begin(), extra.end());
    return o.json(now, args, as);
}

void expectRefused(const Office& o, const std::string& now, const std::vector<std::string>& args,
                   int exitCode, const std::string& as = "")
{
    const auto before = o.state();
    const auto a = o.argv(now, args, as, false);
    const auto r = o.runArgv(a);
    INFO(describe(a, r));
    CHECK(r.exitCode == exitCode);
    CHECK(r.out.empty());
    CHECK(splitLines(r.err).size() == 1);
    CHECK(r.err.rfind("motcua: ", 0) == 0);
    CHECK(r.err.size() > 12);
    const auto diff = firstDifference(before, o.state());
    INFO("database after the refused command: " << diff);
    CHECK(diff == "");
}

}  // namespace

TEST_CASE("cases: `case receive` JSON contract, gap-free codes, and due times", "[cli][cases]")
{
    TempDir dir;
    const auto office = Office::createDemo(dir.file("office.db"));

    // A 3-day procedure received Mon 2026-11-23 10:15: Tue 24/11 is a holiday → Fri 27/11 10:15.
    const auto a = receive(office, "2026-11-23 10:15", "1.004873", "Phạm Thị Thu",
                           {"--id-number", "038185004567", "--phone", "0978111222", "--address", "Thôn Đông"});
    INFO(a.dump());
    for (const char* key : {"code", "procedure", "received_at", "due_at", "status"}) CHECK(a.contains(key));
    CHECK(std::regex_match(a["code"].get<std::string>(), kDossierCode));
    CHECK(a["code"].get<std::string>().substr(14, 6) == "261123");
    CHECK(a["procedure"] == "1.004873");
    CHECK(a["received_at"] == "2026-11-23 10:15");
    CHECK(a["due_at"] == "2026-11-27 10:15");
    CHECK(a["status"] == "received");

    // The next dossier of the day takes the next number; a new day starts again at 0001.
    const auto b = receive(office, "2026-11-23 10:20", "1.001193", "Nguyễn Văn Bé");
    CHECK(sequenceOf(b["code"]) == sequenceOf(a["code"]) + 1);
    const auto first = receive(office, "2026-11-25 07:45", "1.001193", "Lê Thị Đầu");
    CHECK(first["code"] == "000.00.20.H56-261125-0001");

    // A 0-day procedure ("trong ngày") before the cut-off: the end of that working day.
    CHECK(receive(office, "2026-11-25 14:59", "1.001193", "Trần Văn Sớm")["due_at"] == "2026-11-25 17:00");
    // … at 15:30, after the cut-off: the next working day, 17:00.
    CHECK(receive(office, "2026-11-25 15:30", "1.001193", "Trần Văn Muộn")["due_at"] == "2026-11-26 17:00");
    // … Mon 15:30: the next working day is Wed (Tue 24/11 is a holiday).
    CHECK(receive(office, "2026-11-23 15:30", "1.001193", "Trần Văn Lễ")["due_at"] == "2026-11-25 17:00");
    // Online applications have a 16:00 cut-off.
    CHECK(receive(office, "2026-11-25 15:30", "1.001193", "Trần Văn Mạng", {"--channel", "online"})["due_at"] ==
          "2026-11-25 17:00");
    // A 3-day procedure on Fri after the cut-off starts Mon 07:30 and is due Wed 17:00.
    CHECK(receive(office, "2026-11-27 16:00", "1.004873", "Võ Thị Cuối")["due_at"] == "2026-12-02 17:00");
    // On a Saturday: the next working opening.
    CHECK(receive(office, "2026-11-28 09:00", "1.001193", "Đinh Văn Bảy", {"--channel", "online"})["due_at"] ==
          "2026-11-30 17:00");
    // 2.5 days (1.004656) from Wed 09:00 = 18.75 working hours: Wed 6 h, Thu 7.5 h (13.5), and Fri
    // needs 5.25 h: 07:30–11:30 (4 h) + 13:30–14:45.
    CHECK(receive(office, "2026-11-25 09:00", "1.004656", "Mai Văn Cá")["due_at"] == "2026-11-27 14:45");

    // `case show` has the dossier with its receive event and the staff who received it.
    const auto shown = office.json("2026-11-25 16:00", {"case", "show", "--code", a["code"]}, "motcua1");
    CHECK(shown["code"] == a["code"]);
    CHECK(shown["applicant"] == "Phạm Thị Thu");
    CHECK(shown["due_at"] == "2026-11-27 10:15");
    CHECK(shown["original_due_at"] == "2026-11-27 10:15");
    REQUIRE(shown["events"].size() == 1);
    CHECK(shown["events"][0]["action"] == "receive");
    CHECK(shown["events"][0]["actor"] == "motcua1");

    // Receiving with the ticket being served links it (and an unknown ticket is refused).
    office.json("2026-11-25 09:00", {"ticket", "issue", "--group", "HT"});
    office.json("2026-11-25 09:01", {"ticket", "call", "--counter", "1"}, "motcua1");
    receive(office, "2026-11-25 09:05", "1.001193", "Có Vé", {"--ticket", "A001"});
    expectRefused(office, "2026-11-25 09:06",
                  {"case", "receive", "--procedure", "1.001193", "--applicant", "Không Vé", "--ticket", "A002"}, 4, "motcua1");
}

TEST_CASE("cases: `calendar due` JSON {from,start,due} for the known cases", "[cli][cases][calendar]")
{
    TempDir dir;
    const auto office = Office::createDemo(dir.file("office.db"));
    struct Row {
        const char* from;
        const char* option;
        const char* amount;
        const char* start;
        const char* due;
    };
    const Row rows[] = {
        {"2026-11-23 10:15", "--days", "3", "2026-11-23 10:15", "2026-11-27 10:15"},
        {"2026-11-25 15:30", "--days", "0", "2026-11-26 07:30", "2026-11-26 17:00"},
        {"2026-11-23 15:30", "--days", "0", "2026-11-25 07:30", "2026-11-25 17:00"},
        {"2026-11-25 10:00", "--days", "0.5", "2026-11-25 10:00", "2026-11-25 15:45"},
        {"2026-11-23 10:15", "--hours", "4", "2026-11-23 10:15", "2026-11-23 16:15"},
        // Year end: Thu 31/12/2026 09:00 + 15 h: Thu 6 h, Fri 1/1/2027 holiday, weekend, Mon 7.5 h,
        // Tue 1.5 h.
        {"2026-12-31 09:00", "--days", "2", "2026-12-31 09:00", "2027-01-05 09:00"},
        // Tết Đinh Mùi: Wed 3/2/2027 09:00 + 15 h: Wed 6 h, 4–10/2 off (holidays and a weekend),
        // Thu 11/2 7.5 h, Fri 12/2 1.5 h.
        {"2027-02-03 09:00", "--days", "2", "2027-02-03 09:00", "2027-02-12 09:00"},
        // A receipt on a holiday starts at the next working opening.
        {"2026-11-24 09:00", "--days", "1", "2026-11-25 07:30", "2026-11-25 17:00"},
    };
    for (const auto& row : rows) {
        const auto j = office.json("2026-11-23 10:15", {"calendar", "due", "--from", row.from, row.option, row.amount});
        INFO(row.from << " " << row.option << " " << row.amount << " → " << j.dump());
        CHECK(j["from"] == row.from);
        CHECK(j["start"] == row.start);
        CHECK(j["due"] == row.due);
    }
    // Plain output is the due time alone.
    const auto r = office.run("2026-11-23 10:15", {"calendar", "due", "--from", "2026-11-23 10:15", "--days", "3"});
    CHECK(r.exitCode == 0);
    CHECK(r.out == "2026-11-27 10:15\n");
}

TEST_CASE("cases: forward, supplement, resume, result, return — events, steps and the paused clock", "[cli][cases]")
{
    TempDir dir;
    const auto office = Office::createDemo(dir.file("office.db"));
    const auto d = receive(office, "2026-11-25 09:00", "1.004873", "Phạm Văn Hồ Sơ", {"--channel", "online"});
    const std::string code = d["code"];
    CHECK(d["due_at"] == "2026-11-30 09:00");  // Wed 09:00 + 3 days: Thu, Fri, Mon 09:00

    auto step = [&](const std::string& now, std::vector<std::string> args, const std::string& as) {
        args.insert(args.begin() + 2, {"--code", code});
        return office.json(now, args, as);
    };
    const auto fwd = step("2026-11-25 09:30", {"case", "forward", "--to", "Công chức Tư pháp - Hộ tịch (UBND xã)", "--hours", "4",
                                               "--note", "Thẩm định hồ sơ"}, "motcua1");
    CHECK(fwd["status"] == "processing");
    // After 1.5 working hours the officer asks for a supplement: the clock pauses (DOMAIN.md §2).
    const auto sup = step("2026-11-25 10:30", {"case", "supplement", "--reason", "Thiếu bản sao CCCD"}, "chuyenvien");
    CHECK(sup["status"] == "waiting_supplement");
    // Resumed Fri 09:00 with 21 h left: Fri 6 h, Mon 7.5 h, Tue 7.5 h → Tue 01/12 17:00.
    const auto res = step("2026-11-27 09:00", {"case", "resume"}, "chuyenvien");
    CHECK(res["status"] == "processing");
    CHECK(res["due_at"] == "2026-12-01 17:00");
    const auto ready = step("2026-11-27 10:00", {"case", "result"}, "chuyenvien");
    CHECK(ready["status"] == "result_ready");
    // Issue 16: the demo catalog's 15 000 đ is paid before the result goes back.
    (void)step("2026-11-27 13:55", {"case", "pay", "--line", "1", "--way", "cash"}, "motcua2");
    const auto done = step("2026-11-27 14:00", {"case", "return", "--to", "Phạm Văn Nhận"}, "motcua2");
    CHECK(done["status"] == "returned");

    const auto shown = office.json("2026-11-27 15:00", {"case", "show", "--code", code}, "motcua1");
    INFO(shown.dump());
    std::vector<std::string> actions, actors;
    for (const auto& e : shown["events"]) {
        actions.push_back(e["action"]);
        actors.push_back(e["actor"]);
    }
    CHECK(actions == std::vector<std::string>{"receive", "forward", "supplement", "resume", "result", "return"});
    CHECK(actors == std::vector<std::string>{"motcua1", "motcua1", "chuyenvien", "chuyenvien", "chuyenvien", "motcua2"});
    CHECK(shown["returned_to"] == "Phạm Văn Nhận");
    CHECK(shown["returned_at"] == "2026-11-27 14:00");
    CHECK(shown["supplement_count"] == 1);
    REQUIRE(shown["steps"].size() == 1);
    CHECK(shown["steps"][0]["to"] == "Công chức Tư pháp - Hộ tịch (UBND xã)");
    CHECK(shown["steps"][0]["due_at"] == "2026-11-25 15:30");  // 4 working hours from 09:30
    CHECK(shown["steps"][0]["note"] == "Thẩm định hồ sơ");

    // A returned dossier accepts no further move.
    for (const auto& args : std::vector<std::vector<std::string>>{{"case", "forward", "--code", code, "--to", "chuyenvien"},
                                                                  {"case", "supplement", "--code", code, "--reason", "X"},
                                                                  {"case", "resume", "--code", code},
                                                                  {"case", "result", "--code", code},
                                                                  {"case", "return", "--code", code},
                                                                  {"case", "refuse", "--code", code, "--reason", "X"},
                                                                  {"case", "withdraw", "--code", code}})
        expectRefused(office, "2026-11-27 15:00", args, 5);
}

TEST_CASE("cases: a second supplement request is recorded but flagged", "[cli][cases]")
{
    TempDir dir;
    const auto office = Office::createDemo(dir.file("office.db"));
    const std::string code = receive(office, "2026-11-25 09:00", "1.004873", "Hai Lần")["code"];
    office.json("2026-11-25 09:10", {"case", "forward", "--code", code, "--to", "chuyenvien"});
    office.json("2026-11-25 09:20", {"case", "supplement", "--code", code, "--reason", "Lần một"});
    office.json("2026-11-26 09:00", {"case", "resume", "--code", code});
    const auto again = office.json("2026-11-26 10:00", {"case", "supplement", "--code", code, "--reason", "Lần hai"});
    CHECK(again["status"] == "waiting_supplement");
    const auto shown = office.json("2026-11-26 10:05", {"case", "show", "--code", code});
    CHECK(shown["supplement_count"] == 2);
    const auto& last = shown["events"].back();
    CHECK(last["action"] == "supplement");
    CHECK(last["flagged"] == true);
    CHECK(shown["events"][2]["flagged"] == false);
}

TEST_CASE("cases: refuse and withdraw close a dossier — illegal moves are refused", "[cli][cases]")
{
    TempDir dir;
    const auto office = Office::createDemo(dir.file("office.db"));
    const std::string now = "2026-11-25 09:00";
    const std::string fresh = receive(office, now, "1.004873", "Mới Nhận")["code"];

    // `case return` on a received dossier: non-zero, one line on stderr, database unchanged.
    expectRefused(office, now, {"case", "return", "--code", fresh}, 5);
    expectRefused(office, now, {"case", "step-done", "--code", fresh}, 5);  // no step is open
    expectRefused(office, now, {"case", "resume", "--code", fresh}, 5);
    // A stale --expect-version is a conflict.
    expectRefused(office, now, {"case", "forward", "--code", fresh, "--to", "chuyenvien", "--expect-version", "7"}, 5);

    const std::string refused = receive(office, now, "1.004873", "Bị Từ Chối")["code"];
    const auto r = office.json("2026-11-25 09:30", {"case", "refuse", "--code", refused, "--reason", "Không thuộc thẩm quyền"});
    CHECK(r["status"] == "refused");
    expectRefused(office, "2026-11-25 09:40", {"case", "forward", "--code", refused, "--to", "chuyenvien"}, 5);
    expectRefused(office, "2026-11-25 09:40", {"case", "withdraw", "--code", refused}, 5);

    const std::string withdrawn = receive(office, now, "1.004873", "Rút Hồ Sơ")["code"];
    office.json("2026-11-25 09:10", {"case", "forward", "--code", withdrawn, "--to", "chuyenvien"});
    const auto w = office.json("2026-11-25 10:00", {"case", "withdraw", "--code", withdrawn, "--note", "Công dân xin rút"});
    CHECK(w["status"] == "withdrawn");
    expectRefused(office, "2026-11-25 10:10", {"case", "result", "--code", withdrawn}, 5);

    const auto shown = office.json("2026-11-25 10:10", {"case", "show", "--code", withdrawn});
    CHECK(shown["events"].back()["action"] == "withdraw");
    CHECK(shown["events"].back()["to"] == "withdrawn");
    CHECK(shown["closed_at"] == "2026-11-25 10:00");

    // Closed dossiers are in `case list --status`.
    const auto list = office.json("2026-11-25 10:10", {"case", "list", "--status", "refused"});
    REQUIRE(list.size() == 1);
    CHECK(list[0]["code"] == refused);
}

TEST_CASE("cases: `case list --late` and `--at-risk` with late minutes in working time", "[cli][cases]")
{
    TempDir dir;
    const auto office = Office::createDemo(dir.file("office.db"));
    // Received Wed 09:00, due Wed 17:00 (0 days).
    const std::string today = receive(office, "2026-11-25 09:00", "1.001193", "Trễ Nửa Giờ")["code"];
    // Due Mon 30/11 09:00 (3 days).
    const std::string later = receive(office, "2026-11-25 09:00", "1.004873", "Chưa Trễ")["code"];

    // Thu 08:00: 30 working minutes past Wed 17:00 (the night does not count).
    const auto late = office.json("2026-11-26 08:00", {"case", "list", "--late"});
    const Json* mine = nullptr;
    std::set<std::string> lateCodes;
    for (const auto& s : late) {
        INFO(s.dump());
        for (const char* key : {"code", "procedure", "applicant", "status", "received_at", "due_at", "original_due_at",
                                "late_minutes"})
            CHECK(s.contains(key));
        CHECK(s["late_minutes"].get<long long>() > 0);
        CHECK(s["due_at"].get<std::string>() <= "2026-11-26 08:00");
        lateCodes.insert(s["code"].get<std::string>());
        if (s["code"] == today) mine = &s;
    }
    REQUIRE(mine != nullptr);
    CHECK((*mine)["late_minutes"] == 30);
    CHECK((*mine)["applicant"] == "Trễ Nửa Giờ");
    CHECK(lateCodes.count(later) == 0);

    // Fri 10:00: the 3-day one is inside its last working day → at risk, not late.
    const auto atRisk = office.json("2026-11-27 10:00", {"case", "list", "--at-risk"});
    bool found = false;
    for (const auto& s : atRisk) {
        CHECK(s["due_at"].get<std::string>() > "2026-11-27 10:00");
        if (s["code"] == later) found = true;
    }
    CHECK(found);

    // The late list matches the sweep's count.
    const auto lateNow = office.json("2026-11-27 10:00", {"case", "list", "--late"});
    const auto sweep = office.json("2026-11-27 10:00", {"sweep"}, "lanhdao");
    CHECK(sweep["late"] == lateNow.size());
    CHECK(sweep["at_risk"] == atRisk.size());

    // Resolved dossiers leave the late list.
    office.json("2026-11-27 10:05", {"case", "forward", "--code", today, "--to", "Công chức Tư pháp - Hộ tịch (UBND xã)"});
    office.json("2026-11-27 10:10", {"case", "result", "--code", today});
    for (const auto& s : office.json("2026-11-27 10:15", {"case", "list", "--late"})) CHECK(s["code"] != today);

    // Name search ignores diacritics; SQL metacharacters are just text.
    const auto byName = office.json("2026-11-27 10:15", {"case", "list", "--name", "tre nua gio"});
    REQUIRE(byName.size() == 1);
    CHECK(byName[0]["code"] == today);
    CHECK(office.json("2026-11-27 10:15", {"case", "list", "--name", "x' OR 1=1 --"}).empty());
    CHECK(office.json("2026-11-27 10:15", {"case", "list", "--name", "%"}).empty());

    // Plain text output mentions the dossier.
    const auto text = office.run("2026-11-27 10:15", {"case", "list", "--late"});
    CHECK(text.exitCode == 0);
    CHECK(text.out.find(lateNow[0]["code"].get<std::string>()) != std::string::npos);
}
