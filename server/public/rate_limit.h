// Per-address limits for the public status page (issue 14 item 5): dossier codes are sequential,
// so a client gets a few answers a minute, then 429 until the minute has passed.
#pragma once

#include <chrono>
#include <deque>
#include <map>
#include <mutex>
#include <string>

namespace motcua::server {

class RateLimit {
public:
    using Clock = std::chrono::steady_clock;

    explicit RateLimit(int perMinute) : m_perMinute(perMinute) {}

    /// Counts one request from `address` at `now`; false when it is over the limit (not counted).
    bool allow(const std::string& address, Clock::time_point now = Clock::now());

private:
    int m_perMinute;
    std::mutex m_mutex;
    std::map<std::string, std::deque<Clock::time_point>> m_seen;
};

}  // namespace motcua::server
