// Change push (docs/network-protocol.md): /v1/events sends "changed" after each commit, whoever
// made it (a network write or a host-side command), and /v1/version moves with it.
#include "server_support.h"

#include "devices.h"
#include "store/database.h"

#include <httplib.h>

#include <catch2/catch.hpp>

#include <atomic>
#include <thread>

using namespace motcua;
using namespace motcua::servertest;

namespace {

/// Reads the event stream on a thread until `want` "changed" events arrived or 10 s passed.
struct StreamReader {
    std::atomic<int> changed{0};
    std::atomic<int> pings{0};
    std::atomic<bool> stop{false};
    std::string text;
    std::mutex m;
    std::thread thread;

    StreamReader(int port, const std::string& token)
    {
        thread = std::thread([this, port, token] {
            httplib::SSLClient c("127.0.0.1", port);
            c.enable_server_certificate_verification(false);
            c.set_read_timeout(10);
            httplib::Headers h{{"Authorization", "Device " + token}};
            (void)c.Get("/v1/events", h, [this](const char* data, std::size_t n) {
                std::lock_guard lock(m);
                text.append(data, n);
                std::size_t count = 0, pos = 0;
                while ((pos = text.find("event: changed", pos)) != std::string::npos) ++count, ++pos;
                changed = static_cast<int>(count);
                pings = text.find(": ping") != std::string::npos ? 1 : 0;
                return !stop.load();
            });
        });
    }
    ~StreamReader()
    {
        stop = true;
        if (thread.joinable()) thread.join();
    }
    bool waitFor(int n, std::chrono::milliseconds limit = std::chrono::seconds(10))
    {
        const auto end = std::chrono::steady_clock::now() + limit;
        while (changed < n && std::chrono::steady_clock::now() < end) std::this_thread::sleep_for(std::chrono::milliseconds(10));
        return changed >= n;
    }
};

}  // namespace

TEST_CASE("events: a write on the network and a host-side command each push a change", "[server][events]")
{
    TestHost host([](server::ServerOptions& o) { o.pingInterval = std::chrono::milliseconds(300); });
    const std::string wall = host.enrol("wall");
    const std::string kiosk = host.enrol("kiosk");
    std::atomic<long long> told{0};  // what PublicSite::changed will hear
    host.server().onChange([&](std::int64_t v) { told = v; });
    const auto v0 = host.get("/v1/version", deviceHeaders(wall)).json().at("version").get<long long>();
    StreamReader reader(host.port(), wall);
    REQUIRE(reader.waitFor(1));  // the current version on connecting
    REQUIRE(host.call(kiosk, "", "issueTicket", {{"request", {{"groupCode", "HT"}, {"priorityReason", ""}, {"confirmed", true}}}}).status == 200);
    CHECK(reader.waitFor(2, std::chrono::seconds(2)));
    {
        // Another connection on the host (motcua device add) writes: the host sees it too.
        store::Database db(host.db(), store::OpenMode::ExistingReadWrite);
        (void)server::addDevice(db, "counter", "Quầy 9", demoNow(), "admin");
    }
    CHECK(reader.waitFor(3, std::chrono::seconds(2)));
    const auto v1 = host.get("/v1/version", deviceHeaders(wall)).json().at("version").get<long long>();
    CHECK(v1 > v0);
    CHECK(told == v1);
    // An idle stream is kept alive with comments.
    std::this_thread::sleep_for(std::chrono::milliseconds(700));
    CHECK(reader.pings == 1);
    std::lock_guard lock(reader.m);
    CHECK(reader.text.find("data: {\"version\": ") != std::string::npos);
}

TEST_CASE("events: the stream needs an enrolled device", "[server][events]")
{
    TestHost host;
    CHECK(host.get("/v1/events").status == 401);
    CHECK(host.get("/v1/events", deviceHeaders(std::string(64, 'a'))).status == 401);
    CHECK(host.get("/v1/version").status == 401);
}

TEST_CASE("events: stopping the host ends open streams", "[server][events]")
{
    auto host = std::make_unique<TestHost>();
    const std::string wall = host->enrol("wall");
    StreamReader reader(host->port(), wall);
    REQUIRE(reader.waitFor(1));
    const auto t0 = std::chrono::steady_clock::now();
    host->server().stop();
    reader.thread.join();  // the stream ended by itself
    CHECK(std::chrono::steady_clock::now() - t0 < std::chrono::seconds(3));
}
