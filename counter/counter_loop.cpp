// The counter's loop: one job at a time on the worker (a frame's commands with the draft save,
// the live appointment and a refresh, or a store check). A state job works on a copy of
// CounterState and its result replaces the state when drained; meanwhile the runner holds the
// input, so the clerk's keys land on the new state. The store check touches no state and runs
// while the clerk types.
#include "counter/counter_loop.h"
#include "counter/intake/paper_scans.h"

#include "counter/apply.h"
#include "counter/intake/apply_unsent_scans.h"
#include "counter/intake/local_draft.h"
#include "counter/screens.h"
#include "domain/error.h"
#include "ui/working_badge.h"

#include <algorithm>

namespace motcua::counter {

namespace {

using ui::steadySeconds;

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
      m_watch([this] { return seconds(); }, 1),
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
    if (m_jobs.busy() || m_watch.inFlight()) return;  // one job at a time: its result is the next state
    const bool draft = draftDue();
    const std::string due = dueInputs();
    const bool unsent = secondsToUnsentTry(m_state) == 0;
    if (!m_jobs.hasQueued() && !draft && !unsent && due == m_lastDueInputs && !m_watch.refreshWanted()) return;
    m_lastDueInputs = due;
    const bool refreshNow = m_watch.takeRefresh();
    m_jobs.start([this, refreshNow, draft](Commands& commands, CounterState& s) { work(commands, s, refreshNow, draft); },
                 [this, draft] {
                     if (!draft) return;
                     // Still dirty after a due save (input was held): the store refused it; wait longer each time.
                     m_draftFailures = m_state.intake.dirty ? m_draftFailures + 1 : 0;
                     m_draftRetryAt = m_draftFailures ? seconds() + ui::backoffSeconds(m_draftFailures) : 0;
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
    sendUnsentScans(*m_desk, s);  // scans the host could not take at receive time
    if (draftDue && s.intake.dirty && !m_draftDir.empty() && s.intake.draftError.empty())
        s.storeNotice = "Chưa lưu được bản nháp lên máy chủ; bản nháp vẫn được giữ trên máy này, máy đang tự thử lại.";
    try {
        updateDue(*m_desk, s);
        if (refreshNow) {
            refresh(*m_desk, s);
            if (!s.intake.dirty) s.storeNotice.clear();
        }
    } catch (const Error& e) {
        s.storeNotice = ui::storeTrouble(e) ? troubleNotice(e) : e.what();
    }
}

void CounterLoop::keepLocalDraft(CounterState& s, bool loggedIn, bool draftDue)
{
    if (m_draftDir.empty() || !s.user || !s.can(domain::Permission::ReceiveDossier)) return;
    const std::string& user = s.user->username;
    try {
        if (loggedIn) {
            // Offered back when the store has none, or an older one (a host outage, a crash).
            auto local = loadLocalDraft(m_draftDir, user, s.counter);
            auto& offered = s.intake.offeredDraft;
            if (local && !local->blank() && (!offered || local->savedAt > offered->savedAt)) offered = std::move(local);
            return;
        }
        auto d = draftOf(s.intake.form);
        if (d.blank()) {
            if (!s.intake.offeredDraft) discardLocalDraft(m_draftDir, user, s.counter);  // received, cleared or discarded
            return;
        }
        if (!draftDue) return;
        d.savedAt = s.now;
        saveLocalDraft(m_draftDir, user, s.counter, d);
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
    if (m_jobs.busy()) return;
    m_watch.check(m_work, [this] { return m_desk->dataVersion(); }, [this](const Error& e) { m_state.storeNotice = troubleNotice(e); });
}

double CounterLoop::nextDeadline()
{
    m_state.seconds = seconds();
    double next = 60.0 - static_cast<double>(m_clock() % 60);  // the header clock's next minute
    const double save = secondsToDraftSave(m_state);
    if (save >= 0) next = std::min(next, std::max(save, m_draftRetryAt - m_state.seconds));
    if (const double unsent = secondsToUnsentTry(m_state); unsent >= 0) next = std::min(next, unsent);
    if (m_jobs.busy()) next = std::min(next, 0.1);  // the working sign turns
    return std::max(0.0, next);
}

bool CounterLoop::finishAll(double seconds)
{
    return ui::finishJobs(
        m_work, seconds,
        [this] {
            m_state.seconds = this->seconds();
            m_jobs.queue(m_commands);
            startJob();
        },
        [this] { return !m_jobs.hasQueued() && !m_jobs.busy() && !m_watch.inFlight(); });
}

}  // namespace motcua::counter
