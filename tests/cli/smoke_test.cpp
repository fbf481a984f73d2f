// Smoke: the tool starts, tells its version and usage, and every listed command has --help.
#include "cli_runner.h"

#include <catch2/catch.hpp>

#include <regex>
#include <set>

using namespace motcua::clitest;

TEST_CASE("smoke: --version prints the version and exits 0", "[cli][smoke]")
{
    const auto r = runMotcua({"--version"});
    INFO(describe({"--version"}, r));
    CHECK(r.exitCode == 0);
    CHECK(r.err.empty());
    CHECK(std::regex_match(r.out, std::regex(R"(motcua \d+\.\d+\.\d+\n)")));
}

TEST_CASE("smoke: --help lists the commands of issue 2 and exits 0", "[cli][smoke]")
{
    const auto r = runMotcua({"--help"});
    INFO(describe({"--help"}, r));
    REQUIRE(r.exitCode == 0);
    CHECK(r.err.empty());
    const auto listed = listedCommands();
    const std::set<std::string> have(listed.begin(), listed.end());
    CHECK(have.size() == listed.size());  // no command listed twice
    // The contract of issue 2 ("The motcua tool").
    for (const char* cmd : {"init", "procedure list", "procedure import", "procedure export", "calendar due", "calendar set",
                            "calendar list", "calendar suggest", "ticket issue", "ticket call", "ticket recall", "ticket skip",
                            "ticket finish", "ticket restore", "ticket transfer", "ticket list", "case receive", "case forward",
                            "case supplement", "case resume", "case result", "case return", "case refuse", "case withdraw",
                            "case show", "case list", "sweep", "apology list", "apology sign", "audit verify", "backup",
                            "bench"}) {
        INFO("command " << cmd);
        CHECK(have.count(cmd) == 1);
    }
}

TEST_CASE("smoke: COMMAND --help exits 0 for every listed command, without a database", "[cli][smoke]")
{
    TempDir dir;
    const auto listed = listedCommands();
    REQUIRE(listed.size() >= 20);
    for (const auto& cmd : listed) {
        auto args = words(cmd);
        args.push_back("--help");
        // A --db that does not exist: help must not need it, nor create it.
        std::vector<std::string> withDb = {"--db", dir.file("none.db")};
        withDb.insert(withDb.end(), args.begin(), args.end());
        for (const auto& a : {args, withDb}) {
            const auto r = runMotcua(a);
            INFO(describe(a, r));
            CHECK(r.exitCode == 0);
            CHECK(r.err.empty());
            CHECK(r.out.rfind("motcua " + cmd, 0) == 0);
        }
    }
    CHECK_FALSE(fileExists(dir.file("none.db")));
}

TEST_CASE("smoke: no arguments is a usage error (exit 2, usage on stderr)", "[cli][smoke]")
{
    const auto r = runMotcua({});
    INFO(describe({}, r));
    CHECK(r.exitCode == 2);
    CHECK(r.out.empty());
    CHECK_FALSE(r.err.empty());
}

TEST_CASE("smoke: MOTCUA_DB and MOTCUA_NOW stand in for --db and --now", "[cli][smoke]")
{
    TempDir dir;
    const auto office = Office::createDemo(dir.file("office.db"));
    const std::vector<std::string> args = {"--json", "calendar", "due", "--from", "2026-11-23 10:15", "--days", "3"};
    const auto r = runMotcua(args, {{"MOTCUA_DB", office.db()}, {"MOTCUA_NOW", "2026-11-23 10:15"}});
    INFO(describe(args, r));
    REQUIRE(r.exitCode == 0);
    CHECK(Json::parse(r.out)["due"] == "2026-11-27 10:15");

    // MOTCUA_NOW fixes the clock: a ticket issued "now" carries that time.
    const std::vector<std::string> issue = {"--json", "ticket", "issue", "--group", "HT"};
    const auto t = runMotcua(issue, {{"MOTCUA_DB", office.db()}, {"MOTCUA_NOW", "2026-11-25 09:41"}});
    INFO(describe(issue, t));
    REQUIRE(t.exitCode == 0);
    CHECK(Json::parse(t.out)["issued_at"] == "2026-11-25 09:41");

    // The runner's environment is clean: without the variables there is no database.
    const auto none = runMotcua({"ticket", "list"});
    INFO(describe({"ticket", "list"}, none));
    CHECK(none.exitCode == 2);
    CHECK(none.out.empty());
}
