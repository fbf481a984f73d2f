// Hostile requests (issue 14): each is refused with the right status, an answer that shows nothing
// of the host's inside, and the store byte-identical afterwards. The table is also the page
// docs/network-hostile.md (MOTCUA_HOSTILE_MD=path writes it).
#include "server_support.h"

#include "devices.h"
#include "store/database.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <catch2/catch.hpp>

#include <cstdlib>
#include <fstream>

using namespace motcua;
using namespace motcua::servertest;

namespace {

struct Tokens {
    std::string kiosk, wall, counter, session, otherCounter, otherSession, revoked, ended, idle;
};

/// Sends raw bytes on a plain TCP connection, then reads until the host closes it (or `wait`
/// passes). status: the HTTP status if an answer came, else 0; body: the seconds it took.
Reply raw(int port, const std::string& bytes, std::chrono::seconds wait = std::chrono::seconds(8))
{
    Reply r;
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in a{};
    a.sin_family = AF_INET;
    a.sin_port = htons(static_cast<std::uint16_t>(port));
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (::connect(fd, reinterpret_cast<sockaddr*>(&a), sizeof a) != 0) {
        ::close(fd);
        return r;
    }
    timeval tv{static_cast<long>(wait.count()), 0};
    ::setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv);
    const auto t0 = std::chrono::steady_clock::now();
    if (!bytes.empty()) (void)::send(fd, bytes.data(), bytes.size(), MSG_NOSIGNAL);
    std::string got;
    char buf[4096];
    for (;;) {
        const auto n = ::recv(fd, buf, sizeof buf, 0);
        if (n <= 0) break;
        got.append(buf, static_cast<std::size_t>(n));
    }
    ::close(fd);
    const auto secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    if (got.rfind("HTTP/1.1 ", 0) == 0) r.status = std::atoi(got.c_str() + 9);
    r.body = got.substr(0, 200);
    r.headers["seconds"] = std::to_string(secs);
    return r;
}

struct Case {
    std::string what;
    int status;  ///< 0: the host closes the connection without an HTTP answer
    std::function<Reply(TestHost&, const Tokens&)> send;
};

Headers with(Headers h, const std::string& k, const std::string& v)
{
    h.emplace(k, v);
    return h;
}

Reply callRaw(TestHost& h, const std::string& path, const std::string& body, const Headers& headers)
{
    return h.post(path, body, headers);
}

std::vector<Case> cases()
{
    const auto rid = [] { return newRequestId(); };
    auto kioskCall = [rid](const std::string& path, const std::string& body) {
        return [=](TestHost& h, const Tokens& t) { return callRaw(h, path, body, with(deviceHeaders(t.kiosk), "X-Request-Id", rid())); };
    };
    auto issue = [rid](std::function<std::string(const Tokens&)> auth, std::function<std::string(const Tokens&)> session = {}) {
        return [=](TestHost& h, const Tokens& t) {
            Headers hd;
            const std::string a = auth(t);
            if (!a.empty()) hd.emplace("Authorization", a);
            if (session) hd.emplace("X-Motcua-Session", session(t));
            hd.emplace("X-Request-Id", rid());
            return callRaw(h, "/v1/call/issueTicket", R"({"request":{"groupCode":"HT","priorityReason":"","confirmed":true}})", hd);
        };
    };
    auto as = [](std::string Tokens::*who, std::string Tokens::*session, const char* method, const char* body) {
        return [=](TestHost& h, const Tokens& t) {
            auto hd = deviceHeaders(t.*who, session ? t.*session : std::string());
            hd.emplace("X-Request-Id", newRequestId());
            return callRaw(h, std::string("/v1/call/") + method, body, hd);
        };
    };
    std::vector<Case> c = {
        // Who is calling
        {"no Authorization header", 401, issue([](const Tokens&) { return std::string(); })},
        {"`Device` with an empty token", 401, issue([](const Tokens&) { return std::string("Device "); })},
        {"forged token (64 random hex digits)", 401, issue([](const Tokens&) { return "Device " + std::string(64, 'f'); })},
        {"token of a revoked device", 401, issue([](const Tokens& t) { return "Device " + t.revoked; })},
        {"good token under another scheme (`Bearer`)", 401, issue([](const Tokens& t) { return "Bearer " + t.kiosk; })},
        {"good token with a character added", 401, issue([](const Tokens& t) { return "Device " + t.kiosk + "0"; })},
        {"good token cut short", 401, issue([](const Tokens& t) { return "Device " + t.kiosk.substr(0, 32); })},
        {"token 4 000 characters long", 401, issue([](const Tokens&) { return "Device " + std::string(4000, 'a'); })},
        {"an enrolment code used as a token", 401, issue([](const Tokens&) { return std::string("Device AAAA-BBBB-CCCC"); })},
        {"forged session token", 401, issue([](const Tokens& t) { return "Device " + t.counter; }, [](const Tokens&) { return std::string(64, '0'); })},
        {"session of another device", 401, as(&Tokens::counter, &Tokens::otherSession, "callNext", R"({"counter":1})")},
        {"session after logout", 401, as(&Tokens::counter, &Tokens::ended, "callNext", R"({"counter":1})")},
        {"session past its idle time", 401, as(&Tokens::counter, &Tokens::idle, "callNext", R"({"counter":1})")},
        // What it may do
        {"kiosk calls the next ticket (callNext)", 403, as(&Tokens::kiosk, nullptr, "callNext", R"({"counter":1})")},
        {"kiosk finishes a ticket", 403, as(&Tokens::kiosk, nullptr, "finish", R"({"label":"A001"})")},
        {"kiosk changes a setting", 403, as(&Tokens::kiosk, nullptr, "setSetting", R"({"key":"kiosk.admin_pin","value":"1111"})")},
        {"kiosk acts as admin without a password (actAs)", 403, as(&Tokens::kiosk, nullptr, "actAs", R"({"username":"admin"})")},
        {"wall issues a ticket", 403, as(&Tokens::wall, nullptr, "issueTicket", R"({"request":{"groupCode":"HT","priorityReason":"","confirmed":true}})")},
        {"wall reads the ticket list", 403, as(&Tokens::wall, nullptr, "tickets", "{}")},
        {"wall logs in", 403, as(&Tokens::wall, nullptr, "login", R"({"username":"admin","password":"demo1234"})")},
        {"wall reads the settings", 403, as(&Tokens::wall, nullptr, "settings", "{}")},
        {"counter without a session calls the next ticket", 401, as(&Tokens::counter, nullptr, "callNext", R"({"counter":1})")},
        {"staff session asks for a backup (host only)", 403, as(&Tokens::counter, &Tokens::session, "backup", R"({"path":"/tmp/b.db"})")},
        {"staff session restores a backup (host only)", 403, as(&Tokens::counter, &Tokens::session, "restoreBackup", R"({"backupPath":"/tmp/b.db"})")},
        {"officer changes a setting (the Desk's role check)", 403, as(&Tokens::counter, &Tokens::session, "setSetting", R"({"key":"office.name","value":"X"})")},
        // What it sends
        {"malformed JSON", 400, kioskCall("/v1/call/issueTicket", R"({"groupCode":)")},
        {"JSON array instead of an object", 400, kioskCall("/v1/call/issueTicket", R"(["HT"])")},
        {"JSON string instead of an object", 400, kioskCall("/v1/call/issueTicket", R"("HT")")},
        {"JSON null", 400, kioskCall("/v1/call/issueTicket", "null")},
        {"field of the wrong type (groupCode: 5)", 400, kioskCall("/v1/call/issueTicket", R"({"request":{"groupCode":5,"priorityReason":"","confirmed":true}})")},
        {"missing field", 400, kioskCall("/v1/call/issueTicket", "{}")},
        {"invalid UTF-8 inside a string", 400, kioskCall("/v1/call/issueTicket", "{\"request\":{\"groupCode\":\"H\xff\xfe\",\"priorityReason\":\"\",\"confirmed\":true}}")},
        {"10 000 nested arrays", 400, kioskCall("/v1/call/issueTicket", std::string(10000, '[') + std::string(10000, ']'))},
        {"body over the 256 KiB cap", 413, kioskCall("/v1/call/issueTicket", "{\"groupCode\":\"" + std::string(300 * 1024, 'A') + "\"}")},
        {"trailing garbage after the JSON", 400, kioskCall("/v1/call/issueTicket", R"({"request":{"groupCode":"HT","priorityReason":"","confirmed":true}} x)")},
        // Where it goes
        {"unknown route", 404, kioskCall("/v1/nothing", "{}")},
        {"unknown method", 404, kioskCall("/v1/call/dropTables", "{}")},
        {"path climbing out: /v1/call/../call/issueTicket", 404, kioskCall("/v1/call/../call/issueTicket", R"({"request":{"groupCode":"HT","priorityReason":"","confirmed":true}})")},
        {"encoded dots: /v1/call/%2e%2e/issueTicket", 404, kioskCall("/v1/call/%2e%2e/issueTicket", R"({"request":{"groupCode":"HT","priorityReason":"","confirmed":true}})")},
        {"encoded slash: /v1/call/issueTicket%2f..", 404, kioskCall("/v1/call/issueTicket%2f..", R"({"request":{"groupCode":"HT","priorityReason":"","confirmed":true}})")},
        {"trailing slash", 404, kioskCall("/v1/call/issueTicket/", R"({"request":{"groupCode":"HT","priorityReason":"","confirmed":true}})")},
        {"double slash", 404, kioskCall("//v1/call/issueTicket", R"({"request":{"groupCode":"HT","priorityReason":"","confirmed":true}})")},
        {"empty method", 404, kioskCall("/v1/call/", "{}")},
        {"method name of 300 letters", 404, kioskCall("/v1/call/" + std::string(300, 'a'), "{}")},
        {"a file path: /../../etc/passwd", 404, kioskCall("/../../etc/passwd", "{}")},
        {"GET on a call route", 404, [](TestHost& h, const Tokens& t) { return h.get("/v1/call/issueTicket", deviceHeaders(t.kiosk)); }},
        // Headers
        {"write without X-Request-Id", 400, [](TestHost& h, const Tokens& t) {
             return h.post("/v1/call/issueTicket", R"({"request":{"groupCode":"HT","priorityReason":"","confirmed":true}})", deviceHeaders(t.kiosk));
         }},
        {"X-Request-Id that is not 32 hex digits", 400, [](TestHost& h, const Tokens& t) {
             return h.post("/v1/call/issueTicket", R"({"request":{"groupCode":"HT","priorityReason":"","confirmed":true}})", with(deviceHeaders(t.kiosk), "X-Request-Id", "'; DROP TABLE tickets; --"));
         }},
        {"X-Request-Id of 5 000 characters", 400, [](TestHost& h, const Tokens& t) {
             return h.post("/v1/call/issueTicket", R"({"request":{"groupCode":"HT","priorityReason":"","confirmed":true}})", with(deviceHeaders(t.kiosk), "X-Request-Id", std::string(5000, 'a')));
         }},
        {"a header line over 8 KiB", 400, [](TestHost& h, const Tokens& t) {
             return h.post("/v1/call/issueTicket", R"({"request":{"groupCode":"HT","priorityReason":"","confirmed":true}})", with(deviceHeaders(t.kiosk), "X-Junk", std::string(9000, 'j')));
         }},
        // Enrolment
        {"enrolment with malformed JSON", 400, [](TestHost& h, const Tokens&) { return h.post("/v1/enroll", "{code"); }},
        {"enrolment without a proof", 400, [](TestHost& h, const Tokens&) { return h.post("/v1/enroll", R"({"code":"AAAA-BBBB-CCCC"})"); }},
        {"enrolment with a 10 000-character code", 403, [](TestHost& h, const Tokens&) {
             return h.post("/v1/enroll", Json{{"code", std::string(10000, 'A')}, {"proof", "00"}}.dump());
         }},
        // The connection itself
        {"plain HTTP on the TLS port", 0, [](TestHost& h, const Tokens&) { return raw(h.port(), "GET /v1/version HTTP/1.1\r\nHost: x\r\n\r\n"); }},
        {"slow client: connects and sends nothing", 0, [](TestHost& h, const Tokens&) { return raw(h.port(), ""); }},
        {"garbage instead of a TLS hello", 0, [](TestHost& h, const Tokens&) { return raw(h.port(), std::string(2000, '\x16')); }},
    };
    return c;
}

}  // namespace

TEST_CASE("hostile: every request in the table is refused, leaks nothing, and leaves the store byte-identical",
          "[server][hostile]")
{
    MovableClock clock;  // no sweep while the table runs: refused requests alone must leave the store as it was
    TestHost host(clock.tweak());
    Tokens t;
    t.kiosk = host.enrol("kiosk");
    t.wall = host.enrol("wall");
    t.counter = host.enrol("counter");
    clock.set(demoNow() - 3 * 3600);  // logged in three hours ago, unused since
    t.idle = host.login(t.counter, "chuyenvien");
    clock.set(demoNow());
    t.otherCounter = host.enrol("counter");
    t.revoked = host.enrol("counter");
    t.session = host.login(t.counter, "motcua1");
    t.otherSession = host.login(t.otherCounter, "motcua2");
    t.ended = host.login(t.counter, "motcua2");
    REQUIRE(host.call(t.counter, t.ended, "logout").status == 200);
    {
        store::Database db(host.db(), store::OpenMode::ExistingReadWrite);
        server::revokeDevice(db, 5, demoNow(), "admin");
    }
    const auto table = cases();
    REQUIRE(table.size() >= 40);
    std::string page =
        "# Hostile requests the store host refuses\n\n"
        "Generated from tests/server/hostile_test.cpp (`MOTCUA_HOSTILE_MD=docs/network-hostile.md "
        "build/dev/tests/server/server_tests \"[hostile]\"`). Each row is sent to a real `motcua` host "
        "(in process, TLS on 127.0.0.1); the test checks the status, that the answer shows no SQL, path or "
        "C++ text, and that a dump of every table is byte-identical before and after. Status 0: the host "
        "closes the connection without an HTTP answer.\n\n"
        "| # | Request | Status | Error code |\n|---|---|---|---|\n";
    int n = 0;
    for (const auto& c : table) {
        const std::string before = host.dump();
        const auto r = c.send(host, t);
        const std::string after = host.dump();
        INFO(c.what << " → " << r.status << " " << r.body.substr(0, 300));
        CHECK(r.status == c.status);
        CHECK(leaksNothing(r.body));
        std::string code = "—";
        if (r.status >= 400) {
            const auto j = r.json();
            REQUIRE(j.is_object());
            code = j.at("error").at("code").get<std::string>();
            CHECK_FALSE(j.at("error").at("message").get<std::string>().empty());
        }
        if (c.status == 0) CHECK(std::stod(r.headers.at("seconds")) < 6.0);  // dropped, not held open
        CHECK(before == after);
        page += "| " + std::to_string(++n) + " | " + c.what + " | " + std::to_string(c.status) + " | `" + code + "` |\n";
    }
    // The host still serves after all that.
    CHECK(host.call(t.kiosk, "", "issueTicket", {{"request", {{"groupCode", "HT"}, {"priorityReason", ""}, {"confirmed", true}}}}).status == 200);
    page += "| " + std::to_string(++n) +
            " | more than the device's rate (burst, then 20/s): hostile_test \"rate limit\" | 429 | `busy` |\n";
    if (const char* out = std::getenv("MOTCUA_HOSTILE_MD")) std::ofstream(out) << page;
}

TEST_CASE("hostile: a device over its rate limit gets 429 with Retry-After, others are served", "[server][hostile]")
{
    TestHost host([](server::ServerOptions& o) {
        o.requestsPerSecond = 0.5;
        o.burst = 3;
    });
    const std::string kiosk = host.enrol("kiosk");
    const std::string other = host.enrol("kiosk");
    for (int i = 0; i < 3; ++i) REQUIRE(host.call(kiosk, "", "now").status == 200);
    const std::string before = host.dump();
    const auto r = host.call(kiosk, "", "issueTicket", {{"request", {{"groupCode", "HT"}, {"priorityReason", ""}, {"confirmed", true}}}});
    CHECK(r.status == 429);
    CHECK(r.headers.count("Retry-After") == 1);
    CHECK(r.json().at("error").at("code") == "busy");
    CHECK(host.dump() == before);
    CHECK(host.call(other, "", "now").status == 200);
}

TEST_CASE("hostile: X-Motcua-Now is refused unless the host trusts client clocks", "[server][hostile]")
{
    TestHost host([](server::ServerOptions& o) { o.trustClientClock = false; });
    const std::string kiosk = host.enrol("kiosk");
    const std::string before = host.dump();
    const auto r = host.call(kiosk, "", "issueTicket", {{"request", {{"groupCode", "HT"}, {"priorityReason", ""}, {"confirmed", true}}}}, "", demoNow() + 86400 * 100);
    CHECK(r.status == 403);
    CHECK(r.json().at("error").at("message").get<std::string>().find("--trust-client-clock") != std::string::npos);
    CHECK(host.dump() == before);
    const auto plain = host.call(kiosk, "", "now");
    REQUIRE(plain.status == 200);
    CHECK(plain.json().at("result") == demoNow());
}

TEST_CASE("hostile: a malformed X-Motcua-Now is refused by a host that trusts client clocks", "[server][hostile]")
{
    TestHost host;
    const std::string kiosk = host.enrol("kiosk");
    auto h = deviceHeaders(kiosk);
    h.emplace("X-Motcua-Now", "-5; DROP");
    const auto r = host.post("/v1/call/now", "{}", h);
    CHECK(r.status == 400);
    CHECK(r.json().at("error").at("code") == "invalid_input");
}
