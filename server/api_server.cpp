// The store host over httplib: the HTTPS API port, the plain public port, the store watcher that
// feeds the event streams, and the per-request log line. The request logic is host.cpp.
#include "api_server.h"

#include "domain/error.h"
#include "domain/settings.h"
#include "host.h"
#include "host_crypto.h"
#include "store/database.h"
#include "store/migrations.h"
#include "store/settings_store.h"
#include "wire_answers.h"

#include <httplib.h>
#include <fcntl.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <unistd.h>

#include <atomic>
#include <condition_variable>
#include <ctime>
#include <limits>
#include <iostream>
#include <thread>
#include <vector>

namespace motcua::server {

using nlohmann::json;

namespace {

struct RequestLog {
    std::chrono::steady_clock::time_point start;
    bool started = false;
    std::string device = "-";
    std::string user = "-";
    bool replayed = false;  ///< a retried write answered from the request record
};
thread_local RequestLog tLog;

std::mutex gLogMutex;

constexpr int kListenBacklog = 256;  ///< pending connections the kernel queues before accept()

void logLine(const httplib::Request& req, const httplib::Response& res)
{
    const auto ms = tLog.started ? std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() -
                                                                                        tLog.start)
                                       .count()
                                 : 0;
    const std::time_t t = std::time(nullptr);
    std::tm tm{};
    gmtime_r(&t, &tm);
    char when[32];
    std::strftime(when, sizeof when, "%Y-%m-%dT%H:%M:%SZ", &tm);
    // The path only (never the query), cut short: a hostile path cannot flood the log.
    std::string path = req.path.substr(0, 120);
    for (char& c : path)
        if (static_cast<unsigned char>(c) < 0x20 || c == 0x7f) c = '?';
    std::lock_guard lock(gLogMutex);
    std::cerr << when << " device=" << tLog.device << " user=" << tLog.user << " " << req.method << " " << path << " "
              << res.status << " " << ms << "ms" << (tLog.replayed ? " replay" : "") << "\n";
}

void reply(httplib::Response& res, const Answer& a)
{
    res.status = a.status;
    res.set_content(a.body, "application/json");
    if (a.retryAfterSeconds > 0) res.set_header("Retry-After", std::to_string(a.retryAfterSeconds));
    tLog.device = a.device;
    tLog.user = a.user;
    tLog.replayed = a.replayed;
}

}  // namespace

struct Server::Impl {
    ServerOptions options;
    Dispatcher dispatch;
    TlsIdentity identity;
    std::unique_ptr<Host> host;
    std::unique_ptr<httplib::SSLServer> api;
    httplib::Server pub;
    int apiPort = 0;
    int publicPort = 0;
    std::thread apiThread, publicThread, watchThread;
    bool started = false;

    std::mutex changeMutex;
    std::condition_variable changed;
    std::int64_t version = 0;  ///< under changeMutex
    bool stopping = false;     ///< under changeMutex
    std::vector<std::function<void(std::int64_t)>> listeners;
    std::vector<std::function<void()>> stoppingListeners;

    void configure(httplib::Server& s, bool isApi);
    void routes();
    using ClockCheck = std::function<std::optional<Answer>(const httplib::Request&)>;
    void fileRoutes(const ClockCheck& clock);
    void watch(store::Database& db);
    void events(const httplib::Request& req, httplib::Response& res);
};

void Server::Impl::configure(httplib::Server& s, bool isApi)
{
    const int threads = isApi ? options.threads : options.publicThreads;
    s.new_task_queue = [threads] { return new httplib::ThreadPool(static_cast<std::size_t>(threads)); };
    s.set_payload_max_length(options.maxBodyBytes);
    s.set_read_timeout(options.readTimeoutSeconds, 0);
    s.set_write_timeout(options.writeTimeoutSeconds, 0);
    // An answer leaves in several small TLS records (headers, body): with Nagle's algorithm the
    // last one waits for the client's delayed ACK, 40 ms on Linux — the median of every call.
    s.set_tcp_nodelay(true);
    // Idle connections are closed after a few seconds (see ServerOptions::apiKeepAliveSeconds).
    s.set_keep_alive_max_count(1000);
    s.set_keep_alive_timeout(isApi ? options.apiKeepAliveSeconds : options.publicKeepAliveSeconds);
    s.set_pre_routing_handler([](const httplib::Request&, httplib::Response&) {
        tLog = RequestLog{std::chrono::steady_clock::now(), true};
        return httplib::Server::HandlerResponse::Unhandled;
    });
    // Whatever httplib refuses itself (no route 404, body over the cap 413, a malformed request
    // 400) still answers in the contract's JSON; the handlers' own answers are kept.
    s.set_error_handler(httplib::Server::HandlerWithResponse([](const httplib::Request&, httplib::Response& res) {
        if (!res.body.empty()) return httplib::Server::HandlerResponse::Unhandled;
        const ErrorCode code = res.status == 404 ? ErrorCode::NotFound : res.status >= 500 ? ErrorCode::Internal : ErrorCode::InvalidInput;
        const char* message = res.status == 404   ? "Không có địa chỉ này trên máy chủ"
                              : res.status == 413 ? "Yêu cầu quá lớn, máy chủ không nhận"
                              : res.status >= 500 ? "Máy chủ gặp lỗi không mong đợi; chưa có gì thay đổi"
                                                  : "Yêu cầu không hợp lệ";
        res.set_content(errorJson(code, message).dump(), "application/json");
        return httplib::Server::HandlerResponse::Handled;
    }));
    s.set_exception_handler([](const httplib::Request& req, httplib::Response& res, std::exception_ptr ep) {
        try {
            if (ep) std::rethrow_exception(ep);
        } catch (const std::exception& e) {
            std::cerr << "motcua serve: " << req.path.substr(0, 120) << ": " << e.what() << "\n";
        } catch (...) {
        }
        res.status = 500;
        res.set_content(errorJson(ErrorCode::Internal, "Máy chủ gặp lỗi không mong đợi; chưa có gì thay đổi").dump(),
                        "application/json");
    });
    if (options.logRequests) s.set_logger(logLine);
}

void Server::Impl::routes()
{
    // X-Motcua-Now (a test's fixed clock, `motcua --server … --now`): honoured only by a host
    // started with --trust-client-clock, refused by any other, so nobody believes it took effect.
    auto clock = [this](const httplib::Request& req) -> std::optional<Answer> {
        setRequestClock(std::nullopt);
        if (!req.has_header("X-Motcua-Now")) return std::nullopt;
        Answer refused;
        if (!options.trustClientClock) {
            refused.status = 403;
            refused.body = errorJson(ErrorCode::Forbidden,
                                     "Máy chủ không nhận giờ do máy trạm đặt (--now): chỉ máy chủ chạy để kiểm thử với "
                                     "--trust-client-clock mới nhận; bỏ --now để dùng giờ của máy chủ")
                               .dump();
            return refused;
        }
        const std::string text = req.get_header_value("X-Motcua-Now");
        if (text.empty() || text.size() > 12 || text.find_first_not_of("0123456789") != std::string::npos) {
            refused.status = 400;
            refused.body = errorJson(ErrorCode::InvalidInput, "X-Motcua-Now phải là số giây kể từ 1970 (UTC)").dump();
            return refused;
        }
        setRequestClock(std::stoll(text));
        return std::nullopt;
    };
    api->Post("/v1/enroll", [this](const httplib::Request& req, httplib::Response& res) { reply(res, host->enroll(req.body, req.get_header_value("X-Request-Id"))); });
    api->Post(R"(/v1/call/([A-Za-z]{1,64}))", [this, clock](const httplib::Request& req, httplib::Response& res) {
        if (auto refused = clock(req)) return reply(res, *refused);
        CallRequest r{req.get_header_value("Authorization"), req.get_header_value("X-Motcua-Session"),
                      req.get_header_value("X-Request-Id"),  "", req.matches[1].str(), req.body};
        reply(res, host->call(r));
        setRequestClock(std::nullopt);
    });
    api->Get("/v1/version", [this](const httplib::Request& req, httplib::Response& res) {
        Answer who;
        if (auto refused = host->checkDevice(req.get_header_value("Authorization"), who)) return reply(res, *refused);
        std::lock_guard lock(changeMutex);
        who.body = json{{"version", version}}.dump();
        reply(res, who);
    });
    api->Get("/v1/events", [this](const httplib::Request& req, httplib::Response& res) { events(req, res); });
    fileRoutes(clock);
}

namespace {

/// A refused upload's body is read and thrown away (never kept) so the client, still sending,
/// gets to read the answer — but only for an enrolled device and up to this much; otherwise the
/// connection is closed unread.
constexpr std::uint64_t kDrainLimit = 256ULL * 1024 * 1024;

std::uint64_t contentLength(const httplib::Request& req)
{
    const std::string text = req.get_header_value("Content-Length");
    if (text.empty() || text.size() > 19 || text.find_first_not_of("0123456789") != std::string::npos)
        return std::numeric_limits<std::uint64_t>::max();
    return std::stoull(text);
}

void refuseUpload(const httplib::Request& req, httplib::Response& res, const httplib::ContentReader& reader, const Answer& a)
{
    const bool known = a.device != "-";
    if (known && !req.has_header("Transfer-Encoding") && contentLength(req) <= kDrainLimit)
        reader([](const char*, std::size_t) { return true; });
    else
        res.set_header("Connection", "close");
    reply(res, a);
}

/// An open file sent in pieces and closed when httplib is done with it.
struct OpenFile {
    int fd = -1;
    ~OpenFile()
    {
        if (fd >= 0) ::close(fd);
    }
};

}  // namespace

void Server::Impl::fileRoutes(const ClockCheck& clock)
{
    // POST /v1/file/attach?args=…: the body is the PDF, read only once the caller may send it.
    api->Post(R"(/v1/file/([A-Za-z]{1,64}))", [this, clock](const httplib::Request& req, httplib::Response& res,
                                                           const httplib::ContentReader& reader) {
        struct ClockReset {
            ~ClockReset() { setRequestClock(std::nullopt); }
        } clockReset;
        if (auto refused = clock(req)) return refuseUpload(req, res, reader, *refused);
        const CallRequest r{req.get_header_value("Authorization"), req.get_header_value("X-Motcua-Session"),
                            req.get_header_value("X-Request-Id"), "", req.matches[1].str(), req.get_param_value("args")};
        std::unique_ptr<Host::Upload> up;
        if (auto refused = host->beginUpload(r, up)) return refuseUpload(req, res, reader, *refused);
        if (req.has_header("Transfer-Encoding") || !req.has_header("Content-Length")) {
            Answer a = refuse(Answer{}, ErrorCode::InvalidInput, "Tệp gửi lên phải có độ dài (Content-Length), không gửi theo từng khúc", 411);
            res.set_header("Connection", "close");
            return reply(res, a);
        }
        if (contentLength(req) > static_cast<std::uint64_t>(host->uploadLimit(*up)))
            return refuseUpload(req, res, reader, host->uploadStopped(*up));  // nothing written
        bool stopped = false;
        const bool whole = reader([&](const char* data, std::size_t n) {
            stopped = !host->receiveUpload(*up, data, n);
            return !stopped;
        });
        if (whole) return reply(res, host->finishUpload(*up));
        res.set_header("Connection", "close");
        if (stopped) return reply(res, host->uploadStopped(*up));  // over the limit, or the disk refused
        // The client went away mid-body: the temporary goes with `up`, nobody reads this answer.
        reply(res, refuse(Answer{}, ErrorCode::InvalidInput, "Tệp gửi lên bị ngắt giữa chừng: chưa có gì được lưu; gửi lại"));
    });
    // GET /v1/file/attachmentContent?args=…: the PDF itself, its SHA-256 in X-Content-SHA256.
    api->Get(R"(/v1/file/([A-Za-z]{1,64}))", [this, clock](const httplib::Request& req, httplib::Response& res) {
        struct ClockReset {
            ~ClockReset() { setRequestClock(std::nullopt); }
        } clockReset;
        if (auto refused = clock(req)) return reply(res, *refused);
        const CallRequest r{req.get_header_value("Authorization"), req.get_header_value("X-Motcua-Session"), "", "",
                            req.matches[1].str(), req.get_param_value("args")};
        Host::Download f;
        Answer who;
        if (auto refused = host->beginDownload(r, f, who)) return reply(res, *refused);
        auto file = std::make_shared<OpenFile>();
        file->fd = ::open(f.path.c_str(), O_RDONLY | O_CLOEXEC);
        struct stat st {};
        if (file->fd < 0 || ::fstat(file->fd, &st) != 0)
            return reply(res, refuse(who, ErrorCode::NotFound, "Tệp số hoá vừa bị xoá khỏi máy chủ; báo quản trị viên"));
        tLog.device = who.device;
        tLog.user = who.user;
        res.set_header("X-Content-SHA256", f.sha256);
        res.set_content_provider(static_cast<std::size_t>(st.st_size), "application/pdf",
                                 [file](std::size_t offset, std::size_t length, httplib::DataSink& sink) {
                                     char buf[64 * 1024];
                                     const auto n = ::pread(file->fd, buf, std::min(length, sizeof buf), static_cast<off_t>(offset));
                                     return n > 0 && sink.write(buf, static_cast<std::size_t>(n));
                                 });
    });
}

void Server::Impl::events(const httplib::Request& req, httplib::Response& res)
{
    Answer who;
    if (auto refused = host->checkDevice(req.get_header_value("Authorization"), who)) return reply(res, *refused);
    tLog.device = who.device;
    res.set_header("Cache-Control", "no-cache");
    auto last = std::make_shared<std::int64_t>(-1);
    res.set_chunked_content_provider("text/event-stream", [this, last](std::size_t, httplib::DataSink& sink) {
        std::unique_lock lock(changeMutex);
        const bool woke = changed.wait_for(lock, *last < 0 ? std::chrono::milliseconds(0) : options.pingInterval,
                                           [&] { return stopping || version != *last; });
        if (stopping) {
            sink.done();
            return true;
        }
        std::string text;
        if (woke || *last < 0) {
            *last = version;
            text = "event: changed\ndata: {\"version\": " + std::to_string(version) + "}\n\n";
        } else {
            text = ": ping\n\n";
        }
        lock.unlock();
        return sink.write(text.data(), text.size());
    });
}

void Server::Impl::watch(store::Database& db)
{
    std::int64_t seen = db.dataVersion();
    auto swept = std::chrono::steady_clock::now();
    for (;;) {
        {
            std::unique_lock lock(changeMutex);
            if (changed.wait_for(lock, options.watchInterval, [&] { return stopping; })) return;
        }
        if (std::chrono::steady_clock::now() - swept >= options.sessionSweepInterval) {
            swept = std::chrono::steady_clock::now();
            try {
                (void)host->endExpiredSessions();
            } catch (const Error& e) {
                std::cerr << "motcua serve: kết thúc phiên hết hạn: " << e.what() << "\n";
            }
        }
        std::int64_t v = 0;
        double idle = 30;
        try {
            v = db.dataVersion();
            if (v == seen) continue;
            store::Transaction tx(db, store::Transaction::Kind::Deferred);
            idle = domain::settingNumber(store::getSetting(db, "session.idle_minutes"));
            tx.commit();
        } catch (const Error& e) {
            std::cerr << "motcua serve: theo dõi cơ sở dữ liệu: " << e.what() << "\n";
            continue;
        }
        seen = v;
        host->setIdleMinutes(idle);
        std::vector<std::function<void(std::int64_t)>> toCall;
        std::int64_t now = 0;
        {
            std::lock_guard lock(changeMutex);
            now = ++version;
            toCall = listeners;
        }
        changed.notify_all();
        for (const auto& l : toCall) l(now);
    }
}

Server::Server(ServerOptions options, Dispatcher dispatch) : m_impl(std::make_unique<Impl>())
{
    m_impl->options = std::move(options);
    m_impl->dispatch = std::move(dispatch);
    if (m_impl->options.dataDir.empty()) m_impl->options.dataDir = defaultDataDir(m_impl->options.dbPath);
}

Server::~Server() { stop(); }

void Server::start()
{
    Impl& m = *m_impl;
    if (m.started) return;
    {
        std::lock_guard lock(m.changeMutex);
        m.stopping = false;
    }
    auto watchDb = std::make_shared<store::Database>(m.options.dbPath, store::OpenMode::ExistingReadWrite, 10000);
    store::requireCurrentSchema(*watchDb);  // before anything is created beside the store
    m.identity = loadOrCreateIdentity(m.options.dataDir);
    m.host = std::make_unique<Host>(m.options, m.dispatch, m.identity.fingerprint);
    {
        store::Transaction tx(*watchDb, store::Transaction::Kind::Deferred);
        m.host->setIdleMinutes(domain::settingNumber(store::getSetting(*watchDb, "session.idle_minutes")));
        tx.commit();
    }
    m.api = std::make_unique<httplib::SSLServer>(m.identity.certPath.c_str(), m.identity.keyPath.c_str());
    if (!m.api->is_valid()) throw Error(ErrorCode::Storage, "Không nạp được chứng chỉ TLS trong " + m.options.dataDir);
    m.configure(*m.api, true);
    m.configure(m.pub, false);
    m.routes();
    auto bind = [](httplib::Server& s, const std::string& host, int port) {
        int listening = -1;  // the socket httplib binds: the last one its options were set on
        s.set_socket_options([&listening](int sock) {
            httplib::default_socket_options(sock);
            listening = sock;
        });
        const int bound = port == 0 ? s.bind_to_any_port(host) : (s.bind_to_port(host, port) ? port : -1);
        if (bound <= 0)
            throw Error(ErrorCode::InvalidInput, "Không mở được cổng " + host + ":" + std::to_string(port) +
                                                     " (đang được dùng hoặc địa chỉ sai)");
        // httplib listens with a backlog of 5: when 40 counters reconnect at once (the host's
        // restart, the morning's start) the kernel drops the surplus SYNs and those clients wait
        // for TCP's 1-s retransmission — the call-next maximum of every bench run. Linux lets a
        // second listen() on the same socket raise the backlog.
        if (listening >= 0) ::listen(listening, kListenBacklog);
        return bound;
    };
    m.apiPort = bind(*m.api, m.options.apiHost, m.options.apiPort);
    m.publicPort = bind(m.pub, m.options.publicHost, m.options.publicPort);
    m.apiThread = std::thread([&m] { m.api->listen_after_bind(); });
    m.publicThread = std::thread([&m] { m.pub.listen_after_bind(); });
    m.watchThread = std::thread([&m, watchDb] { m.watch(*watchDb); });
    // httplib's stop() does nothing to a server whose listen loop has not begun: wait for both, so
    // a stop right after start cannot leave a loop running for ever.
    while (!m.api->is_running() || !m.pub.is_running()) std::this_thread::sleep_for(std::chrono::milliseconds(1));
    m.started = true;
}

void Server::stop()
{
    Impl& m = *m_impl;
    if (!m.started) return;
    m.started = false;
    for (const auto& l : m.stoppingListeners) l();
    {
        std::lock_guard lock(m.changeMutex);
        m.stopping = true;
    }
    m.changed.notify_all();
    m.api->stop();
    m.pub.stop();
    m.apiThread.join();
    m.publicThread.join();
    m.watchThread.join();
    m.host.reset();  // closes every Desk and the host's connection
}

int Server::apiPort() const { return m_impl->apiPort; }
int Server::publicPort() const { return m_impl->publicPort; }
const std::string& Server::fingerprint() const { return m_impl->identity.fingerprint; }
httplib::Server& Server::publicHttp() { return m_impl->pub; }
void Server::onChange(std::function<void(std::int64_t)> listener)
{
    std::lock_guard lock(m_impl->changeMutex);
    m_impl->listeners.push_back(std::move(listener));
}
void Server::onStopping(std::function<void()> listener) { m_impl->stoppingListeners.push_back(std::move(listener)); }

}  // namespace motcua::server
