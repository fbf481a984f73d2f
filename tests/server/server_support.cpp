#include "server_support.h"

#include "devices.h"
#include "host_crypto.h"
#include "net/desk_rpc.h"
#include "store/database.h"

#include <httplib.h>
#include <sqlite3.h>

#include <atomic>
#include <mutex>

namespace motcua::servertest {

namespace {

constexpr const char* kDemoNow = "2026-11-23 10:15";

/// One demo store per test process, copied for each host (init --demo takes a moment).
const std::string& demoTemplate()
{
    static clitest::TempDir dir;
    static std::once_flag once;
    std::call_once(once, [] {
        const auto r = clitest::runMotcua({"--db", dir.file("demo.db"), "--now", kDemoNow, "init", "--demo"});
        if (r.exitCode != 0) throw std::runtime_error("init --demo failed: " + r.err);
    });
    static const std::string path = dir.file("demo.db");
    return path;
}

Reply toReply(const httplib::Result& r)
{
    Reply out;
    if (!r) return out;
    out.status = r->status;
    out.body = r->body;
    for (const auto& [k, v] : r->headers) out.headers[k] = v;
    return out;
}

std::unique_ptr<httplib::SSLClient> client(int port)
{
    auto c = std::make_unique<httplib::SSLClient>("127.0.0.1", port);
    c->enable_server_certificate_verification(false);
    c->set_connection_timeout(5);
    c->set_read_timeout(10);
    return c;
}

}  // namespace

domain::Instant demoNow() { return *domain::parseLocalDateTime(kDemoNow); }

Json Reply::json() const { return Json::parse(body, nullptr, false); }

TestHost::TestHost(const std::function<void(server::ServerOptions&)>& tweak,
                   const std::function<void(server::Server&)>& beforeStart)
{
    m_db = m_dir.file("office.db");
    clitest::copyFile(demoTemplate(), m_db);
    server::ServerOptions o;
    o.dbPath = m_db;
    o.apiHost = "127.0.0.1";
    o.apiPort = 0;
    o.publicHost = "127.0.0.1";
    o.publicPort = 0;
    o.clock = service::fixedClock(demoNow());
    o.trustClientClock = true;
    o.threads = 16;
    o.readTimeoutSeconds = 2;
    o.watchInterval = std::chrono::milliseconds(20);
    o.logRequests = false;
    if (tweak) tweak(o);
    m_server = std::make_unique<server::Server>(o, net::callDesk);
    if (beforeStart) beforeStart(*m_server);
    m_server->start();
}

TestHost::~TestHost() { m_server->stop(); }

Reply TestHost::post(const std::string& path, const std::string& body, const Headers& headers) const
{
    auto c = client(port());
    httplib::Headers h(headers.begin(), headers.end());
    return toReply(c->Post(path.c_str(), h, body, "application/json"));
}

Reply TestHost::get(const std::string& path, const Headers& headers) const
{
    auto c = client(port());
    httplib::Headers h(headers.begin(), headers.end());
    return toReply(c->Get(path.c_str(), h));
}

std::string TestHost::addDevice(const std::string& kind, domain::Instant at)
{
    store::Database db(m_db, store::OpenMode::ExistingReadWrite);
    return server::addDevice(db, kind, "Máy " + kind, at ? at : demoNow(), "admin").code;
}

std::string TestHost::proof(const std::string& code) const
{
    return server::hmacSha256Hex(code, "client:" + m_server->fingerprint());
}

std::string TestHost::enrol(const std::string& kind)
{
    const std::string code = addDevice(kind);
    const auto r = post("/v1/enroll", Json{{"code", code}, {"proof", proof(code)}}.dump());
    if (r.status != 200) throw std::runtime_error("enrolment failed: " + r.body);
    return r.json().at("token").get<std::string>();
}

std::string TestHost::login(const std::string& token, const std::string& user, domain::Instant at)
{
    const auto r = call(token, "", "login", {{"username", user}, {"password", "demo1234"}}, "", at);
    if (r.status != 200) throw std::runtime_error("login failed: " + r.body);
    return r.json().at("session").get<std::string>();
}

Reply TestHost::call(const std::string& token, const std::string& session, const std::string& method, const Json& args,
                     const std::string& requestId, domain::Instant at) const
{
    Headers h = deviceHeaders(token, session);
    const auto* spec = net::findDeskMethod(method);
    if (!requestId.empty()) h.emplace("X-Request-Id", requestId);
    else if (spec && spec->write) h.emplace("X-Request-Id", newRequestId());
    if (at) h.emplace("X-Motcua-Now", std::to_string(at));
    return post("/v1/call/" + method, args.dump(), h);
}

std::string TestHost::dump() const
{
    sqlite3* db = nullptr;
    sqlite3_open_v2(m_db.c_str(), &db, SQLITE_OPEN_READONLY, nullptr);
    std::string out;
    sqlite3_stmt* tables = nullptr;
    sqlite3_prepare_v2(db, "SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name", -1, &tables, nullptr);
    while (sqlite3_step(tables) == SQLITE_ROW) {
        const std::string name = reinterpret_cast<const char*>(sqlite3_column_text(tables, 0));
        out += "== " + name + "\n";
        sqlite3_stmt* rows = nullptr;
        sqlite3_prepare_v2(db, ("SELECT * FROM \"" + name + "\"").c_str(), -1, &rows, nullptr);
        while (sqlite3_step(rows) == SQLITE_ROW) {
            for (int i = 0; i < sqlite3_column_count(rows); ++i) {
                const auto* p = sqlite3_column_blob(rows, i);
                out += std::to_string(sqlite3_column_type(rows, i)) + ":";
                out.append(static_cast<const char*>(p ? p : ""), static_cast<std::size_t>(sqlite3_column_bytes(rows, i)));
                out += '|';
            }
            out += '\n';
        }
        sqlite3_finalize(rows);
    }
    sqlite3_finalize(tables);
    out += "user_version " + std::to_string(clitest::pragmaInt(m_db, "user_version"));
    sqlite3_close_v2(db);
    return out;
}

std::function<void(server::ServerOptions&)> MovableClock::tweak(std::chrono::milliseconds sweep) const
{
    return [t = t, sweep](server::ServerOptions& o) {
        o.clock = [t] { return t->load(); };
        o.sessionSweepInterval = sweep;
    };
}

std::string newRequestId() { return server::randomHex(16); }

Headers deviceHeaders(const std::string& token, const std::string& session)
{
    Headers h;
    if (!token.empty()) h.emplace("Authorization", "Device " + token);
    if (!session.empty()) h.emplace("X-Motcua-Session", session);
    return h;
}

bool leaksNothing(const std::string& body)
{
    for (const char* word : {"SELECT", "INSERT", "UPDATE ", "sqlite", "SQLite", "/tmp", ".db", ".cpp", "std::", "what()",
                             "exception", "EXCEPTION", "terminate", "host_", "nlohmann"})
        if (body.find(word) != std::string::npos) return false;
    return true;
}

}  // namespace motcua::servertest
