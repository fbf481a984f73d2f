// Wait estimates for the queue (DESIGN.md §3.4, issue 12): a smoothed service time and the people
// in front of a ticket, counting those already at a counter, so the figure falls one step per call
// for a steady service time and says "no wait" only when a counter is free for the ticket.
#pragma once

#include <vector>

namespace motcua::domain {

/// What the estimate of one ticket's wait needs to know.
struct WaitInputs {
    int ahead = 0;              ///< waiting tickets that will be called before it
    int busyCounters = 0;       ///< open counters of its group serving someone right now
    int openCounters = 0;       ///< open counters serving its group
    double serviceMinutes = 0;  ///< time per citizen (smoothedServiceMinutes)
};

/// Minutes until the ticket is called, rounded up; 0 only when a counter will be free for it as
/// soon as those ahead are called (ahead < free counters). Otherwise the people in front
/// (ahead + busy) leave one by one over `open` counters, those being served half done on average:
/// ⌈(ahead + busy − open + ½) × service ÷ open⌉. With no counter open, one is assumed, busy.
[[nodiscard]] int estimateWaitMinutes(const WaitInputs& in);

/// Prior weight of the configured default service time, in services: a few quick or slow
/// services move the estimate a little, not all the way.
inline constexpr double kServicePriorWeight = 5;

/// The service time to plan with: the recent service times (minutes) averaged together with
/// kServicePriorWeight services of `defaultMinutes`; each sample is capped at three times the
/// larger of the default and the samples' median, so one forgotten ticket cannot triple it.
[[nodiscard]] double smoothedServiceMinutes(const std::vector<double>& recentMinutes, double defaultMinutes);

}  // namespace motcua::domain
