// motcua-kiosk's options: what it accepts, and a clear Vietnamese message with exit status 2 for
// what it does not.
#include "kiosk_support.h"

#include "domain/error.h"

#include <catch2/catch.hpp>

using namespace motcua;
using namespace motcua::kiosk;
using namespace motcua::kiosk::test;

TEST_CASE("kiosk options: the documented ones parse", "[kiosk][options]")
{
    const auto o = parseKioskOptions({"--db", "x.db", "--printer", "none", "--size", "1920x1080", "--lang", "en", "--screen",
                                      "ticket", "--screenshot", "t.png", "--now", "2026-11-23 10:15"});
    CHECK(o.db == "x.db");
    CHECK(o.printer == "none");
    CHECK(o.width == 1920);
    CHECK(o.height == 1080);
    CHECK(o.lang == Lang::En);
    CHECK(o.screen == Screen::Ticket);
    CHECK(o.screenshot == "t.png");
    CHECK(o.now == domain::parseLocalDateTime("2026-11-23 10:15"));
    CHECK(parseKioskOptions({"--db", "x.db", "--fullscreen"}).fullscreen);
    CHECK(parseKioskOptions({"--help"}).help);
}

TEST_CASE("kiosk options: mistakes are refused with a message naming them", "[kiosk][options]")
{
    auto message = [](const std::vector<std::string>& args) {
        try {
            (void)parseKioskOptions(args);
        } catch (const Error& e) {
            return std::string(e.what());
        }
        return std::string();
    };
    CHECK_THAT(message({"--db", "x", "--size", "big"}), Catch::Contains("Kích thước"));
    CHECK_THAT(message({"--db", "x", "--size", "10x10"}), Catch::Contains("320"));
    CHECK_THAT(message({"--db", "x", "--lang", "fr"}), Catch::Contains("vi hoặc en"));
    CHECK_THAT(message({"--db", "x", "--screen", "nope"}), Catch::Contains("home, priority"));
    CHECK_THAT(message({"--db", "x", "--screenshot", "a.png"}), Catch::Contains("--screen"));
    CHECK_THAT(message({"--db", "x", "--now", "tomorrow"}), Catch::Contains("YYYY-MM-DD HH:MM"));
    CHECK_THAT(message({"--db", "x", "--fullscreen", "--size", "800x600"}), Catch::Contains("--fullscreen"));
    CHECK_THAT(message({"--db"}), Catch::Contains("cần một giá trị"));
    CHECK_THAT(message({"--db", "x", "--bogus"}), Catch::Contains("--bogus"));
}

TEST_CASE("motcua-kiosk exits 2 with a Vietnamese message for bad options or a missing store", "[kiosk][options]")
{
    auto r = run({MOTCUA_KIOSK_BINARY, "--db", "/tmp/x.db", "--lang", "fr"});
    CHECK(r.status == 2);
    CHECK_THAT(r.output, Catch::Contains("Ngôn ngữ \"fr\" không hỗ trợ"));
    r = run({MOTCUA_KIOSK_BINARY, "--db", "/nonexistent/kiosk.db"});
    CHECK(r.status == 2);
    CHECK_THAT(r.output, Catch::Contains("Không có tệp cơ sở dữ liệu"));
    TempDir dir;
    const std::string db = dir.path() + "/k.db";
    REQUIRE(motcuaAt(db, {"init", "--demo"}).status == 0);
    r = run({MOTCUA_KIOSK_BINARY, "--db", db, "--printer", "laser:1"});
    CHECK(r.status == 2);
    CHECK_THAT(r.output, Catch::Contains("Máy in"));
    r = run({MOTCUA_KIOSK_BINARY, "--help"});
    CHECK(r.status == 0);
    CHECK_THAT(r.output, Catch::Contains("--screenshot"));
}

TEST_CASE("kiosk options: --server in place of --db, --enroll only with it", "[kiosk][options]")
{
    const auto o = parseKioskOptions({"--server", "https://192.168.1.10:8443", "--enroll", "ABCD-1234"});
    CHECK(o.server == "https://192.168.1.10:8443");
    CHECK(o.enroll == "ABCD-1234");
    CHECK(o.db.empty());
    auto message = [](const std::vector<std::string>& args) {
        try {
            (void)parseKioskOptions(args);
        } catch (const Error& e) {
            return std::string(e.what());
        }
        return std::string();
    };
    CHECK_THAT(message({"--server", "192.168.1.10:8443"}), Catch::Contains("https://") && Catch::Contains("motcua-kiosk --help"));
    CHECK_THAT(message({"--server", "https://192.168.1.10:8443", "--db", "x.db"}), Catch::Contains("Chỉ dùng một trong hai"));
    CHECK_THAT(message({"--db", "x.db", "--enroll", "ABCD-1234"}), Catch::Contains("--enroll cần --server"));
    CHECK_THAT(message({}), Catch::Contains("--db PATH") && Catch::Contains("--server"));
}

TEST_CASE("motcua-kiosk --help lists --server and --enroll", "[kiosk][options]")
{
    CHECK_THAT(kioskUsage(), Catch::Contains("--server URL") && Catch::Contains("--enroll MÃ") && Catch::Contains("MOTCUA_SERVER"));
}
