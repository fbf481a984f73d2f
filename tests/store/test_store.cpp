#include "test_store.h"

#include "loopback_transport.h"
#include "api_server.h"
#include "devices.h"
#include "net/desk_rpc.h"
#include "net/enrollment.h"
#include "net/https_transport.h"
#include "net/rpc_desk.h"
#include "store/database.h"
#include "service/demo_data.h"

#include <catch2/catch.hpp>

#include <sodium.h>

#include <cstdlib>
#include <filesystem>

namespace motcua::test {

domain::Instant at(const char* localTime)
{
    const auto t = domain::parseLocalDateTime(localTime);
    if (!t) throw std::runtime_error(std::string("bad test time ") + localTime);
    return *t;
}

/// The store host over this store's file, and the one device every network desk uses.
struct TestStore::HttpsHost {
    std::unique_ptr<server::Server> server;
    net::DeviceFile device;
};

TestStore::TestStore() : now(at("2026-11-16 08:00"))
{
    char tmpl[] = "/tmp/motcua-test-XXXXXX";
    m_dir = ::mkdtemp(tmpl);
    m_path = m_dir + "/store.db";
    service::createFirstAdmin(m_path, "admin-password");
    auto desk = openLocal("admin");
    desk->addCounter({1, "Quầy 1", true, {}});
    desk->addCounter({2, "Quầy 2", true, {}});
    desk->addCounter({3, "Quầy 3", true, {}});
    desk->addGroup({0, "HT", "A", "Tư pháp – Hộ tịch", {1, 2}});
    desk->addGroup({0, "DD", "B", "Đất đai", {3}});
    const char* users[][3] = {{"clerk", "staff", "Nguyễn Thị Lan"}, {"officer", "officer", "Phạm Thị Hoa"},
                              {"boss", "supervisor", "Lê Văn Hùng"}, {"kiosk", "kiosk", "Ki-ốt"}};
    for (const auto& u : users)
        desk->addStaff({0, u[0], u[2], *domain::parseRole(u[1]), "Phòng Văn hóa - Xã hội", true}, "password-123");
    const auto report = desk->importProcedures(
        std::string(domain::kProcedureCsvHeaderV1) +
        "\n1.001193,Đăng ký khai sinh,Hộ tịch,HT,0,0,,Công chức Tư pháp - Hộ tịch,pause,Tờ khai (bản chính) 1,test\n"
        "1.004873,Cấp Giấy xác nhận tình trạng hôn nhân,Hộ tịch,HT,3,0,,Công chức Tư pháp - Hộ tịch,pause,Tờ khai (bản chính) 1,test\n"
        "1.000002,Thủ tục tính lại thời hạn,Đất đai,DD,3,0,,Phòng Kinh tế,restart,Đơn (bản chính) 1,test\n");
    REQUIRE(report.errors.empty());
}

TestStore::~TestStore()
{
    if (m_https) m_https->server->stop();
    std::error_code ec;
    std::filesystem::remove_all(m_dir, ec);
}

const std::string& TestStore::backEnd()
{
    static const std::string name = [] {
        const char* backend = std::getenv("MOTCUA_TEST_DESK");
        const std::string n = backend == nullptr ? "sqlite" : backend;
        if (n != "sqlite" && n != "loopback" && n != "https")
            throw std::runtime_error("MOTCUA_TEST_DESK: sqlite, loopback or https");
        return n;
    }();
    return name;
}

bool TestStore::network() { return backEnd() != "sqlite"; }

namespace {

/// The passwords TestStore gives its accounts, stored again with argon2id's cheapest settings:
/// every network desk logs in, and the office's real cost would make the suite minutes slower.
void cheapPasswords(const std::string& path)
{
    if (sodium_init() < 0) throw std::runtime_error("libsodium");
    store::Database db(path, store::OpenMode::ExistingReadWrite);
    for (const char* user : {"admin", "clerk", "officer", "boss", "kiosk"}) {
        const std::string password = std::string(user) == "admin" ? "admin-password" : "password-123";
        char hash[crypto_pwhash_STRBYTES];
        if (crypto_pwhash_str_alg(hash, password.data(), password.size(), crypto_pwhash_OPSLIMIT_MIN,
                                  crypto_pwhash_MEMLIMIT_MIN, crypto_pwhash_ALG_ARGON2ID13) != 0)
            throw std::runtime_error("crypto_pwhash_str_alg");
        db.prepare("UPDATE staff SET password_hash = ? WHERE username = ?").bind(1, std::string(hash)).bind(2, user).run();
    }
}

std::string passwordOf(const std::string& user) { return user == "admin" ? "admin-password" : "password-123"; }

}  // namespace

TestStore::HttpsHost& TestStore::httpsHost()
{
    const std::lock_guard lock(m_httpsMutex);
    if (m_https) return *m_https;
    cheapPasswords(m_path);
    auto h = std::make_unique<HttpsHost>();
    server::ServerOptions o;
    o.dbPath = m_path;
    o.dataDir = m_dir + "/tls";
    o.apiHost = "127.0.0.1";
    o.apiPort = 0;
    o.publicHost = "127.0.0.1";
    o.publicPort = 0;
    // Sessions follow the host's clock, which stands still; the Desk's "now" comes with each call.
    o.clock = service::fixedClock(now);
    o.trustClientClock = true;
    o.threads = 16;
    o.requestsPerSecond = 1e6;  // one device for every desk of a test: no rate limit
    o.burst = 1e6;
    o.logRequests = false;
    h->server = std::make_unique<server::Server>(o, net::callDesk);
    h->server->start();
    const std::string url = "https://127.0.0.1:" + std::to_string(h->server->apiPort());
    store::Database db(m_path, store::OpenMode::ExistingReadWrite);
    const auto added = server::addDevice(db, "counter", "Máy kiểm thử", now, "admin");
    h->device = net::enroll(url, added.code, 5000);
    m_https = std::move(h);
    return *m_https;
}

std::unique_ptr<service::Desk> TestStore::openAnonymous()
{
    service::DeskOptions options;
    options.clock = [this] { return now; };
    if (backEnd() == "https") {
        const HttpsHost& host = httpsHost();
        const auto& device = host.device;
        net::HttpsOptions o;
        o.host = "127.0.0.1";
        o.port = host.server->apiPort();
        o.pin = device.fingerprint;
        o.deviceToken = device.token;
        o.watchEvents = false;
        o.clientClock = [this] { return now; };
        return net::openRpcDesk(std::make_shared<net::HttpsTransport>(o));
    }
    auto desk = service::openSqliteDesk(m_path, options);
    if (!network()) return desk;
    return net::openRpcDesk(std::make_shared<LoopbackTransport>(std::move(desk)));
}

std::unique_ptr<service::Desk> TestStore::openLocal(const std::string& user)
{
    service::DeskOptions options;
    options.clock = [this] { return now; };
    auto desk = service::openSqliteDesk(m_path, options);
    desk->actAs(user);
    return desk;
}

std::unique_ptr<service::Desk> TestStore::open(const std::string& user)
{
    if (!network()) return openLocal(user);
    if (backEnd() == "https") {
        (void)openLocal(user);  // an unknown user is NotFound, as actAs says
        auto desk = openAnonymous();
        desk->login(user, passwordOf(user));
        return desk;
    }
    return net::openRpcDesk(std::make_shared<LoopbackTransport>(openLocal(user)));
}

void rollBackTo(store::Database& db, int version)
{
    auto dropColumns = [&db](const char* table, std::initializer_list<const char*> columns) {
        for (const char* c : columns) db.exec(std::string("ALTER TABLE ") + table + " DROP COLUMN " + c);
    };
    for (int v = db.userVersion(); v > version; --v) {
        switch (v) {
        case 16: dropColumns("tickets", {"finished_unseen"}); break;  // finished unseen, as decided (session 7)
        case 15: db.exec("DROP TABLE attachments"); break;  // the digital dossier (issue 15)
        case 14: dropColumns("intake_drafts", {"fees"}); break;  // the draft's fee lines (issue 16)
        case 13: dropColumns("apologies", {"delivered_copy_sha256"}); break;  // the signed copy delivered
        case 12:  // drafts per account and counter, counter sessions
            db.exec("DROP TABLE counter_sessions");
            db.exec("ALTER TABLE intake_drafts RENAME TO intake_drafts_v11");
            db.exec("CREATE TABLE intake_drafts(username TEXT PRIMARY KEY, procedure_code TEXT NOT NULL DEFAULT '',"
                    " applicant_name TEXT NOT NULL DEFAULT '', id_number TEXT NOT NULL DEFAULT '',"
                    " phone TEXT NOT NULL DEFAULT '', address TEXT NOT NULL DEFAULT '',"
                    " channel TEXT NOT NULL DEFAULT 'direct' CHECK (channel IN ('direct','online','postal')),"
                    " ticket TEXT NOT NULL DEFAULT '', papers TEXT NOT NULL DEFAULT '', saved_at INTEGER NOT NULL,"
                    " applicant_kind TEXT NOT NULL DEFAULT 'person', email TEXT NOT NULL DEFAULT '',"
                    " rep_name TEXT NOT NULL DEFAULT '', rep_id_number TEXT NOT NULL DEFAULT '',"
                    " rep_phone TEXT NOT NULL DEFAULT '', rep_address TEXT NOT NULL DEFAULT '',"
                    " rep_authorisation TEXT NOT NULL DEFAULT '', collection TEXT NOT NULL DEFAULT 'counter')"
                    " WITHOUT ROWID");
            db.exec("INSERT OR IGNORE INTO intake_drafts SELECT username, procedure_code, applicant_name, id_number, phone,"
                    " address, channel, ticket, papers, saved_at, applicant_kind, email, rep_name, rep_id_number,"
                    " rep_phone, rep_address, rep_authorisation, collection FROM intake_drafts_v11");
            db.exec("DROP TABLE intake_drafts_v11");
            break;
        case 11: dropColumns("dossiers", {"check_code"}); break;  // the check code for /tra-cuu
        case 10:  // the store host's devices, sessions and request ids
            db.exec("DROP TABLE host_requests; DROP TABLE host_sessions; DROP TABLE host_devices");
            break;
        case 9: db.exec("DROP TABLE dossier_fees"); break;  // fees
        case 8:  // what the citizen brings
            db.exec("DROP TABLE dossier_papers");
            dropColumns("procedures", {"paper_kinds"});
            dropColumns("dossiers", {"applicant_kind", "email", "rep_name", "rep_id_number", "rep_phone", "rep_address",
                                     "rep_authorisation", "collection", "papers_recorded"});
            dropColumns("intake_drafts", {"applicant_kind", "email", "rep_name", "rep_id_number", "rep_phone",
                                          "rep_address", "rep_authorisation", "collection"});
            break;
        case 7: db.exec("DROP TABLE ticket_ratings"); break;  // visit ratings
        case 6:  // apology timing, confirmed years
            db.exec("DROP TABLE calendar_years");
            dropColumns("apologies", {"sign_by", "short_notice", "signed_late"});
            break;
        case 5: break;  // the wider sequence only relaxed a CHECK
        case 4: dropColumns("apologies", {"delivered_at", "delivered_how"}); break;
        default: FAIL("no undo for schema step " << v);
        }
    }
    db.setUserVersion(version);
}

}  // namespace motcua::test
