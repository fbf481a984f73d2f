// The counter's frame loop without a window: draws the screens, hands each frame's commands, the
// draft saves, the live appointment and the refreshes to one worker thread (ui::StateWork: the
// Desk and the printer are touched only there), drains the results once per frame, checks the
// store for changes off the UI thread and backs off while the store or host is unreachable. The
// intake draft is also kept on this PC (local_draft.h). The app runs it in the ui runner; tests
// run it headless.
#pragma once

#include "counter/counter_state.h"
#include "documents/printer.h"
#include "service/desk.h"
#include "ui/background_work.h"
#include "ui/fonts.h"
#include "ui/state_work.h"
#include "ui/store_watch.h"

#include <functional>
#include <memory>

namespace motcua::counter {

struct CounterLoopSetup {
    std::unique_ptr<service::Desk> desk;
    std::unique_ptr<documents::Printer> printer;
    /// A fresh session after a log-out (on the worker thread); throws motcua::Error.
    std::function<std::unique_ptr<service::Desk>()> connect;
    service::Clock clock;
    /// Where the local copy of the intake draft lives (empty: none is kept).
    std::string draftDir;
};

class CounterLoop {
public:
    CounterLoop(CounterState state, CounterLoopSetup setup, std::function<void()> wake = {});
    ~CounterLoop();
    CounterLoop(const CounterLoop&) = delete;
    CounterLoop& operator=(const CounterLoop&) = delete;

    // The runner's callbacks (UI thread).
    void draw(const ui::Fonts& fonts);
    bool afterFrame();
    bool storeChanged();
    double nextDeadline();
    [[nodiscard]] bool shouldQuit() const { return m_state.quit; }
    [[nodiscard]] bool holdInput() const { return m_jobs.busy(); }
    /// Files dropped on the window (the runner, after the frame that delivered them).
    void filesDropped(const std::vector<std::string>& paths);

    /// The state the screens draw (read it between frames; change it only before the first).
    [[nodiscard]] CounterState& state() { return m_state; }
    /// The commands the next afterFrame() queues (tests push their own).
    [[nodiscard]] Commands& commands() { return m_commands; }
    [[nodiscard]] bool working() const { return m_jobs.busy() || m_watch.inFlight(); }
    [[nodiscard]] int jobsFinished() const { return m_jobs.finished(); }
    /// Tests: waits for the worker and drains, until nothing runs (false after `seconds`).
    bool finishAll(double seconds);
    [[nodiscard]] double seconds() const;

private:
    void startJob();
    void work(Commands& commands, CounterState& s, bool refreshNow, bool draftDue);
    void keepLocalDraft(CounterState& s, bool loggedIn, bool draftDue);
    void poll();
    [[nodiscard]] std::string dueInputs() const;
    [[nodiscard]] bool draftDue() const;

    CounterState m_state;
    Commands m_commands;
    service::Clock m_clock;
    std::string m_draftDir;
    double m_started = 0;
    // Worker side: touched only by jobs once the loop runs.
    std::unique_ptr<service::Desk> m_desk;
    std::unique_ptr<documents::Printer> m_printer;
    std::function<std::unique_ptr<service::Desk>()> m_connect;
    // UI side.
    ui::StoreWatch m_watch;
    int m_draftFailures = 0;
    double m_draftRetryAt = 0;
    std::string m_lastDueInputs;
    // Last: the worker is joined before the Desk and the printer it uses are destroyed.
    ui::BackgroundWork m_work;
    ui::StateWork<CounterState, Command> m_jobs;
};

}  // namespace motcua::counter
