// Backups from the command line: into a directory with rotation, and restore (issue 2 §4, issue 6).
#include "cli_runner.h"

#include <catch2/catch.hpp>

#include <filesystem>

using namespace motcua::clitest;

TEST_CASE("backup: into a directory, keeping the newest N", "[cli][backup][on-disk]")  // backup/restore into a local folder: host-only
{
    TempDir dir;
    const auto office = Office::createDemo(dir.file("office.db"));
    std::filesystem::create_directory(dir.file("backups"));
    for (const char* now : {"2026-11-23 10:15", "2026-11-23 11:15", "2026-11-23 12:15", "2026-11-23 13:15"})
        office.json(now, {"backup", "--dir", dir.file("backups"), "--keep", "2"});
    std::vector<std::string> kept;
    for (const auto& e : std::filesystem::directory_iterator(dir.file("backups"))) kept.push_back(e.path().filename().string());
    std::sort(kept.begin(), kept.end());
    // Each backup carries the digitised files its rows name (issue 15), pruned with it.
    REQUIRE(kept == std::vector<std::string>{"motcua-20261123-121500.db", "motcua-20261123-121500.db.files",
                                             "motcua-20261123-131500.db", "motcua-20261123-131500.db.files"});
    const auto bad = office.run("2026-11-23 10:15", {"backup", "--to", dir.file("x.db"), "--keep", "2"});
    CHECK(bad.exitCode == 2);
    CHECK(office.run("2026-11-23 10:15", {"backup", "--dir", dir.file("nope")}).exitCode == 4);
}

TEST_CASE("restore: a backup comes back, the replaced store is kept", "[cli][backup][on-disk]")  // backup/restore into a local folder: host-only
{
    TempDir dir;
    const auto office = Office::createDemo(dir.file("office.db"));
    const std::string now = "2026-11-23 10:15";
    office.json(now, {"backup", "--to", dir.file("before.db")});
    const auto d = office.json(now, {"case", "receive", "--procedure", "1.004873", "--applicant", "Nguyễn Văn An"});
    const auto r = office.json(now, {"restore", "--from", dir.file("before.db")});
    REQUIRE(fileExists(r["previous"].get<std::string>()));
    CHECK(office.run(now, {"case", "show", "--code", d["code"].get<std::string>()}).exitCode == 4);
    CHECK(office.json(now, {"audit", "verify"})["ok"] == true);
    // A text file is not a backup: refused, nothing changed.
    writeFile(dir.file("notes.txt"), "not a backup\n");
    const auto before = snapshot(dir.path());
    const auto bad = office.run(now, {"restore", "--from", dir.file("notes.txt")});
    CHECK(bad.exitCode == 6);
    CHECK(splitLines(bad.err).size() == 1);
    CHECK(firstDifference(before, snapshot(dir.path())).empty());
}
