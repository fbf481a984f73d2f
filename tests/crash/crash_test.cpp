// Crash safety (issue 7): the workload in crash_worker is killed with SIGKILL at random moments;
// after every kill the store must pass PRAGMA integrity_check, hold every operation the worker had
// acknowledged, keep ticket and dossier numbers unique and gap-free, and verify its audit chain.
// ctest runs 25 kills; MOTCUA_CRASH_KILLS=200 (or more) runs the full record.
#include "service/demo_data.h"
#include "service/desk.h"
#include "store/database.h"

#include <catch2/catch.hpp>

#include <poll.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <random>
#include <set>
#include <thread>
#include <vector>

using namespace motcua;

namespace {

struct Dir {
    std::string path;
    Dir()
    {
        char tmpl[] = "/tmp/motcua-crash-XXXXXX";
        path = ::mkdtemp(tmpl);
    }
    ~Dir()
    {
        std::error_code ec;
        std::filesystem::remove_all(path, ec);
    }
};

void makeOffice(const std::string& db)
{
    service::createFirstAdmin(db, "admin-password");
    auto desk = service::openSqliteDesk(db);
    desk->actAs("admin");
    // Each worker run is another day (weekends too), and tickets are issued in office hours only.
    desk->setSetting("calendar.schedule", "mon-sun 07:30-11:30 13:30-17:00");
    // Workers call again within a second of their last call: that is the point, not a double F5.
    desk->setSetting("queue.repeat_call_seconds", "0");
    // 24/11 (Ngày Văn hóa Việt Nam) is a suggested day off in a year without a confirmed table:
    // the workers' days (23/11 onwards) are all working days here.
    desk->setCalendarDay(*domain::parseDate("2026-11-24"), domain::CalendarOverride::Workday, "Làm việc (thử)");
    for (int c = 1; c <= 3; ++c) desk->addCounter({c, "Quầy " + std::to_string(c), true, {}});
    desk->addGroup({0, "HT", "A", "Tư pháp – Hộ tịch", {1, 2}});
    desk->addGroup({0, "DD", "B", "Đất đai", {3}});
    const auto r = desk->importProcedures(std::string(domain::kProcedureCsvHeaderV1) +
                                          "\n1.004873,Cấp Giấy xác nhận tình trạng hôn nhân,Hộ tịch,HT,3,0,,Công chức Tư pháp - Hộ tịch,pause,Tờ khai,test\n");
    REQUIRE(r.errors.empty());
}

int killsToRun()
{
    const char* env = std::getenv("MOTCUA_CRASH_KILLS");
    return env ? std::max(1, std::atoi(env)) : 25;
}

/// Every acknowledged line, by kind.
std::map<std::string, std::set<std::string>> readLog(const std::string& path)
{
    std::map<std::string, std::set<std::string>> out;
    std::ifstream in(path);
    std::string kind, value;
    while (in >> kind >> value) out[kind].insert(value);
    return out;
}

void checkStore(const std::string& db, const std::map<std::string, std::set<std::string>>& acked)
{
    std::map<std::string, std::string> labels;  // "day/label" → status
    {
        store::Database raw(db, store::OpenMode::ExistingReadWrite);
        auto& ic = raw.prepare("PRAGMA integrity_check");
        REQUIRE(ic.step());
        REQUIRE(ic.getText(0) == "ok");
        ic.reset();
        // Numbers: unique and gap-free per group and per office-day.
        auto& t = raw.prepare("SELECT issued_group_id, COUNT(*), COUNT(DISTINCT number), MAX(number) FROM tickets GROUP BY day, issued_group_id");
        while (t.step()) {
            REQUIRE(t.getInt(1) == t.getInt(2));
            REQUIRE(t.getInt(1) == t.getInt(3));
        }
        auto& d = raw.prepare("SELECT COUNT(*), COUNT(DISTINCT seq), MAX(seq) FROM dossiers GROUP BY office, day");
        while (d.step()) {
            REQUIRE(d.getInt(0) == d.getInt(1));
            REQUIRE(d.getInt(0) == d.getInt(2));
        }
        // A ticket called twice would show as two 'call' rows for one ticket.
        auto& twice = raw.prepare("SELECT COUNT(*) FROM (SELECT ticket_id FROM ticket_calls WHERE kind = 'call' GROUP BY ticket_id HAVING COUNT(*) > 1)");
        REQUIRE(twice.step());
        REQUIRE(twice.getInt(0) == 0);
        twice.reset();
        auto& all = raw.prepare("SELECT day || '/' || label, status FROM tickets");
        while (all.step()) labels[all.getText(0)] = all.getText(1);
    }
    auto desk = service::openSqliteDesk(db);
    desk->actAs("admin");
    REQUIRE(desk->verifyAudit().ok);
    for (const auto& kind : {"ticket", "called"})
        if (acked.count(kind))
            for (const auto& label : acked.at(kind)) {
                INFO(kind << " " << label);
                REQUIRE(labels.count(label) == 1);
                if (std::string(kind) == "called") REQUIRE(labels.at(label) != "waiting");
            }
    for (const auto& kind : {"dossier", "forwarded", "returned"})
        if (acked.count(kind))
            for (const auto& code : acked.at(kind)) {
                INFO(kind << " " << code);
                const auto status = desk->dossier(code).dossier.status;
                if (std::string(kind) == "returned") REQUIRE(status == domain::DossierStatus::Returned);
            }
}

}  // namespace

TEST_CASE("SIGKILL at random moments loses nothing that was acknowledged", "[crash]")
{
    Dir dir;
    const std::string db = dir.path + "/store.db";
    const std::string log = dir.path + "/acknowledged.log";
    makeOffice(db);
    std::mt19937 rng(20261123);
    const int kills = killsToRun();
    int killedMidWork = 0;
    for (int k = 0; k < kills; ++k) {
        int ready[2] = {-1, -1};
        REQUIRE(::pipe(ready) == 0);
        const pid_t pid = ::fork();
        if (pid == 0) {
            const std::string seed = std::to_string(k);
            ::close(ready[0]);
            ::setenv("MOTCUA_CRASH_READY_FD", std::to_string(ready[1]).c_str(), 1);
            ::execl(MOTCUA_CRASH_WORKER, "crash_worker", db.c_str(), log.c_str(), seed.c_str(), static_cast<char*>(nullptr));
            ::_exit(127);
        }
        REQUIRE(pid > 0);
        ::close(ready[1]);
        // The kill comes 20–140 ms into the work, counted from when the worker says it started
        // (not from the fork: start-up time differs between builds and sanitizers).
        pollfd p{ready[0], POLLIN, 0};
        ::poll(&p, 1, 30000);
        ::close(ready[0]);
        std::this_thread::sleep_for(std::chrono::milliseconds(20 + rng() % 120));
        ::kill(pid, SIGKILL);
        int status = 0;
        ::waitpid(pid, &status, 0);
        INFO("kill " << k);
        if (WIFSIGNALED(status)) ++killedMidWork;
        else REQUIRE(WEXITSTATUS(status) == 0);  // a worker that failed by itself is a bug
        checkStore(db, readLog(log));
    }
    REQUIRE(killedMidWork == kills);
    const auto acked = readLog(log);
    // The kills landed mid-work: every run acknowledged operations before it died.
    REQUIRE(acked.count("ticket"));
    REQUIRE(acked.count("dossier"));
    REQUIRE(acked.at("ticket").size() > static_cast<std::size_t>(kills));
    REQUIRE(acked.at("dossier").size() > static_cast<std::size_t>(kills));
    WARN("kills: " << kills << ", acknowledged tickets: " << acked.at("ticket").size()
                   << ", dossiers: " << acked.at("dossier").size());
}

TEST_CASE("sixteen processes doing the mixed workload at once stay consistent", "[concurrency]")
{
    // ctest runs a short soak; MOTCUA_SOAK_SECONDS=60 runs the minute of the issue.
    const char* env = std::getenv("MOTCUA_SOAK_SECONDS");
    const int seconds = env ? std::max(1, std::atoi(env)) : 6;
    Dir dir;
    const std::string db = dir.path + "/store.db";
    makeOffice(db);
    std::vector<pid_t> workers;
    std::vector<std::string> logs;
    for (int w = 0; w < 16; ++w) {
        logs.push_back(dir.path + "/worker" + std::to_string(w) + ".log");
        const pid_t pid = ::fork();
        if (pid == 0) {
            const std::string seed = std::to_string(1000 + w);
            ::execl(MOTCUA_CRASH_WORKER, "crash_worker", db.c_str(), logs.back().c_str(), seed.c_str(), "0",
                    static_cast<char*>(nullptr));
            ::_exit(127);
        }
        REQUIRE(pid > 0);
        workers.push_back(pid);
    }
    std::this_thread::sleep_for(std::chrono::seconds(seconds));
    int stillWorking = 0;
    for (pid_t pid : workers) {
        ::kill(pid, SIGKILL);
        int status = 0;
        ::waitpid(pid, &status, 0);
        // A worker that stopped by itself met an error other than "busy" or "nobody waiting".
        if (WIFSIGNALED(status)) ++stillWorking;
    }
    REQUIRE(stillWorking == 16);
    std::map<std::string, std::set<std::string>> acked;
    for (const auto& log : logs)
        for (const auto& [kind, values] : readLog(log)) acked[kind].insert(values.begin(), values.end());
    checkStore(db, acked);  // gap-free numbers, no ticket called twice, acknowledged work present
    REQUIRE(acked.at("ticket").size() > 16);
    WARN("16 processes for " << seconds << " s: " << acked.at("ticket").size() << " tickets, "
                             << (acked.count("called") ? acked.at("called").size() : 0) << " calls, "
                             << acked.at("dossier").size() << " dossiers");
}
