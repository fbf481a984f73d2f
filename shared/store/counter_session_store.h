// Counter sessions (schema v9): which account is logged in at which counter, since when, last
// seen. One row per account: the same account is never logged in at two counters at once.
#pragma once

#include "domain/date.h"
#include "store/database.h"

#include <optional>
#include <string>

namespace motcua::store {

struct CounterSession {
    std::string username;
    int counter = 0;
    domain::Instant startedAt = 0;
    domain::Instant lastSeen = 0;
};

[[nodiscard]] std::optional<CounterSession> findCounterSession(Database& db, const std::string& username);
/// Starts (or takes over) the account's session at `counter`.
void startCounterSession(Database& db, const std::string& username, int counter, domain::Instant at);
/// The counter is still there; false when the account's session is no longer this counter's.
bool touchCounterSession(Database& db, const std::string& username, int counter, domain::Instant at);
/// Ends the account's session if it is this counter's.
void endCounterSession(Database& db, const std::string& username, int counter);

}  // namespace motcua::store
