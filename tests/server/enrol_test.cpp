// Enrolment and revocation (issue 14, docs/network-protocol.md "Enrolment proof").
#include "server_support.h"

#include "devices.h"
#include "host_crypto.h"
#include "store/database.h"
#include "store/host_store.h"

#include <catch2/catch.hpp>

#include <sys/stat.h>

#include <set>

using namespace motcua;
using namespace motcua::servertest;

TEST_CASE("enrol: a good code and proof give a token, the host's proof and the device's kind", "[server][enrol]")
{
    TestHost host;
    const std::string code = host.addDevice("counter");
    const auto r = host.post("/v1/enroll", Json{{"code", code}, {"proof", host.proof(code)}}.dump());
    REQUIRE(r.status == 200);
    const auto j = r.json();
    CHECK(j.at("kind") == "counter");
    CHECK(j.at("device").get<int>() >= 1);
    // The client checks the host knows the code and sits behind the fingerprint it pinned.
    CHECK(j.at("proof") == server::hmacSha256Hex(code, "server:" + host.server().fingerprint()));
    const std::string token = j.at("token");
    CHECK(token.size() == 64);
    // The token works, and neither it nor the code is kept in clear.
    CHECK(host.call(token, "", "now").status == 200);
    const auto dump = host.dump();
    CHECK(dump.find(token) == std::string::npos);
    CHECK(dump.find(code) == std::string::npos);
    CHECK(dump.find(server::normaliseCode(code)) == std::string::npos);
    CHECK(dump.find("device.enroll") != std::string::npos);  // audited
}

TEST_CASE("enrol: a code typed in lower case without dashes is the same code", "[server][enrol]")
{
    TestHost host;
    const std::string code = host.addDevice("kiosk");
    std::string typed;
    for (char c : code)
        if (c != '-') typed += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    const auto r = host.post("/v1/enroll", Json{{"code", typed}, {"proof", host.proof(typed)}}.dump());
    CHECK(r.status == 200);
}

TEST_CASE("enrol: a used code, an expired code, a wrong proof and a revoked device are refused alike", "[server][enrol]")
{
    TestHost host;
    const std::string used = host.addDevice("counter");
    REQUIRE(host.post("/v1/enroll", Json{{"code", used}, {"proof", host.proof(used)}}.dump()).status == 200);
    // Added 25 h before the host's clock: past its 24 h.
    const std::string expired = host.addDevice("counter", demoNow() - 25 * 3600);
    const std::string fresh = host.addDevice("counter");
    // A man in the middle shows another certificate: the proof over his fingerprint fails.
    const std::string wrongProof = server::hmacSha256Hex(fresh, "client:SHA256:" + std::string(64, '0'));
    const std::string before = host.dump();
    std::string message;
    for (const auto& [code, proof] : std::vector<std::pair<std::string, std::string>>{
             {used, host.proof(used)}, {expired, host.proof(expired)}, {fresh, wrongProof}, {"AAAA-BBBB-CCCC", host.proof("AAAA-BBBB-CCCC")}}) {
        const auto r = host.post("/v1/enroll", Json{{"code", code}, {"proof", proof}}.dump());
        INFO(code << " → " << r.body);
        CHECK(r.status == 403);
        const std::string m = r.json().at("error").at("message");
        if (message.empty()) message = m;
        CHECK(m == message);  // no hint which part was wrong
    }
    CHECK(host.dump() == before);
    // The wrong proof did not use the code up.
    CHECK(host.post("/v1/enroll", Json{{"code", fresh}, {"proof", host.proof(fresh)}}.dump()).status == 200);
}

TEST_CASE("enrol: a revoked device is refused on its next request, its session too", "[server][enrol]")
{
    TestHost host;
    const std::string token = host.enrol("counter");
    const std::string session = host.login(token, "motcua1");
    REQUIRE(host.call(token, session, "tickets").status == 200);
    {
        store::Database db(host.db(), store::OpenMode::ExistingReadWrite);
        const auto devices = server::listDevices(db);
        REQUIRE(devices.size() == 1);
        server::revokeDevice(db, devices[0].id, demoNow(), "admin");
        CHECK_THROWS_AS(server::revokeDevice(db, devices[0].id, demoNow(), "admin"), Error);
    }
    const auto r = host.call(token, session, "tickets");
    CHECK(r.status == 401);
    CHECK(r.json().at("error").at("code") == "unauthenticated");
    CHECK(host.call(token, "", "now").status == 401);
    CHECK(host.dump().find("device.revoke") != std::string::npos);
}

TEST_CASE("enrol: the identity is made once (key 0600) and kept across restarts", "[server][enrol]")
{
    clitest::TempDir dir;
    const auto a = server::loadOrCreateIdentity(dir.file("tls"));
    struct stat st {};
    REQUIRE(::stat(a.keyPath.c_str(), &st) == 0);
    CHECK((st.st_mode & 0777) == 0600);
    REQUIRE(::stat(dir.file("tls").c_str(), &st) == 0);
    CHECK((st.st_mode & 0077) == 0);
    CHECK(a.fingerprint.size() == 7 + 64);
    CHECK(a.fingerprint.rfind("SHA256:", 0) == 0);
    const auto b = server::loadOrCreateIdentity(dir.file("tls"));
    CHECK(b.fingerprint == a.fingerprint);
    const auto other = server::loadOrCreateIdentity(dir.file("other"));
    CHECK(other.fingerprint != a.fingerprint);
}

TEST_CASE("enrol: codes are 12 base32 characters (60 bits) and never repeat", "[server][enrol]")
{
    std::set<std::string> seen;
    for (int i = 0; i < 200; ++i) {
        const auto c = server::newEnrolmentCode();
        REQUIRE(c.size() == 14);
        CHECK(server::normaliseCode(c).find_first_not_of("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567") == std::string::npos);
        seen.insert(c);
    }
    CHECK(seen.size() == 200);
}

TEST_CASE("enrol: device add refuses an unknown kind or an empty name and changes nothing", "[server][enrol]")
{
    TestHost host;
    store::Database db(host.db(), store::OpenMode::ExistingReadWrite);
    const auto before = host.dump();
    CHECK_THROWS_AS(server::addDevice(db, "printer", "Máy in", demoNow(), "admin"), Error);
    CHECK_THROWS_AS(server::addDevice(db, "counter", "  ", demoNow(), "admin"), Error);
    CHECK(host.dump() == before);
}

TEST_CASE("enrol: a retry of a lost enrolment answer (same request id) gets the same token, the code stays one-time",
          "[server][enrol][retry]")
{
    TestHost host;
    const std::string code = host.addDevice("counter");
    const std::string body = Json{{"code", code}, {"proof", host.proof(code)}}.dump();
    const std::string id = newRequestId();
    const auto first = host.post("/v1/enroll", body, {{"X-Request-Id", id}});
    REQUIRE(first.status == 200);
    const auto again = host.post("/v1/enroll", body, {{"X-Request-Id", id}});
    CHECK(again.status == 200);
    CHECK(again.body == first.body);  // the token the client never received
    const std::string token = first.json().at("token");
    CHECK(host.call(token, "", "now").status == 200);
    // Another request (another id, or none) with the same code: the code is spent.
    CHECK(host.post("/v1/enroll", body, {{"X-Request-Id", newRequestId()}}).status == 403);
    CHECK(host.post("/v1/enroll", body).status == 403);
    // The same id with another code's proof is not the same request.
    const std::string other = host.addDevice("kiosk");
    const auto wrongProof = Json{{"code", other}, {"proof", host.proof(code)}}.dump();
    CHECK(host.post("/v1/enroll", wrongProof, {{"X-Request-Id", id}}).status == 403);
    // Enrolled once: one audit line.
    const auto dump = host.dump();
    std::size_t audits = 0;
    for (auto at = dump.find("device.enroll"); at != std::string::npos; at = dump.find("device.enroll", at + 1)) ++audits;
    CHECK(audits == 1);
}
