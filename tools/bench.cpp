// `motcua bench`: figures, not a timed test. Ticket issue latency against a bare SQLite insert
// with the same pragmas, call-next latency with P processes racing, the late list and the
// sweep over N dossiers with 10 events each, and bytes per dossier. Prints one JSON object.
#include "cli.h"
#include "cli_output.h"

#include "service/demo_data.h"
#include "service/store_admin.h"

#include <sqlite3.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>

namespace motcua::cli {

namespace {

using Clock = std::chrono::steady_clock;

double msSince(Clock::time_point t0)
{
    return std::chrono::duration<double, std::milli>(Clock::now() - t0).count();
}

struct Stats {
    double median = 0;
    double p99 = 0;
};

Stats stats(std::vector<double> v)
{
    if (v.empty()) return {};
    std::sort(v.begin(), v.end());
    auto at = [&](double q) { return v[std::min(v.size() - 1, static_cast<std::size_t>(q * static_cast<double>(v.size())))]; };
    return {at(0.5), at(0.99)};
}

double round3(double x) { return static_cast<double>(std::llround(x * 1000)) / 1000; }

/// The baseline: one-row INSERT transactions with the store's pragmas, on a bare file.
std::vector<double> bareInsertLatencies(const std::string& path, int n)
{
    sqlite3* db = nullptr;
    sqlite3_open(path.c_str(), &db);
    sqlite3_exec(db, "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; PRAGMA foreign_keys=ON;"
                     "CREATE TABLE t(id INTEGER PRIMARY KEY, day TEXT, label TEXT, at INTEGER)", nullptr, nullptr, nullptr);
    sqlite3_stmt* st = nullptr;
    sqlite3_prepare_v2(db, "INSERT INTO t(day, label, at) VALUES ('2026-11-23', ?, 0)", -1, &st, nullptr);
    std::vector<double> out;
    for (int i = 0; i < n; ++i) {
        const auto t0 = Clock::now();
        sqlite3_exec(db, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr);
        const std::string label = "A" + std::to_string(i);
        sqlite3_bind_text(st, 1, label.c_str(), -1, SQLITE_TRANSIENT);
        sqlite3_step(st);
        sqlite3_reset(st);
        sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr);
        out.push_back(msSince(t0));
    }
    sqlite3_finalize(st);
    sqlite3_close(db);
    return out;
}

std::string makeOffice(const std::string& dir, const std::string& name, service::Instant now)
{
    const std::string path = dir + "/" + name;
    service::createFirstAdmin(path, "bench-password");
    auto desk = service::openSqliteDesk(path, {service::fixedClock(now)});
    desk->actAs("admin");
    desk->addCounter({1, "Quầy 1", true, {}});
    desk->addCounter({2, "Quầy 2", true, {}});
    desk->addGroup({0, "HT", "A", "Tư pháp – Hộ tịch", {1, 2}});
    return path;
}

/// P processes call next until the queue is empty; returns every call's latency (ms).
std::vector<double> racingCallLatencies(const std::string& path, int procs, service::Instant now)
{
    std::vector<std::string> files;
    std::vector<pid_t> children;
    for (int p = 0; p < procs; ++p) {
        files.push_back(path + ".calls" + std::to_string(p));
        const pid_t pid = ::fork();
        if (pid == 0) {
            std::ofstream out(files.back());
            try {
                auto desk = service::openSqliteDesk(path, {service::fixedClock(now)});
                desk->actAs("admin");
                for (;;) {
                    const auto t0 = Clock::now();
                    try {
                        desk->callNext(p % 2 + 1);
                    } catch (const Error& e) {
                        if (e.code() == ErrorCode::Empty) break;
                        if (e.code() != ErrorCode::Busy) throw;
                    }
                    out << msSince(t0) << "\n";
                }
            } catch (...) {
                ::_exit(1);
            }
            out.close();
            ::_exit(0);
        }
        children.push_back(pid);
    }
    for (pid_t c : children) ::waitpid(c, nullptr, 0);
    std::vector<double> all;
    for (const auto& f : files) {
        std::ifstream in(f);
        double v = 0;
        while (in >> v) all.push_back(v);
    }
    return all;
}

int cmdBench(Context& c)
{
    const auto dossiers = c.args.getInt("--dossiers", 100, 10'000'000).value_or(1'000'000);
    const int procs = static_cast<int>(c.args.getInt("--procs", 1, 64).value_or(4));
    const int issues = static_cast<int>(c.args.getInt("--tickets", 10, 100'000).value_or(500));
    const std::string dir = c.args.get("--dir").value_or(std::filesystem::temp_directory_path().string());
    char tmpl[4096];
    std::snprintf(tmpl, sizeof tmpl, "%s/motcua-bench-XXXXXX", dir.c_str());
    if (!::mkdtemp(tmpl)) throw Error(ErrorCode::Storage, "Không tạo được thư mục tạm trong " + dir);
    const std::string work = tmpl;
    const service::Instant now = c.fixedNow ? c.now : *domain::parseLocalDateTime("2026-11-23 10:00");
    Json j;
    try {
        // 1. Ticket issue latency vs. a bare insert transaction with the same pragmas.
        const std::string queuePath = makeOffice(work, "queue.db", now);
        std::vector<double> issue;
        {
            auto kiosk = service::openSqliteDesk(queuePath, {service::fixedClock(now)});
            kiosk->actAs("admin");
            for (int i = 0; i < issues; ++i) {
                const auto t0 = Clock::now();
                kiosk->issueTicket({"HT", i % 5 == 0 ? "Người cao tuổi" : "", true});
                issue.push_back(msSince(t0));
            }
        }
        const auto bare = stats(bareInsertLatencies(work + "/bare.db", issues));
        const auto is = stats(issue);
        j["ticket_issue_ms"] = {{"n", issues}, {"median", round3(is.median)}, {"p99", round3(is.p99)}};
        j["bare_insert_ms"] = {{"n", issues}, {"median", round3(bare.median)}, {"p99", round3(bare.p99)}};
        j["issue_to_bare_ratio"] = round3(is.median / std::max(bare.median, 1e-6));

        // 2. Call next with P processes racing for the same queue.
        const auto calls = stats(racingCallLatencies(queuePath, procs, now));
        j["call_next_ms"] = {{"procs", procs}, {"tickets", issues}, {"median", round3(calls.median)}, {"p99", round3(calls.p99)}};

        // 3. The late list and the sweep over N dossiers with 10 events each.
        const std::string casePath = work + "/cases.db";
        service::createFirstAdmin(casePath, "bench-password");
        {
            auto desk = service::openSqliteDesk(casePath, {service::fixedClock(now)});
            desk->actAs("admin");
            desk->addGroup({0, "HT", "A", "Tư pháp – Hộ tịch", {}});
            desk->importProcedures(std::string(domain::kProcedureCsvHeaderV1) +
                                   "\n1.004873,Cấp Giấy xác nhận tình trạng hôn nhân,Hộ tịch,HT,3,0,,Công chức Tư pháp - Hộ tịch,pause,Tờ khai,bench\n");
        }
        auto t0 = Clock::now();
        service::writeSyntheticDossiers(casePath, dossiers, 10, now);
        service::checkpointStore(casePath);
        j["load_seconds"] = round3(msSince(t0) / 1000);
        auto desk = service::openSqliteDesk(casePath, {service::fixedClock(now)});
        desk->actAs("admin");
        service::DossierQuery late;
        late.kind = service::DossierQuery::Kind::Late;
        t0 = Clock::now();
        const auto lateList = desk->dossiers(late);
        j["late_list"] = {{"ms", round3(msSince(t0))}, {"rows", lateList.size()}};
        t0 = Clock::now();
        const auto first = desk->sweep();
        j["sweep_first"] = {{"ms", round3(msSince(t0))}, {"drafted", first.drafted}, {"late", first.late}, {"at_risk", first.atRisk}};
        t0 = Clock::now();
        const auto again = desk->sweep();
        j["sweep_again"] = {{"ms", round3(msSince(t0))}, {"drafted", again.drafted}};
        desk.reset();
        service::checkpointStore(casePath);
        struct stat st {};
        ::stat(casePath.c_str(), &st);
        j["dossiers"] = dossiers;
        j["db_bytes"] = static_cast<std::int64_t>(st.st_size);
        j["bytes_per_dossier"] = round3(static_cast<double>(st.st_size) / static_cast<double>(dossiers));
    } catch (...) {
        std::filesystem::remove_all(work);
        throw;
    }
    std::filesystem::remove_all(work);
    printJson(c.out, j);
    return kOk;
}

}  // namespace

void addBenchCommands(std::vector<Command>& c)
{
    c.push_back({"bench", "đo hiệu năng (in JSON)",
                 {{"--dossiers", true, "số hồ sơ mẫu (mặc định 1000000)"},
                  {"--procs", true, "số tiến trình gọi số cùng lúc (mặc định 4)"},
                  {"--tickets", true, "số vé phát (mặc định 500)"},
                  {"--dir", true, "thư mục tạm (mặc định /tmp)"}},
                 cmdBench});
}

}  // namespace motcua::cli
