// `motcua staff set | reset-password | unlock` (issue 6): the CLI counterparts of the admin
// screen's staff section — the same Desk calls, so the same refusals (last admin, roles).
#include "cli_runner.h"

#include "domain/date.h"
#include "service/desk.h"

#include <catch2/catch.hpp>

using namespace motcua::clitest;

namespace {

constexpr const char* kNow = "2026-11-23 10:15";

/// Logs in through the Desk (argon2id), as the counter app does.
bool canLogin(const std::string& db, const std::string& user, const std::string& password)
{
    motcua::service::DeskOptions o;
    o.clock = motcua::service::fixedClock(*motcua::domain::parseLocalDateTime(kNow));
    o.migrate = false;
    auto desk = motcua::service::openSqliteDesk(db, o);
    try {
        desk->login(user, password);
        return true;
    } catch (const std::exception&) {
        return false;
    }
}

}  // namespace

TEST_CASE("staff: reset-password sets a new password and unlocks, unlock alone", "[cli][admin][staff]")
{
    TempDir dir;
    const auto office = Office::createDemo(dir.file("office.db"));
    for (int i = 0; i < 5; ++i) CHECK_FALSE(canLogin(office.db(), "motcua2", "sai-mat-khau"));
    CHECK_FALSE(canLogin(office.db(), "motcua2", "demo1234"));  // locked
    CHECK(office.json(kNow, {"staff", "reset-password", "--username", "motcua2", "--password", "mat-khau-moi"})["reset"] == true);
    CHECK(canLogin(office.db(), "motcua2", "mat-khau-moi"));
    CHECK_FALSE(canLogin(office.db(), "motcua2", "demo1234"));

    const auto shortPassword = office.run(kNow, {"staff", "reset-password", "--username", "motcua2", "--password", "ngan"});
    CHECK(shortPassword.exitCode == 2);
    CHECK(canLogin(office.db(), "motcua2", "mat-khau-moi"));
    CHECK(office.run(kNow, {"staff", "reset-password", "--username", "ai-do", "--password", "mat-khau-moi"}).exitCode == 4);
    CHECK(office.run(kNow, {"staff", "reset-password", "--username", "admin", "--password", "mat-khau-moi"}, "lanhdao").exitCode == 5);

    for (int i = 0; i < 5; ++i) CHECK_FALSE(canLogin(office.db(), "motcua1", "sai-mat-khau"));
    CHECK(office.json(kNow, {"staff", "unlock", "--username", "motcua1"})["unlocked"] == true);
    CHECK(canLogin(office.db(), "motcua1", "demo1234"));
}

TEST_CASE("staff: set changes role, unit and active, but never the last active admin", "[cli][admin][staff]")
{
    TempDir dir;
    const auto office = Office::createDemo(dir.file("office.db"));
    const auto set = office.json(kNow, {"staff", "set", "--username", "motcua2", "--role", "officer", "--unit", "Phòng Kinh tế"});
    CHECK(set["role"] == "officer");
    CHECK(set["unit"] == "Phòng Kinh tế");
    const auto demote = office.run(kNow, {"staff", "set", "--username", "admin", "--role", "supervisor"});
    CHECK(demote.exitCode == 5);
    CHECK(demote.err.find("quản trị viên cuối cùng") != std::string::npos);
    CHECK(office.run(kNow, {"staff", "set", "--username", "admin", "--active", "no"}).exitCode == 5);
    CHECK(office.run(kNow, {"staff", "set", "--username", "motcua2", "--active", "maybe"}).exitCode == 2);
    office.json(kNow, {"staff", "set", "--username", "motcua2", "--active", "no"});
    bool inactive = false;
    for (const auto& s : office.json(kNow, {"staff", "list"}))
        if (s["username"] == "motcua2") inactive = s["active"] == false;
    CHECK(inactive);
    CHECK_FALSE(canLogin(office.db(), "motcua2", "demo1234"));
}
