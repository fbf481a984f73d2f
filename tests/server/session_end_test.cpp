// An expired session is marked ended in the store (host_sessions.ended_at), at the moment it
// expired: idle past session.idle_minutes, or at the end of its local day — also for a row left
// open by a host restart (issue 14, docs/network-protocol.md "Sessions and devices").
#include "server_support.h"

#include "host_crypto.h"

#include <catch2/catch.hpp>

#include <sqlite3.h>

#include <atomic>
#include <optional>
#include <thread>

using namespace motcua;
using namespace motcua::servertest;

namespace {

/// host_sessions.ended_at of the session behind `token` (nullopt: still open).
std::optional<domain::Instant> endedAt(const TestHost& host, const std::string& token)
{
    sqlite3* db = nullptr;
    sqlite3_open_v2(host.db().c_str(), &db, SQLITE_OPEN_READONLY, nullptr);
    sqlite3_stmt* st = nullptr;
    sqlite3_prepare_v2(db, "SELECT ended_at FROM host_sessions WHERE token_hash = ?", -1, &st, nullptr);
    const std::string hash = server::sha256Hex(token);
    sqlite3_bind_text(st, 1, hash.c_str(), -1, SQLITE_TRANSIENT);
    std::optional<domain::Instant> out;
    if (sqlite3_step(st) == SQLITE_ROW && sqlite3_column_type(st, 0) != SQLITE_NULL) out = sqlite3_column_int64(st, 0);
    sqlite3_finalize(st);
    sqlite3_close_v2(db);
    return out;
}

/// Waits (up to 3 s) for the watcher's sweep to mark the session ended.
std::optional<domain::Instant> waitEnded(const TestHost& host, const std::string& token)
{
    for (int i = 0; i < 300; ++i) {
        if (auto t = endedAt(host, token)) return t;
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    return std::nullopt;
}

}  // namespace

TEST_CASE("session end: an idle session is marked ended at the moment its idle time ran out", "[server][session]")
{
    MovableClock clock;
    TestHost host(clock.tweak(std::chrono::milliseconds(10)));
    const std::string counter = host.enrol("counter");
    const auto t0 = demoNow();
    const std::string session = host.login(counter, "motcua1");
    clock.set(t0 + 20 * 60);
    REQUIRE(host.call(counter, session, "tickets").status == 200);
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
    CHECK_FALSE(endedAt(host, session).has_value());  // in use: stays open
    clock.set(t0 + 20 * 60 + 31 * 60);
    const auto ended = waitEnded(host, session);
    REQUIRE(ended.has_value());
    CHECK(*ended == t0 + 20 * 60 + 30 * 60);
    CHECK(host.call(counter, session, "tickets").status == 401);
}

TEST_CASE("session end: a session is marked ended at midnight, also one left open by a restart", "[server][session]")
{
    MovableClock clock;
    const auto evening = *domain::parseLocalDateTime("2026-11-23 23:50");
    const auto midnight = *domain::parseLocalDateTime("2026-11-24 00:00");
    clock.set(evening);
    TestHost host(clock.tweak(std::chrono::milliseconds(10)));
    const std::string counter = host.enrol("counter");
    const std::string live = host.login(counter, "motcua1");
    const std::string restarted = host.login(counter, "motcua2");
    // Across a restart the host forgets its sessions; the rows stay open.
    host.server().stop();
    host.server().start();
    REQUIRE(host.call(counter, live, "tickets").status == 200);  // reopened from its row
    clock.set(midnight + 5 * 60);  // ten minutes idle at most: only the day is over
    const auto liveEnded = waitEnded(host, live);
    const auto restartedEnded = waitEnded(host, restarted);
    REQUIRE(liveEnded.has_value());
    REQUIRE(restartedEnded.has_value());
    CHECK(*liveEnded == midnight);
    CHECK(*restartedEnded == midnight);
    CHECK(host.call(counter, live, "tickets").status == 401);
    CHECK(host.call(counter, restarted, "tickets").status == 401);
}
