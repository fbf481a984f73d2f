// Staff sessions bound to a device, and what each kind of device may call (issue 14,
// docs/network-protocol.md "Sessions and devices").
#include "server_support.h"

#include "domain/error.h"
#include "domain/settings.h"

#include <catch2/catch.hpp>

#include <thread>

using namespace motcua;
using namespace motcua::servertest;

TEST_CASE("session: login gives a session bound to the device, logout ends it", "[server][session]")
{
    TestHost host;
    const std::string counter = host.enrol("counter");
    const std::string other = host.enrol("counter");
    const std::string session = host.login(counter, "motcua1");
    const auto me = host.call(counter, session, "currentUser");
    REQUIRE(me.status == 200);
    CHECK(me.json().at("result").at("username") == "motcua1");
    // The same token from another PC is not a session there.
    CHECK(host.call(other, session, "currentUser").status == 401);
    CHECK(host.call(counter, session, "logout").status == 200);
    const auto after = host.call(counter, session, "tickets");
    CHECK(after.status == 401);
    CHECK(after.json().at("error").at("message") == "Phiên làm việc đã hết, đăng nhập lại");
    // The session token is never stored in clear.
    CHECK(host.dump().find(session) == std::string::npos);
}

TEST_CASE("session: a wrong password is refused by the Desk (lock-out stays there)", "[server][session]")
{
    TestHost host;
    const std::string counter = host.enrol("counter");
    const auto r = host.call(counter, "", "login", {{"username", "motcua1"}, {"password", "sai-mat-khau"}});
    CHECK(r.status == 403);
    CHECK(r.json().contains("session") == false);
    CHECK(r.json().at("error").at("message") == "Sai tên đăng nhập hoặc mật khẩu");
}

TEST_CASE("session: ends after session.idle_minutes without a call (by the host's clock)", "[server][session]")
{
    MovableClock clock;
    TestHost host(clock.tweak());
    const std::string counter = host.enrol("counter");
    const auto t0 = demoNow();
    const std::string session = host.login(counter, "motcua1");
    // 29 minutes later: alive, and the call counts as activity.
    clock.set(t0 + 29 * 60);
    REQUIRE(host.call(counter, session, "tickets").status == 200);
    clock.set(t0 + 58 * 60);
    REQUIRE(host.call(counter, session, "tickets").status == 200);
    // A client trusted with its clock moves the Desk's time, never its session's.
    REQUIRE(host.call(counter, session, "tickets", Json::object(), "", t0 + 10 * 3600).status == 200);
    // 31 minutes after the last call: over.
    clock.set(t0 + 89 * 60 + 1);
    CHECK(host.call(counter, session, "tickets").status == 401);
    // Once over, it stays over even at an earlier clock.
    clock.set(t0 + 60 * 60);
    CHECK(host.call(counter, session, "tickets").status == 401);
}

TEST_CASE("session: the idle limit follows the setting", "[server][session]")
{
    MovableClock clock;
    TestHost host(clock.tweak());
    const std::string counter = host.enrol("counter");
    const auto t0 = demoNow();
    const std::string admin = host.login(counter, "admin");
    REQUIRE(host.call(counter, admin, "setSetting", {{"key", "session.idle_minutes"}, {"value", "5"}}).status == 200);
    std::this_thread::sleep_for(std::chrono::milliseconds(200));  // the watcher reads it after the commit
    const std::string session = host.login(counter, "motcua1");
    clock.set(t0 + 4 * 60);
    CHECK(host.call(counter, session, "tickets").status == 200);
    clock.set(t0 + 10 * 60);
    CHECK(host.call(counter, session, "tickets").status == 401);
}

TEST_CASE("session: session.idle_minutes is a whole number of minutes from 1 to 1440", "[server][session]")
{
    CHECK(domain::validateSetting("session.idle_minutes", "30") == "30");
    CHECK_THROWS_AS(domain::validateSetting("session.idle_minutes", "0"), Error);
    CHECK_THROWS_AS(domain::validateSetting("session.idle_minutes", "1441"), Error);
    CHECK_THROWS_AS(domain::validateSetting("session.idle_minutes", "2.5"), Error);
    REQUIRE(domain::findSetting("session.idle_minutes") != nullptr);
    CHECK(std::string(domain::findSetting("session.idle_minutes")->defaultValue) == "30");
}

TEST_CASE("session: ends at the end of the local day", "[server][session]")
{
    MovableClock clock;
    const auto evening = *domain::parseLocalDateTime("2026-11-23 23:50");
    clock.set(evening);
    TestHost host(clock.tweak());
    const std::string counter = host.enrol("counter");
    const std::string session = host.login(counter, "motcua1");
    clock.set(evening + 5 * 60);
    CHECK(host.call(counter, session, "now").status == 200);
    // 00:01 the next day: eleven minutes after the last call, but a new day.
    clock.set(evening + 11 * 60);
    CHECK(host.call(counter, session, "now").status == 401);
}

TEST_CASE("session: a session outlives a host restart (the row survives, the Desk reopens)", "[server][session]")
{
    auto host = std::make_unique<TestHost>();
    const std::string counter = host->enrol("counter");
    const std::string session = host->login(counter, "motcua1");
    host->server().stop();
    host->server().start();
    const auto r = host->call(counter, session, "currentUser");
    REQUIRE(r.status == 200);
    CHECK(r.json().at("result").at("username") == "motcua1");
}

TEST_CASE("access: what each kind of device may call", "[server][access]")
{
    TestHost host;
    const std::string kiosk = host.enrol("kiosk");
    const std::string wall = host.enrol("wall");
    const std::string counter = host.enrol("counter");
    const std::string session = host.login(counter, "motcua1");
    struct Row {
        const char* who;
        std::string token;
        std::string session;
        const char* method;
        Json args;
        int status;
    };
    const std::vector<Row> rows = {
        {"kiosk issues", kiosk, "", "issueTicket", {{"request", {{"groupCode", "HT"}, {"priorityReason", ""}, {"confirmed", true}}}}, 200},
        {"kiosk reads tickets", kiosk, "", "tickets", Json::object(), 200},
        {"kiosk calls next", kiosk, "", "callNext", {{"counter", 1}}, 403},
        {"kiosk sets a setting", kiosk, "", "setSetting", {{"key", "office.name"}, {"value", "X"}}, 403},
        {"kiosk acts as", kiosk, "", "actAs", {{"username", "admin"}}, 403},
        {"wall reads the time", wall, "", "now", Json::object(), 200},
        {"wall issues", wall, "", "issueTicket", {{"request", {{"groupCode", "HT"}, {"priorityReason", ""}, {"confirmed", true}}}}, 403},
        {"wall reads tickets", wall, "", "tickets", Json::object(), 403},
        {"wall logs in", wall, "", "login", {{"username", "admin"}, {"password", "demo1234"}}, 403},
        {"counter without session calls", counter, "", "callNext", {{"counter", 1}}, 401},
        {"counter without session reads tickets", counter, "", "tickets", Json::object(), 401},
        {"counter without session asks the time", counter, "", "now", Json::object(), 200},
        {"counter with session calls", counter, session, "callNext", {{"counter", 1}}, 200},
        {"counter with session backs up", counter, session, "backup", {{"path", "/tmp/x"}}, 403},
        {"officer sets a setting (Desk's role check)", counter, session, "setSetting", {{"key", "office.name"}, {"value", "X"}}, 403},
    };
    for (const auto& row : rows) {
        const auto r = host.call(row.token, row.session, row.method, row.args);
        INFO(row.who << " → " << r.status << " " << r.body);
        CHECK(r.status == row.status);
        CHECK(leaksNothing(r.body));
    }
}

TEST_CASE("access: the kiosk PIN reaches an admin's session only", "[server][access]")
{
    TestHost host;
    const std::string kiosk = host.enrol("kiosk");
    const std::string counter = host.enrol("counter");
    const auto pin = host.call(kiosk, "", "settings").json().at("result");
    CHECK(pin.value("kiosk.admin_pin", "") != "246810");
    const std::string officer = host.login(counter, "motcua1");
    CHECK(host.call(counter, officer, "settings").json().at("result").value("kiosk.admin_pin", "") != "246810");
    const std::string admin = host.login(counter, "admin");
    CHECK(host.call(counter, admin, "settings").json().at("result").value("kiosk.admin_pin", "") == "246810");
    // The kiosk may still check a PIN typed at it.
    CHECK(host.call(kiosk, "", "checkKioskPin", {{"pin", "246810"}}).json().at("result") == true);
}
