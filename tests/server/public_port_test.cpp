// The public port under TVs (issue 14 item 4): each open /wall/events stream holds one of the
// port's threads, so the streams are bounded — one too many is refused with a clear 503 — and
// /tra-cuu keeps answering however many TVs hold their streams open.
#include "server_support.h"

#include "server/public/public_site.h"
#include "service/desk.h"

#include <catch2/catch.hpp>
#include <httplib.h>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <chrono>
#include <vector>

using namespace motcua;
using namespace motcua::servertest;

namespace {

/// A TV's event stream on a raw socket: the request sent, the answer read until `until` shows up
/// (or `ms` pass). Closes on destruction.
class RawStream {
public:
    RawStream(int port, const std::string& until, int ms = 5000)
    {
        m_fd = ::socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in a{};
        a.sin_family = AF_INET;
        a.sin_port = htons(static_cast<std::uint16_t>(port));
        a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        if (::connect(m_fd, reinterpret_cast<sockaddr*>(&a), sizeof a) != 0) return;
        const std::string request = "GET /wall/events HTTP/1.1\r\nHost: tv\r\nAccept: text/event-stream\r\n\r\n";
        if (::send(m_fd, request.data(), request.size(), MSG_NOSIGNAL) != static_cast<ssize_t>(request.size())) return;
        const auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(ms);
        while (m_text.find(until) == std::string::npos && std::chrono::steady_clock::now() < deadline) {
            pollfd p{m_fd, POLLIN, 0};
            if (::poll(&p, 1, 50) <= 0) continue;
            char buf[4096];
            const ssize_t got = ::recv(m_fd, buf, sizeof buf, 0);
            if (got <= 0) break;
            m_text.append(buf, static_cast<std::size_t>(got));
        }
    }
    ~RawStream()
    {
        if (m_fd >= 0) ::close(m_fd);
    }
    RawStream(const RawStream&) = delete;
    RawStream& operator=(const RawStream&) = delete;

    [[nodiscard]] const std::string& text() const { return m_text; }

private:
    int m_fd = -1;
    std::string m_text;
};

struct HostWithSite {
    explicit HostWithSite(int maxStreams)
        : site(
              [this] {
                  service::DeskOptions d;
                  d.clock = service::fixedClock(demoNow());
                  d.readOnly = true;
                  d.migrate = false;
                  return service::openSqliteDesk(host->db(), d);
              },
              server::PublicSiteOptions{10, "espeak-ng", maxStreams})
    {
        host = std::make_unique<TestHost>(std::function<void(server::ServerOptions&)>{}, [this](server::Server& s) {
            site.mount(s.publicHttp());
            s.onChange([this](std::int64_t v) { site.changed(v); });
            s.onStopping([this] { site.stop(); });
        });
    }
    server::PublicSite site;
    std::unique_ptr<TestHost> host;  // stopped first: its stop ends the site's streams
    [[nodiscard]] int port() { return host->server().publicPort(); }
};

/// GET /tra-cuu within `seconds`: the status, 0 if no answer in time.
int lookupStatus(int port, int seconds = 3)
{
    httplib::Client c("127.0.0.1", port);
    c.set_connection_timeout(seconds);
    c.set_read_timeout(seconds);
    const auto r = c.Get("/tra-cuu");
    return r ? r->status : 0;
}

}  // namespace

TEST_CASE("public port: TVs holding /wall/events never starve /tra-cuu, one stream too many gets a clear 503",
          "[server][public]")
{
    const int limit = server::PublicSiteOptions{}.maxStreams;
    HostWithSite h(limit);
    std::vector<std::unique_ptr<RawStream>> tvs;
    for (int i = 0; i < limit; ++i) {
        tvs.push_back(std::make_unique<RawStream>(h.port(), "event: picture"));
        REQUIRE(tvs.back()->text().find("event: picture") != std::string::npos);
    }
    // Every stream holds a thread, and still a citizen's phone is answered at once.
    const auto start = std::chrono::steady_clock::now();
    CHECK(lookupStatus(h.port()) == 200);
    CHECK(std::chrono::steady_clock::now() - start < std::chrono::seconds(2));
    const RawStream extra(h.port(), "\r\n\r\n{");
    CHECK(extra.text().rfind("HTTP/1.1 503", 0) == 0);
    CHECK(extra.text().find("Retry-After: 30") != std::string::npos);
    CHECK(lookupStatus(h.port()) == 200);
    // A TV that goes away gives its place back (noticed at the stream's next write).
    tvs.pop_back();
    bool again = false;
    for (int i = 0; i < 50 && !again; ++i) {
        h.site.changed(1000 + i);
        const RawStream next(h.port(), "event: picture", 200);
        again = next.text().find("event: picture") != std::string::npos;
    }
    CHECK(again);
}

TEST_CASE("public port: the refusal of a stream over the limit says in Vietnamese what happens", "[server][public]")
{
    HostWithSite h(1);
    const RawStream tv(h.port(), "event: picture");
    REQUIRE(tv.text().find("event: picture") != std::string::npos);
    const RawStream extra(h.port(), "\"}");
    CHECK(extra.text().rfind("HTTP/1.1 503", 0) == 0);
    CHECK(extra.text().find("quá nhiều màn hình") != std::string::npos);
}
