// A TCP proxy between network clients and `motcua serve` that loses answers on purpose: on a share
// of them it forwards the request and then closes both connections before the answer reaches the
// client, so the client retries with the same X-Request-Id. Used by motcua-lan-bench's fault run
// and by the retry ctest (tests/server/dropped_answers_test.cpp). It sees only TLS bytes, so an
// "answer" is each burst the host sends after the client spoke; the first burst of a connection
// (the TLS handshake) is always forwarded.
#pragma once

#include <atomic>
#include <mutex>
#include <random>
#include <thread>
#include <vector>

namespace motcua::bench {

class DroppingProxy {
public:
    /// Listens on 127.0.0.1 (any free port) and forwards to 127.0.0.1:hostPort.
    DroppingProxy(int hostPort, double share, unsigned seed = 14);
    ~DroppingProxy();
    DroppingProxy(const DroppingProxy&) = delete;
    DroppingProxy& operator=(const DroppingProxy&) = delete;

    [[nodiscard]] int port() const { return m_port; }
    /// The share of answers dropped from now on (0 passes everything).
    void setShare(double share);
    [[nodiscard]] long dropped() const { return m_dropped; }
    /// Never drop more than this many answers in a row (a test with a client that tries 3 times
    /// sets 2, so every call gets through); 0: no limit.
    void setMaxInARow(int n);

private:
    void acceptLoop();
    void relay(int client);
    bool roll();

    int m_hostPort;
    double m_share;
    int m_listen = -1;
    int m_port = 0;
    std::atomic<bool> m_stop{false};
    std::atomic<long> m_dropped{0};
    std::thread m_accept;
    std::mutex m_threadsMutex;
    std::vector<std::thread> m_threads;
    std::mutex m_rngMutex;
    std::mt19937 m_rng;
    int m_maxInARow = 0;
    int m_inARow = 0;
};

}  // namespace motcua::bench
