// `motcua apology list` shows each draft's sign-by time (due − 1 working day, DOMAIN.md §2) and
// the working time left; `calendar due` and `case receive` warn on stderr and in JSON when the
// deadline reaches into a year whose holiday table is not confirmed (§8); `calendar confirm`.
#include "cli_runner.h"

#include <catch2/catch.hpp>

using namespace motcua::clitest;

TEST_CASE("apology list: the sign-by time and the time left, in text and JSON", "[cli][apology-timing]")
{
    TempDir dir;
    const auto office = Office::createDemo(dir.file("office.db"));
    // Monday 30/11/2026 07:30, three working days: due Wednesday 2/12 17:00.
    const auto d = office.json("2026-11-30 07:30", {"case", "receive", "--procedure", "1.004873", "--applicant", "Trần Thị Bình"},
                               "motcua1");
    REQUIRE(d["due_at"] == "2026-12-02 17:00");
    REQUIRE_FALSE(d.contains("calendar_warning"));
    office.json("2026-11-30 17:00", {"sweep"}, "lanhdao");
    const auto list = office.json("2026-12-01 10:00", {"apology", "list", "--status", "draft"}, "lanhdao");
    Json slip;
    for (const auto& a : list)
        if (a["code"] == d["code"]) slip = a;
    REQUIRE(slip.is_object());  // drafted at the horizon, two working days before due
    REQUIRE(slip["sign_by"] == "2026-12-01 17:00");
    REQUIRE(slip["sign_by_left_minutes"] == 300);  // 10:00–11:30 and 13:30–17:00
    REQUIRE(slip["short_notice"] == false);
    REQUIRE(slip["signed_late"] == false);
    const auto text = office.run("2026-12-01 10:00", {"apology", "list", "--status", "draft"}, "lanhdao");
    REQUIRE(text.exitCode == 0);
    REQUIRE(text.out.find("hạn ký 2026-12-01 17:00 (còn 5 giờ)") != std::string::npos);
    const auto late = office.run("2026-12-02 08:30", {"apology", "list", "--status", "draft"}, "lanhdao");
    REQUIRE(late.out.find("hạn ký 2026-12-01 17:00 (quá hạn ký 1 giờ)") != std::string::npos);
}

TEST_CASE("calendar: an unconfirmed year warns on stderr and in JSON until confirmed", "[cli][calendar]")
{
    TempDir dir;
    const auto office = Office::createDemo(dir.file("office.db"));
    const std::string now = "2026-11-23 10:15";
    const auto confirmed = office.run(now, {"calendar", "due", "--from", "2026-11-23 10:15", "--days", "3"});
    REQUIRE(confirmed.exitCode == 0);
    REQUIRE(confirmed.err.empty());
    // 2028 has no table in the demo (the shipped one covers 2024–2027).
    const auto warned = office.run(now, {"calendar", "due", "--from", "2028-01-03 10:00", "--days", "1"});
    REQUIRE(warned.exitCode == 0);
    REQUIRE(warned.err.find("Cảnh báo: Lịch nghỉ năm 2028 chưa được xác nhận") != std::string::npos);
    // With --json the warning is in the JSON too (and still on stderr).
    const auto jr = runMotcua(office.argv(now, {"calendar", "due", "--from", "2028-01-28 10:00", "--days", "1"}, "", true));
    REQUIRE(jr.exitCode == 0);
    REQUIRE(jr.err.find("Cảnh báo") != std::string::npos);
    const auto j = Json::parse(jr.out);
    REQUIRE(j["unconfirmed_years"] == Json::array({2028}));
    REQUIRE(j.contains("calendar_warning"));
    // Never all working days: Tết Mậu Thân is suggested (25/1 the last day of the lunar year,
    // mùng 1 = Wednesday 26/1 to mùng 4 = Saturday 29/1, made up on Monday 31/1), so a dossier
    // received on Friday 28/1 counts from Tuesday 1/2 07:30.
    REQUIRE(j["due"] == "2028-02-01 17:00");
    // A year with no day off cannot be confirmed; with its days set it can, and the warning goes.
    const auto refused = office.run(now, {"calendar", "confirm", "--year", "2028"}, "lanhdao");
    REQUIRE(refused.exitCode == 2);
    office.json(now, {"calendar", "set", "--date", "2028-01-26", "--kind", "holiday", "--name", "Tết Mậu Thân"}, "lanhdao");
    office.json(now, {"calendar", "confirm", "--year", "2028"}, "lanhdao");
    const auto after = office.run(now, {"calendar", "due", "--from", "2028-01-03 10:00", "--days", "1"});
    REQUIRE(after.err.empty());
}
