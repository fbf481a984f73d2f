// Concurrency with real processes (issue 2, "Tests"): worker processes, all forked and held at a
// start line before any runs, each executing `motcua` in a loop against one shared SQLite file.
//  - 8 × 300 `ticket issue --group HT` → 2,400 distinct, gap-free numbers 1..2400;
//  - 6 processes calling `ticket call` on the counters serving HT until exit 3 → every waiting
//    ticket called exactly once;
//  - 3 processes sweeping at once → exactly one apology draft per late dossier.
// The demo office issued its tickets on Mon 2026-11-23; these run on Wed 2026-11-25, an empty day.
#include "cli_runner.h"

#include <catch2/catch.hpp>

#include <cerrno>
#include <fstream>
#include <functional>
#include <map>
#include <set>
#include <sstream>

#include <fcntl.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace motcua::clitest;

namespace {

// Time limits for the whole phase, not per run: under AddressSanitizer every one of the thousands
// of `motcua` runs starts the sanitizer's runtime and checks for leaks at exit, several times slower.
#if defined(__SANITIZE_ADDRESS__)
constexpr int kSlowdown = 5;
#else
constexpr int kSlowdown = 1;
#endif

/// One line per motcua run in a worker's log: exit code, stdout, stderr (escaped, one line each).
struct Outcome {
    int exitCode = -1;
    std::string out;
    std::string err;
};

std::string oneLine(const std::string& s)
{
    std::string t = s;
    while (!t.empty() && t.back() == '\n') t.pop_back();
    std::string out;
    for (char c : t) out += (c == '\n' || c == '\t') ? ' ' : c;
    return out;
}

/// Worker processes forked from the test, released together, each writing its log to a file.
class Workers {
public:
    Workers(std::string dir, std::string name) : m_dir(std::move(dir)), m_name(std::move(name))
    {
        if (::pipe2(m_start, O_CLOEXEC) != 0) throw std::runtime_error("pipe failed");
    }
    ~Workers()
    {
        for (auto pid : m_pids) {
            ::kill(pid, SIGKILL);
            int status = 0;
            ::waitpid(pid, &status, 0);
        }
        for (int fd : m_start)
            if (fd >= 0) ::close(fd);
    }
    Workers(const Workers&) = delete;
    Workers& operator=(const Workers&) = delete;

    /// Forks a worker that waits for start(), then calls `body` repeatedly with its log until
    /// `body` returns false.
    void spawn(const std::function<bool(std::ostream&, int)>& body)
    {
        const std::string log = m_dir + "/" + m_name + "-" + std::to_string(m_logs.size()) + ".log";
        const pid_t pid = ::fork();
        if (pid < 0) throw std::runtime_error("fork failed");
        if (pid == 0) {
            // The worker: no Catch2 here, and _exit so nothing of the parent is flushed twice.
            int code = 0;
            try {
                ::close(m_start[1]);
                char c = 0;
                while (::read(m_start[0], &c, 1) < 0 && errno == EINTR) {
                }
                std::ofstream out(log);
                for (int i = 0; body(out, i); ++i) out.flush();
                out.flush();
                code = out ? 0 : 3;
            } catch (...) {
                code = 2;
            }
            ::_exit(code);
        }
        m_pids.push_back(pid);
        m_logs.push_back(log);
    }

    /// Releases every worker at once and waits for all of them (at most `limit`).
    /// Returns the workers' exit statuses.
    std::vector<int> startAndWait(std::chrono::seconds limit)
    {
        ::close(m_start[1]);
        m_start[1] = -1;
        const auto deadline = std::chrono::steady_clock::now() + limit;
        std::vector<int> codes(m_pids.size(), -1);
        std::size_t left = m_pids.size();
        while (left > 0) {
            for (std::size_t i = 0; i < m_pids.size(); ++i) {
                if (codes[i] != -1 || m_pids[i] == 0) continue;
                int status = 0;
                const pid_t done = ::waitpid(m_pids[i], &status, WNOHANG);
                if (done == m_pids[i]) {
                    codes[i] = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
                    m_pids[i] = 0;
                    --left;
                }
            }
            if (left == 0) break;
            if (std::chrono::steady_clock::now() > deadline) {
                for (auto& pid : m_pids)
                    if (pid) ::kill(pid, SIGKILL);
                for (std::size_t i = 0; i < m_pids.size(); ++i) {
                    if (!m_pids[i]) continue;
                    int status = 0;
                    ::waitpid(m_pids[i], &status, 0);
                    m_pids[i] = 0;
                }
                break;
            }
            ::usleep(20'000);
        }
        m_pids.clear();
        return codes;
    }

    /// The outcomes each worker logged.
    [[nodiscard]] std::vector<std::vector<Outcome>> logs() const
    {
        std::vector<std::vector<Outcome>> all;
        for (const auto& path : m_logs) {
            std::vector<Outcome> mine;
            if (fileExists(path)) {
                for (const auto& line : splitLines(readFile(path))) {
                    Outcome o;
                    const auto t1 = line.find('\t');
                    const auto t2 = line.find('\t', t1 == std::string::npos ? 0 : t1 + 1);
                    if (t1 == std::string::npos || t2 == std::string::npos) continue;
                    o.exitCode = std::stoi(line.substr(0, t1));
                    o.out = line.substr(t1 + 1, t2 - t1 - 1);
                    o.err = line.substr(t2 + 1);
                    mine.push_back(o);
                }
            }
            all.push_back(mine);
        }
        return all;
    }

private:
    std::string m_dir;
    std::string m_name;
    int m_start[2] = {-1, -1};
    std::vector<pid_t> m_pids;
    std::vector<std::string> m_logs;
};

/// Runs motcua once and logs the outcome; returns its exit code.
/// Runs an Office argv (through the host when the tests run over a server: it was started and this
/// device enrolled by an earlier command, so the forked workers share them).
int runAndLog(std::ostream& log, const Office& office, const std::vector<std::string>& args)
{
    const auto r = office.runArgv(args);
    log << r.exitCode << '\t' << oneLine(r.out) << '\t' << oneLine(r.err) << '\n';
    return r.exitCode;
}

}  // namespace

TEST_CASE("concurrency: 8 processes × 300 `ticket issue`, then 6 processes calling until exit 3", "[cli][concurrency]")
{
    TempDir dir;
    const auto office = Office::createDemo(dir.file("office.db"));
    const std::string now = "2026-11-25 09:00";
    // Six counters call as fast as they can at one fixed --now: the double-F5 guard is off here.
    REQUIRE(office.run(now, {"setting", "set", "--key", "queue.repeat_call_seconds", "--value", "0"}, "admin").exitCode == 0);
    // Over a server every command is a login (argon2id on the host): fewer, to keep CI's time.
    const int kProcs = overServer() ? 4 : 8;
    const int kEach = overServer() ? 15 : 300;
    const int kTotal = kProcs * kEach;

    // Phase 1: issue.
    std::vector<std::vector<Outcome>> issued;
    {
        Workers workers(dir.path(), "issue");
        const std::vector<std::string> args = office.argv(now, {"ticket", "issue", "--group", "HT"}, "kiosk", true);
        for (int p = 0; p < kProcs; ++p)
            workers.spawn([&](std::ostream& log, int i) {
                if (i >= kEach) return false;
                runAndLog(log, office, args);
                return true;
            });
        const auto codes = workers.startAndWait(std::chrono::seconds(240 * kSlowdown));
        for (int c : codes) CHECK(c == 0);
        issued = workers.logs();
    }
    REQUIRE(issued.size() == std::size_t(kProcs));
    std::set<long long> numbers;
    std::set<std::string> labels;
    int failures = 0;
    for (const auto& mine : issued) {
        CHECK(mine.size() == std::size_t(kEach));
        long long previous = 0;
        for (const auto& o : mine) {
            if (o.exitCode != 0) {
                if (++failures <= 5) FAIL_CHECK("ticket issue failed: exit " << o.exitCode << ": " << o.err);
                continue;
            }
            const auto j = Json::parse(o.out);
            const auto n = j["number"].get<long long>();
            CHECK(j["group"] == "HT");
            // One process's tickets come out in increasing order.
            CHECK(n > previous);
            previous = n;
            numbers.insert(n);
            labels.insert(j["ticket"].get<std::string>());
        }
    }
    CHECK(failures == 0);
    CHECK(numbers.size() == std::size_t(kTotal));
    CHECK(labels.size() == std::size_t(kTotal));
    REQUIRE_FALSE(numbers.empty());
    CHECK(*numbers.begin() == 1);
    CHECK(*numbers.rbegin() == kTotal);  // kTotal distinct numbers: exactly 1..kTotal, no gap

    const auto waiting = office.json(now, {"ticket", "list", "--status", "waiting"});
    CHECK(waiting.size() == std::size_t(kTotal));
    std::set<std::string> waitingLabels;
    for (const auto& t : waiting) waitingLabels.insert(t["ticket"].get<std::string>());
    CHECK(waitingLabels == labels);

    // Phase 2: six processes call on counters 1 and 2 (both serve HT) until nobody waits.
    std::vector<std::vector<Outcome>> calls;
    {
        Workers workers(dir.path(), "call");
        for (int p = 0; p < 6; ++p) {
            const std::string counter = p % 2 ? "2" : "1";
            const auto args = office.argv("2026-11-25 09:30", {"ticket", "call", "--counter", counter},
                                          p % 2 ? "motcua2" : "motcua1", true);
            workers.spawn([args, kTotal, &office](std::ostream& log, int i) {
                if (i > kTotal + 10) return false;  // a runaway loop stops
                return runAndLog(log, office, args) == 0;
            });
        }
        const auto codes = workers.startAndWait(std::chrono::seconds(240 * kSlowdown));
        for (int c : codes) CHECK(c == 0);
        calls = workers.logs();
    }
    std::multiset<std::string> called;
    int errors = 0;
    for (const auto& mine : calls) {
        REQUIRE_FALSE(mine.empty());
        // Every caller stopped on "nobody waits" (exit 3), not on an error.
        CHECK(mine.back().exitCode == 3);
        for (std::size_t i = 0; i + 1 < mine.size(); ++i) {
            if (mine[i].exitCode != 0) {
                if (++errors <= 5) FAIL_CHECK("ticket call failed: exit " << mine[i].exitCode << ": " << mine[i].err);
                continue;
            }
            called.insert(Json::parse(mine[i].out)["ticket"].get<std::string>());
        }
    }
    CHECK(errors == 0);
    const std::set<std::string> distinct(called.begin(), called.end());
    CHECK(distinct.size() == called.size());  // no ticket called twice
    CHECK(distinct == labels);                // every waiting ticket called
    CHECK(office.json("2026-11-25 09:31", {"ticket", "list", "--status", "waiting"}).empty());
    const auto serving = office.json("2026-11-25 09:31", {"ticket", "list", "--status", "called"});
    CHECK(serving.size() <= 2);  // at most one per counter
    CHECK(office.json("2026-11-25 09:31", {"audit", "verify"})["ok"] == true);
}

TEST_CASE("concurrency: 3 processes sweeping at once draft exactly one slip per late dossier", "[cli][concurrency][sweep]")
{
    TempDir dir;
    const auto office = Office::createDemo(dir.file("office.db"));
    // 30 dossiers received Wed 25/11 and late by Thu 10/12.
    for (int i = 0; i < 30; ++i)
        office.json("2026-11-25 09:00", {"case", "receive", "--procedure", i % 2 ? "1.004873" : "1.001193", "--applicant",
                                         "Người Nộp " + std::to_string(i + 1)}, "motcua1");
    const std::string now = "2026-12-10 09:00";
    const auto before = office.json(now, {"apology", "list"}, "lanhdao");

    std::vector<std::vector<Outcome>> sweeps;
    {
        Workers workers(dir.path(), "sweep");
        const auto args = office.argv(now, {"sweep"}, "lanhdao", true);
        for (int p = 0; p < 3; ++p)
            workers.spawn([args, &office](std::ostream& log, int i) {
                if (i >= 5) return false;
                runAndLog(log, office, args);
                return true;
            });
        const auto codes = workers.startAndWait(std::chrono::seconds(120 * kSlowdown));
        for (int c : codes) CHECK(c == 0);
        sweeps = workers.logs();
    }
    long long drafted = 0;
    for (const auto& mine : sweeps) {
        CHECK(mine.size() == 5u);
        for (const auto& o : mine) {
            INFO(o.err);
            REQUIRE(o.exitCode == 0);
            drafted += Json::parse(o.out)["drafted"].get<long long>();
        }
    }
    const auto after = office.json(now, {"apology", "list"}, "lanhdao");
    CHECK(drafted == static_cast<long long>(after.size() - before.size()));
    CHECK(drafted >= 30);

    // One slip per (dossier, due time), and every late dossier has its draft for its current due time.
    std::map<std::pair<std::string, std::string>, int> perDue;
    for (const auto& a : after) {
        if (a["status"] == "void") continue;
        ++perDue[{a["code"].get<std::string>(), a["due_at"].get<std::string>()}];
    }
    for (const auto& [key, n] : perDue) {
        INFO(key.first << " due " << key.second);
        CHECK(n == 1);
    }
    const auto late = office.json(now, {"case", "list", "--late"}, "lanhdao");
    CHECK(late.size() >= 30u);
    for (const auto& d : late) {
        INFO(d.dump());
        CHECK(perDue.count({d["code"].get<std::string>(), d["due_at"].get<std::string>()}) == 1);
    }
    // And one more sweep afterwards finds nothing left to draft.
    CHECK(office.json(now, {"sweep"}, "lanhdao")["drafted"] == 0);
    CHECK(office.json(now, {"audit", "verify"})["ok"] == true);
}
