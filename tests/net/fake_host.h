// A small stand-in for `motcua serve` in the transport tests: an httplib::SSLServer on
// 127.0.0.1:0 with a throwaway self-signed certificate made here (OpenSSL), speaking
// docs/network-protocol.md for a few routes and recording what the client sent.
#pragma once

#include <atomic>
#include <chrono>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

namespace httplib {
class SSLServer;
}

namespace motcua::nettest {

/// A fresh EC key and self-signed certificate (PEM files are not needed: kept in memory).
struct TestCertificate {
    TestCertificate();
    ~TestCertificate();
    TestCertificate(const TestCertificate&) = delete;
    TestCertificate& operator=(const TestCertificate&) = delete;
    void* x509 = nullptr;  ///< X509*
    void* key = nullptr;   ///< EVP_PKEY*
    std::string fingerprint;
};

/// What the fake host saw, per request.
struct Seen {
    std::string route;
    std::string authorization;
    std::string session;
    std::string requestId;
    std::chrono::steady_clock::time_point at;
};

class FakeHost {
public:
    FakeHost();
    ~FakeHost();
    FakeHost(const FakeHost&) = delete;
    FakeHost& operator=(const FakeHost&) = delete;

    [[nodiscard]] int port() const { return m_port; }
    [[nodiscard]] std::string url() const { return "https://127.0.0.1:" + std::to_string(m_port); }
    [[nodiscard]] const std::string& fingerprint() const { return m_cert.fingerprint; }
    [[nodiscard]] std::vector<Seen> seen() const;
    [[nodiscard]] int count(const std::string& route) const;

    // Knobs (set before or while the client runs).
    std::string enrollCode = "ABCD-1234";
    std::atomic<bool> wrongServerProof{false};  ///< answer enrolment with a proof for another certificate
    std::atomic<int> slowFirstCalls{0};         ///< this many /v1/call/slow requests stall past the client's timeout
    std::atomic<int> stallMs{800};
    std::atomic<long long> version{1};          ///< GET /v1/version, and each change sends an event
    std::atomic<bool> refuseStream{false};      ///< /v1/events answers 503
    std::atomic<int> streamGeneration{0};       ///< bump to cut the current event stream
    std::atomic<int> throttleCalls{0};          ///< this many /v1/call/throttled requests get 429
    std::atomic<int> retryAfterSeconds{1};      ///< the Retry-After those 429 answers carry

    // Files, under the mutex (lock with files()).
    std::string fileBytes = "%PDF-1.4 tệp giả";
    std::string fileHash;  ///< what X-Content-SHA256 says; empty: the bytes' true hash
    std::string lastUpload, lastUploadArgs, lastUploadType;
    [[nodiscard]] std::unique_lock<std::mutex> files() const { return std::unique_lock(m_mutex); }

    /// A change on the host: the version moves and open streams get `event: changed`.
    void change() { ++version; }

private:
    void routes();
    void record(const std::string& route, const void* request);

    TestCertificate m_cert;
    std::unique_ptr<httplib::SSLServer> m_server;
    std::thread m_thread;
    int m_port = 0;
    std::atomic<bool> m_stopping{false};
    mutable std::mutex m_mutex;
    std::vector<Seen> m_seen;
};

/// A TCP port on 127.0.0.1 that nobody listens on (bound, then closed).
[[nodiscard]] int closedPort();

}  // namespace motcua::nettest
