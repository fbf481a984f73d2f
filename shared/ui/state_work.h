// An app's screen state handed to the worker thread and back: a job gets a copy of the state and
// the commands the frames emitted, runs the app's apply() on it (the Desk and the printer are
// touched only there), and its result replaces the state when drained. Meanwhile the UI draws
// the last state and holds input back (the runner's holdInput), so nothing typed or clicked is
// lost or applied to a stale state. Commands that arrive while a job runs wait for the next one;
// a command equal to one waiting, running, or applied within kRepeatWindow is the second half of
// a double click (or a key held down) and is dropped: "Gọi số tiếp" double-clicked calls once.
#pragma once

#include "ui/background_work.h"

#include <algorithm>
#include <chrono>
#include <memory>
#include <utility>
#include <vector>

namespace motcua::ui {

/// Seconds after a job's result during which the same command again counts as a repeat.
inline constexpr double kRepeatWindow = 0.5;

template <class State, class Command>
class StateWork {
public:
    using Commands = std::vector<Command>;
    /// Runs on the worker thread with the commands and the state copy it may change.
    using Work = std::function<void(Commands&, State&)>;

    StateWork(State& live, BackgroundWork& work) : m_live(live), m_work(work) {}

    /// Moves the frame's commands to the queue (dropping repeats); `emitted` is left empty.
    void queue(Commands& emitted)
    {
        const double now = clock();
        for (auto& c : emitted) {
            const bool repeat = contains(m_queued, c) || (m_busy && contains(m_inFlight, c)) ||
                                (now < m_recentUntil && contains(m_recent, c));
            if (!repeat) m_queued.push_back(std::move(c));
        }
        emitted.clear();
    }
    [[nodiscard]] bool hasQueued() const { return !m_queued.empty(); }
    [[nodiscard]] bool busy() const { return m_busy; }
    /// Seconds the running job has taken so far (0 when none runs).
    [[nodiscard]] double busyFor() const { return m_busy ? clock() - m_since : 0; }
    /// Jobs whose result was taken so far (tests count them).
    [[nodiscard]] int finished() const { return m_finished; }

    /// Starts `work` on a copy of the live state with the queued commands; false (nothing done)
    /// while another job runs. `afterwards` runs on the UI thread once the result is the state.
    bool start(Work work, std::function<void()> afterwards = {})
    {
        if (m_busy) return false;
        m_busy = true;
        m_since = clock();
        m_inFlight = std::move(m_queued);
        m_queued.clear();
        auto state = std::make_shared<State>(m_live);  // the copy is made here, on the UI thread
        auto commands = std::make_shared<Commands>(m_inFlight);
        m_work.post([this, state, commands, work = std::move(work), afterwards = std::move(afterwards)]() -> Finish {
            work(*commands, *state);
            return [this, state, afterwards] {
                m_live = std::move(*state);
                m_busy = false;
                ++m_finished;
                m_recent = std::move(m_inFlight);
                m_inFlight.clear();
                m_recentUntil = clock() + kRepeatWindow;
                if (afterwards) afterwards();
            };
        });
        return true;
    }

private:
    static double clock() { return std::chrono::duration<double>(std::chrono::steady_clock::now().time_since_epoch()).count(); }
    static bool contains(const Commands& list, const Command& c) { return std::find(list.begin(), list.end(), c) != list.end(); }

    State& m_live;
    BackgroundWork& m_work;
    Commands m_queued;
    Commands m_inFlight;
    Commands m_recent;
    double m_recentUntil = 0;
    double m_since = 0;
    bool m_busy = false;
    int m_finished = 0;
};

}  // namespace motcua::ui
