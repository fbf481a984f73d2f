// What the kiosk's and the counter's frame loops share around their worker (ui::BackgroundWork):
// a loop clock, the store check off the UI thread (Desk::dataVersion on the worker; a refresh is
// wanted when the store changed or came back) with waits that double while the store or host
// fails, and the tests' "run until nothing is left" without frames. No ImGui here.
#pragma once

#include "domain/error.h"
#include "ui/background_work.h"

#include <cstdint>
#include <functional>

namespace motcua::ui {

/// Seconds between retries while the store or host fails: doubles up to this.
inline constexpr double kMaxBackoffSeconds = 30;

/// Seconds on the steady clock (never jumps with the wall clock).
[[nodiscard]] double steadySeconds();
/// `first` seconds after the first failure, doubling with each further one, at most kMaxBackoffSeconds.
[[nodiscard]] double backoffSeconds(int failures, double first = 1);
/// The store is busy or unreachable (worth a calm notice and a retry), not a refusal.
[[nodiscard]] bool storeTrouble(const Error& e);

/// Asks the store whether anything changed, one question at a time, on the loop's worker.
class StoreWatch {
public:
    /// Runs on the worker: Desk::dataVersion() of the loop's Desk.
    using Version = std::function<std::int64_t()>;
    /// Runs on the UI thread when a check failed with storeTrouble (the loop shows its notice).
    using Trouble = std::function<void(const Error&)>;

    /// `clock`: the loop's seconds; `firstRetry`: the wait after the first failure.
    StoreWatch(std::function<double()> clock, double firstRetry) : m_clock(std::move(clock)), m_firstRetry(firstRetry) {}

    /// Posts a check to `work` unless one runs or the wait after a failure is not over.
    void check(BackgroundWork& work, Version version, Trouble trouble);
    /// A check is on the worker (the loop starts no state job meanwhile).
    [[nodiscard]] bool inFlight() const { return m_inFlight; }
    /// The loop wants a refresh at its next job (a check found a change, or the loop asked).
    void wantRefresh() { m_refreshWanted = true; }
    [[nodiscard]] bool refreshWanted() const { return m_refreshWanted; }
    /// True once per wanted refresh: the job that refreshes takes it.
    bool takeRefresh();

private:
    void failed(const Error& e, const Trouble& trouble);

    std::function<double()> m_clock;
    double m_firstRetry;
    std::int64_t m_version = -1;
    bool m_inFlight = false;
    bool m_refreshWanted = false;
    int m_failures = 0;
    double m_checkAt = 0;
};

/// Tests and the synchronous path: what the runner does between frames, without frames. Runs
/// `step` (start what is due), waits for the worker and drains, until `idle`; false after `seconds`.
bool finishJobs(BackgroundWork& work, double seconds, const std::function<void()>& step, const std::function<bool()>& idle);

}  // namespace motcua::ui
