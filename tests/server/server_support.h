// The store host under test, in process: a copy of the demo store, `server::Server` on
// 127.0.0.1:0 (both ports), and an HTTPS client (certificate verification off; the fingerprint is
// checked by the enrolment proof). Helpers enrol devices, log staff in and call the Desk.
#pragma once

#include "api_server.h"
#include "cli_runner.h"

#include <nlohmann/json.hpp>

#include <atomic>
#include <chrono>
#include <functional>
#include <map>
#include <memory>
#include <string>

namespace motcua::servertest {

using Json = nlohmann::json;

/// The demo office's clock: Monday 2026-11-23 10:15 (Vietnam), queue open.
[[nodiscard]] domain::Instant demoNow();

struct Reply {
    int status = 0;  ///< 0: no answer (connection refused, reset, timed out)
    std::string body;
    std::map<std::string, std::string> headers;
    [[nodiscard]] Json json() const;
};

using Headers = std::multimap<std::string, std::string>;

class TestHost {
public:
    /// A fresh demo store; `tweak` may change the options, `beforeStart` mount more routes
    /// (the public site) before the server starts.
    explicit TestHost(const std::function<void(server::ServerOptions&)>& tweak = {},
                      const std::function<void(server::Server&)>& beforeStart = {});
    ~TestHost();

    [[nodiscard]] server::Server& server() { return *m_server; }
    [[nodiscard]] const std::string& db() const { return m_db; }
    [[nodiscard]] const clitest::TempDir& dir() const { return m_dir; }
    [[nodiscard]] int port() const { return m_server->apiPort(); }

    [[nodiscard]] Reply post(const std::string& path, const std::string& body, const Headers& headers = {}) const;
    [[nodiscard]] Reply get(const std::string& path, const Headers& headers = {}) const;

    /// `device add` on the host's store: the one-time code.
    [[nodiscard]] std::string addDevice(const std::string& kind, domain::Instant at = 0);
    /// Adds and enrols a device: its token.
    [[nodiscard]] std::string enrol(const std::string& kind);
    /// The proof a client computes for `code` against this host's fingerprint.
    [[nodiscard]] std::string proof(const std::string& code) const;
    /// Logs `user` (demo password) in on the device: the session token.
    [[nodiscard]] std::string login(const std::string& token, const std::string& user, domain::Instant at = 0);

    /// POST /v1/call/<method>; a write gets a fresh request id unless `requestId` is given.
    [[nodiscard]] Reply call(const std::string& token, const std::string& session, const std::string& method,
                             const Json& args = Json::object(), const std::string& requestId = "",
                             domain::Instant at = 0) const;

    /// Every row of every table (the store's content, byte for byte as SQLite gives it).
    [[nodiscard]] std::string dump() const;

private:
    clitest::TempDir m_dir;
    std::string m_db;
    std::unique_ptr<server::Server> m_server;
};

/// A host clock the test moves (sessions follow the host's clock, not X-Motcua-Now).
struct MovableClock {
    std::shared_ptr<std::atomic<domain::Instant>> t = std::make_shared<std::atomic<domain::Instant>>(demoNow());
    /// Options for TestHost: this clock; the expired-session sweep every `sweep`.
    [[nodiscard]] std::function<void(server::ServerOptions&)> tweak(
        std::chrono::milliseconds sweep = std::chrono::hours(24)) const;
    void set(domain::Instant at) const { t->store(at); }
};

[[nodiscard]] std::string newRequestId();
[[nodiscard]] Headers deviceHeaders(const std::string& token, const std::string& session = "");
/// True if `body` shows nothing of the host's inside: SQL, file paths, C++ or SQLite words.
[[nodiscard]] bool leaksNothing(const std::string& body);

}  // namespace motcua::servertest
