// The HTTPS transport against a fake host on loopback (fake_host.h): pinning, the device token,
// sessions, request ids and retries, the change watcher (SSE, polling fallback, reconnect), and an
// unreachable host.
#include "fake_host.h"

#include "domain/error.h"
#include "net/https_transport.h"

#include <catch2/catch.hpp>

#include <chrono>
#include <functional>
#include <set>
#include <thread>

using namespace motcua;
using namespace motcua::nettest;
using Steady = std::chrono::steady_clock;

namespace {

net::HttpsOptions optionsFor(const FakeHost& host, bool watch = false)
{
    net::HttpsOptions o;
    o.host = "127.0.0.1";
    o.port = host.port();
    o.pin = host.fingerprint();
    o.deviceToken = "good-token";
    o.timeoutMs = 2000;
    o.watchEvents = watch;
    return o;
}

/// Waits up to `limit` for `done`; true when it came.
bool within(std::chrono::milliseconds limit, const std::function<bool()>& done)
{
    const auto end = Steady::now() + limit;
    while (Steady::now() < end) {
        if (done()) return true;
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    return done();
}

ErrorCode codeOf(const std::function<void()>& f)
{
    try {
        f();
    } catch (const Error& e) {
        return e.code();
    }
    FAIL("no error thrown");
    return ErrorCode::Internal;
}

}  // namespace

TEST_CASE("The transport talks to a host whose certificate matches the pin, with the device token", "[net]")
{
    FakeHost host;
    net::HttpsTransport t(optionsFor(host));
    CHECK(t.call("now", nlohmann::json::object(), false) == 1795000000);
    const auto seen = host.seen();
    REQUIRE(seen.size() == 1);
    CHECK(seen[0].authorization == "Device good-token");
    CHECK(seen[0].requestId.empty());  // reads carry no request id
}

TEST_CASE("The transport refuses a host whose certificate is not the pinned one, without sending anything", "[net]")
{
    FakeHost host;
    FakeHost impostor;  // another certificate
    auto o = optionsFor(host);
    o.port = impostor.port();
    net::HttpsTransport t(o);
    try {
        (void)t.call("login", {{"username", "motcua1"}, {"password", "demo1234"}}, true);
        FAIL("the impostor was accepted");
    } catch (const Error& e) {
        CHECK(e.code() == ErrorCode::Forbidden);
        CHECK_THAT(e.what(), Catch::Contains("Chứng chỉ của máy chủ") && Catch::Contains("không khớp") && Catch::Contains(impostor.fingerprint()));
    }
    CHECK(impostor.seen().empty());  // the password never left this PC
}

TEST_CASE("Host errors come back as the Error the Desk would throw and a 401 says to log in again", "[net]")
{
    FakeHost host;
    net::HttpsTransport t(optionsFor(host));
    try {
        (void)t.call("callNext", {{"counter", 1}}, true);
        FAIL("no error");
    } catch (const Error& e) {
        CHECK(e.code() == ErrorCode::Empty);
        CHECK(std::string(e.what()) == "Không còn ai chờ");
    }
    CHECK(codeOf([&] { (void)t.call("expired", nlohmann::json::object(), false); }) == ErrorCode::Forbidden);
    auto o = optionsFor(host);
    o.deviceToken = "revoked";
    net::HttpsTransport revoked(o);
    CHECK(codeOf([&] { (void)revoked.call("now", nlohmann::json::object(), false); }) == ErrorCode::Forbidden);
}

TEST_CASE("The session from the login answer is sent until logout or a 401", "[net]")
{
    FakeHost host;
    net::HttpsTransport t(optionsFor(host));
    (void)t.call("whoami", nlohmann::json::object(), false);
    (void)t.call("login", {{"username", "motcua1"}, {"password", "demo1234"}}, true);
    CHECK(t.session() == "session-1");
    (void)t.call("whoami", nlohmann::json::object(), false);
    (void)t.call("logout", nlohmann::json::object(), true);
    (void)t.call("whoami", nlohmann::json::object(), false);
    (void)t.call("login", {{"username", "motcua1"}, {"password", "demo1234"}}, true);
    (void)codeOf([&] { (void)t.call("expired", nlohmann::json::object(), false); });
    (void)t.call("whoami", nlohmann::json::object(), false);
    CHECK(t.session().empty());

    std::vector<std::string> sessions;
    for (const auto& s : host.seen())
        if (s.route == "whoami" || s.route == "logout" || s.route == "expired") sessions.push_back(s.route + "=" + s.session);
    CHECK(sessions == std::vector<std::string>{"whoami=", "whoami=session-1", "logout=session-1", "whoami=", "expired=session-1", "whoami="});
}

TEST_CASE("A write whose answer does not come in time is retried with the same request id", "[net]")
{
    FakeHost host;
    host.slowFirstCalls = 1;
    host.stallMs = 900;
    auto o = optionsFor(host);
    o.timeoutMs = 300;
    net::HttpsTransport t(o);
    CHECK(t.call("slow", {{"group", "HT"}}, true) == "A001");
    std::vector<std::string> ids;
    for (const auto& s : host.seen())
        if (s.route == "slow") ids.push_back(s.requestId);
    REQUIRE(ids.size() >= 2);
    CHECK(ids[0].size() == 32);
    CHECK(ids[0].find_first_not_of("0123456789abcdef") == std::string::npos);
    for (const auto& id : ids) CHECK(id == ids[0]);
    // The next write is a new request: a new id.
    CHECK(t.call("slow", {{"group", "HT"}}, true) == "A001");
    CHECK(host.seen().back().requestId != ids[0]);
}

TEST_CASE("Request ids are 32 hex digits and never repeat", "[net]")
{
    std::set<std::string> ids;
    for (int i = 0; i < 200; ++i) ids.insert(net::newRequestId());
    CHECK(ids.size() == 200);
    for (const auto& id : ids) CHECK((id.size() == 32 && id.find_first_not_of("0123456789abcdef") == std::string::npos));
}

TEST_CASE("An unreachable host is Busy within a few seconds, with a calm message", "[net]")
{
    net::HttpsOptions o;
    o.host = "127.0.0.1";
    o.port = closedPort();
    o.pin = "SHA256:" + std::string(64, '0');
    o.deviceToken = "good-token";
    o.watchEvents = true;  // and the watcher, failing too, does not hold up the destructor
    const auto start = Steady::now();
    {
        net::HttpsTransport t(o);
        try {
            (void)t.call("issueTicket", {{"group", "HT"}}, true);
            FAIL("no error");
        } catch (const Error& e) {
            CHECK(e.code() == ErrorCode::Busy);
            CHECK_THAT(e.what(), Catch::StartsWith("Không kết nối được máy chủ https://127.0.0.1:") && Catch::Contains("đang thử lại"));
        }
    }
    CHECK(Steady::now() - start < std::chrono::seconds(3));
}

TEST_CASE("A change on the host reaches dataVersion through the event stream within a second", "[net]")
{
    FakeHost host;
    net::HttpsTransport t(optionsFor(host, true));
    REQUIRE(within(std::chrono::seconds(3), [&] { return host.count("events") == 1 && t.dataVersion() > 0; }));
    for (int i = 0; i < 3; ++i) {
        const auto before = t.dataVersion();
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
        host.change();
        CHECK(within(std::chrono::seconds(1), [&] { return t.dataVersion() > before; }));
    }
    CHECK(host.count("events") == 1);  // one stream, no polling needed to see it
}

TEST_CASE("When the event stream is cut, polling keeps dataVersion moving and the stream comes back", "[net]")
{
    FakeHost host;
    auto o = optionsFor(host, true);
    o.pollMs = 200;
    net::HttpsTransport t(o);
    REQUIRE(within(std::chrono::seconds(3), [&] { return host.count("events") == 1; }));
    host.refuseStream = true;
    ++host.streamGeneration;  // the stream ends; reconnecting is refused for now
    REQUIRE(within(std::chrono::seconds(3), [&] { return host.count("events-refused") >= 1; }));
    const auto polledBefore = host.count("version");
    const auto before = t.dataVersion();
    host.change();
    CHECK(within(std::chrono::milliseconds(1500), [&] { return t.dataVersion() > before; }));
    CHECK(host.count("version") > polledBefore);
    host.refuseStream = false;
    CHECK(within(std::chrono::seconds(6), [&] { return host.count("events") == 2; }));
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
    const auto later = t.dataVersion();
    host.change();
    CHECK(within(std::chrono::seconds(1), [&] { return t.dataVersion() > later; }));
}

TEST_CASE("The transport can be used from several threads while the watcher runs", "[net]")
{
    FakeHost host;
    net::HttpsTransport t(optionsFor(host, true));
    std::vector<std::thread> workers;
    std::atomic<int> ok{0};
    for (int w = 0; w < 3; ++w)
        workers.emplace_back([&] {
            for (int i = 0; i < 5; ++i) {
                if (t.call("now", nlohmann::json::object(), false) == 1795000000) ++ok;
                (void)t.dataVersion();
            }
        });
    for (auto& w : workers) w.join();
    CHECK(ok == 15);
}

TEST_CASE("A 429 is waited out as Retry-After asks, at most 1 s a try, with the same request id", "[net][throttle]")
{
    FakeHost host;
    host.throttleCalls = 2;
    host.retryAfterSeconds = 1;
    net::HttpsTransport t(optionsFor(host));
    CHECK(t.call("throttled", nlohmann::json::object(), true) == "A001");
    CHECK(net::lastCallStats().throttled == 2);
    const auto seen = host.seen();
    REQUIRE(seen.size() == 3);
    for (std::size_t i = 1; i < seen.size(); ++i) {
        CHECK(seen[i].requestId == seen[0].requestId);
        const auto gap = std::chrono::duration_cast<std::chrono::milliseconds>(seen[i].at - seen[i - 1].at).count();
        CHECK(gap >= 950);   // Retry-After: 1 honoured
        CHECK(gap < 1600);
    }
}

TEST_CASE("A host that keeps answering 429 is given up on after the allowed waits, in Vietnamese", "[net][throttle]")
{
    FakeHost host;
    host.throttleCalls = 1000;
    host.retryAfterSeconds = 30;  // more than a person should wait: each wait is cut to 1 s
    auto o = optionsFor(host);
    o.throttledTries = 2;
    net::HttpsTransport t(o);
    const auto t0 = Steady::now();
    try {
        (void)t.call("throttled", nlohmann::json::object(), true);
        FAIL("a call refused every time succeeded");
    } catch (const Error& e) {
        CHECK(e.code() == ErrorCode::Busy);
        CHECK_THAT(e.what(), Catch::Contains("quá nhiều yêu cầu") && Catch::Contains("Chưa có gì thay đổi") &&
                                 Catch::Contains("thử lại"));
    }
    const auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(Steady::now() - t0).count();
    CHECK(host.count("throttled") == 3);  // the first try and two waits
    CHECK(ms >= 1900);
    CHECK(ms < 3500);
}

TEST_CASE("A call after the host closed the idle connection opens a new one at once, without a failed try", "[net][keepalive]")
{
    FakeHost host;  // closes a connection idle for 1 s and says so ("Keep-Alive: timeout=1")
    net::HttpsTransport t(optionsFor(host));
    CHECK(t.call("now", nlohmann::json::object(), false) == 1795000000);
    CHECK(net::lastCallStats().handshakes == 1);
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
    CHECK(t.call("now", nlohmann::json::object(), false) == 1795000000);
    CHECK(net::lastCallStats().handshakes == 0);  // the kept-alive connection
    std::this_thread::sleep_for(std::chrono::milliseconds(1300));
    const auto t0 = Steady::now();
    CHECK(t.call("now", nlohmann::json::object(), false) == 1795000000);
    const auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(Steady::now() - t0).count();
    CHECK(net::lastCallStats().tries == 1);  // before: a failed try on the dead connection, 100 ms, a retry
    CHECK(net::lastCallStats().handshakes == 1);
    CHECK(ms < 100);
}

TEST_CASE("A file goes up as the raw body with its arguments in the query, and comes down checked against its hash",
          "[net][files]")
{
    FakeHost host;
    net::HttpsTransport t(optionsFor(host));
    std::string pdf = "%PDF-1.4\n";
    for (int i = 0; i < 300000; ++i) pdf += static_cast<char>(i * 7 & 0xff);  // binary, several pieces
    const auto answer = t.upload("attach", {{"request", {{"code", "Mã hồ sơ"}, {"paper", 2}}}}, pdf, true);
    CHECK(answer.at("bytes") == pdf.size());
    {
        const auto lock = host.files();
        CHECK(host.lastUpload == pdf);  // not base64, not JSON
        CHECK(host.lastUploadType == "application/pdf");
        CHECK(nlohmann::json::parse(host.lastUploadArgs) == nlohmann::json{{"request", {{"code", "Mã hồ sơ"}, {"paper", 2}}}});
    }
    for (const auto& s : host.seen())
        if (s.route == "file:attach") CHECK(s.requestId.size() == 32);

    {
        const auto lock = host.files();
        host.fileBytes = pdf;
    }
    CHECK(t.download("attachmentContent", {{"id", 5}}) == pdf);
    // Bytes that are not what the host's hash says (changed on the way or on the host): refused.
    {
        const auto lock = host.files();
        host.fileHash = std::string(64, 'a');
    }
    try {
        (void)t.download("attachmentContent", {{"id", 5}});
        FAIL("bytes with the wrong hash were returned");
    } catch (const Error& e) {
        CHECK(e.code() == ErrorCode::Storage);
        CHECK_THAT(e.what(), Catch::Contains("không khớp mã băm"));
    }
}
