#include "cli_runner.h"

#include <sqlite3.h>

#include <cctype>
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

extern char** environ;

namespace motcua::clitest {

namespace fs = std::filesystem;

namespace {

[[noreturn]] void fail(const std::string& what) { throw std::runtime_error(what + ": " + std::strerror(errno)); }

void closeFd(int& fd)
{
    if (fd >= 0) ::close(fd);
    fd = -1;
}

}  // namespace

const std::string& motcuaPath()
{
    static const std::string path = MOTCUA_BIN;
    return path;
}

std::vector<std::string> cleanEnvironment(const Env& extra)
{
    std::vector<std::string> env;
    for (char** e = environ; e && *e; ++e) {
        const std::string entry = *e;
        if (entry.rfind("MOTCUA_", 0) == 0) continue;  // MOTCUA_DB, MOTCUA_NOW, …: only when a test sets them
        env.push_back(entry);
    }
    for (const auto& [name, value] : extra) env.push_back(name + "=" + value);
    return env;
}

RunResult runProgram(const std::string& program, const std::vector<std::string>& args, const Env& extraEnv,
                     std::chrono::milliseconds timeout)
{
    // Everything the child needs is built before fork: the child only dup2s and execs.
    std::vector<std::string> argvStrings;
    argvStrings.push_back(program);
    argvStrings.insert(argvStrings.end(), args.begin(), args.end());
    std::vector<char*> argvPtrs;
    for (auto& s : argvStrings) argvPtrs.push_back(s.data());
    argvPtrs.push_back(nullptr);
    std::vector<std::string> envStrings = cleanEnvironment(extraEnv);
    std::vector<char*> envPtrs;
    for (auto& s : envStrings) envPtrs.push_back(s.data());
    envPtrs.push_back(nullptr);

    int outPipe[2] = {-1, -1};
    int errPipe[2] = {-1, -1};
    if (::pipe2(outPipe, O_CLOEXEC) != 0) fail("pipe");
    if (::pipe2(errPipe, O_CLOEXEC) != 0) {
        ::close(outPipe[0]);
        ::close(outPipe[1]);
        fail("pipe");
    }
    const pid_t pid = ::fork();
    if (pid < 0) {
        for (int fd : {outPipe[0], outPipe[1], errPipe[0], errPipe[1]}) ::close(fd);
        fail("fork");
    }
    if (pid == 0) {
        const int devNull = ::open("/dev/null", O_RDONLY | O_CLOEXEC);
        if (devNull >= 0) ::dup2(devNull, STDIN_FILENO);
        ::dup2(outPipe[1], STDOUT_FILENO);
        ::dup2(errPipe[1], STDERR_FILENO);
        ::execve(program.c_str(), argvPtrs.data(), envPtrs.data());
        static const char msg[] = "cli_runner: execve failed\n";
        [[maybe_unused]] const auto ignored = ::write(STDERR_FILENO, msg, sizeof msg - 1);
        ::_exit(127);
    }
    ::close(outPipe[1]);
    ::close(errPipe[1]);

    RunResult r;
    int fds[2] = {outPipe[0], errPipe[0]};
    std::string* sinks[2] = {&r.out, &r.err};
    const auto deadline = std::chrono::steady_clock::now() + timeout;
    char buf[65536];
    while (fds[0] >= 0 || fds[1] >= 0) {
        pollfd p[2];
        nfds_t n = 0;
        int which[2] = {0, 0};
        for (int i = 0; i < 2; ++i) {
            if (fds[i] < 0) continue;
            p[n] = {fds[i], POLLIN, 0};
            which[n] = i;
            ++n;
        }
        const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - std::chrono::steady_clock::now());
        if (left.count() <= 0) {
            r.timedOut = true;
            break;
        }
        const int ready = ::poll(p, n, static_cast<int>(left.count()));
        if (ready < 0) {
            if (errno == EINTR) continue;
            break;
        }
        for (nfds_t k = 0; k < n; ++k) {
            if (!(p[k].revents & (POLLIN | POLLHUP | POLLERR))) continue;
            const int i = which[k];
            const ssize_t got = ::read(fds[i], buf, sizeof buf);
            if (got > 0) sinks[i]->append(buf, static_cast<std::size_t>(got));
            else if (got == 0 || errno != EINTR) closeFd(fds[i]);
        }
    }
    closeFd(fds[0]);
    closeFd(fds[1]);
    if (r.timedOut) ::kill(pid, SIGKILL);
    int status = 0;
    while (::waitpid(pid, &status, 0) < 0) {
        if (errno != EINTR) fail("waitpid");
    }
    if (r.timedOut) r.exitCode = -1;
    else if (WIFEXITED(status)) r.exitCode = WEXITSTATUS(status);
    else if (WIFSIGNALED(status)) r.exitCode = 128 + WTERMSIG(status);
    return r;
}

RunResult runMotcua(const std::vector<std::string>& args, const Env& extraEnv, std::chrono::milliseconds timeout)
{
    return runProgram(motcuaPath(), args, extraEnv, timeout);
}

std::string escaped(const std::string& text)
{
    std::string out;
    for (const char ch : text) {
        const auto c = static_cast<unsigned char>(ch);
        if (c == '\\') out += "\\\\";
        else if (c == '\n') out += "\\n";
        else if (c >= 0x20 && c < 0x7f) out += static_cast<char>(c);
        else if (c >= 0x80) out += static_cast<char>(c);  // UTF-8 stays readable; invalid bytes show as is
        else {
            char hex[8];
            std::snprintf(hex, sizeof hex, "\\x%02X", c);
            out += hex;
        }
    }
    return out;
}

std::string describe(const std::vector<std::string>& args)
{
    std::string out = "motcua";
    for (const auto& full : args) {
        // Long arguments are cut for reading.
        const std::string a = full.size() > 120 ? full.substr(0, 120) : full;
        const std::string more = full.size() > 120 ? "…(" + std::to_string(full.size()) + " bytes)" : "";
        bool plain = !a.empty();
        for (const char ch : a) {
            const auto c = static_cast<unsigned char>(ch);
            if (!(std::isalnum(c) || c == '-' || c == '.' || c == '/' || c == '_' || c == ':' || c == '=')) plain = false;
        }
        out += " ";
        if (plain) {
            out += a + more;
            continue;
        }
        // Shell-like quoting for reading; bytes outside printable ASCII as \xNN.
        out += "'";
        for (const char ch : a) {
            const auto c = static_cast<unsigned char>(ch);
            if (c == '\'') out += "'\\''";
            else if (c >= 0x20 && c < 0x7f) out += static_cast<char>(c);
            else {
                char hex[8];
                std::snprintf(hex, sizeof hex, "\\x%02X", c);
                out += hex;
            }
        }
        out += "'" + more;
    }
    return out;
}

std::string describe(const std::vector<std::string>& args, const RunResult& r)
{
    std::ostringstream os;
    os << describe(args) << "\n  exit: " << r.exitCode << (r.timedOut ? " (timed out)" : "") << "\n  stdout: "
       << escaped(r.out.substr(0, 2000)) << (r.out.size() > 2000 ? "…" : "") << "\n  stderr: " << escaped(r.err.substr(0, 2000));
    return os.str();
}

std::vector<std::string> splitLines(const std::string& text)
{
    std::vector<std::string> lines;
    std::size_t start = 0;
    while (start < text.size()) {
        const auto nl = text.find('\n', start);
        if (nl == std::string::npos) {
            lines.push_back(text.substr(start));
            break;
        }
        lines.push_back(text.substr(start, nl - start));
        start = nl + 1;
    }
    return lines;
}

TempDir::TempDir()
{
    const char* base = std::getenv("TMPDIR");
    std::string pattern = std::string(base && *base ? base : "/tmp") + "/motcua-cli-XXXXXX";
    if (!::mkdtemp(pattern.data())) fail("mkdtemp " + pattern);
    m_path = pattern;
}

TempDir::~TempDir()
{
    std::error_code ec;
    fs::remove_all(m_path, ec);
}

bool fileExists(const std::string& path)
{
    struct stat st {};
    return ::lstat(path.c_str(), &st) == 0;
}

std::string readFile(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in) throw std::runtime_error("cannot read " + path);
    std::ostringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

void writeFile(const std::string& path, const std::string& bytes)
{
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out << bytes;
    out.close();
    if (!out) throw std::runtime_error("cannot write " + path);
}

void copyFile(const std::string& from, const std::string& to) { writeFile(to, readFile(from)); }

Snapshot snapshot(const std::string& dir)
{
    Snapshot s;
    for (const auto& entry : fs::recursive_directory_iterator(dir)) {
        const std::string rel = fs::relative(entry.path(), dir).string();
        if (entry.is_directory()) s[rel] = "<dir>";
        else if (entry.is_regular_file()) s[rel] = readFile(entry.path().string());
        else s[rel] = "<special>";
    }
    return s;
}

std::string firstDifference(const Snapshot& before, const Snapshot& after)
{
    for (const auto& [name, bytes] : before) {
        const auto it = after.find(name);
        if (it == after.end()) return name + " was removed";
        if (it->second != bytes) {
            std::size_t i = 0;
            while (i < bytes.size() && i < it->second.size() && bytes[i] == it->second[i]) ++i;
            return name + " changed (" + std::to_string(bytes.size()) + " → " + std::to_string(it->second.size()) +
                   " bytes, first difference at byte " + std::to_string(i) + ")";
        }
    }
    for (const auto& [name, bytes] : after)
        if (!before.count(name)) return name + " was created (" + std::to_string(bytes.size()) + " bytes)";
    return "";
}

Office Office::createDemo(const std::string& dbPath, const std::string& now)
{
    const std::vector<std::string> args = {"--db", dbPath, "--now", now, "init", "--demo"};
    const auto r = runMotcua(args);
    if (r.exitCode != 0) throw CommandFailed("creating the demo office failed: " + describe(args, r));
    return Office(dbPath);
}

Office Office::createPlain(const std::string& dbPath, const std::string& now)
{
    const std::vector<std::string> args = {"--db", dbPath, "--now", now, "init"};
    const auto r = runMotcua(args);
    if (r.exitCode != 0) throw CommandFailed("creating a plain office failed: " + describe(args, r));
    return Office(dbPath);
}

bool overServer()
{
    static const bool server = [] {
        const char* v = std::getenv("MOTCUA_TEST_CLI");
        return v != nullptr && std::string(v) == "server";
    }();
    return server;
}

struct ServeProcess {
    pid_t pid = -1;
    std::string url;
    TempDir config;      ///< MOTCUA_CONFIG_DIR: the CLI's device file
    std::string code;    ///< the enrolment code, used by the first command
    ~ServeProcess()
    {
        if (pid <= 0) return;
        ::kill(pid, SIGTERM);
        int status = 0;
        ::waitpid(pid, &status, 0);
    }
};

namespace {

/// Starts `motcua --db DB serve` on loopback and reads its `listening:` line.
std::shared_ptr<ServeProcess> startServe(const std::string& db)
{
    auto p = std::make_shared<ServeProcess>();
    const auto added = runMotcua({"--db", db, "--json", "device", "add", "--kind", "cli", "--name", "Kiểm thử"});
    if (added.exitCode != 0) throw CommandFailed("device add failed: " + added.err);
    p->code = Json::parse(added.out).at("code").get<std::string>();
    int out[2];
    if (::pipe2(out, O_CLOEXEC) != 0) fail("pipe");
    const std::string bin = motcuaPath();
    std::vector<std::string> env = cleanEnvironment();
    std::vector<char*> envp;
    for (auto& e : env) envp.push_back(e.data());
    envp.push_back(nullptr);
    // The host's clock stands at the demo's; each command brings its own --now (X-Motcua-Now).
    std::vector<std::string> args = {bin, "--db", db, "--now", "2026-11-23 10:15", "serve", "--listen", "127.0.0.1:0",
                                     "--public", "127.0.0.1:0", "--trust-client-clock"};
    std::vector<char*> argv;
    for (auto& a : args) argv.push_back(a.data());
    argv.push_back(nullptr);
    p->pid = ::fork();
    if (p->pid < 0) fail("fork");
    if (p->pid == 0) {
        ::dup2(out[1], STDOUT_FILENO);
        const int devNull = ::open("/dev/null", O_WRONLY | O_CLOEXEC);
        if (devNull >= 0) ::dup2(devNull, STDERR_FILENO);
        ::execve(bin.c_str(), argv.data(), envp.data());
        ::_exit(127);
    }
    ::close(out[1]);
    std::string text;
    char buf[512];
    while (text.find("fingerprint: ") == std::string::npos) {
        pollfd pfd{out[0], POLLIN, 0};
        if (::poll(&pfd, 1, 10000) <= 0) break;
        const ssize_t got = ::read(out[0], buf, sizeof buf);
        if (got <= 0) break;
        text.append(buf, static_cast<std::size_t>(got));
    }
    ::close(out[0]);
    for (const auto& line : splitLines(text))
        if (line.rfind("listening: ", 0) == 0) p->url = line.substr(11);
    if (p->url.empty()) throw CommandFailed("motcua serve did not print listening: (" + text + ")");
    return p;
}

}  // namespace

RunResult Office::runOver(const std::vector<std::string>& a) const
{
    if (!overServer()) return runMotcua(a);
    if (!m_serve) m_serve = startServe(m_db);
    // The same command with --server in place of --db, --as always (admin by default, as --db).
    std::vector<std::string> remote = {"--server", m_serve->url};
    const bool enrolling = !m_serve->code.empty();
    if (enrolling) remote.insert(remote.end(), {"--enroll", m_serve->code});
    bool asGiven = false;
    for (std::size_t i = 2; i < a.size(); ++i) asGiven = asGiven || a[i] == "--as";
    if (!asGiven) remote.insert(remote.end(), {"--as", "admin"});
    remote.insert(remote.end(), a.begin() + 2, a.end());  // a starts with --db DB
    auto r = runMotcua(remote, {{"MOTCUA_CONFIG_DIR", m_serve->config.path()}, {"MOTCUA_PASSWORD", "demo1234"}});
    // A command refused before it reached the host (a usage error) did not use the code.
    if (enrolling && fileExists(m_serve->config.file("cli"))) m_serve->code.clear();
    return r;
}

std::vector<std::string> Office::argv(const std::string& now, const std::vector<std::string>& args, const std::string& as,
                                      bool json) const
{
    std::vector<std::string> a = {"--db", m_db, "--now", now};
    if (!as.empty()) {
        a.push_back("--as");
        a.push_back(as);
    }
    if (json) a.push_back("--json");
    a.insert(a.end(), args.begin(), args.end());
    return a;
}

RunResult Office::run(const std::string& now, const std::vector<std::string>& args, const std::string& as) const
{
    return runOver(argv(now, args, as, false));
}

Json Office::json(const std::string& now, const std::vector<std::string>& args, const std::string& as) const
{
    const auto a = argv(now, args, as, true);
    const auto r = runOver(a);
    if (r.exitCode != 0) throw CommandFailed("command failed: " + describe(a, r));
    if (!r.err.empty()) throw CommandFailed("command succeeded but wrote to stderr: " + describe(a, r));
    try {
        return Json::parse(r.out);
    } catch (const std::exception& e) {
        throw CommandFailed(std::string("stdout is not one JSON value (") + e.what() + "): " + describe(a, r));
    }
}

Snapshot Office::state() const
{
    const fs::path db(m_db);
    const std::string folder = db.parent_path().string();
    if (!overServer()) return snapshot(folder);
    // The host started and this device enrolled first, so that neither counts as a change.
    if (!m_serve || !m_serve->code.empty()) {
        const auto a = argv("2026-11-23 10:15", {"setting", "list"}, "", true);
        const auto r = runOver(a);
        if (r.exitCode != 0) throw CommandFailed("enrolling with the host failed: " + describe(a, r));
    }
    // Over a server: the store's data, plus every other file in the folder (an output a refused
    // command must not write); the store's own files (the database, its WAL and shared memory,
    // the host's TLS folder, the attachments, which storeData lists) are left to storeData.
    Snapshot s = storeData(m_db);
    const std::string stem = db.filename().string();
    for (const auto& [name, bytes] : snapshot(folder))
        if (name.rfind(stem, 0) != 0) s["file " + name] = bytes;
    return s;
}

namespace {

/// One table's rows, every column, ordered by all of them: the same data dumps the same.
std::string tableRows(sqlite3* db, const std::string& table, const std::string& where)
{
    sqlite3_stmt* st = nullptr;
    std::string quoted = "\"";
    for (const char c : table) quoted += c == '"' ? std::string("\"\"") : std::string(1, c);
    quoted += "\"";
    if (sqlite3_prepare_v2(db, ("SELECT * FROM " + quoted).c_str(), -1, &st, nullptr) != SQLITE_OK)
        throw std::runtime_error("cannot read table " + table + ": " + sqlite3_errmsg(db));
    const int columns = sqlite3_column_count(st);
    sqlite3_finalize(st);
    std::string order;
    for (int i = 1; i <= columns; ++i) order += (i > 1 ? "," : "") + std::to_string(i);
    if (sqlite3_prepare_v2(db, ("SELECT * FROM " + quoted + where + " ORDER BY " + order).c_str(), -1, &st, nullptr) != SQLITE_OK)
        throw std::runtime_error("cannot read table " + table + ": " + sqlite3_errmsg(db));
    std::string rows;
    int rc = SQLITE_ROW;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        for (int i = 0; i < columns; ++i) {
            const int type = sqlite3_column_type(st, i);
            const auto* text = reinterpret_cast<const char*>(sqlite3_column_blob(st, i));
            const std::string value = text ? std::string(text, static_cast<std::size_t>(sqlite3_column_bytes(st, i))) : "";
            rows += std::to_string(type) + ":" + std::to_string(value.size()) + ":" + value + (i + 1 < columns ? "|" : "\n");
        }
    }
    sqlite3_finalize(st);
    if (rc != SQLITE_DONE) throw std::runtime_error("cannot read table " + table + ": " + sqlite3_errmsg(db));
    return rows;
}

}  // namespace

Snapshot storeData(const std::string& dbPath)
{
    // Tables that change on every request over the network by design (see the header).
    static const std::set<std::string> kVolatile = {"host_sessions", "host_requests"};
    // Every command over the network logs in, and a login is audited ("login"); with --db, --as
    // acts without one. A failed or locked login (login.failed, login.locked) still counts.
    static const std::map<std::string, std::string> kLeftOut = {{"audit_log", " WHERE action <> 'login'"}};
    sqlite3* db = nullptr;
    if (sqlite3_open_v2(dbPath.c_str(), &db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
        const std::string msg = db ? sqlite3_errmsg(db) : "out of memory";
        sqlite3_close(db);
        throw std::runtime_error("cannot open " + dbPath + " to read: " + msg);
    }
    sqlite3_busy_timeout(db, 5000);
    Snapshot s;
    try {
        // One read transaction: every table as of the same commit.
        sqlite3_exec(db, "BEGIN", nullptr, nullptr, nullptr);
        std::vector<std::string> tables;
        sqlite3_stmt* st = nullptr;
        sqlite3_prepare_v2(db, "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name",
                           -1, &st, nullptr);
        while (st && sqlite3_step(st) == SQLITE_ROW)
            tables.emplace_back(reinterpret_cast<const char*>(sqlite3_column_text(st, 0)));
        sqlite3_finalize(st);
        if (tables.empty()) throw std::runtime_error("no tables in " + dbPath);
        for (const auto& t : tables)
            if (!kVolatile.count(t)) s["table " + t] = tableRows(db, t, kLeftOut.count(t) ? kLeftOut.at(t) : "");
        sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr);
    } catch (...) {
        sqlite3_close(db);
        throw;
    }
    sqlite3_close(db);
    if (fileExists(dbPath + ".files"))
        for (const auto& [name, bytes] : snapshot(dbPath + ".files")) s["attachment " + name] = bytes;
    return s;
}

void execSql(const std::string& dbPath, const std::string& sql)
{
    sqlite3* db = nullptr;
    if (sqlite3_open_v2(dbPath.c_str(), &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr) != SQLITE_OK) {
        const std::string msg = db ? sqlite3_errmsg(db) : "out of memory";
        sqlite3_close(db);
        throw std::runtime_error("cannot open " + dbPath + ": " + msg);
    }
    char* err = nullptr;
    const int rc = sqlite3_exec(db, sql.c_str(), nullptr, nullptr, &err);
    const std::string msg = err ? err : "";
    sqlite3_free(err);
    sqlite3_close(db);
    if (rc != SQLITE_OK) throw std::runtime_error("SQL failed on " + dbPath + ": " + sql + ": " + msg);
}

long long pragmaInt(const std::string& dbPath, const std::string& pragma)
{
    sqlite3* db = nullptr;
    // Read-write on purpose: a read-only connection to a WAL database leaves -wal/-shm behind.
    if (sqlite3_open_v2(dbPath.c_str(), &db, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK) {
        sqlite3_close(db);
        throw std::runtime_error("cannot open " + dbPath);
    }
    sqlite3_stmt* st = nullptr;
    long long value = -1;
    const std::string sql = "PRAGMA " + pragma;
    if (sqlite3_prepare_v2(db, sql.c_str(), -1, &st, nullptr) == SQLITE_OK && sqlite3_step(st) == SQLITE_ROW)
        value = sqlite3_column_int64(st, 0);
    sqlite3_finalize(st);
    sqlite3_close(db);
    return value;
}

std::vector<std::string> listedCommands()
{
    const auto r = runMotcua({"--help"});
    if (r.exitCode != 0) throw CommandFailed("motcua --help failed: " + describe({"--help"}, r));
    std::vector<std::string> commands;
    bool inList = false;
    for (const auto& line : splitLines(r.out)) {
        if (!inList) {
            // The list starts after a heading line ending in ':' ("Lệnh:" / "Commands:").
            if (!line.empty() && line.back() == ':' && line.find("Lệnh") != std::string::npos) inList = true;
            continue;
        }
        if (line.empty()) break;
        if (line.rfind("  ", 0) != 0) break;
        const std::string rest = line.substr(2);
        const auto gap = rest.find("  ");
        commands.push_back(gap == std::string::npos ? rest.substr(0, rest.find(' ')) : rest.substr(0, gap));
    }
    return commands;
}

std::vector<std::string> words(const std::string& commandPath)
{
    std::vector<std::string> out;
    std::istringstream in(commandPath);
    for (std::string w; in >> w;) out.push_back(w);
    return out;
}

}  // namespace motcua::clitest
