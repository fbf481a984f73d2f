// A temporary store for service tests: a fresh file in its own directory, an office with groups,
// counters, staff of every role and a small catalog, and a clock the test moves by hand.
#pragma once

#include "domain/date.h"
#include "service/desk.h"

#include "store/database.h"

#include <memory>
#include <mutex>
#include <string>

namespace motcua::test {

domain::Instant at(const char* localTime);

/// Undoes the schema steps after `version` on a store written by this build, so a test can show
/// that an older store upgrades with its data. Each new step adds its undo here.
void rollBackTo(store::Database& db, int version);

class TestStore {
public:
    TestStore();
    ~TestStore();
    TestStore(const TestStore&) = delete;
    TestStore& operator=(const TestStore&) = delete;

    /// A new desk on the same file (another "process"), acting as `user`. With
    /// MOTCUA_TEST_DESK=loopback it is a network Desk (net::openRpcDesk) over an in-process
    /// transport to a host-side SQLite Desk acting as `user`: the same contract, through JSON.
    /// With MOTCUA_TEST_DESK=https it is the real thing: the store host (server::Server, started on
    /// the first network desk, one per store) on 127.0.0.1, a device enrolled once, and `user`
    /// logged in over HTTPS; the desk's clock reaches the host as X-Motcua-Now.
    std::unique_ptr<service::Desk> open(const std::string& user = "admin");
    /// A desk nobody is logged in to (its login goes over the network in loopback mode).
    std::unique_ptr<service::Desk> openAnonymous();
    /// The SQLite Desk itself, whatever the back end (setup, and host-only calls).
    std::unique_ptr<service::Desk> openLocal(const std::string& user = "admin");
    /// Desks from open() go over the (loopback or HTTPS) network.
    [[nodiscard]] static bool network();
    /// "sqlite", "loopback" or "https" (MOTCUA_TEST_DESK).
    [[nodiscard]] static const std::string& backEnd();
    [[nodiscard]] const std::string& path() const { return m_path; }
    [[nodiscard]] const std::string& dir() const { return m_dir; }

    domain::Instant now;  ///< every desk opened here reads this clock

private:
    struct HttpsHost;
    [[nodiscard]] HttpsHost& httpsHost();

    std::string m_dir;
    std::string m_path;
    std::mutex m_httpsMutex;             ///< desks may be opened from several threads
    std::unique_ptr<HttpsHost> m_https;  ///< the https back end's host, once started
};

}  // namespace motcua::test
