#include "server/public/rate_limit.h"

namespace motcua::server {

bool RateLimit::allow(const std::string& address, Clock::time_point now)
{
    const auto window = std::chrono::minutes(1);
    std::lock_guard lock(m_mutex);
    // Forget addresses idle for a minute, so the table stays as small as the hall.
    if (m_seen.size() > 1000)
        std::erase_if(m_seen, [&](const auto& entry) { return entry.second.empty() || now - entry.second.back() >= window; });
    auto& times = m_seen[address];
    while (!times.empty() && now - times.front() >= window) times.pop_front();
    if (static_cast<int>(times.size()) >= m_perMinute) return false;
    times.push_back(now);
    return true;
}

}  // namespace motcua::server
