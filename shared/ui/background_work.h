// One worker thread for an app's slow calls (the Desk over a LAN, a printer): jobs run in the
// order posted, the UI thread never waits on them, and each job's result comes back as a
// finisher drained once per frame on the UI thread (STYLE.md: Tracy's queue). No ImGui here.
#pragma once

#include <condition_variable>
#include <deque>
#include <exception>
#include <functional>
#include <mutex>
#include <thread>

namespace motcua::ui {

/// What a job hands back: runs on the UI thread when drained (may be empty).
using Finish = std::function<void()>;
/// Runs on the worker thread; touches only what it was given (a copy, or the Desk it owns).
using Job = std::function<Finish()>;

class BackgroundWork {
public:
    /// `wake` is called on the worker thread after each job (the runner's glfwPostEmptyEvent), so an
    /// idle loop draws the result at once instead of at its next time-out.
    explicit BackgroundWork(std::function<void()> wake = {});
    /// The job in flight finishes (Desk and printer calls have their own time-outs); jobs not yet
    /// started are dropped; the thread is joined. Finishers not drained are dropped.
    ~BackgroundWork();
    BackgroundWork(const BackgroundWork&) = delete;
    BackgroundWork& operator=(const BackgroundWork&) = delete;

    /// Queues a job; never blocks on a running one.
    void post(Job job);
    /// Runs the finishers of the jobs done so far, in posting order, on the calling thread; returns
    /// how many ran. A job that threw hands back a finisher that rethrows (the frame boundary
    /// catches it); the finishers after it wait for the next drain.
    int drain();
    /// Jobs posted and not yet drained (queued, running or done).
    [[nodiscard]] int outstanding() const;
    /// Waits until no job is queued or running, at most `seconds`; true when that happened. For
    /// tests and the synchronous path; the UI loop never calls it.
    bool waitIdle(double seconds);
    /// waitIdle then drain, until nothing is outstanding (finishers may post more); false on time-out.
    bool finishAll(double seconds);

private:
    void run();

    std::function<void()> m_wake;
    mutable std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<Job> m_queue;
    std::deque<Finish> m_done;
    int m_outstanding = 0;
    bool m_running = false;
    bool m_stop = false;
    std::thread m_thread;  // last: started once the members above exist
};

}  // namespace motcua::ui
