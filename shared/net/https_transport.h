// The real RpcTransport (DESIGN.md §9, docs/network-protocol.md): HTTPS to the store host with its
// self-signed certificate pinned by SHA-256 fingerprint, the device token on every request, the
// staff session after login, request ids on writes with safe retries, and a watcher thread that
// follows GET /v1/events (falling back to polling GET /v1/version) for dataVersion().
// httplib stays inside the .cpp: it is big.
#pragma once

#include "net/rpc_transport.h"

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <string_view>

namespace motcua::net {

struct HttpsOptions {
    std::string host;
    int port = 8443;
    /// "SHA256:" + 64 lower-case hex digits. Empty only while enrolling: nothing is refused, and
    /// the certificate seen is reported by seenFingerprint().
    std::string pin;
    std::string deviceToken;  ///< sent as "Authorization: Device <token>"; empty while enrolling
    int timeoutMs = 5000;     ///< one attempt's read/write limit; then a retry with the same request id
    int connectTimeoutMs = 1500;
    int attempts = 3;          ///< tries per call (a dropped or timed-out one is retried)
    int throttledTries = 12;   ///< 429 answers waited out per call (each wait ≤ 1 s) before giving up
    bool watchEvents = true;   ///< run the change watcher (SSE, polling fallback)
    int pollMs = 1000;         ///< polling period while the event stream is down
    int streamIdleMs = 20000;  ///< no byte (not even the 15-s ping) for this long: the stream is dead
    /// Testing only (`motcua --server … --now`): the instant sent as X-Motcua-Now on every call.
    /// A host honours it only when started with --trust-client-clock, and refuses it otherwise.
    std::function<std::int64_t()> clientClock;
};

class HttpsTransport final : public RpcTransport {
public:
    explicit HttpsTransport(HttpsOptions options);
    ~HttpsTransport() override;
    HttpsTransport(const HttpsTransport&) = delete;
    HttpsTransport& operator=(const HttpsTransport&) = delete;

    nlohmann::json call(const std::string& method, const nlohmann::json& args, bool write) override;
    nlohmann::json upload(const std::string& method, const nlohmann::json& args, const std::string& bytes,
                          bool write) override;
    std::string download(const std::string& method, const nlohmann::json& args) override;
    std::int64_t dataVersion() override;

    /// POST `path` with `body` (not a Desk call: enrolment); the whole answer object. Throws like call().
    nlohmann::json post(const std::string& path, const nlohmann::json& body);
    /// Connects once (GET /v1/version, whatever it answers) and returns the fingerprint of the
    /// certificate the host presented. Throws Busy when unreachable, Forbidden on a pin mismatch.
    std::string probeFingerprint();
    /// From now on refuse any certificate but this one (enrolment pins what it saw first).
    void pin(const std::string& fingerprint);
    /// The staff session kept from the last login answer (empty: none).
    [[nodiscard]] std::string session() const;

    struct Impl;

private:
    std::unique_ptr<Impl> m;
};

/// What the calling thread's last call(), post() or probe cost on the wire: for benchmarks and
/// diagnostics (a slow call that had to open a connection is told apart from one that reused it).
struct CallStats {
    int tries = 0;       ///< requests sent (retries and 429 waits included)
    int handshakes = 0;  ///< TLS handshakes started: 0 when the keep-alive connection was reused
    int resumed = 0;     ///< of those, how many resumed an earlier TLS session
    int throttled = 0;   ///< 429 answers waited out
};
[[nodiscard]] CallStats lastCallStats();

/// "SHA256:" + lower-case hex of SHA-256 over a DER certificate.
[[nodiscard]] std::string fingerprintOfDer(std::string_view der);
/// 32 lower-case hex digits from the system's CSPRNG (libsodium).
[[nodiscard]] std::string newRequestId();

}  // namespace motcua::net
