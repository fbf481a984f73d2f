// The HTTPS transport (https_transport.h). Pinning: httplib's own CA check is off (the host's
// certificate is self-signed) and an OpenSSL verify callback accepts the leaf only when its
// SHA-256 equals the pin. Calls share one keep-alive client under a mutex; the watcher thread owns
// its own clients, and the destructor stops its stream with httplib's thread-safe stop().
#include "net/https_transport.h"

#include "net/wire_error.h"

#include "domain/error.h"

#include <httplib.h>
#include <openssl/evp.h>
#include <openssl/ssl.h>
#include <openssl/x509.h>
#include <sodium.h>

#include <algorithm>
#include <atomic>
#include <cctype>
#include <chrono>
#include <condition_variable>
#include <csignal>
#include <cstdlib>
#include <mutex>
#include <thread>

namespace motcua::net {

namespace {

using json = nlohmann::json;
using Steady = std::chrono::steady_clock;

/// The pin one client checks, reached from OpenSSL's callback through the SSL_CTX's app data.
struct PinCheck {
    std::mutex mutex;
    std::string pin;
    std::string seen;
    bool mismatch = false;
};

int verifyLeaf(int /*preverified*/, X509_STORE_CTX* store)
{
    // Pinning replaces the CA chain: only the leaf (depth 0) decides.
    if (X509_STORE_CTX_get_error_depth(store) != 0) return 1;
    auto* ssl = static_cast<SSL*>(X509_STORE_CTX_get_ex_data(store, SSL_get_ex_data_X509_STORE_CTX_idx()));
    auto* check = ssl ? static_cast<PinCheck*>(SSL_CTX_get_app_data(SSL_get_SSL_CTX(ssl))) : nullptr;
    X509* cert = X509_STORE_CTX_get_current_cert(store);
    if (!check || !cert) return 0;
    unsigned char der[EVP_MAX_MD_SIZE];
    unsigned int len = 0;
    if (X509_digest(cert, EVP_sha256(), der, &len) != 1) return 0;
    char hex[2 * EVP_MAX_MD_SIZE + 1];
    sodium_bin2hex(hex, sizeof hex, der, len);
    const std::string fp = std::string("SHA256:") + hex;
    const std::lock_guard lock(check->mutex);
    check->seen = fp;
    if (check->pin.empty() || check->pin == fp) return 1;
    check->mismatch = true;
    return 0;
}

/// One httplib client with its pin check (the check must outlive the client's SSL_CTX use).
struct Connection {
    std::unique_ptr<PinCheck> check = std::make_unique<PinCheck>();
    std::unique_ptr<httplib::SSLClient> client;
};

void setTimeout(int ms, const std::function<void(time_t, time_t)>& set)
{
    set(ms / 1000, static_cast<time_t>(ms % 1000) * 1000);
}

/// The host's error answer as the Error the in-process Desk would throw (net/wire_error.h).
Error errorFromAnswer(int status, const std::string& body)
{
    try {
        throwWireError(json::parse(body, nullptr, false), status);
    } catch (const Error& e) {
        return e;
    }
}

const char* whyUnreachable(httplib::Error e)
{
    switch (e) {
    case httplib::Error::Connection: return "máy chủ không nhận kết nối";
    case httplib::Error::ConnectionTimeout: return "máy chủ không trả lời kết nối";
    case httplib::Error::Read: return "máy chủ không trả lời kịp";
    case httplib::Error::Write: return "kết nối bị ngắt khi gửi";
    case httplib::Error::SSLConnection:
    case httplib::Error::SSLServerVerification: return "không lập được kết nối bảo mật";
    default: return "mất kết nối";
    }
}

thread_local CallStats tLastCall;

constexpr std::size_t kFileChunk = 64 * 1024;  ///< a file's body leaves in pieces of this size

/// Query-string escaping (RFC 3986 unreserved characters kept).
std::string percentEncode(const std::string& text)
{
    static const char* hex = "0123456789ABCDEF";
    std::string out;
    for (const char ch : text) {
        const auto c = static_cast<unsigned char>(ch);
        if (std::isalnum(c) || c == '-' || c == '_' || c == '.' || c == '~') {
            out += static_cast<char>(c);
        } else {
            out += '%';
            out += hex[c >> 4];
            out += hex[c & 15];
        }
    }
    return out;
}

std::string sha256Hex(const std::string& bytes)
{
    unsigned char digest[crypto_hash_sha256_BYTES];
    crypto_hash_sha256(digest, reinterpret_cast<const unsigned char*>(bytes.data()), bytes.size());
    char hex[2 * crypto_hash_sha256_BYTES + 1];
    sodium_bin2hex(hex, sizeof hex, digest, sizeof digest);
    return hex;
}

}  // namespace

CallStats lastCallStats() { return tLastCall; }

std::string fingerprintOfDer(std::string_view der)
{
    unsigned char digest[crypto_hash_sha256_BYTES];
    crypto_hash_sha256(digest, reinterpret_cast<const unsigned char*>(der.data()), der.size());
    char hex[2 * crypto_hash_sha256_BYTES + 1];
    sodium_bin2hex(hex, sizeof hex, digest, sizeof digest);
    return std::string("SHA256:") + hex;
}

std::string newRequestId()
{
    if (sodium_init() < 0) throw Error(ErrorCode::Internal, "Không khởi tạo được bộ sinh số ngẫu nhiên");
    unsigned char bytes[16];
    randombytes_buf(bytes, sizeof bytes);
    char hex[33];
    sodium_bin2hex(hex, sizeof hex, bytes, sizeof bytes);
    return hex;
}

struct HttpsTransport::Impl {
    explicit Impl(HttpsOptions o) : options(std::move(o)), pinned(options.pin) {}

    [[nodiscard]] std::string currentPin() const
    {
        const std::lock_guard lock(pinMutex);
        return pinned;
    }

    const HttpsOptions options;
    mutable std::mutex pinMutex;
    std::string pinned;  ///< options.pin, or what enrolment pinned since

    // Calls: one keep-alive connection, one call at a time.
    mutable std::mutex callMutex;
    Connection calls;
    std::string sessionToken;

    // The change watcher.
    std::atomic<std::int64_t> version{0};
    std::int64_t lastHostVersion = -1;  ///< watcher thread only
    std::atomic<bool> stopping{false};
    std::atomic<bool> watcherDone{false};
    std::mutex watchMutex;  ///< guards `stream` (stopped from the destructor) and the wait below
    std::condition_variable wake;
    httplib::SSLClient* stream = nullptr;
    std::thread watcher;

    [[nodiscard]] std::string where() const { return "https://" + options.host + ":" + std::to_string(options.port); }

    void open(Connection& c, int readTimeoutMs) const
    {
        c.client = std::make_unique<httplib::SSLClient>(options.host, options.port);
        c.client->enable_server_certificate_verification(false);  // our callback pins instead
        SSL_CTX* ctx = c.client->ssl_context();
        SSL_CTX_set_app_data(ctx, c.check.get());
        SSL_CTX_set_verify(ctx, SSL_VERIFY_PEER, verifyLeaf);
        {
            const std::lock_guard lock(c.check->mutex);
            c.check->pin = currentPin();
        }
        setTimeout(options.connectTimeoutMs, [&](time_t s, time_t us) { c.client->set_connection_timeout(s, us); });
        setTimeout(readTimeoutMs, [&](time_t s, time_t us) { c.client->set_read_timeout(s, us); });
        setTimeout(options.timeoutMs, [&](time_t s, time_t us) { c.client->set_write_timeout(s, us); });
        c.client->set_keep_alive(true);
        // The request's headers and body go out as separate writes: without this the body waits
        // for the host's delayed ACK (40 ms) — see server/api_server.cpp.
        c.client->set_tcp_nodelay(true);
    }

    [[nodiscard]] httplib::Headers headers() const
    {
        httplib::Headers h;
        if (!options.deviceToken.empty()) h.emplace("Authorization", "Device " + options.deviceToken);
        return h;
    }

    [[noreturn]] void refusePin(Connection& c) const
    {
        std::string seen;
        {
            const std::lock_guard lock(c.check->mutex);
            seen = c.check->seen;
            c.check->mismatch = false;
        }
        throw Error(ErrorCode::Forbidden, "Chứng chỉ của máy chủ " + where() + " không khớp với chứng chỉ đã ghi khi đăng ký máy này (máy chủ đưa " + seen +
                                              ", đã ghi " + currentPin() +
                                              "). Không kết nối: có thể có máy giả mạo trên mạng. Báo quản trị viên; nếu máy chủ "
                                              "vừa cài lại, đăng ký lại máy này bằng --enroll MÃ_MỚI");
    }

    [[nodiscard]] Error throttledTooLong(int waits) const
    {
        return Error(ErrorCode::Busy, "Máy chủ " + where() + " đang nhận quá nhiều yêu cầu từ máy này: đã chờ và gửi lại " +
                                          std::to_string(waits) +
                                          " lần mà vẫn bị từ chối. Chưa có gì thay đổi; đợi vài giây rồi thử lại");
    }

    /// Retry-After (seconds) when the host gave one, else a growing wait; never above 1 s a try.
    static std::chrono::milliseconds throttleWait(const httplib::Response& res, int tries)
    {
        long ms = 100L * tries;
        if (res.has_header("Retry-After")) ms = std::strtol(res.get_header_value("Retry-After").c_str(), nullptr, 10) * 1000L;
        return std::chrono::milliseconds(std::clamp(ms, 50L, 1000L));
    }

    // The keep-alive connection's age: the host closes an idle one after the timeout it announces
    // ("Keep-Alive: timeout=N"). A request sent on a connection the host is closing fails, and its
    // retry came after a 100-ms backoff plus a handshake (the 40 slow calls of every bench run).
    Steady::time_point lastAnswer{};
    std::chrono::milliseconds hostIdle{0};  ///< 0: the host announced nothing (then only the retry helps)

    void noteAnswer(const httplib::Response& res)
    {
        lastAnswer = Steady::now();
        const std::string ka = res.get_header_value("Keep-Alive");
        const auto at = ka.find("timeout=");
        const long seconds = at == std::string::npos ? 0 : std::strtol(ka.c_str() + at + 8, nullptr, 10);
        hostIdle = std::chrono::milliseconds(std::max(0L, seconds) * 1000);
    }

    /// Closes the call connection when the host has (nearly) given up on it, so the next request
    /// opens a fresh one instead of failing on a dead one; true when an open connection is kept.
    bool dropIfExpired()
    {
        if (!calls.client->is_socket_open()) return false;
        // A margin for the host's clock granularity and the request's own flight.
        if (hostIdle.count() > 0 && Steady::now() - lastAnswer + std::chrono::milliseconds(500) >= hostIdle) {
            calls.client->stop();
            return false;
        }
        return true;
    }

    /// Sends one try of a request on the client with these headers.
    using Sender = std::function<httplib::Result(httplib::SSLClient&, const httplib::Headers&)>;

    /// One JSON request (POST with `body`, GET without) with retries.
    httplib::Result send(const std::string& path, const std::string* body, const std::string& requestId)
    {
        return send(requestId, [&](httplib::SSLClient& c, const httplib::Headers& h) {
            return body ? c.Post(path.c_str(), h, *body, "application/json") : c.Get(path.c_str(), h);
        });
    }

    /// One request with retries; the caller holds callMutex. `requestId` stays the same on every try.
    httplib::Result send(const std::string& requestId, const Sender& sender)
    {
        if (!calls.client) open(calls, options.timeoutMs);
        SSL_CTX* ctx = calls.client->ssl_context();
        const long connects = SSL_CTX_sess_connect(ctx);
        const long hits = SSL_CTX_sess_hits(ctx);
        tLastCall = CallStats{};
        struct Tally {  // filled in however send() leaves
            SSL_CTX* ctx;
            long connects, hits;
            ~Tally()
            {
                tLastCall.handshakes = static_cast<int>(SSL_CTX_sess_connect(ctx) - connects);
                tLastCall.resumed = static_cast<int>(SSL_CTX_sess_hits(ctx) - hits);
            }
        } tally{ctx, connects, hits};
        httplib::Error last = httplib::Error::Unknown;
        int throttled = 0;
        bool staleRetry = false;  ///< the last try failed on a kept-alive connection: retry at once
        for (int attempt = 0; attempt < std::max(1, options.attempts); ++attempt) {
            ++tLastCall.tries;
            if (attempt > 0 && !staleRetry) std::this_thread::sleep_for(std::chrono::milliseconds(100 * attempt * attempt));
            const bool reused = dropIfExpired();
            auto h = headers();
            if (!sessionToken.empty()) h.emplace("X-Motcua-Session", sessionToken);
            if (!requestId.empty()) h.emplace("X-Request-Id", requestId);
            if (options.clientClock) h.emplace("X-Motcua-Now", std::to_string(options.clientClock()));
            auto res = sender(*calls.client, h);
            // The host's rate limit (429) refused the call and changed nothing: wait as it asks and
            // try again (a script of many CLI commands, a burst after a reconnect), a few seconds at most.
            if (res && res->status == 429) {
                noteAnswer(*res);
                if (throttled >= options.throttledTries) throw throttledTooLong(throttled);
                ++throttled;
                ++tLastCall.throttled;
                --attempt;
                std::this_thread::sleep_for(throttleWait(*res, throttled));
                continue;
            }
            if (res) {
                noteAnswer(*res);
                return res;
            }
            // The host closed the kept-alive connection as this request left (its idle timeout, a
            // restart): no backoff for that one, a fresh connection is the remedy.
            staleRetry = reused && !staleRetry;
            bool mismatch = false;
            {
                const std::lock_guard lock(calls.check->mutex);
                mismatch = calls.check->mismatch;
            }
            if (mismatch) refusePin(calls);
            last = res.error();
        }
        throw Error(ErrorCode::Busy, "Không kết nối được máy chủ " + where() + " (" + whyUnreachable(last) + ") — đang thử lại");
    }

    json answer(const httplib::Response& res)
    {
        if (res.status == 401) sessionToken.clear();  // the host ended it: the next call starts without
        if (res.status != 200) throw errorFromAnswer(res.status, res.body);
        json j = json::parse(res.body, nullptr, false);
        if (!j.is_object()) throw Error(ErrorCode::Internal, "Máy chủ trả lời không đúng dạng (không phải JSON); kiểm tra địa chỉ --server");
        return j;
    }

    // --- the change watcher -------------------------------------------------------------------

    void bump() { version.fetch_add(1); }

    void noteHostVersion(std::int64_t v)
    {
        if (v != lastHostVersion) bump();
        lastHostVersion = v;
    }

    /// Follows /v1/events until it ends or breaks; true when it was connected at all.
    bool followStream()
    {
        Connection c;
        open(c, options.streamIdleMs);
        {
            const std::lock_guard lock(watchMutex);
            if (stopping) return false;
            stream = c.client.get();
        }
        bool connected = false;
        std::string pending;
        std::string event;
        auto onLine = [&](const std::string& line) {
            if (line.empty()) {
                if (event == "changed") bump();
                event.clear();
            } else if (line.rfind("event:", 0) == 0) {
                event = line.substr(6);
                if (!event.empty() && event.front() == ' ') event.erase(0, 1);
            }
        };
        c.client->Get(
            "/v1/events", headers(),
            [&](const httplib::Response& r) {
                connected = r.status == 200;
                if (connected) bump();  // changes may have happened while no stream was up
                return connected && !stopping;
            },
            [&](const char* data, size_t size) {
                pending.append(data, size);
                for (auto nl = pending.find('\n'); nl != std::string::npos; nl = pending.find('\n')) {
                    std::string line = pending.substr(0, nl);
                    if (!line.empty() && line.back() == '\r') line.pop_back();
                    pending.erase(0, nl + 1);
                    onLine(line);
                }
                return !stopping.load();
            });
        const std::lock_guard lock(watchMutex);
        stream = nullptr;
        return connected;
    }

    /// False when the host refuses this device (revoked): then the watcher asks ten times less often.
    bool pollOnce(Connection& poll)
    {
        if (!poll.client) open(poll, std::min(options.timeoutMs, 2000));
        auto res = poll.client->Get("/v1/version", headers());
        if (res && (res->status == 401 || res->status == 403)) return false;
        if (!res || res->status != 200) return true;
        const json j = json::parse(res->body, nullptr, false);
        if (j.is_object() && j.contains("version") && j["version"].is_number_integer()) noteHostVersion(j["version"].get<std::int64_t>());
        return true;
    }

    void watch()
    {
        Connection poll;
        int backoffMs = 500;
        auto nextStream = Steady::now();
        while (!stopping) {
            if (Steady::now() >= nextStream) {
                const bool connected = followStream();
                if (stopping) break;
                backoffMs = connected ? 500 : std::min(backoffMs * 2, 8000);
                nextStream = Steady::now() + std::chrono::milliseconds(backoffMs);
            }
            const bool welcome = pollOnce(poll);
            std::unique_lock lock(watchMutex);
            wake.wait_for(lock, std::chrono::milliseconds(options.pollMs * (welcome ? 1 : 10)), [this] { return stopping.load(); });
        }
        watcherDone = true;
    }

    void stopWatcher()
    {
        if (!watcher.joinable()) return;
        {
            const std::lock_guard lock(watchMutex);
            stopping = true;
        }
        wake.notify_all();
        // stop() shuts the stream's socket down under httplib's own lock; repeated because the
        // stream may be between connecting and reading when we first try.
        while (!watcherDone) {
            {
                const std::lock_guard lock(watchMutex);
                if (stream) stream->stop();
            }
            std::this_thread::sleep_for(std::chrono::milliseconds(5));
        }
        watcher.join();
    }
};

HttpsTransport::HttpsTransport(HttpsOptions options) : m(std::make_unique<Impl>(std::move(options)))
{
    // OpenSSL writes to the socket without MSG_NOSIGNAL: a host that goes away mid-request would
    // kill the app with SIGPIPE instead of giving Busy and a retry.
    (void)std::signal(SIGPIPE, SIG_IGN);
    if (m->options.watchEvents) m->watcher = std::thread([this] { m->watch(); });
}

HttpsTransport::~HttpsTransport() { m->stopWatcher(); }

json HttpsTransport::call(const std::string& method, const json& args, bool write)
{
    const std::string id = write ? newRequestId() : std::string();
    const std::string body = args.dump();
    const std::lock_guard lock(m->callMutex);
    httplib::Result res{nullptr, httplib::Error::Unknown};
    try {
        res = m->send("/v1/call/" + method, &body, id);
    } catch (const Error&) {
        if (method == "logout") m->sessionToken.clear();
        throw;
    }
    if (method == "logout") m->sessionToken.clear();  // whatever the host answers, this device is logged out
    json j = m->answer(*res);
    if (method == "login" && j.contains("session") && j["session"].is_string()) m->sessionToken = j["session"].get<std::string>();
    if (!j.contains("result")) throw Error(ErrorCode::Internal, "Máy chủ trả lời thiếu \"result\"; máy chủ và máy này có thể khác phiên bản");
    return j["result"];
}

json HttpsTransport::upload(const std::string& method, const json& args, const std::string& bytes, bool write)
{
    const std::string id = write ? newRequestId() : std::string();
    const std::string path = "/v1/file/" + method + "?args=" + percentEncode(args.dump());
    const std::lock_guard lock(m->callMutex);
    auto res = m->send(id, [&](httplib::SSLClient& c, const httplib::Headers& h) {
        // The body leaves in pieces from the caller's bytes (no copy, no base64), its length known.
        return c.Post(
            path.c_str(), h, bytes.size(),
            [&bytes](std::size_t offset, std::size_t length, httplib::DataSink& sink) {
                return sink.write(bytes.data() + offset, std::min(length, kFileChunk));
            },
            "application/pdf");
    });
    json j = m->answer(*res);
    if (!j.contains("result")) throw Error(ErrorCode::Internal, "Máy chủ trả lời thiếu \"result\"; máy chủ và máy này có thể khác phiên bản");
    return j["result"];
}

std::string HttpsTransport::download(const std::string& method, const json& args)
{
    const std::string path = "/v1/file/" + method + "?args=" + percentEncode(args.dump());
    const std::lock_guard lock(m->callMutex);
    std::string body;
    auto res = m->send({}, [&](httplib::SSLClient& c, const httplib::Headers& h) {
        body.clear();  // a retry starts again
        return c.Get(
            path.c_str(), h, [](const httplib::Response&) { return true; },
            [&body](const char* data, std::size_t n) {
                body.append(data, n);
                return true;
            });
    });
    if (res->status != 200) {
        res->body = body;  // an error answer: small
        (void)m->answer(*res);  // throws the host's error
    }
    // The host checked the file before sending; the bytes are checked again as they arrived.
    const std::string expected = res->get_header_value("X-Content-SHA256");
    if (expected.empty() || sha256Hex(body) != expected)
        throw Error(ErrorCode::Storage, "Tệp nhận từ máy chủ " + m->where() +
                                            " không khớp mã băm đã ghi (bị hỏng trên đường truyền hoặc trên máy chủ): "
                                            "không dùng tệp này; thử lại, nếu vẫn lỗi báo quản trị viên chạy motcua audit verify");
    return body;
}

std::int64_t HttpsTransport::dataVersion() { return m->version.load(); }

json HttpsTransport::post(const std::string& path, const json& body)
{
    const std::string text = body.dump();
    const std::lock_guard lock(m->callMutex);
    auto res = m->send(path, &text, newRequestId());
    return m->answer(*res);
}

std::string HttpsTransport::probeFingerprint()
{
    const std::lock_guard lock(m->callMutex);
    (void)m->send("/v1/version", nullptr, {});
    const std::lock_guard pinLock(m->calls.check->mutex);
    return m->calls.check->seen;
}

void HttpsTransport::pin(const std::string& fingerprint)
{
    const std::lock_guard lock(m->callMutex);
    {
        const std::lock_guard pinLock(m->pinMutex);
        m->pinned = fingerprint;
    }
    if (!m->calls.client) return;
    const std::lock_guard pinLock(m->calls.check->mutex);
    m->calls.check->pin = fingerprint;
}

std::string HttpsTransport::session() const
{
    const std::lock_guard lock(m->callMutex);
    return m->sessionToken;
}

}  // namespace motcua::net
