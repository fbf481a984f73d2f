// The store check and the backoff both app loops use (store_watch.h).
#include "ui/store_watch.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <utility>

namespace motcua::ui {

double steadySeconds() { return std::chrono::duration<double>(std::chrono::steady_clock::now().time_since_epoch()).count(); }

double backoffSeconds(int failures, double first)
{
    return std::min(kMaxBackoffSeconds, first * std::pow(2.0, std::max(0, failures - 1)));
}

bool storeTrouble(const Error& e) { return e.code() == ErrorCode::Busy || e.code() == ErrorCode::Storage; }

void StoreWatch::check(BackgroundWork& work, Version version, Trouble trouble)
{
    if (m_inFlight || m_clock() < m_checkAt) return;
    m_inFlight = true;
    work.post([this, version = std::move(version), trouble = std::move(trouble)]() -> Finish {
        try {
            const auto v = version();
            return [this, v] {
                m_inFlight = false;
                if (v != m_version || m_failures > 0) m_refreshWanted = true;  // changed, or back after trouble
                m_version = v;
                m_failures = 0;
                m_checkAt = 0;
            };
        } catch (const Error& e) {
            return [this, e, trouble] { failed(e, trouble); };
        }
    });
}

void StoreWatch::failed(const Error& e, const Trouble& trouble)
{
    m_inFlight = false;
    if (!storeTrouble(e)) return;
    // A calm notice, then checks at growing intervals until the store answers again.
    ++m_failures;
    m_checkAt = m_clock() + backoffSeconds(m_failures, m_firstRetry);
    if (trouble) trouble(e);
}

bool StoreWatch::takeRefresh() { return std::exchange(m_refreshWanted, false); }

bool finishJobs(BackgroundWork& work, double seconds, const std::function<void()>& step, const std::function<bool()>& idle)
{
    const double until = steadySeconds() + seconds;
    for (;;) {
        step();
        if (!work.finishAll(std::max(0.0, until - steadySeconds()))) return false;
        if (idle()) return true;
    }
}

}  // namespace motcua::ui
