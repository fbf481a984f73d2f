// Test support for the kiosk: a demo store in a temporary directory (made by the real `motcua`
// binary), a Desk on it acting as the kiosk, a headless ImGui context, and helpers that draw
// frames and apply the commands they emit, as the app's loop does.
#pragma once

#include "documents/printer.h"
#include "kiosk/apply.h"
#include "kiosk/kiosk_app.h"
#include "kiosk/screens.h"
#include "service/desk.h"
#include "ui/headless.h"

#include <memory>
#include <string>
#include <vector>

namespace motcua::kiosk::test {

/// The clock of the demo data: Monday 23/11/2026 10:15.
inline constexpr const char* kNow = "2026-11-23 10:15";

struct RunResult {
    int status = -1;
    std::string output;  ///< stdout and stderr together
};
/// Runs a program (no shell) and waits for it.
RunResult run(const std::vector<std::string>& argv);

class TempDir {
public:
    TempDir();
    ~TempDir();
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;
    [[nodiscard]] const std::string& path() const { return m_path; }

private:
    std::string m_path;
};

/// `motcua --db DB --now kNow ARGS…`
RunResult motcuaAt(const std::string& db, const std::vector<std::string>& args);
[[nodiscard]] std::vector<std::string> filesIn(const std::string& dir);

/// A demo office, a kiosk Desk on it, a printer, a KioskState and a headless UI.
class KioskFixture {
public:
    explicit KioskFixture(const std::string& printerSpec = "", float width = 1080, float height = 1920);

    /// Draws one frame, collecting commands; returns the text the frame showed.
    std::vector<std::string> frame();
    /// Clicks an item by id (draws the frames a click needs); false when it was not drawn.
    bool click(const std::string& id);
    /// Applies the commands collected so far (and the retries that are due).
    void applyAll();
    /// Draws a frame and applies, `n` times (lets follow-up commands such as printing run).
    void settle(int n = 2);
    /// True when some line of `text` contains `needle`.
    static bool shows(const std::vector<std::string>& text, const std::string& needle);
    /// A new Desk on the same file (another process's view), acting as `user`.
    std::unique_ptr<service::Desk> openDesk(const std::string& user = "kiosk", int busyTimeoutMs = 200);

    TempDir dir;
    std::string db;
    std::string printDir;
    std::unique_ptr<service::Desk> desk;
    std::unique_ptr<documents::Printer> printer;
    KioskState state;
    Commands commands;
    ui::HeadlessUi ui;

private:
    void draw(const ui::Fonts& fonts) { drawKiosk(state, commands, fonts); }
};

}  // namespace motcua::kiosk::test
