// The fake store host (fake_host.h).
#include "fake_host.h"

#include "net/enrollment.h"
#include "net/https_transport.h"

#include <httplib.h>
#include <openssl/evp.h>
#include <openssl/x509.h>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <chrono>
#include <stdexcept>

namespace motcua::nettest {

namespace {

using json = nlohmann::json;

void answer(httplib::Response& res, int status, const json& body)
{
    res.status = status;
    res.set_content(body.dump(), "application/json");
}

json errorBody(const char* code, const char* message) { return {{"error", {{"code", code}, {"message", message}}}}; }

}  // namespace

TestCertificate::TestCertificate()
{
    EVP_PKEY* k = EVP_EC_gen("P-256");
    X509* x = X509_new();
    if (!k || !x) throw std::runtime_error("OpenSSL could not make a test key");
    X509_set_version(x, 2);
    static std::atomic<long> serial{1};
    ASN1_INTEGER_set(X509_get_serialNumber(x), serial++);
    X509_gmtime_adj(X509_getm_notBefore(x), -3600);
    X509_gmtime_adj(X509_getm_notAfter(x), 86400);
    X509_set_pubkey(x, k);
    X509_NAME* name = X509_get_subject_name(x);
    X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_ASC, reinterpret_cast<const unsigned char*>("motcua test"), -1, -1, 0);
    X509_set_issuer_name(x, name);
    if (X509_sign(x, k, EVP_sha256()) == 0) throw std::runtime_error("OpenSSL could not sign the test certificate");
    unsigned char* der = nullptr;
    const int len = i2d_X509(x, &der);
    fingerprint = net::fingerprintOfDer(std::string_view(reinterpret_cast<const char*>(der), static_cast<std::size_t>(len)));
    OPENSSL_free(der);
    x509 = x;
    key = k;
}

TestCertificate::~TestCertificate()
{
    X509_free(static_cast<X509*>(x509));
    EVP_PKEY_free(static_cast<EVP_PKEY*>(key));
}

FakeHost::FakeHost()
    : m_server(std::make_unique<httplib::SSLServer>(static_cast<X509*>(m_cert.x509), static_cast<EVP_PKEY*>(m_cert.key)))
{
    m_server->set_keep_alive_timeout(1);
    routes();
    m_port = m_server->bind_to_any_port("127.0.0.1");
    if (m_port <= 0) throw std::runtime_error("the fake host could not bind");
    m_thread = std::thread([this] { m_server->listen_after_bind(); });
    while (!m_server->is_running()) std::this_thread::sleep_for(std::chrono::milliseconds(2));
}

FakeHost::~FakeHost()
{
    m_stopping = true;
    m_server->stop();
    m_thread.join();
}

std::vector<Seen> FakeHost::seen() const
{
    const std::lock_guard lock(m_mutex);
    return m_seen;
}

int FakeHost::count(const std::string& route) const
{
    int n = 0;
    for (const auto& s : seen()) n += s.route == route ? 1 : 0;
    return n;
}

void FakeHost::record(const std::string& route, const void* request)
{
    const auto& req = *static_cast<const httplib::Request*>(request);
    const std::lock_guard lock(m_mutex);
    m_seen.push_back({route, req.get_header_value("Authorization"), req.get_header_value("X-Motcua-Session"),
                      req.get_header_value("X-Request-Id"), std::chrono::steady_clock::now()});
}

void FakeHost::routes()
{
    auto& s = *m_server;
    s.Post(R"(/v1/call/(\w+))", [this](const httplib::Request& req, httplib::Response& res) {
        const std::string method = req.matches[1];
        record(method, &req);
        if (req.get_header_value("Authorization") != "Device good-token")
            return answer(res, 401, errorBody("unauthenticated", "Máy này chưa được đăng ký hoặc đã bị thu hồi"));
        if (method == "now") return answer(res, 200, {{"result", 1795000000}});
        if (method == "login") return answer(res, 200, {{"result", {{"username", "motcua1"}}}, {"session", "session-1"}});
        if (method == "logout" || method == "whoami") return answer(res, 200, {{"result", nullptr}});
        if (method == "expired") return answer(res, 401, errorBody("unauthenticated", "Phiên làm việc đã hết, đăng nhập lại"));
        if (method == "callNext") return answer(res, 409, errorBody("empty", "Không còn ai chờ"));
        if (method == "throttled") {
            if (throttleCalls.fetch_sub(1) > 0) {
                res.set_header("Retry-After", std::to_string(retryAfterSeconds.load()));
                return answer(res, 429, errorBody("busy", "Quá nhiều yêu cầu"));
            }
            return answer(res, 200, {{"result", "A001"}});
        }
        if (method == "slow") {
            if (slowFirstCalls.fetch_sub(1) > 0) std::this_thread::sleep_for(std::chrono::milliseconds(stallMs.load()));
            return answer(res, 200, {{"result", "A001"}});
        }
        answer(res, 404, errorBody("not_found", "Không có thao tác này"));
    });
    // Files (docs/network-protocol.md "Files"): an upload answers what arrived, a download sends
    // fileBytes under the hash fileHash names (empty: their true hash).
    s.Post(R"(/v1/file/(\w+))", [this](const httplib::Request& req, httplib::Response& res) {
        record("file:" + req.matches[1].str(), &req);
        const std::lock_guard lock(m_mutex);
        lastUpload = req.body;
        lastUploadArgs = req.get_param_value("args");
        lastUploadType = req.get_header_value("Content-Type");
        answer(res, 200, {{"result", {{"bytes", req.body.size()}}}});
    });
    s.Get(R"(/v1/file/(\w+))", [this](const httplib::Request& req, httplib::Response& res) {
        record("file:" + req.matches[1].str(), &req);
        const std::lock_guard lock(m_mutex);
        res.set_header("X-Content-SHA256", fileHash.empty() ? net::fingerprintOfDer(fileBytes).substr(7) : fileHash);
        res.set_content(fileBytes, "application/pdf");
    });
    s.Post("/v1/enroll", [this](const httplib::Request& req, httplib::Response& res) {
        record("enroll", &req);
        const json body = json::parse(req.body, nullptr, false);
        const bool ok = body.is_object() && body.value("code", "") == enrollCode &&
                        body.value("proof", "") == net::enrollmentProof(enrollCode, "client", fingerprint());
        if (!ok) return answer(res, 403, errorBody("forbidden", "Mã đăng ký không đúng hoặc đã hết hạn"));
        const std::string proofFor = wrongServerProof ? TestCertificate().fingerprint : fingerprint();
        answer(res, 200,
               {{"device", 7}, {"token", "good-token"}, {"kind", "counter"}, {"name", "Quầy 3"}, {"proof", net::enrollmentProof(enrollCode, "server", proofFor)}});
    });
    s.Get("/v1/version", [this](const httplib::Request& req, httplib::Response& res) {
        record("version", &req);
        if (req.get_header_value("Authorization") != "Device good-token")
            return answer(res, 401, errorBody("unauthenticated", "Máy này chưa được đăng ký hoặc đã bị thu hồi"));
        answer(res, 200, {{"version", version.load()}});
    });
    s.Get("/v1/events", [this](const httplib::Request& req, httplib::Response& res) {
        if (refuseStream) {
            record("events-refused", &req);
            return answer(res, 503, errorBody("busy", "Máy chủ đang bận"));
        }
        record("events", &req);
        const int generation = streamGeneration.load();
        auto sent = std::make_shared<long long>(version.load());
        auto greeted = std::make_shared<bool>(false);
        res.set_chunked_content_provider("text/event-stream", [this, generation, sent, greeted](size_t, httplib::DataSink& sink) {
            if (m_stopping || streamGeneration != generation) {
                sink.done();
                return true;
            }
            std::string text;
            if (!*greeted) text = ": ping\n\n";
            *greeted = true;
            if (const long long v = version.load(); v != *sent) {
                *sent = v;
                text += "event: changed\r\ndata: {\"version\": " + std::to_string(v) + "}\r\n\r\n";
            }
            if (text.empty()) std::this_thread::sleep_for(std::chrono::milliseconds(10));
            return text.empty() || sink.write(text.data(), text.size());
        });
    });
}

int closedPort()
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in a{};
    a.sin_family = AF_INET;
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t len = sizeof a;
    if (fd < 0 || ::bind(fd, reinterpret_cast<sockaddr*>(&a), sizeof a) != 0 || ::getsockname(fd, reinterpret_cast<sockaddr*>(&a), &len) != 0)
        throw std::runtime_error("no free port");
    ::close(fd);  // bound, never listened, closed: connecting is refused
    return ntohs(a.sin_port);
}

}  // namespace motcua::nettest
