// The kiosk's loop: one job at a time on the worker (a frame's commands with the retries due, a
// refresh, a reconnect, or a store check), so the frames never wait on the store or the printer.
// A state job works on a copy of KioskState and its result replaces the state when drained; the
// store check touches no state and runs while the citizen types.
#include "kiosk/kiosk_loop.h"

#include "kiosk/apply.h"
#include "kiosk/screens.h"
#include "domain/error.h"
#include "ui/working_badge.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace motcua::kiosk {

using ui::steadySeconds;

KioskLoop::KioskLoop(KioskState state, KioskLoopSetup setup, std::function<void()> wake)
    : m_state(std::move(state)),
      m_clock(setup.clock ? setup.clock : service::systemClock()),
      m_timing(setup.timing),
      m_started(steadySeconds()),
      m_desk(std::move(setup.desk)),
      m_printer(std::move(setup.printer)),
      m_connect(std::move(setup.connect)),
      m_connected(m_desk != nullptr),
      m_watch([this] { return seconds(); }, kRetrySeconds),
      m_work(std::move(wake)),
      m_jobs(m_state, m_work)
{
    if (m_connected) m_watch.wantRefresh();  // the first store check also fills the screen
}

KioskLoop::~KioskLoop() = default;

double KioskLoop::seconds() const { return steadySeconds() - m_started; }

void KioskLoop::draw(const ui::Fonts& fonts)
{
    m_work.drain();  // the results of finished jobs become the state this frame draws
    m_state.now = m_clock();
    tick(m_state, seconds());
    drawKiosk(m_state, m_commands, fonts);
    // The ticket screen says "Đang in vé…" itself; elsewhere a small sign once a job takes a while.
    const bool printing = m_state.screen == Screen::Ticket && m_state.ticket.status == PrintStatus::Printing;
    if (m_jobs.busyFor() >= ui::kWorkingBadgeAfter && !printing) ui::workingBadge(ui::kWorkingText, seconds());
}

bool KioskLoop::afterFrame()
{
    const bool had = !m_commands.empty();
    m_state.seconds = seconds();
    if (!m_connected) {
        m_commands.clear();  // nothing can be done without the store; the home screen says so
    } else {
        m_jobs.queue(m_commands);
        if (m_state.hours && ticketsOpen(m_state) != m_state.hours->open && m_state.seconds >= m_hoursRefreshAt) {
            m_watch.wantRefresh();  // opened or closed since the last refresh
            m_hoursRefreshAt = m_state.seconds + kRetrySeconds;
        }
    }
    startJob();
    return had;  // while a job runs, nextDeadline paces the frames (the working sign), not a busy loop
}

void KioskLoop::startJob()
{
    if (m_jobs.busy() || m_watch.inFlight()) return;  // one job at a time: its result is the next state
    const double now = seconds();
    if (!m_connected) {
        if (now < m_reconnectAt || !m_connect) return;
        m_jobs.start([this](Commands&, KioskState& s) {
            try {
                m_desk = m_connect();
                refresh(*m_desk, s);
                m_connected = true;
            } catch (const Error& e) {
                s.storeNotice = {e.code() == ErrorCode::Busy ? &txt::kStoreBusy : &txt::kStoreDown, e.what()};
            }
        }, [this] {
            if (!m_connected) m_reconnectAt = seconds() + kRetrySeconds;
        });
        return;
    }
    const double retry = secondsToRetry(m_state);
    const bool retryNow = retry >= 0 && retry <= 0.0;
    if (!m_jobs.hasQueued() && !retryNow && !m_watch.refreshWanted()) return;
    const bool refreshNow = m_watch.takeRefresh();
    const bool wasPrinting = m_state.screen == Screen::Ticket && m_state.ticket.status == PrintStatus::Printing;
    m_jobs.start([this, refreshNow](Commands& commands, KioskState& s) {
        s.seconds = seconds();
        apply(commands, *m_desk, *m_printer, s);
        s.seconds = seconds();  // a print may have taken seconds
        retryDue(*m_desk, *m_printer, s);
        if (refreshNow) refresh(*m_desk, s);
    }, [this, wasPrinting] { noteTiming(wasPrinting); });
}

void KioskLoop::noteTiming(bool wasPrinting)
{
    if (m_timing && wasPrinting && m_state.ticket.status != PrintStatus::Printing)
        std::fprintf(stderr, "{\"tap_to_printed_ms\": %.1f}\n", m_state.ticket.tapToPrintMs);
}

bool KioskLoop::storeChanged()
{
    poll();
    startJob();  // a refresh the last check asked for
    return false;  // results wake the runner themselves (ui::wakeRunner)
}

void KioskLoop::poll()
{
    if (!m_connected || m_jobs.busy()) return;
    m_watch.check(m_work, [this] { return m_desk->dataVersion(); }, [this](const Error& e) {
        m_state.storeNotice = {e.code() == ErrorCode::Busy ? &txt::kStoreBusy : &txt::kStoreDown, e.what()};
    });
}

double KioskLoop::nextDeadline()
{
    m_state.seconds = seconds();
    double next = 60.0 - static_cast<double>(m_clock() % 60);  // the header clock's next minute
    auto take = [&next](double d) {
        if (d >= 0) next = std::min(next, d);
    };
    const double timeout = secondsToTimeout(m_state);
    take(timeout);
    // The ticket screen counts down its 20 s out loud.
    if (m_state.screen == Screen::Ticket && timeout > 0) take(timeout - std::floor(timeout));
    take(secondsToRetry(m_state));
    if (!m_connected) take(std::max(0.0, m_reconnectAt - m_state.seconds));
    if (m_jobs.busy()) take(0.1);  // the working sign turns
    return std::max(0.0, next);
}

bool KioskLoop::finishAll(double seconds)
{
    return ui::finishJobs(
        m_work, seconds,
        [this] {
            m_jobs.queue(m_commands);
            m_state.seconds = this->seconds();
            startJob();
        },
        [this] { return !m_jobs.hasQueued() && !m_jobs.busy() && !m_watch.inFlight(); });
}

}  // namespace motcua::kiosk
