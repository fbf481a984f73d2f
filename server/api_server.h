// The store host (issue 14, DESIGN.md §9): the Desk offered as HTTPS + JSON on the office LAN
// (docs/network-protocol.md) and the plain-HTTP public port. Devices, staff sessions bound to a
// device, least privilege for kiosks and walls, retries that never double a write, change push
// by server-sent events, and limits against hostile clients.
#pragma once

#include "service/desk.h"

#include <nlohmann/json.hpp>

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <string_view>

namespace httplib {
class Server;
}

namespace motcua::server {

/// Runs one Desk call from its wire form (net::callDesk; the tests may pass a smaller one).
using Dispatcher = std::function<nlohmann::json(service::Desk&, std::string_view method, const nlohmann::json& args)>;

struct ServerOptions {
    std::string dbPath;
    std::string dataDir;  ///< the TLS key and certificate; empty: "<db>.tls"
    std::string apiHost = "0.0.0.0";
    int apiPort = 8443;  ///< 0: any free port
    std::string publicHost = "0.0.0.0";
    int publicPort = 8080;
    service::Clock clock = service::systemClock();
    /// Testing only: an X-Motcua-Now header (seconds since the epoch) sets "now" for that request.
    bool trustClientClock = false;
    std::size_t maxBodyBytes = 256 * 1024;
    double requestsPerSecond = 20;  ///< per device, sustained
    double burst = 60;              ///< per device, at once
    int threads = 128;              ///< each keep-alive connection or event stream holds one
    /// The public port's threads: the TVs' event streams (PublicSiteOptions::maxStreams) plus
    /// the pages, /tra-cuu and the TVs' keep-alive connections.
    int publicThreads = 48;
    int readTimeoutSeconds = 5;     ///< a client slower than this to send its request is dropped
    int writeTimeoutSeconds = 5;
    /// An idle keep-alive connection is closed after this long. Not longer: it holds a thread and
    /// httplib polls it every 11 ms (20 s raised the idle host's CPU from 0.7 % to 3–5 % of a core
    /// with 45 clients, docs/performance.md). The clients reopen theirs before it expires
    /// (net/https_transport.cpp), so a call after a pause pays a handshake, never a failed try.
    int apiKeepAliveSeconds = 5;
    int publicKeepAliveSeconds = 5;  ///< TVs and phones: many, short-lived
    std::chrono::milliseconds watchInterval{100};  ///< PRAGMA data_version poll of the store
    std::chrono::milliseconds pingInterval{15000};  ///< ": ping" on idle event streams
    /// How often the watcher marks idle and end-of-day sessions ended in the store.
    std::chrono::milliseconds sessionSweepInterval{30000};
    bool logRequests = true;  ///< one line per request on stderr
};

class Server {
public:
    Server(ServerOptions options, Dispatcher dispatch);
    ~Server();
    Server(const Server&) = delete;
    Server& operator=(const Server&) = delete;

    /// Creates or loads the TLS identity, binds both ports and starts serving. Throws
    /// Error(Storage) for an unusable store or identity, Error(InvalidInput) for a port in use.
    void start();
    /// Stops accepting, lets in-flight requests finish, ends the event streams, closes the store.
    void stop();

    [[nodiscard]] int apiPort() const;
    [[nodiscard]] int publicPort() const;
    [[nodiscard]] const std::string& fingerprint() const;
    /// The public port's server, for PublicSite::mount (call before start()).
    [[nodiscard]] httplib::Server& publicHttp();
    /// Called (from the watcher thread) with the store's new data version after each commit.
    void onChange(std::function<void(std::int64_t)> listener);
    /// Called first thing in stop(), before the ports close (PublicSite::stop ends its streams).
    void onStopping(std::function<void()> listener);

    struct Impl;

private:
    std::unique_ptr<Impl> m_impl;
};

}  // namespace motcua::server
