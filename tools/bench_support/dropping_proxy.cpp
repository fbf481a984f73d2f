// The answer-dropping proxy (dropping_proxy.h): one thread per client connection, poll() on both
// sockets, 100-ms ticks so the destructor's stop is seen.
#include "dropping_proxy.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cstdint>
#include <stdexcept>

namespace motcua::bench {

namespace {

sockaddr_in loopback(int port)
{
    sockaddr_in a{};
    a.sin_family = AF_INET;
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    a.sin_port = htons(static_cast<std::uint16_t>(port));
    return a;
}

}  // namespace

DroppingProxy::DroppingProxy(int hostPort, double share, unsigned seed) : m_hostPort(hostPort), m_share(share), m_rng(seed)
{
    m_listen = socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in a = loopback(0);
    socklen_t len = sizeof a;
    if (m_listen < 0 || bind(m_listen, reinterpret_cast<sockaddr*>(&a), len) != 0 || listen(m_listen, 128) != 0 ||
        getsockname(m_listen, reinterpret_cast<sockaddr*>(&a), &len) != 0) {
        if (m_listen >= 0) close(m_listen);
        throw std::runtime_error("proxy: cannot listen");
    }
    m_port = ntohs(a.sin_port);
    m_accept = std::thread([this] { acceptLoop(); });
}

DroppingProxy::~DroppingProxy()
{
    m_stop = true;
    m_accept.join();
    close(m_listen);
    const std::lock_guard lock(m_threadsMutex);
    for (auto& t : m_threads) t.join();
}

void DroppingProxy::setShare(double share)
{
    const std::lock_guard lock(m_rngMutex);
    m_share = share;
}

void DroppingProxy::acceptLoop()
{
    while (!m_stop) {
        pollfd p{m_listen, POLLIN, 0};
        if (poll(&p, 1, 100) <= 0) continue;
        const int client = accept(m_listen, nullptr, nullptr);
        if (client < 0) continue;
        const std::lock_guard lock(m_threadsMutex);
        m_threads.emplace_back([this, client] { relay(client); });
    }
}

void DroppingProxy::relay(int client)
{
    const int host = socket(AF_INET, SOCK_STREAM, 0);
    const sockaddr_in a = loopback(m_hostPort);
    if (host >= 0 && connect(host, reinterpret_cast<const sockaddr*>(&a), sizeof a) == 0) {
        int bursts = 0;
        bool clientSpoke = false;
        char buf[16384];
        while (!m_stop) {
            pollfd p[2] = {{client, POLLIN, 0}, {host, POLLIN, 0}};
            if (poll(p, 2, 100) <= 0) continue;
            if (p[0].revents) {
                const auto n = read(client, buf, sizeof buf);
                if (n <= 0 || write(host, buf, static_cast<std::size_t>(n)) != n) break;
                clientSpoke = true;
            }
            if (p[1].revents) {
                const auto n = read(host, buf, sizeof buf);
                if (n <= 0) break;
                if (clientSpoke && ++bursts > 1 && roll()) {
                    ++m_dropped;  // the host answered; the client never sees it
                    break;
                }
                clientSpoke = false;
                if (write(client, buf, static_cast<std::size_t>(n)) != n) break;
            }
        }
    }
    if (host >= 0) close(host);
    close(client);
}

void DroppingProxy::setMaxInARow(int n)
{
    const std::lock_guard lock(m_rngMutex);
    m_maxInARow = n;
}

bool DroppingProxy::roll()
{
    const std::lock_guard lock(m_rngMutex);
    const bool drop = m_share > 0 && std::uniform_real_distribution<double>(0, 1)(m_rng) < m_share &&
                      (m_maxInARow == 0 || m_inARow < m_maxInARow);
    m_inARow = drop ? m_inARow + 1 : 0;
    return drop;
}

}  // namespace motcua::bench
