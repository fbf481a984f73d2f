// Runs the real `motcua` binary for the end-to-end CLI tests: fork + execve, no shell, so every
// argument (quotes, SQL metacharacters, invalid UTF-8, control characters) arrives byte for byte.
// Also: temporary directories, file snapshots, and an Office (one database with a clock).
#pragma once

#include <nlohmann/json.hpp>

#include <chrono>
#include <map>
#include <memory>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

namespace motcua::clitest {

using Json = nlohmann::json;

/// The `motcua` under test (MOTCUA_BIN, set by tests/cli/CMakeLists.txt).
[[nodiscard]] const std::string& motcuaPath();

struct RunResult {
    int exitCode = -1;  ///< exit status; 128 + signal if killed; -1 if it could not run or timed out
    std::string out;
    std::string err;
    bool timedOut = false;
};

/// Extra environment variables (name, value) on top of the cleaned environment.
using Env = std::vector<std::pair<std::string, std::string>>;

/// The test's environment without MOTCUA_DB / MOTCUA_NOW (or any MOTCUA_*), plus `extra`.
[[nodiscard]] std::vector<std::string> cleanEnvironment(const Env& extra = {});

/// Runs `program` with `args` (argv[1..]); captures stdout, stderr and the exit code.
[[nodiscard]] RunResult runProgram(const std::string& program, const std::vector<std::string>& args,
                                   const Env& extraEnv = {},
                                   std::chrono::milliseconds timeout = std::chrono::seconds(60));

/// Runs `motcua args…`.
[[nodiscard]] RunResult runMotcua(const std::vector<std::string>& args, const Env& extraEnv = {},
                                  std::chrono::milliseconds timeout = std::chrono::seconds(60));

/// A printable rendering of a command line, for failure messages (bytes outside ASCII
/// printables shown as \xNN).
[[nodiscard]] std::string describe(const std::vector<std::string>& args);
/// Same for any text.
[[nodiscard]] std::string escaped(const std::string& text);
/// describe() plus exit code, stdout and stderr.
[[nodiscard]] std::string describe(const std::vector<std::string>& args, const RunResult& r);

/// Lines of `text` (a trailing newline does not start an extra empty line).
[[nodiscard]] std::vector<std::string> splitLines(const std::string& text);

/// A fresh directory under $TMPDIR (or /tmp), removed with everything in it on destruction.
class TempDir {
public:
    TempDir();
    ~TempDir();
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;

    [[nodiscard]] const std::string& path() const { return m_path; }
    [[nodiscard]] std::string file(const std::string& name) const { return m_path + "/" + name; }

private:
    std::string m_path;
};

[[nodiscard]] bool fileExists(const std::string& path);
[[nodiscard]] std::string readFile(const std::string& path);
void writeFile(const std::string& path, const std::string& bytes);
void copyFile(const std::string& from, const std::string& to);

/// Every regular file under `dir` (relative path → bytes), directories as "<dir>" entries.
using Snapshot = std::map<std::string, std::string>;
[[nodiscard]] Snapshot snapshot(const std::string& dir);
/// Names the first difference between two snapshots, or "" if they are equal.
[[nodiscard]] std::string firstDifference(const Snapshot& before, const Snapshot& after);

/// Thrown by Office::json and friends when a command that must succeed did not.
class CommandFailed : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

/// `motcua serve` on an Office's store (127.0.0.1, port 0, --trust-client-clock) and the CLI
/// device enrolled with it; stopped with SIGTERM when the last Office copy goes.
struct ServeProcess;

/// True when MOTCUA_TEST_CLI=server: Office commands go through a real `motcua serve`.
[[nodiscard]] bool overServer();

/// One motcua database and the global options used to reach it. With MOTCUA_TEST_CLI=server the
/// commands run as `motcua --server URL --as USER --now NOW …` against a `motcua serve` on that
/// database (started on the first command), logged in with the demo password.
class Office {
public:
    /// Wraps an existing (or not yet existing) database file.
    explicit Office(std::string dbPath) : m_db(std::move(dbPath)) {}

    /// `motcua --db PATH --now NOW init --demo` (the demo office, see issue 2).
    static Office createDemo(const std::string& dbPath, const std::string& now = "2026-11-23 10:15");
    /// `motcua --db PATH --now NOW init` (no demo data).
    static Office createPlain(const std::string& dbPath, const std::string& now = "2026-11-23 10:15");

    [[nodiscard]] const std::string& db() const { return m_db; }

    /// `motcua --db DB --now NOW [--as USER] args…`
    [[nodiscard]] RunResult run(const std::string& now, const std::vector<std::string>& args,
                                const std::string& as = "") const;
    /// The same with --json; throws CommandFailed unless it exits 0 with one JSON value on stdout.
    Json json(const std::string& now, const std::vector<std::string>& args, const std::string& as = "") const;
    /// The argv used by run() (for messages).
    [[nodiscard]] std::vector<std::string> argv(const std::string& now, const std::vector<std::string>& args,
                                                const std::string& as, bool json) const;

    /// Runs an argv made by argv() (a refusal test builds it once for its message).
    [[nodiscard]] RunResult runArgv(const std::vector<std::string>& argv) const { return runOver(argv); }

    /// What "the store is unchanged" compares, in either mode: with --db the store folder's bytes
    /// (nothing at all was written), over a server the store's data (storeData: the running host
    /// keeps the file open, moves its WAL and records each login, so bytes cannot be compared).
    [[nodiscard]] Snapshot state() const;

private:
    [[nodiscard]] RunResult runOver(const std::vector<std::string>& argv) const;

    std::string m_db;
    mutable std::shared_ptr<ServeProcess> m_serve;
};

/// A logical dump of the store at `dbPath` through a read-only connection: every table's rows in a
/// fixed order, and the names of the attachment files beside it (`<db>.files`), one Snapshot entry
/// per table. Leaves out host_sessions and host_requests: over the network every command logs in
/// (a session row) and every write records its request id, refused or not — they change on every
/// request by design and are not the office's data; and the audit log's successful logins, since
/// every command over the network logs in (with --db, --as acts without a login).
[[nodiscard]] Snapshot storeData(const std::string& dbPath);

/// Runs `sql` on `dbPath` (created if missing) through the SQLite C API (user_version and the like).
void execSql(const std::string& dbPath, const std::string& sql);
/// Reads one integer pragma (e.g. "user_version").
[[nodiscard]] long long pragmaInt(const std::string& dbPath, const std::string& pragma);

/// The command paths listed by `motcua --help` ("ticket issue", "sweep", …).
[[nodiscard]] std::vector<std::string> listedCommands();
/// Splits "ticket issue" into {"ticket","issue"}.
[[nodiscard]] std::vector<std::string> words(const std::string& commandPath);

}  // namespace motcua::clitest
