// The counter's loop: one job at a time on the worker (a frame's commands with the draft save,
// the live appointment and a refresh, or a store check). A state job works on a copy of
// CounterState and its result replaces the state when drained; meanwhile the runner holds the
// input, so the clerk's keys land on the new state. The store check touches no state and runs
// while the clerk types.
#include "counter/counter_loop.h"
#include "counter/paper_scans.h"

#include "counter/apply.h"
#include "counter/local_draft.h"
#include "counter/screens.h"
#include "domain/error.h"
#include "ui/working_badge.h"

#include <algorithm>
#include <chrono>
#include <cmath>

namespace motcua::counter {

namespace {

double steadySeconds() { return std::chrono::duration<double>(std::chrono::steady_clock::now().time_since_epoch()).count(); }

bool storeTrouble(const Error& e) { return e.code() == ErrorCode::Busy || e.code() == ErrorCode::Storage; }

double backoff(int failures) { return std::min(kMaxBackoffSeconds, std::pow(2.0, std::max(0, failures - 1))); }

std::string troubleNotice(const Error& e)
{
    return std::string("Chưa kết nối được dữ liệu (") + e.what() +
           "). Máy đang tự thử lại; những gì đã nhập vẫn được giữ, không cần nhập lại.";
}

bool hasLogin(const Commands& commands)
{
    return std::any_of(commands.begin(), commands.end(), [](const Command& c) { return c.kind == CommandKind::Login; });
}

}  // namespace

CounterLoop::CounterLoop(CounterState state, CounterLoopSetup setup, std::function<void()> wake)
    : m_state(std::move(state)),
      m_clock(setup.clock ? setup.clock : service::systemClock()),
      m_draftDir(std::move(setup.draftDir)),
      m_started(steadySeconds()),
      m_desk(std::move(setup.desk)),
      m_printer(std::move(setup.printer)),
      m_connect(std::move(setup.connect)),
      m_work(std::move(wake)),
      m_jobs(m_state, m_work)
{
}

CounterLoop::~CounterLoop() = default;

double CounterLoop::seconds() const { return steadySeconds() - m_started; }

void CounterLoop::draw(const ui::Fonts& fonts)
{
    m_work.drain();  // the results of finished jobs become the state this frame draws
    m_state.now = m_clock();
    m_state.seconds = seconds();
    drawCounter(m_state, m_commands, fonts);
    if (m_jobs.busyFor() >= ui::kWorkingBadgeAfter) ui::workingBadge(ui::kWorkingText, seconds());
}

void CounterLoop::filesDropped(const std::vector<std::string>& paths) { counter::filesDropped(m_state, m_commands, paths); }

bool CounterLoop::afterFrame()
{
    const bool had = !m_commands.empty();
    m_state.seconds = seconds();
    m_jobs.queue(m_commands);
    startJob();
    return had;  // while a job runs, nextDeadline paces the frames (the working sign), not a busy loop
}

bool CounterLoop::draftDue() const
{
    return secondsToDraftSave(m_state) == 0 && m_state.seconds >= m_draftRetryAt;
}

std::string CounterLoop::dueInputs() const
{
    const auto& s = m_state;
    if (!s.user) return {};
    const auto& d = s.dossiers;
    return s.intake.form.procedureCode + "|" + domain::channelName(s.intake.form.channel) + "|" +
           (s.tab == Tab::Dossiers && d.detail ? d.detail->dossier.code : std::string()) + "|" + std::to_string(d.stepHours) +
           "|" + std::to_string(s.now / 60);
}

void CounterLoop::startJob()
{
    if (m_jobs.busy() || m_pollInFlight) return;  // one job at a time: its result is the next state
    const bool draft = draftDue();
    const std::string due = dueInputs();
    if (!m_jobs.hasQueued() && !draft && due == m_lastDueInputs && !m_refreshWanted) return;
    m_lastDueInputs = due;
    const bool refreshNow = std::exchange(m_refreshWanted, false);
    m_jobs.start([this, refreshNow, draft](Commands& commands, CounterState& s) { work(commands, s, refreshNow, draft); },
                 [this, draft] {
                     if (!draft) return;
                     // Still dirty after a due save (input was held): the store refused it; wait longer each time.
                     m_draftFailures = m_state.intake.dirty ? m_draftFailures + 1 : 0;
                     m_draftRetryAt = m_draftFailures ? seconds() + backoff(m_draftFailures) : 0;
                 });
}

void CounterLoop::work(Commands& commands, CounterState& s, bool refreshNow, bool draftDue)
{
    s.seconds = seconds();
    const bool login = hasLogin(commands);
    apply(commands, *m_desk, *m_printer, s);
    if (s.loggedOut) {
        s.loggedOut = false;
        try {
            if (m_connect) m_desk = m_connect();  // a fresh session: nothing of the last user stays in the Desk
        } catch (const Error& e) {
            s.storeNotice = e.what();
        }
    }
    s.seconds = seconds();
    keepLocalDraft(s, login && s.user, draftDue);  // first: a host outage must not lose it
    saveDraftIfDue(*m_desk, s);
    if (draftDue && s.intake.dirty && !m_draftDir.empty() && s.intake.draftError.empty())
        s.storeNotice = "Chưa lưu được bản nháp lên máy chủ; bản nháp vẫn được giữ trên máy này, máy đang tự thử lại.";
    try {
        updateDue(*m_desk, s);
        if (refreshNow) {
            refresh(*m_desk, s);
            if (!s.intake.dirty) s.storeNotice.clear();
        }
    } catch (const Error& e) {
        s.storeNotice = storeTrouble(e) ? troubleNotice(e) : e.what();
    }
}

void CounterLoop::keepLocalDraft(CounterState& s, bool loggedIn, bool draftDue)
{
    if (m_draftDir.empty() || !s.user || !s.can(domain::Permission::ReceiveDossier)) return;
    const std::string& user = s.user->username;
    try {
        if (loggedIn) {
            // Offered back when the store has none, or an older one (a host outage, a crash).
            auto local = loadLocalDraft(m_draftDir, user);
            auto& offered = s.intake.offeredDraft;
            if (local && !local->blank() && (!offered || local->savedAt > offered->savedAt)) offered = std::move(local);
            return;
        }
        auto d = draftOf(s.intake.form);
        if (d.blank()) {
            if (!s.intake.offeredDraft) discardLocalDraft(m_draftDir, user);  // received, cleared or discarded
            return;
        }
        if (!draftDue) return;
        d.savedAt = s.now;
        saveLocalDraft(m_draftDir, user, d);
    } catch (const Error& e) {
        s.intake.draftError = e.what();
    }
}

bool CounterLoop::storeChanged()
{
    poll();
    startJob();  // a refresh the last check asked for
    return false;  // results wake the runner themselves (ui::wakeRunner)
}

void CounterLoop::poll()
{
    if (m_pollInFlight || m_jobs.busy() || seconds() < m_pollAt) return;
    m_pollInFlight = true;
    m_work.post([this]() -> ui::Finish {
        try {
            const auto v = m_desk->dataVersion();
            return [this, v] {
                m_pollInFlight = false;
                if (v != m_version || m_pollFailures > 0) m_refreshWanted = true;  // changed, or back after trouble
                m_version = v;
                m_pollFailures = 0;
                m_pollAt = 0;
            };
        } catch (const Error& e) {
            return [this, e] { pollFailed(e); };
        }
    });
}

void CounterLoop::pollFailed(const Error& e)
{
    m_pollInFlight = false;
    if (!storeTrouble(e)) return;
    ++m_pollFailures;
    m_pollAt = seconds() + backoff(m_pollFailures);
    m_state.storeNotice = troubleNotice(e);
}

double CounterLoop::nextDeadline()
{
    m_state.seconds = seconds();
    double next = 60.0 - static_cast<double>(m_clock() % 60);  // the header clock's next minute
    const double save = secondsToDraftSave(m_state);
    if (save >= 0) next = std::min(next, std::max(save, m_draftRetryAt - m_state.seconds));
    if (m_jobs.busy()) next = std::min(next, 0.1);  // the working sign turns
    return std::max(0.0, next);
}

bool CounterLoop::finishAll(double seconds)
{
    const double until = steadySeconds() + seconds;
    for (;;) {
        m_state.seconds = this->seconds();
        m_jobs.queue(m_commands);
        startJob();
        if (!m_work.finishAll(std::max(0.0, until - steadySeconds()))) return false;
        if (!m_jobs.hasQueued() && !m_jobs.busy() && !m_pollInFlight) return true;
    }
}

}  // namespace motcua::counter
