// The kiosk's frame loop without a window: draws the screens, hands each frame's commands, the
// retries and the refreshes to one worker thread (ui::StateWork: the Desk and the printer are
// touched only there), drains the results once per frame, polls the store for changes off the UI
// thread and backs off while the store or host is unreachable. The app runs it in the ui runner;
// tests run it headless.
#pragma once

#include "documents/printer.h"
#include "kiosk/kiosk_state.h"
#include "service/desk.h"
#include "ui/background_work.h"
#include "ui/fonts.h"
#include "ui/state_work.h"
#include "ui/store_watch.h"

#include <atomic>
#include <functional>
#include <memory>

namespace motcua::kiosk {

struct KioskLoopSetup {
    std::unique_ptr<service::Desk> desk;  ///< null: the store was unreachable at start (connect retries)
    std::unique_ptr<documents::Printer> printer;
    /// Opens the store again (on the worker thread); throws motcua::Error.
    std::function<std::unique_ptr<service::Desk>()> connect;
    service::Clock clock;
    bool timing = false;  ///< MOTCUA_KIOSK_TIMING: print tap-to-printed figures on stderr
};

class KioskLoop {
public:
    KioskLoop(KioskState state, KioskLoopSetup setup, std::function<void()> wake = {});
    ~KioskLoop();
    KioskLoop(const KioskLoop&) = delete;
    KioskLoop& operator=(const KioskLoop&) = delete;

    // The runner's callbacks (UI thread).
    void draw(const ui::Fonts& fonts);
    bool afterFrame();
    bool storeChanged();
    double nextDeadline();
    [[nodiscard]] bool shouldQuit() const { return m_state.quit; }
    [[nodiscard]] bool holdInput() const { return m_jobs.busy(); }

    /// The state the screens draw (read it between frames; change it only before the first).
    [[nodiscard]] KioskState& state() { return m_state; }
    /// A job (apply, refresh, poll) is running on the worker.
    [[nodiscard]] bool working() const { return m_jobs.busy() || m_watch.inFlight(); }
    /// State jobs whose result came back so far.
    [[nodiscard]] int jobsFinished() const { return m_jobs.finished(); }
    /// Tests: waits for the worker and drains, until nothing runs (false after `seconds`).
    bool finishAll(double seconds);
    /// Seconds since the loop started (the clock of state.seconds).
    [[nodiscard]] double seconds() const;

private:
    void startJob();
    void poll();
    void noteTiming(bool wasPrinting);

    KioskState m_state;
    Commands m_commands;
    service::Clock m_clock;
    bool m_timing = false;
    double m_started = 0;
    // Worker side: touched only by jobs (the worker thread) once the loop runs.
    std::unique_ptr<service::Desk> m_desk;
    std::unique_ptr<documents::Printer> m_printer;
    std::function<std::unique_ptr<service::Desk>()> m_connect;
    // UI side.
    std::atomic<bool> m_connected{false};
    ui::StoreWatch m_watch;
    double m_reconnectAt = 0;
    double m_hoursRefreshAt = 0;
    // Last: the worker is joined before the Desk and the printer it uses are destroyed.
    ui::BackgroundWork m_work;
    ui::StateWork<KioskState, Command> m_jobs;
};

}  // namespace motcua::kiosk
