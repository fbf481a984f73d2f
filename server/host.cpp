#include "host.h"

#include "devices.h"
#include "domain/error.h"
#include "host_crypto.h"
#include "net/desk_rpc.h"
#include "store/host_store.h"
#include "store/staff_store.h"
#include "wire_answers.h"

#include <cctype>
#include <algorithm>
#include <cmath>
#include <iostream>
#include <utility>
#include <vector>

namespace motcua::server {

using nlohmann::json;

namespace {

thread_local std::optional<service::Instant> tRequestClock;

Answer unauthenticated(Answer who, const std::string& message)
{
    who.status = 401;
    who.body = json{{"error", {{"code", "unauthenticated"}, {"message", message}}}}.dump();
    return who;
}

const char* kNoDevice = "Máy này chưa được đăng ký hoặc đã bị thu hồi; hãy đăng ký lại bằng mã từ máy chủ (motcua device add)";
const char* kSessionOver = "Phiên làm việc đã hết, đăng nhập lại";
const char* kNeedLogin = "Cần đăng nhập trước khi thực hiện thao tác này";

bool isRequestId(const std::string& id)
{
    if (id.size() != 32) return false;
    for (char c : id)
        if (!std::isxdigit(static_cast<unsigned char>(c))) return false;
    return true;
}

}  // namespace

Answer refuse(Answer who, ErrorCode code, const std::string& message, int status)
{
    who.status = status ? status : statusOf(code);
    who.body = errorJson(code, message).dump();
    return who;
}

Answer answerFor(const Error& e, const std::string& method, Answer who)
{
    const auto safe = safeAnswer(e);
    if (safe.logDetail) std::cerr << "motcua serve: " << method << ": " << errorCodeName(e.code()) << ": " << e.what() << "\n";
    who.status = safe.status;
    who.body = safe.body.dump();
    return who;
}

void setRequestClock(std::optional<service::Instant> t) { tRequestClock = t; }

struct Host::Session {
    std::string tokenHash;
    std::int64_t deviceId = 0;
    std::string username;
    service::Instant endsAt = 0;
    service::Instant lastSeen = 0;  ///< under desk.mutex
    bool ended = false;             ///< under the sessions mutex
    LockedDesk desk;
};

Host::Host(const ServerOptions& options, Dispatcher dispatch, std::string fingerprint)
    : m_options(options), m_dispatch(std::move(dispatch)), m_fingerprint(std::move(fingerprint))
{
    m_hostDb = std::make_unique<store::Database>(m_options.dbPath, store::OpenMode::ExistingReadWrite, 10000);
    // A write's request id is committed in the Desk's own FULL transaction; its answer, stored
    // just after, need not wait for a second fsync. A power cut may lose that answer row (never
    // the write): the retry then gets "done, but the answer was lost" (409), not a second ticket.
    // The next FULL commit of any connection carries it to the disk anyway (one WAL file).
    m_answersDb = std::make_unique<store::Database>(m_options.dbPath, store::OpenMode::ExistingReadWrite, 10000);
    m_answersDb->relaxDurability();
    m_anonymous.desk = openDesk();
    m_kiosk.desk = openDesk();
    // A client retries for seconds; a week of request ids is plenty.
    store::Transaction tx(*m_hostDb);
    store::pruneRequests(*m_hostDb, now() - 7 * 24 * 3600);
    tx.commit();
}

Host::~Host() = default;

service::Instant Host::now() const { return tRequestClock ? *tRequestClock : m_options.clock(); }

service::Instant Host::hostNow() const { return m_options.clock(); }

std::unique_ptr<service::SqliteDesk> Host::openDesk()
{
    service::DeskOptions o;
    o.clock = [base = m_options.clock] { return tRequestClock ? *tRequestClock : base(); };
    o.migrate = false;
    return std::make_unique<service::SqliteDesk>(m_options.dbPath, o);
}

void Host::setIdleMinutes(double minutes)
{
    std::lock_guard lock(m_sessionsMutex);
    m_idleMinutes = minutes;
}

int Host::endExpiredSessions()
{
    const service::Instant t = m_options.clock();
    std::vector<std::pair<std::string, service::Instant>> over;  // token hash, when it expired
    {
        std::lock_guard lock(m_sessionsMutex);
        const auto idle = static_cast<service::Instant>(m_idleMinutes * 60);
        for (auto& [hash, s] : m_sessions) {
            if (t < s->endsAt && t - s->lastSeen <= idle) continue;
            s->ended = true;  // refused from now on, before the store says so
            over.emplace_back(hash, std::min(s->endsAt, s->lastSeen + idle));
        }
    }
    int ended = 0;
    {
        std::lock_guard lock(m_hostMutex);
        store::Transaction tx(*m_hostDb);
        for (const auto& [hash, at] : over) {
            store::endSession(*m_hostDb, hash, at);
            ended += m_hostDb->changes();
        }
        ended += store::endSessionsPast(*m_hostDb, t);  // rows no request has reopened since a restart
        tx.commit();
    }
    // Forgotten only once the store says ended: a request in between cannot reopen the row.
    std::lock_guard lock(m_sessionsMutex);
    for (const auto& entry : over) m_sessions.erase(entry.first);
    return ended;
}

std::optional<Host::Device> Host::device(const std::string& authorization)
{
    constexpr std::string_view kPrefix = "Device ";
    if (authorization.size() <= kPrefix.size() || authorization.compare(0, kPrefix.size(), kPrefix) != 0 ||
        authorization.size() > 200)
        return std::nullopt;
    const std::string hash = sha256Hex(authorization.substr(kPrefix.size()));
    std::lock_guard lock(m_hostMutex);
    store::Transaction tx(*m_hostDb, store::Transaction::Kind::Deferred);
    const auto row = store::findDeviceByToken(*m_hostDb, hash);
    tx.commit();
    if (!row || row->revoked) return std::nullopt;
    return Device{row->id, row->kind};
}

bool Host::allowRate(std::int64_t key, int& retryAfter)
{
    const auto t = std::chrono::steady_clock::now();
    std::lock_guard lock(m_rateMutex);
    auto [it, fresh] = m_buckets.try_emplace(key, Bucket{m_options.burst, t});
    Bucket& b = it->second;
    if (!fresh) {
        const double dt = std::chrono::duration<double>(t - b.at).count();
        b.tokens = std::min(m_options.burst, b.tokens + dt * m_options.requestsPerSecond);
        b.at = t;
    }
    if (b.tokens >= 1) {
        b.tokens -= 1;
        return true;
    }
    retryAfter = static_cast<int>(std::ceil((1 - b.tokens) / m_options.requestsPerSecond));
    retryAfter = std::max(retryAfter, 1);
    return false;
}

std::optional<Answer> Host::checkDevice(const std::string& authorization, Answer& who)
{
    Device d;
    return authorise(authorization, who, d);
}

std::optional<Answer> Host::authorise(const std::string& authorization, Answer& who, Device& out)
{
    const auto d = device(authorization);
    if (!d) return unauthenticated(who, kNoDevice);
    out = *d;
    who.device = std::to_string(d->id);
    int retry = 0;
    if (!allowRate(d->id, retry)) {
        Answer a = refuse(who, ErrorCode::Busy, "Quá nhiều yêu cầu từ máy này; thử lại sau giây lát", 429);
        a.retryAfterSeconds = retry;
        return a;
    }
    return std::nullopt;
}

std::shared_ptr<Host::Session> Host::session(const std::string& token, const Device& d)
{
    if (token.empty() || token.size() > 200) return nullptr;
    const std::string hash = sha256Hex(token);
    const service::Instant t = hostNow();
    std::shared_ptr<Session> s;
    {
        std::lock_guard lock(m_sessionsMutex);
        if (auto it = m_sessions.find(hash); it != m_sessions.end()) s = it->second;
        if (s && (s->ended || s->deviceId != d.id)) return nullptr;
    }
    if (!s) {
        // After a restart: the session row survives, the Desk is opened again as its user.
        std::optional<store::SessionRow> row;
        {
            std::lock_guard lock(m_hostMutex);
            store::Transaction tx(*m_hostDb, store::Transaction::Kind::Deferred);
            row = store::findOpenSession(*m_hostDb, hash);
            tx.commit();
        }
        if (!row || row->deviceId != d.id || t >= row->endsAt) return nullptr;
        auto fresh = std::make_shared<Session>();
        fresh->tokenHash = hash;
        fresh->deviceId = d.id;
        fresh->username = row->username;
        fresh->endsAt = row->endsAt;
        fresh->lastSeen = t;
        fresh->desk.desk = openDesk();
        fresh->desk.desk->actAs(row->username);
        std::lock_guard lock(m_sessionsMutex);
        s = m_sessions.try_emplace(hash, std::move(fresh)).first->second;
    }
    std::lock_guard deskLock(s->desk.mutex);
    std::lock_guard lock(m_sessionsMutex);
    if (s->ended || t >= s->endsAt || t - s->lastSeen > static_cast<service::Instant>(m_idleMinutes * 60)) {
        // Ended in memory only: a refused request never writes. The watcher's endExpiredSessions
        // marks the row ended by the host's clock.
        s->ended = true;
        return nullptr;
    }
    s->lastSeen = t;
    return s;
}

LockedDesk& Host::kioskDesk()
{
    // Caller holds m_kiosk.mutex. The kiosk account may be created after the host started.
    if (!m_kiosk.desk->currentUser()) {
        std::string username;
        {
            std::lock_guard lock(m_hostMutex);
            store::Transaction tx(*m_hostDb, store::Transaction::Kind::Deferred);
            for (const auto& m : store::listStaff(*m_hostDb))
                if (m.active && m.role == domain::Role::Kiosk) {
                    username = m.username;
                    break;
                }
            tx.commit();
        }
        if (username.empty())
            throw Error(ErrorCode::Forbidden, "Chưa có tài khoản ki-ốt trong cơ sở dữ liệu; quản trị viên cần tạo một tài khoản vai trò ki-ốt");
        m_kiosk.desk->actAs(username);
    }
    return m_kiosk;
}

std::optional<Answer> Host::admit(const CallRequest& r, Admitted& a)
{
    if (auto refused = authorise(r.authorization, a.who, a.device)) return *refused;
    a.spec = net::findDeskMethod(r.method);
    if (!a.spec) return refuse(a.who, ErrorCode::NotFound, "Không có lệnh \"" + r.method + "\" trên máy chủ");
    if (a.spec->access == net::Access::HostOnly)
        return refuse(a.who, ErrorCode::Forbidden, "Thao tác này chỉ làm được trên chính máy chủ (motcua --db …)");
    a.args = r.body.empty() ? json::object() : json::parse(r.body, nullptr, false);
    if (a.args.is_discarded() || !a.args.is_object())
        return refuse(a.who, ErrorCode::InvalidInput, "Nội dung yêu cầu phải là một đối tượng JSON hợp lệ");
    if (a.spec->write && !isRequestId(r.requestId))
        return refuse(a.who, ErrorCode::InvalidInput, "Thiếu hoặc sai mã yêu cầu X-Request-Id (32 chữ số hex) cho thao tác ghi");
    if (!r.session.empty()) {
        a.session = session(r.session, a.device);
        if (!a.session) return unauthenticated(a.who, kSessionOver);
        a.who.user = a.session->username;
    }
    return std::nullopt;
}

std::optional<Answer> Host::chooseDesk(const std::string& method, Admitted& a)
{
    using net::Access;
    const Device& d = a.device;
    const Access access = a.spec->access;
    const bool staffDevice = d.kind == "counter" || d.kind == "cli";
    if (a.session && d.kind != "wall" && (access != Access::Staff || staffDevice)) a.desk = &a.session->desk;
    else if (a.session || d.kind == "wall") {
        if (access == Access::Open || access == Access::Wall) a.desk = &m_anonymous;
    } else if (d.kind == "kiosk") {
        if (access != Access::Staff) a.desk = &m_kiosk;
    } else if (access == Access::Open || (staffDevice && access == Access::Wall)) a.desk = &m_anonymous;
    else return unauthenticated(a.who, kNeedLogin);
    if (!a.desk)
        return refuse(a.who, ErrorCode::Forbidden, "Loại máy này (" + d.kind + ") không được phép thực hiện \"" + method + "\"");
    return std::nullopt;
}

Answer Host::call(const CallRequest& r)
{
    Admitted a;
    if (auto refused = admit(r, a)) return *refused;
    if (r.method == "login") {
        if (a.device.kind == "wall") return refuse(a.who, ErrorCode::Forbidden, "Màn hình chờ không đăng nhập tài khoản cán bộ");
        return login(a.device, a.args, a.who);
    }
    if (r.method == "logout") return logout(r.session, a.who);
    if (auto refused = chooseDesk(r.method, a)) return *refused;
    return run(*a.desk, a.device, r.method, a.spec->write, r.requestId,
               [&](service::SqliteDesk& desk) { return m_dispatch(desk, r.method, a.args); }, a.who);
}

std::optional<Answer> Host::storedAnswer(const Device& d, const std::string& requestId, Answer who)
{
    std::optional<store::StoredAnswer> stored;
    {
        std::lock_guard lock(m_answersMutex);
        store::Transaction tx(*m_answersDb, store::Transaction::Kind::Deferred);
        stored = store::findRequest(*m_answersDb, d.id, requestId);
        tx.commit();
    }
    if (!stored) return std::nullopt;
    if (stored->status) {
        who.status = *stored->status;
        who.body = stored->body;
        who.replayed = true;
        return who;
    }
    return refuse(who, ErrorCode::Conflict, "Yêu cầu này đã được thực hiện nhưng câu trả lời bị mất; hãy tải lại để xem kết quả");
}

service::SqliteDesk& Host::deskOf(LockedDesk& locked)
{
    // Caller holds locked.mutex.
    return &locked == &m_kiosk ? *kioskDesk().desk : *locked.desk;
}

Answer Host::run(LockedDesk& locked, const Device& d, const std::string& method, bool write, const std::string& requestId,
                 const Action& action, Answer who)
{
    std::lock_guard deskLock(locked.mutex);
    try {
        service::SqliteDesk& desk = deskOf(locked);
        if (who.user == "-")
            if (const auto u = desk.currentUser()) who.user = u->username;
        if (write)
            if (auto again = storedAnswer(d, requestId, who)) return *again;
        // The request id joins the Desk's own write transaction (store::CommitHook): a host killed
        // after that commit still knows the request ran.
        bool recorded = false;
        const service::Instant t = now();
        if (write)
            desk.database().setCommitHook({[&](store::Database& db) { store::insertRequest(db, d.id, requestId, method, t); },
                                           [&] { recorded = true; }});
        struct Unhook {
            store::Database& db;
            bool on;
            ~Unhook()
            {
                if (on) db.setCommitHook({});
            }
        } unhook{desk.database(), write};
        try {
            who.body = json{{"result", action(desk)}}.dump();
            who.status = 200;
        } catch (const Error& e) {
            who = answerFor(e, method, who);
            if (!recorded) return who;  // nothing was written: a retry runs again
        } catch (const std::exception& e) {  // the codec's own (nlohmann) errors
            who = answerFor(Error(ErrorCode::Internal, e.what()), method, who);
            if (!recorded) return who;
        }
        if (write) {
            std::lock_guard lock(m_answersMutex);
            store::Transaction tx(*m_answersDb);
            store::storeAnswer(*m_answersDb, d.id, requestId, method, t, who.status, who.body);
            tx.commit();
        }
        return who;
    } catch (const Error& e) {
        return answerFor(e, method, who);
    }
}

Answer Host::login(const Device& d, const json& args, Answer who)
{
    try {
        auto fresh = std::make_shared<Session>();
        fresh->desk.desk = openDesk();
        json loginArgs = args;
        // A counter PC says which counter it is with its log-in (Desk::serveCounter): the session's
        // drafts and the account's one-counter rule (session.second_login) follow it.
        if (const auto counter = loginArgs.find("counter"); counter != loginArgs.end()) {
            if (!counter->is_number_integer() || d.kind != "counter")
                throw Error(ErrorCode::InvalidInput, "Số quầy gửi kèm đăng nhập không hợp lệ");
            fresh->desk.desk->serveCounter(counter->get<int>());
            loginArgs.erase(counter);
        }
        // Not replayed from the request table: the answer carries a session token, never stored in clear.
        const json result = m_dispatch(*fresh->desk.desk, "login", loginArgs);
        const auto user = fresh->desk.desk->currentUser();
        if (!user) throw Error(ErrorCode::Internal, "login without a user");
        const std::string token = randomHex(32);
        const service::Instant t = hostNow();
        fresh->tokenHash = sha256Hex(token);
        fresh->deviceId = d.id;
        fresh->username = user->username;
        fresh->lastSeen = t;
        fresh->endsAt = domain::fromLocal(domain::localDate(t).addDays(1), 0);
        {
            std::lock_guard lock(m_hostMutex);
            store::Transaction tx(*m_hostDb);
            store::insertSession(*m_hostDb, {fresh->tokenHash, d.id, user->username, t, fresh->endsAt});
            tx.commit();
        }
        {
            std::lock_guard lock(m_sessionsMutex);
            m_sessions.emplace(fresh->tokenHash, fresh);
        }
        who.user = user->username;
        who.status = 200;
        who.body = json{{"result", result}, {"session", token}}.dump();
        return who;
    } catch (const Error& e) {
        return answerFor(e, "login", who);
    }
}

Answer Host::logout(const std::string& token, Answer who)
{
    who.status = 200;
    who.body = json{{"result", nullptr}}.dump();
    if (token.empty()) return who;  // no session: nothing to end
    const std::string hash = sha256Hex(token);
    std::shared_ptr<Session> s;
    {
        std::lock_guard lock(m_sessionsMutex);
        if (auto it = m_sessions.find(hash); it != m_sessions.end()) {
            s = it->second;
            s->ended = true;
            m_sessions.erase(it);
        }
    }
    try {
        if (s) {
            std::lock_guard deskLock(s->desk.mutex);
            s->desk.desk->logout();
        }
        std::lock_guard lock(m_hostMutex);
        store::Transaction tx(*m_hostDb);
        store::endSession(*m_hostDb, hash, hostNow());
        tx.commit();
    } catch (const Error& e) {
        return answerFor(e, "logout", who);
    }
    return who;
}

namespace {
constexpr auto kEnrolReplayWindow = std::chrono::minutes(10);
constexpr std::size_t kEnrolReplaysKept = 64;
}  // namespace

Answer Host::enroll(const std::string& body, const std::string& requestId)
{
    Answer who;
    int retry = 0;
    if (!allowRate(-1, retry)) {
        Answer a = refuse(who, ErrorCode::Busy, "Quá nhiều yêu cầu đăng ký; thử lại sau giây lát", 429);
        a.retryAfterSeconds = retry;
        return a;
    }
    const json args = json::parse(body, nullptr, false);
    if (args.is_discarded() || !args.is_object() || !args.contains("code") || !args.at("code").is_string() ||
        !args.contains("proof") || !args.at("proof").is_string())
        return refuse(who, ErrorCode::InvalidInput, "Yêu cầu đăng ký phải có \"code\" và \"proof\" dạng chuỗi ký tự");
    try {
        std::lock_guard lock(m_hostMutex);
        // A lost answer must not burn the one-time code: the same request (id, code and proof,
        // which only the client that sent it knows) gets the same answer for a few minutes.
        const auto t = std::chrono::steady_clock::now();
        std::erase_if(m_enrolReplays, [&](const EnrolReplay& r) { return t - r.at > kEnrolReplayWindow; });
        const bool replayable = !requestId.empty() && requestId.size() <= 64;
        const std::string key = requestId + '\n' + args.at("code").get<std::string>() + '\n' + args.at("proof").get<std::string>();
        if (replayable) {
            for (const auto& r : m_enrolReplays) {
                if (r.key != key) continue;
                Answer again = r.answer;
                again.replayed = true;
                return again;
            }
        }
        const auto e = server::enroll(*m_hostDb, args.at("code").get<std::string>(), args.at("proof").get<std::string>(),
                                      m_fingerprint, now());
        who.device = std::to_string(e.device);
        who.body = json{{"device", e.device}, {"token", e.token}, {"kind", e.kind}, {"name", e.name}, {"proof", e.proof}}.dump();
        if (replayable) {
            if (m_enrolReplays.size() >= kEnrolReplaysKept) m_enrolReplays.erase(m_enrolReplays.begin());
            m_enrolReplays.push_back({key, who, t});
        }
        return who;
    } catch (const Error& e) {
        return answerFor(e, "enroll", who);
    }
}

}  // namespace motcua::server
