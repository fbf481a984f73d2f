// motcua-lan-bench: the office LAN under load (issue 14, "Measure"). Figures, not a test: starts a
// real `motcua serve` on loopback over a fresh demo store, enrols 40 counters, a kiosk and 3 walls
// as network clients, and for a while lets the counters call and finish while the kiosk issues a
// ticket a second and the walls follow the change stream (in the fault runs an intake clerk also
// receives and forwards a dossier every half second). Prints one JSON object: call-next round
// trip, commit → event at a wall, tickets called twice or lost, network ÷ in-process issue time,
// the host's idle CPU and RSS with every client connected; with --faults N it also kills the host
// N times under load and checks that nothing acknowledged is lost and nothing is doubled.
#include "bench_support/dossier_check.h"
#include "bench_support/dropping_proxy.h"
#include "bench_support/motcua_process.h"
#include "domain/error.h"
#include "net/https_transport.h"
#include "net/remote_desk.h"
#include "service/desk.h"

#include <nlohmann/json.hpp>

#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <csignal>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <mutex>
#include <set>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

extern char** environ;

namespace {

using namespace motcua;
using Steady = std::chrono::steady_clock;
namespace fs = std::filesystem;

double msSince(Steady::time_point t0) { return std::chrono::duration<double, std::milli>(Steady::now() - t0).count(); }

struct Options {
    std::string motcua;          ///< the motcua binary (default: beside this program)
    int counters = 40;
    int walls = 3;
    int seconds = 60;
    int faults = 0;              ///< SIGKILL the host this many times under load
    std::string now = "2026-11-26 09:00";
    double drop = 0;             ///< share of answers the proxy drops (0: clients talk to the host directly)
    int idleSeconds = 12;        ///< every client connected and quiet before the load (idle CPU is measured then)
    bool keep = false;           ///< leave the store and the host's log (office.db.serve.log) behind
};

struct Percentiles {
    double median = 0, p99 = 0, max = 0;
    std::size_t n = 0;
};

Percentiles percentiles(std::vector<double> v)
{
    Percentiles p;
    p.n = v.size();
    if (v.empty()) return p;
    std::sort(v.begin(), v.end());
    auto at = [&](double q) { return v[std::min(v.size() - 1, static_cast<std::size_t>(q * static_cast<double>(v.size())))]; };
    p.median = at(0.5);
    p.p99 = at(0.99);
    p.max = v.back();
    return p;
}

nlohmann::json toJson(const Percentiles& p)
{
    auto r = [](double x) { return static_cast<double>(std::llround(x * 100)) / 100; };
    return {{"median_ms", r(p.median)}, {"p99_ms", r(p.p99)}, {"max_ms", r(p.max)}, {"n", p.n}};
}

std::string runMotcua(const Options& o, const std::vector<std::string>& args) { return bench::runMotcua(o.motcua, args); }

using bench::Host;
using bench::stopHost;

Host startHost(const Options& o, const std::string& db, const std::string& listen) { return bench::startHost(o.motcua, db, o.now, listen); }

/// CPU seconds (user + system) and RSS in KiB of a process, from /proc.
std::pair<double, long> cpuAndRss(pid_t pid)
{
    std::ifstream stat("/proc/" + std::to_string(pid) + "/stat");
    std::string s;
    std::getline(stat, s);
    const auto close = s.rfind(')');
    std::istringstream rest(s.substr(close + 2));
    std::vector<std::string> f;
    for (std::string w; rest >> w;) f.push_back(w);
    const double ticks = static_cast<double>(sysconf(_SC_CLK_TCK));
    const double cpu = (std::stod(f.at(11)) + std::stod(f.at(12))) / ticks;
    long rss = 0;
    std::ifstream status("/proc/" + std::to_string(pid) + "/status");
    for (std::string l; std::getline(status, l);)
        if (l.rfind("VmRSS:", 0) == 0) rss = std::stol(l.substr(6));
    return {cpu, rss};
}

std::string enrolCode(const Options& o, const std::string& db, const char* kind, const std::string& name)
{
    const auto j = nlohmann::json::parse(runMotcua(o, {"--db", db, "device", "add", "--kind", kind, "--name", name, "--json"}));
    return j.at("code").get<std::string>();
}

struct Client {
    std::unique_ptr<service::Desk> desk;
    std::string configDir;
};

Client enrol(const Options& o, const std::string& dir, const std::string& db, const std::string& server, const char* kind,
             const std::string& name)
{
    Client c;
    c.configDir = dir + "/devices/" + name;
    fs::create_directories(c.configDir);
    net::RemoteOptions r;
    r.server = server;
    r.enrollCode = enrolCode(o, db, kind, name);
    r.configDir = c.configDir;
    r.deviceName = kind;
    c.desk = net::openRemoteDesk(r);
    return c;
}

constexpr const char* kGroup = "HT";
constexpr const char* kPassword = "demo12345";

struct Shared {
    std::mutex m;
    std::vector<double> callMs;
    std::vector<double> callMsReused;   ///< calls that went over the open keep-alive connection
    std::vector<double> callMsOpened;   ///< calls that had to open a connection (TLS handshake)
    std::vector<double> callMsRetried;  ///< calls that needed more than one try (a stale connection, a drop)
    std::vector<double> callMsAfterFirstSecond;  ///< the first second is 40 counters starting at once
    std::vector<double> slowAtSecond;   ///< when (s since the load started) each call above 50 ms began
    Steady::time_point loadStart = Steady::now();
    std::vector<double> issueMs;
    std::vector<double> eventMs;
    std::multiset<std::string> called;  ///< every label a callNext returned
    std::set<std::string> issued;       ///< every label whose issue was acknowledged
    std::atomic<bool> stop{false};
    std::atomic<long> errors{0};
    std::atomic<std::int64_t> lastIssueSteadyNs{0};  ///< when the newest acknowledged issue returned
};

/// One call's round trip, filed by what it cost on the wire (net::lastCallStats()).
void noteCall(Shared& sh, Steady::time_point t0, double ms)
{
    const auto wire = net::lastCallStats();
    sh.callMs.push_back(ms);
    (wire.tries > 1 ? sh.callMsRetried : wire.handshakes > 0 ? sh.callMsOpened : sh.callMsReused).push_back(ms);
    const double at = std::chrono::duration<double>(t0 - sh.loadStart).count();
    if (at >= 1) sh.callMsAfterFirstSecond.push_back(ms);
    if (ms > 50) sh.slowAtSecond.push_back(at);
}

void counterLoop(service::Desk& desk, int counter, Shared& sh)
{
    while (!sh.stop) {
        const auto t0 = Steady::now();
        try {
            const auto t = desk.callNext(counter);
            const double ms = msSince(t0);
            std::lock_guard lock(sh.m);
            noteCall(sh, t0, ms);
            sh.called.insert(t.label);
        } catch (const Error& e) {
            const double ms = msSince(t0);
            if (e.code() == ErrorCode::Empty) {
                std::lock_guard lock(sh.m);
                noteCall(sh, t0, ms);
            } else {
                ++sh.errors;
            }
            std::this_thread::sleep_for(std::chrono::milliseconds(200));
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(50));  // a clerk does not call 20 times a second
    }
}

void kioskLoop(service::Desk& desk, const std::string& group, Shared& sh)
{
    while (!sh.stop) {
        const auto t0 = Steady::now();
        try {
            service::IssueTicketRequest rq;
            rq.groupCode = group;
            const auto t = desk.issueTicket(rq);
            const double ms = msSince(t0);
            sh.lastIssueSteadyNs = Steady::now().time_since_epoch().count();
            std::lock_guard lock(sh.m);
            sh.issueMs.push_back(ms);
            sh.issued.insert(t.ticket.label);
        } catch (const Error&) {
            ++sh.errors;
        }
        std::this_thread::sleep_for(std::chrono::seconds(1));
    }
}

/// A wall follows the change stream: after each acknowledged issue, how long until its data
/// version moves (an upper bound on commit → event, since the commit precedes the answer).
void wallLoop(service::Desk& desk, Shared& sh)
{
    std::int64_t seenIssue = sh.lastIssueSteadyNs;
    auto version = desk.dataVersion();
    while (!sh.stop) {
        const std::int64_t issue = sh.lastIssueSteadyNs;
        if (issue != seenIssue) {
            seenIssue = issue;
            while (!sh.stop && desk.dataVersion() == version) std::this_thread::sleep_for(std::chrono::milliseconds(1));
            version = desk.dataVersion();
            const double ms = static_cast<double>(Steady::now().time_since_epoch().count() - issue) / 1e6;
            std::lock_guard lock(sh.m);
            sh.eventMs.push_back(std::max(0.0, ms));
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(2));
        version = desk.dataVersion();
    }
}

/// The host's own time for each callNext, from its request log ("… POST /v1/call/callNext 200 12ms"):
/// set beside the client's round trip it splits the host (queue for the write lock, the Desk
/// call, its fsync) from TLS, HTTP and the scheduling of both processes.
std::vector<double> hostCallMs(const std::string& log)
{
    std::vector<double> out;
    std::ifstream in(log);
    for (std::string l; std::getline(in, l);) {
        const auto at = l.find(" /v1/call/callNext ");
        if (at == std::string::npos) continue;
        std::istringstream rest(l.substr(at + 19));
        int status = 0;
        std::string ms;
        if (rest >> status >> ms && ms.size() > 2 && ms.compare(ms.size() - 2, 2, "ms") == 0)
            out.push_back(std::stod(ms.substr(0, ms.size() - 2)));
    }
    return out;
}

/// How many calls above 50 ms began in each second of the load ({"0": 31, "47": 12, …}).
nlohmann::json slowBySecond(const std::vector<double>& at)
{
    std::map<int, int> n;
    for (const double s : at) ++n[static_cast<int>(s)];
    nlohmann::json out = nlohmann::json::object();
    for (const auto& [second, count] : n) out[std::to_string(second)] = count;
    return out;
}

/// Labels present in the store (read on the host with --db after the run).
std::set<std::string> storedLabels(const Options& o, const std::string& db)
{
    std::set<std::string> out;
    const auto j = nlohmann::json::parse(runMotcua(o, {"--db", db, "--now", o.now, "--as", "admin", "--json", "ticket", "list"}));
    for (const auto& t : j) out.insert(t.at("ticket").get<std::string>());
    return out;
}

void prepareStore(const Options& o, const std::string& db)
{
    runMotcua(o, {"--db", db, "--now", o.now, "init", "--demo"});
    service::DeskOptions d;
    d.clock = service::fixedClock(*domain::parseLocalDateTime(o.now));
    auto desk = service::openSqliteDesk(db, d);
    desk->actAs("admin");
    desk->setSetting("queue.repeat_call_seconds", "0");  // a fixed clock: every call is "at once"
    for (int i = 1; i <= o.counters; ++i) {
        const auto n = std::to_string(100 + i);
        desk->addCounter({100 + i, "Quầy " + n, true, {kGroup}});
        domain::StaffMember m;
        m.username = "bench" + n;
        m.fullName = "Cán bộ " + n;
        m.role = domain::Role::Staff;
        desk->addStaff(m, kPassword);
    }
}

/// The in-process figure the network one is compared with.
double inProcessIssueMedian(const Options& o, const std::string& dir)
{
    const auto db = dir + "/inproc.db";
    runMotcua(o, {"--db", db, "--now", o.now, "init", "--demo"});
    service::DeskOptions d;
    d.clock = service::fixedClock(*domain::parseLocalDateTime(o.now));
    auto desk = service::openSqliteDesk(db, d);
    desk->actAs("kiosk");
    std::vector<double> v;
    for (int i = 0; i < 200; ++i) {
        const auto t0 = Steady::now();
        service::IssueTicketRequest rq;
        rq.groupCode = kGroup;
        (void)desk->issueTicket(rq);
        v.push_back(msSince(t0));
    }
    return percentiles(v).median;
}

int run(const Options& o)
{
    const auto dir = fs::temp_directory_path() / ("motcua-lan-bench-" + std::to_string(getpid()));
    fs::create_directories(dir);
    const auto db = (dir / "office.db").string();
    prepareStore(o, db);
    Host host = startHost(o, db, "127.0.0.1:0");
    struct KillOnThrow {  // a failed run must not leave its host behind
        Host& h;
        ~KillOnThrow() { stopHost(h, SIGKILL); }
    } killOnThrow{host};
    const std::string listen = "127.0.0.1:" + host.port;
    std::unique_ptr<bench::DroppingProxy> proxy;
    if (o.drop > 0) proxy = std::make_unique<bench::DroppingProxy>(std::stoi(host.port), 0.0);
    const std::string server = proxy ? "https://127.0.0.1:" + std::to_string(proxy->port()) : host.api;

    std::vector<Client> counters;
    for (int i = 1; i <= o.counters; ++i) {
        counters.push_back(enrol(o, dir.string(), db, server, "counter", "counter" + std::to_string(i)));
        counters.back().desk->login("bench" + std::to_string(100 + i), kPassword);
    }
    Client kiosk = enrol(o, dir.string(), db, server, "kiosk", "kiosk");
    // The fault runs also drive dossiers and steps through the lossy network (checked at the end).
    const bool faultRun = o.faults > 0 || o.drop > 0;
    Client intake;
    if (faultRun) {
        intake = enrol(o, dir.string(), db, server, "counter", "intake");
        intake.desk->login("motcua1", "demo1234");
    }
    std::vector<Client> walls;
    for (int i = 1; i <= o.walls; ++i) walls.push_back(enrol(o, dir.string(), db, server, "wall", "wall" + std::to_string(i)));
    for (auto& w : walls) (void)w.desk->dataVersion();  // opens the change stream
    for (auto& c : counters) (void)c.desk->dataVersion();
    (void)kiosk.desk->dataVersion();

    // Idle host with every client connected.
    std::this_thread::sleep_for(std::chrono::seconds(2));
    const auto [cpu0, rss0] = cpuAndRss(host.pid);
    const int quiet = std::max(1, o.idleSeconds - 2);
    std::this_thread::sleep_for(std::chrono::seconds(quiet));
    const auto [cpu1, rss1] = cpuAndRss(host.pid);
    const double idleCpuPercent = (cpu1 - cpu0) / quiet * 100.0;

    Shared sh;
    // A backlog so the counters have people to call from the first second.
    for (int i = 0; i < o.counters * 3; ++i) {
        service::IssueTicketRequest rq;
        rq.groupCode = kGroup;
        try {
            const auto t = kiosk.desk->issueTicket(rq);
            sh.issued.insert(t.ticket.label);
        } catch (const Error& e) {
            // The host's per-device limit (20 a second after a burst of 60): refused before it ran.
            if (e.code() != ErrorCode::Busy) throw;
            --i;
            std::this_thread::sleep_for(std::chrono::milliseconds(200));
        }
    }
    if (proxy) proxy->setShare(o.drop);
    sh.loadStart = Steady::now();
    std::vector<std::thread> threads;
    for (int i = 0; i < o.counters; ++i)
        threads.emplace_back(counterLoop, std::ref(*counters[static_cast<std::size_t>(i)].desk), 101 + i, std::ref(sh));
    threads.emplace_back(kioskLoop, std::ref(*kiosk.desk), kGroup, std::ref(sh));
    bench::IntakeLog intakeLog;
    if (faultRun) threads.emplace_back([&] { bench::intakeLoop(*intake.desk, sh.stop, intakeLog); });
    for (auto& w : walls) threads.emplace_back(wallLoop, std::ref(*w.desk), std::ref(sh));

    int kills = 0;
    std::vector<double> backMs;
    const auto start = Steady::now();
    while (msSince(start) < o.seconds * 1000.0) {
        if (kills < o.faults && msSince(start) > (kills + 1) * (o.seconds * 1000.0 / (o.faults + 1))) {
            stopHost(host, SIGKILL);
            ++kills;
            std::this_thread::sleep_for(std::chrono::milliseconds(300));
            const auto t0 = Steady::now();
            host = startHost(o, db, listen);
            // Back when the kiosk's next issue is acknowledged.
            const auto before = sh.lastIssueSteadyNs.load();
            while (sh.lastIssueSteadyNs.load() == before && msSince(t0) < 30000)
                std::this_thread::sleep_for(std::chrono::milliseconds(20));
            backMs.push_back(msSince(t0));
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
    }
    sh.stop = true;
    for (auto& t : threads) t.join();
    const auto [cpuEnd, rssEnd] = cpuAndRss(host.pid);
    (void)cpuEnd;
    const double netIssue = percentiles(sh.issueMs).median;
    counters.clear();
    walls.clear();
    kiosk.desk.reset();
    intake.desk.reset();
    stopHost(host, SIGTERM);
    const long dropped = proxy ? proxy->dropped() : 0;
    proxy.reset();
    long replays = 0;
    {
        std::ifstream log(db + ".serve.log");
        for (std::string l; std::getline(log, l);) replays += l.size() > 7 && l.compare(l.size() - 7, 7, " replay") == 0;
    }

    // Every acknowledged ticket is in the store; no ticket was called twice.
    const auto stored = storedLabels(o, db);
    nlohmann::json dossierCheck;  // null unless the fault run drove dossiers
    if (faultRun) {
        service::DeskOptions d;
        d.clock = service::fixedClock(*domain::parseLocalDateTime(o.now));
        auto admin = service::openSqliteDesk(db, d);
        admin->actAs("admin");
        dossierCheck = bench::checkDossiers(*admin, intakeLog);
    }
    long lost = 0;
    for (const auto& l : sh.issued) lost += stored.count(l) == 0 ? 1 : 0;
    long twice = 0;
    for (auto it = sh.called.begin(); it != sh.called.end(); it = sh.called.upper_bound(*it))
        twice += sh.called.count(*it) > 1 ? 1 : 0;
    const double inProc = inProcessIssueMedian(o, dir.string());

    nlohmann::json out = {
        {"clients", {{"counters", o.counters}, {"kiosks", 1}, {"walls", o.walls}}},
        {"seconds", o.seconds},
        {"call_next", toJson(percentiles(sh.callMs))},
        {"call_next_after_first_second", toJson(percentiles(sh.callMsAfterFirstSecond))},
        {"call_next_reused_connection", toJson(percentiles(sh.callMsReused))},
        {"call_next_opened_connection", toJson(percentiles(sh.callMsOpened))},
        {"call_next_retried", toJson(percentiles(sh.callMsRetried))},
        {"call_next_over_50ms_by_second", slowBySecond(sh.slowAtSecond)},
        {"call_next_host_side", toJson(percentiles(hostCallMs(db + ".serve.log")))},
        {"issue_ticket_network", toJson(percentiles(sh.issueMs))},
        {"issue_ticket_in_process_median_ms", inProc},
        {"issue_network_over_in_process", inProc > 0 ? netIssue / inProc : 0.0},
        {"commit_to_wall_event", toJson(percentiles(sh.eventMs))},
        {"tickets_called_twice", twice},
        {"dossiers", dossierCheck},
        {"acknowledged_tickets_lost", lost},
        {"tickets_acknowledged", sh.issued.size()},
        {"calls", sh.called.size()},
        {"client_errors", sh.errors.load()},
        {"host_idle_cpu_percent_of_core", idleCpuPercent},
        {"host_rss_kib_idle", rss1},
        {"host_rss_kib_after_load", rssEnd},
        {"host_kills", kills},
        {"answers_dropped_by_proxy", dropped},
        {"retried_writes_answered_from_record", replays},
        {"back_after_restart", toJson(percentiles(backMs))},
    };
    (void)rss0;
    std::cout << out.dump(2) << '\n';
    if (o.keep) std::cerr << "kept: " << dir.string() << '\n';
    else fs::remove_all(dir);
    return (twice == 0 && lost == 0 && (!faultRun || bench::dossiersIntact(dossierCheck))) ? 0 : 1;
}

}  // namespace

int main(int argc, char** argv)
{
    std::signal(SIGPIPE, SIG_IGN);  // a host killed on purpose must not take the clients with it
    Options o;
    o.motcua = (fs::path(argv[0]).parent_path() / "motcua").string();
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        auto value = [&]() -> std::string {
            if (i + 1 >= argc) throw std::runtime_error(a + " cần một giá trị");
            return argv[++i];
        };
        try {
            if (a == "--motcua") o.motcua = value();
            else if (a == "--counters") o.counters = std::stoi(value());
            else if (a == "--walls") o.walls = std::stoi(value());
            else if (a == "--seconds") o.seconds = std::stoi(value());
            else if (a == "--faults") o.faults = std::stoi(value());
            else if (a == "--now") o.now = value();
            else if (a == "--keep") o.keep = true;
            else if (a == "--idle") o.idleSeconds = std::stoi(value());
            else if (a == "--drop") o.drop = std::stod(value());
            else {
                std::cerr << "Cách dùng: motcua-lan-bench [--counters 40] [--walls 3] [--seconds 60] [--faults N] [--drop 0.05] "
                             "[--idle 12] [--motcua PATH] [--now \"YYYY-MM-DD HH:MM\"] [--keep]\n";
                return 2;
            }
        } catch (const std::exception& e) {
            std::cerr << "Lỗi: " << e.what() << '\n';
            return 2;
        }
    }
    try {
        return run(o);
    } catch (const std::exception& e) {
        std::cerr << "Lỗi: " << e.what() << '\n';
        return 1;
    }
}
