// Test support for the counter: a demo store in a temporary directory (made by the real `motcua`
// binary), a Desk on it, a headless ImGui context, and helpers that draw frames and apply the
// commands they emit, as the app's loop does.
#pragma once

#include "counter/apply.h"
#include "counter/counter_app.h"
#include "counter/screens.h"
#include "documents/printer.h"
#include "service/desk.h"
#include "ui/headless.h"

#include <memory>
#include <string>
#include <vector>

namespace motcua::counter::test {

/// The clock of the demo data: Monday 23/11/2026 10:15.
inline constexpr const char* kNow = "2026-11-23 10:15";
inline constexpr const char* kPassword = "demo1234";

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

/// A demo office and a headless counter (counter 2 serves groups HT and XH; nobody is called).
class CounterFixture {
public:
    explicit CounterFixture(const std::string& printerSpec = "", int counter = 2);

    /// A new Desk on the same file (another process's view), not logged in.
    [[nodiscard]] std::unique_ptr<service::Desk> openDesk() const;
    /// Logs in through the login screen's fields and button.
    void loginWithUi(const std::string& user, const std::string& password);
    /// Logs in through a Login command (faster; the UI path has its own test).
    void login(const std::string& user = "motcua1");
    /// A dossier of procedure 1.004873 received by motcua2 at another PC; returns its code.
    [[nodiscard]] std::string receiveAtAnotherCounter() const;
    /// Shows the dossier panel of `code`, as a click in the dossier list does.
    void openDossier(const std::string& code);

    std::vector<std::string> frame();
    bool click(const std::string& id);
    /// Clicks a text field and types into it.
    void typeInto(const std::string& id, const std::string& text);
    void key(int key);
    /// Opens a combo (recorded as `combo`) and clicks its option recorded as `combo-value`.
    void choose(const std::string& combo, const std::string& value);
    void applyAll();
    static bool shows(const std::vector<std::string>& text, const std::string& needle);

    TempDir dir;
    std::string db;
    std::string printDir;
    std::unique_ptr<service::Desk> desk;
    std::unique_ptr<documents::Printer> printer;
    CounterState state;
    Commands commands;
    ui::HeadlessUi ui;

private:
    void draw(const ui::Fonts& fonts) { drawCounter(state, commands, fonts); }
};

[[nodiscard]] std::vector<std::string> filesIn(const std::string& dir);
/// The smallest valid one-page PDF (a scan stand-in the store accepts).
[[nodiscard]] std::string tinyPdf();

}  // namespace motcua::counter::test
