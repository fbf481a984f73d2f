// The worker thread behind BackgroundWork: one mutex guards the two queues; a job runs with the
// mutex released, so posting and draining never wait for it.
#include "ui/background_work.h"

#include <chrono>

namespace motcua::ui {

BackgroundWork::BackgroundWork(std::function<void()> wake) : m_wake(std::move(wake)), m_thread([this] { run(); }) {}

BackgroundWork::~BackgroundWork()
{
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
        m_queue.clear();
    }
    m_changed.notify_all();
    m_thread.join();
}

void BackgroundWork::post(Job job)
{
    {
        std::lock_guard lock(m_mutex);
        m_queue.push_back(std::move(job));
        ++m_outstanding;
    }
    m_changed.notify_all();
}

void BackgroundWork::run()
{
    for (;;) {
        Job job;
        {
            std::unique_lock lock(m_mutex);
            m_changed.wait(lock, [this] { return m_stop || !m_queue.empty(); });
            if (m_stop) return;
            job = std::move(m_queue.front());
            m_queue.pop_front();
            m_running = true;
        }
        Finish finish;
        try {
            finish = job();
        } catch (...) {
            finish = [error = std::current_exception()] { std::rethrow_exception(error); };
        }
        {
            std::lock_guard lock(m_mutex);
            m_done.push_back(std::move(finish));
            m_running = false;
        }
        m_changed.notify_all();
        if (m_wake) m_wake();
    }
}

int BackgroundWork::drain()
{
    int ran = 0;
    for (;;) {
        Finish finish;
        {
            std::lock_guard lock(m_mutex);
            if (m_done.empty()) return ran;
            finish = std::move(m_done.front());
            m_done.pop_front();
            --m_outstanding;
        }
        ++ran;
        if (finish) finish();  // outside the lock: a finisher may post the next job
    }
}

int BackgroundWork::outstanding() const
{
    std::lock_guard lock(m_mutex);
    return m_outstanding;
}

bool BackgroundWork::waitIdle(double seconds)
{
    std::unique_lock lock(m_mutex);
    return m_changed.wait_for(lock, std::chrono::duration<double>(seconds), [this] { return m_queue.empty() && !m_running; });
}

bool BackgroundWork::finishAll(double seconds)
{
    const auto until = std::chrono::steady_clock::now() + std::chrono::duration<double>(seconds);
    while (outstanding() > 0) {
        const double left = std::chrono::duration<double>(until - std::chrono::steady_clock::now()).count();
        if (left <= 0 || !waitIdle(left)) return false;
        drain();
    }
    return true;
}

}  // namespace motcua::ui
