// Counter test support: temporary demo stores made with the real `motcua` binary, and a headless
// counter that draws frames and applies their commands like the app's loop.
#include "counter_support.h"

#include <cstdlib>
#include <filesystem>
#include <stdexcept>
#include <sys/wait.h>
#include <unistd.h>

namespace motcua::counter::test {

namespace {

int runQuiet(std::vector<std::string> args)
{
    std::vector<char*> argp;
    for (auto& a : args) argp.push_back(a.data());
    argp.push_back(nullptr);
    const pid_t pid = ::fork();
    if (pid == 0) {
        if (std::freopen("/dev/null", "w", stdout) == nullptr) ::_exit(126);
        ::execvp(argp[0], argp.data());
        ::_exit(127);
    }
    int status = 0;
    ::waitpid(pid, &status, 0);
    return WIFEXITED(status) ? WEXITSTATUS(status) : 128;
}

}  // namespace

TempDir::TempDir()
{
    const char* base = std::getenv("TMPDIR");
    std::string tmpl = std::string(base && *base ? base : "/tmp") + "/motcua-counter-test-XXXXXX";
    if (!::mkdtemp(tmpl.data())) throw std::runtime_error("mkdtemp failed");
    m_path = tmpl;
}

TempDir::~TempDir()
{
    std::error_code ec;
    std::filesystem::remove_all(m_path, ec);
}

std::vector<std::string> filesIn(const std::string& dir)
{
    std::vector<std::string> out;
    for (const auto& e : std::filesystem::directory_iterator(dir)) out.push_back(e.path().filename().string());
    return out;
}

CounterFixture::CounterFixture(const std::string& printerSpec, int counter) : ui(1920, 1080, ui::ThemeKind::Desk)
{
    db = dir.path() + "/counter.db";
    printDir = dir.path() + "/printed";
    std::filesystem::create_directory(printDir);
    if (runQuiet({MOTCUA_BINARY, "--db", db, "--now", kNow, "init", "--demo"}) != 0)
        throw std::runtime_error("motcua init --demo failed");
    desk = openDesk();
    printer = documents::openPrinter(printerSpec.empty() ? "pdf:" + printDir : printerSpec);
    state.counter = counter;
    state.now = desk->now();
    state.prefsDir = dir.path() + "/prefs";  // never the tester's own ~/.config
}

std::unique_ptr<service::Desk> CounterFixture::openDesk() const
{
    service::DeskOptions o;
    o.clock = service::fixedClock(*domain::parseLocalDateTime(kNow));
    o.migrate = false;
    return service::openSqliteDesk(db, o);
}

void CounterFixture::loginWithUi(const std::string& user, const std::string& password)
{
    typeInto("login-user", user);
    typeInto("login-password", password);
    click("login-submit");
    applyAll();
}

void CounterFixture::login(const std::string& user)
{
    commands.push_back(cmd(CommandKind::Login, {}, user, kPassword));
    applyAll();
    frame();  // a person sees the screen before acting: layouts measured last frame have settled
}

std::string CounterFixture::receiveAtAnotherCounter() const
{
    auto other = openDesk();
    other->actAs("motcua2");
    return other
        ->receive({"1.004873", "Trịnh Văn Sơn", "038095009999", "0912345678", "Hà Tân", domain::Channel::Direct, ""})
        .code;
}

void CounterFixture::openDossier(const std::string& code)
{
    state.tab = Tab::Dossiers;
    commands.push_back(cmd(CommandKind::OpenDossier, code));
    applyAll();
}

std::vector<std::string> CounterFixture::frame()
{
    return ui.frame([this](const ui::Fonts& f) { draw(f); });
}

bool CounterFixture::click(const std::string& id)
{
    return ui.clickItem(id, [this](const ui::Fonts& f) { draw(f); });
}

void CounterFixture::typeInto(const std::string& id, const std::string& text)
{
    if (!click(id)) throw std::runtime_error("no field " + id);
    ui.type(text, [this](const ui::Fonts& f) { draw(f); });
    frame();
}

void CounterFixture::choose(const std::string& combo, const std::string& value)
{
    if (!click(combo)) throw std::runtime_error("no combo " + combo);
    if (!click(combo + "-" + value)) throw std::runtime_error("no option " + value + " in " + combo);
    frame();
}

void CounterFixture::key(int k)
{
    ui.key(k, [this](const ui::Fonts& f) { draw(f); });
}

void CounterFixture::applyAll()
{
    apply(commands, *desk, *printer, state);
    updateDue(*desk, state);
}

bool CounterFixture::shows(const std::vector<std::string>& text, const std::string& needle)
{
    for (const auto& line : text)
        if (line.find(needle) != std::string::npos) return true;
    return false;
}

std::string tinyPdf()
{
    return "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
           "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\n"
           "xref\n0 4\n0000000000 65535 f \n0000000009 00000 n \n0000000052 00000 n \n0000000101 00000 n \n"
           "trailer<</Size 4/Root 1 0 R>>\nstartxref\n164\n%%EOF\n";
}

}  // namespace motcua::counter::test
