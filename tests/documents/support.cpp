// Test support: temp dirs, process runner, demo database, QR and PDF tools.
#include "support.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <poll.h>
#include <sstream>
#include <stdexcept>
#include <sys/wait.h>
#include <unistd.h>

extern char** environ;

namespace motcua::testing {

TempDir::TempDir()
{
    const char* base = std::getenv("TMPDIR");
    std::string tmpl = std::string(base && *base ? base : "/tmp") + "/motcua-doc-test-XXXXXX";
    if (!::mkdtemp(tmpl.data())) throw std::runtime_error("mkdtemp failed");
    m_path = tmpl;
}

TempDir::~TempDir()
{
    std::error_code ec;
    std::filesystem::remove_all(m_path, ec);
}

RunResult run(const std::vector<std::string>& argv, const std::vector<std::string>& env)
{
    int outPipe[2];
    int errPipe[2];
    if (::pipe(outPipe) != 0 || ::pipe(errPipe) != 0) throw std::runtime_error("pipe failed");
    std::vector<std::string> envStrings;
    for (char** e = environ; *e; ++e) envStrings.emplace_back(*e);
    for (const auto& e : env) {
        const auto name = e.substr(0, e.find('=') + 1);
        std::erase_if(envStrings, [&](const std::string& s) { return s.rfind(name, 0) == 0; });
        envStrings.push_back(e);
    }
    std::vector<char*> envp;
    for (auto& e : envStrings) envp.push_back(e.data());
    envp.push_back(nullptr);
    std::vector<std::string> args = argv;
    std::vector<char*> argp;
    for (auto& a : args) argp.push_back(a.data());
    argp.push_back(nullptr);

    const pid_t pid = ::fork();
    if (pid == 0) {
        ::dup2(outPipe[1], STDOUT_FILENO);
        ::dup2(errPipe[1], STDERR_FILENO);
        ::close(outPipe[0]);
        ::close(errPipe[0]);
        environ = envp.data();
        ::execvp(argp[0], argp.data());
        std::fprintf(stderr, "exec %s: %s\n", argp[0], std::strerror(errno));
        ::_exit(127);
    }
    ::close(outPipe[1]);
    ::close(errPipe[1]);
    RunResult r;
    pollfd fds[2] = {{outPipe[0], POLLIN, 0}, {errPipe[0], POLLIN, 0}};
    int open = 2;
    char buf[65536];
    while (open > 0) {
        if (::poll(fds, 2, -1) < 0 && errno != EINTR) break;
        for (int i = 0; i < 2; ++i) {
            if (fds[i].fd < 0 || !(fds[i].revents & (POLLIN | POLLHUP))) continue;
            const ssize_t n = ::read(fds[i].fd, buf, sizeof buf);
            if (n > 0) {
                (i == 0 ? r.out : r.err).append(buf, static_cast<std::size_t>(n));
            } else {
                ::close(fds[i].fd);
                fds[i].fd = -1;
                --open;
            }
        }
    }
    int status = 0;
    ::waitpid(pid, &status, 0);
    r.status = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    return r;
}

RunResult motcua(const std::vector<std::string>& args, const std::vector<std::string>& env)
{
    std::vector<std::string> argv{MOTCUA_BINARY};
    argv.insert(argv.end(), args.begin(), args.end());
    // The tests choose the printer and the database explicitly; the caller's shell must not.
    std::vector<std::string> fullEnv{"MOTCUA_PRINTER=", "MOTCUA_DB=", "MOTCUA_NOW="};
    fullEnv.insert(fullEnv.end(), env.begin(), env.end());
    return run(argv, fullEnv);
}

std::string demoDatabase(const TempDir& dir)
{
    const std::string db = dir.file("demo.db");
    const auto r = motcua({"--db", db, "--now", kNow, "init", "--demo"});
    INFO(r.err);
    REQUIRE(r.status == 0);
    return db;
}

RunResult motcuaAt(const std::string& db, const std::vector<std::string>& args, const std::vector<std::string>& env)
{
    std::vector<std::string> all{"--db", db, "--now", kNow};
    all.insert(all.end(), args.begin(), args.end());
    return motcua(all, env);
}

std::string apologyIdFor(const std::string& db, const std::string& code)
{
    const auto r = motcuaAt(db, {"--json", "apology", "list"});
    INFO(r.err);
    REQUIRE(r.status == 0);
    for (const auto& a : nlohmann::json::parse(r.out))
        if (a["code"] == code) return std::to_string(a["id"].get<int>());
    FAIL("no apology for " << code);
    return {};
}

std::string decodeQr(const std::string& imagePath)
{
    const auto r = run({"zbarimg", "--quiet", "--raw", "-Sdisable", "-Sqrcode.enable", imagePath});
    INFO("zbarimg: " << r.err);
    REQUIRE(r.status != 127);  // zbar-tools must be installed (scripts/packages.txt)
    std::string out = r.out;
    if (!out.empty() && out.back() == '\n') out.pop_back();
    return out;
}

std::string readFile(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    std::ostringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

void writeFile(const std::string& path, const std::string& bytes)
{
    std::ofstream out(path, std::ios::binary);
    out << bytes;
}

bool fileExists(const std::string& path) { return std::filesystem::exists(path); }

int pdfPages(const std::string& pdfPath)
{
    const auto r = run({"pdfinfo", pdfPath});
    REQUIRE(r.status != 127);  // poppler-utils
    const auto at = r.out.find("Pages:");
    if (r.status != 0 || at == std::string::npos) return -1;
    return std::atoi(r.out.c_str() + at + 6);
}

std::string pdfText(const std::string& pdfPath)
{
    const auto r = run({"pdftotext", "-enc", "UTF-8", pdfPath, "-"});
    INFO(r.err);
    REQUIRE(r.status == 0);
    return r.out;
}

}  // namespace motcua::testing
