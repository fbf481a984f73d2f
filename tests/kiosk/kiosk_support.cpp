// Kiosk test support: temporary demo stores made with the real `motcua` binary, and a headless
// kiosk that draws frames and applies their commands like the app's loop.
#include "kiosk_support.h"

#include "domain/error.h"

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <sys/wait.h>
#include <unistd.h>
#include <fcntl.h>

namespace motcua::kiosk::test {

RunResult run(const std::vector<std::string>& argv)
{
    char tmpl[] = "/tmp/motcua-kiosk-run-XXXXXX";
    const int fd = ::mkstemp(tmpl);
    if (fd < 0) throw std::runtime_error("mkstemp failed");
    std::vector<std::string> args = argv;
    std::vector<char*> argp;
    for (auto& a : args) argp.push_back(a.data());
    argp.push_back(nullptr);
    const pid_t pid = ::fork();
    if (pid == 0) {
        ::dup2(fd, STDOUT_FILENO);
        ::dup2(fd, STDERR_FILENO);
        ::execvp(argp[0], argp.data());
        std::perror("exec");
        ::_exit(127);
    }
    int status = 0;
    ::waitpid(pid, &status, 0);
    ::close(fd);
    RunResult r;
    r.status = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    std::ifstream in(tmpl);
    std::stringstream ss;
    ss << in.rdbuf();
    r.output = ss.str();
    std::remove(tmpl);
    return r;
}

TempDir::TempDir()
{
    const char* base = std::getenv("TMPDIR");
    std::string tmpl = std::string(base && *base ? base : "/tmp") + "/motcua-kiosk-test-XXXXXX";
    if (!::mkdtemp(tmpl.data())) throw std::runtime_error("mkdtemp failed");
    m_path = tmpl;
}

TempDir::~TempDir()
{
    std::error_code ec;
    std::filesystem::remove_all(m_path, ec);
}

RunResult motcuaAt(const std::string& db, const std::vector<std::string>& args)
{
    std::vector<std::string> argv = {MOTCUA_BINARY, "--db", db, "--now", kNow};
    argv.insert(argv.end(), args.begin(), args.end());
    return run(argv);
}

std::vector<std::string> filesIn(const std::string& dir)
{
    std::vector<std::string> out;
    for (const auto& e : std::filesystem::directory_iterator(dir)) out.push_back(e.path().filename().string());
    return out;
}

KioskFixture::KioskFixture(const std::string& printerSpec, float width, float height)
    : ui(width, height, ui::ThemeKind::Kiosk)
{
    db = dir.path() + "/kiosk.db";
    printDir = dir.path() + "/printed";
    std::filesystem::create_directory(printDir);
    const auto init = motcuaAt(db, {"init", "--demo"});
    if (init.status != 0) throw std::runtime_error("motcua init --demo failed: " + init.output);
    desk = openDesk();
    printer = documents::openPrinter(printerSpec.empty() ? "pdf:" + printDir : printerSpec);
    state.printerName = printer->describe();
    state.printerIsNone = state.printerName == "none";
    refresh(*desk, state);
}

std::unique_ptr<service::Desk> KioskFixture::openDesk(const std::string& user, int busyTimeoutMs)
{
    service::DeskOptions o;
    o.clock = service::fixedClock(*domain::parseLocalDateTime(kNow));
    o.migrate = false;
    o.busyTimeoutMs = busyTimeoutMs;
    auto d = service::openSqliteDesk(db, o);
    d->actAs(user);
    return d;
}

std::vector<std::string> KioskFixture::frame()
{
    state.now = desk->now();
    return ui.frame([this](const ui::Fonts& f) { draw(f); });
}

bool KioskFixture::click(const std::string& id)
{
    state.now = desk->now();
    return ui.clickItem(id, [this](const ui::Fonts& f) { draw(f); });
}

void KioskFixture::applyAll()
{
    apply(commands, *desk, *printer, state);
    retryDue(*desk, *printer, state);
}

void KioskFixture::settle(int n)
{
    for (int i = 0; i < n; ++i) {
        frame();
        applyAll();
    }
}

bool KioskFixture::shows(const std::vector<std::string>& text, const std::string& needle)
{
    for (const auto& line : text)
        if (line.find(needle) != std::string::npos) return true;
    return false;
}

}  // namespace motcua::kiosk::test
