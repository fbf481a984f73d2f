// The store when things go wrong (issue 7): a full disk, a database locked by another process
// for longer than the busy timeout, a damaged file, a read-only file. Each gets one clear line,
// a non-zero exit, and no partial write.
#include "cli_runner.h"

#include <catch2/catch.hpp>

#include <sqlite3.h>
#include <grp.h>
#include <pwd.h>
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

TEST_CASE("failure modes: a full disk refuses the write and keeps the store intact", "[cli][failure][on-disk]")  // fills the local disk under the store file
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

namespace {

/// How this test can make the store read-only for the `motcua` it starts: as root, by running it
/// under the unprivileged uid `nobody` (setpriv from util-linux), since root writes through file
/// permissions; otherwise by file permissions alone. Empty when neither is possible.
std::string readOnlyPrefixProblem()
{
    if (::geteuid() != 0) return "";
    if (::access("/usr/bin/setpriv", X_OK) != 0) return "setpriv (util-linux) is missing";
    if (::getpwnam("nobody") == nullptr) return "there is no user nobody";
    if (::getgrnam("nogroup") == nullptr) return "there is no group nogroup";
    return "";
}

/// The directory's files without SQLite's shared-memory index (-shm), and with its write-ahead
/// log (-wal) only when it holds something: those two may appear when a reader opens the store.
Snapshot storeFiles(const std::string& dir)
{
    auto files = snapshot(dir);
    for (auto it = files.begin(); it != files.end();) {
        const std::string& name = it->first;
        const bool shm = name.size() > 4 && name.compare(name.size() - 4, 4, "-shm") == 0;
        const bool emptyWal = name.size() > 4 && name.compare(name.size() - 4, 4, "-wal") == 0 && it->second.empty();
        it = shm || emptyWal ? files.erase(it) : std::next(it);
    }
    return files;
}

/// Runs `motcua args…` so that it cannot write the store: as `nobody` when we are root.
RunResult runReadOnly(const std::string& motcua, const std::vector<std::string>& args)
{
    if (::geteuid() != 0) return runProgram(motcua, args);
    std::vector<std::string> a = {"--reuid=nobody", "--regid=nogroup", "--clear-groups", "--", motcua};
    a.insert(a.end(), args.begin(), args.end());
    return runProgram("/usr/bin/setpriv", a);
}

}  // namespace

TEST_CASE("failure modes: a read-only store refuses writes and says why", "[cli][failure]")
{
    const std::string problem = readOnlyPrefixProblem();
    if (!problem.empty()) {
        WARN("running as root and " << problem << ": the store cannot be made read-only here; skipped");
        return;
    }
    TempDir dir;
    const auto office = Office::createDemo(dir.file("office.db"));
    // The binary is copied beside the store so `nobody` can run it wherever the build lives. The
    // store stays root's, mode 0644 (0444 when we are not root); the directory is the user's, as in
    // an office where someone made the file read-only: SQLite may keep its -wal and -shm there
    // to read (a WAL store cannot be read at all without them), the store itself must not change.
    const std::string motcua = dir.file("motcua");
    copyFile(motcuaPath(), motcua);
    REQUIRE(::chmod(motcua.c_str(), 0755) == 0);
    REQUIRE(::chmod(dir.path().c_str(), 0755) == 0);
    if (::geteuid() == 0) {
        const passwd* nobody = ::getpwnam("nobody");
        const group* nogroup = ::getgrnam("nogroup");
        REQUIRE(::chown(dir.path().c_str(), nobody->pw_uid, nogroup->gr_gid) == 0);
    }
    REQUIRE(::chmod(office.db().c_str(), ::geteuid() == 0 ? 0644 : 0444) == 0);
    const auto before = storeFiles(dir.path());
    const std::vector<std::vector<std::string>> writes = {
        {"ticket", "issue", "--group", "HT"},
        {"ticket", "call", "--counter", "2"},
        {"case", "receive", "--procedure", "1.004873", "--applicant", "Nguyễn Văn An"},
        {"sweep"},
        {"setting", "set", "--key", "office.name", "--value", "UBND xã Thử"},
    };
    for (const auto& args : writes) {
        std::vector<std::string> full = {"--db", office.db(), "--now", kNow};
        full.insert(full.end(), args.begin(), args.end());
        const auto r = runReadOnly(motcua, full);
        INFO(describe(full, r));
        expectCleanRefusal(r, 6, "chỉ cho phép đọc");
        CHECK(firstDifference(before, storeFiles(dir.path())).empty());
    }
    // Reading still works.
    const std::vector<std::string> read = {"--db", office.db(), "--now", kNow, "--json", "case", "list"};
    const auto r = runReadOnly(motcua, read);
    INFO(describe(read, r));
    CHECK(r.exitCode == 0);
    CHECK(Json::parse(r.out).size() >= 5);
    CHECK(firstDifference(before, storeFiles(dir.path())).empty());
}
