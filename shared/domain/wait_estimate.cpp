// Wait estimates: counts in front of a ticket and a service time shrunk toward the default.
#include "domain/wait_estimate.h"

#include <algorithm>
#include <cmath>

namespace motcua::domain {

int estimateWaitMinutes(const WaitInputs& in)
{
    const int ahead = std::max(0, in.ahead);
    const int open = std::max(0, in.openCounters);
    const int counters = std::max(1, open);
    // No open counter: nobody is free, and one counter is assumed once somebody opens one.
    const int busy = open == 0 ? 1 : std::clamp(in.busyCounters, 0, counters);
    const int free = counters - busy;
    if (ahead < free) return 0;
    const double service = in.serviceMinutes > 0 ? in.serviceMinutes : 1.0;
    const double inFront = static_cast<double>(ahead + busy - counters) + 0.5;
    return static_cast<int>(std::ceil(inFront * service / counters - 1e-9));
}

double smoothedServiceMinutes(const std::vector<double>& recentMinutes, double defaultMinutes)
{
    const double fallback = defaultMinutes > 0 ? defaultMinutes : 1.0;
    std::vector<double> samples;
    for (double m : recentMinutes)
        if (m >= 0 && std::isfinite(m)) samples.push_back(m);
    if (samples.empty()) return fallback;
    std::vector<double> sorted = samples;
    std::sort(sorted.begin(), sorted.end());
    const std::size_t mid = sorted.size() / 2;
    const double median = sorted.size() % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    const double cap = 3 * std::max(fallback, median);
    double sum = kServicePriorWeight * fallback;
    for (double m : samples) sum += std::min(m, cap);
    return sum / (kServicePriorWeight + static_cast<double>(samples.size()));
}

}  // namespace motcua::domain
