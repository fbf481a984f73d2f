// The store host's request logic, without HTTP (server/api_server.cpp carries it over httplib):
// who is calling (device token, staff session), may they (MethodSpec::access and the device's
// kind), which Desk runs the call, and the request-id record that makes a retried write return
// its first answer (docs/network-protocol.md).
#pragma once

#include "api_server.h"
#include "domain/error.h"
#include "net/desk_rpc.h"
#include "service/sqlite_desk.h"
#include "store/incoming_file.h"
#include "store/database.h"

#include <cstddef>
#include <cstdint>
#include <functional>
#include <map>
#include <vector>
#include <memory>
#include <mutex>
#include <optional>
#include <string>

namespace motcua::server {

/// What the HTTP layer hands over from one request.
struct CallRequest {
    std::string authorization;  ///< "Device <token>"
    std::string session;        ///< X-Motcua-Session
    std::string requestId;      ///< X-Request-Id
    std::string clientNow;      ///< X-Motcua-Now (only with trustClientClock)
    std::string method;         ///< the Desk method's name from the route
    std::string body;
};

struct Answer {
    int status = 200;
    std::string body;  ///< JSON
    int retryAfterSeconds = 0;
    std::string device = "-";  ///< for the log line
    std::string user = "-";
    bool replayed = false;  ///< the first answer to a retried write (logged as "replay")
};

/// A Desk and the lock that serialises the calls on it (one SQLite connection).
struct LockedDesk {
    std::mutex mutex;
    std::unique_ptr<service::SqliteDesk> desk;
};

class Host {
public:
    Host(const ServerOptions& options, Dispatcher dispatch, std::string fingerprint);
    ~Host();

    [[nodiscard]] Answer call(const CallRequest& request);
    /// POST /v1/enroll. A retry with the same X-Request-Id, code and proof within a few minutes
    /// gets the first answer again (the code is spent by the first; its answer may have been lost).
    [[nodiscard]] Answer enroll(const std::string& body, const std::string& requestId = "");
    /// For /v1/version and /v1/events: a device token check only (401 answer, or nullopt).
    [[nodiscard]] std::optional<Answer> checkDevice(const std::string& authorization, Answer& who);

    /// The store's idle-session limit, refreshed by the watcher after each commit.
    void setIdleMinutes(double minutes);
    /// Marks ended in the store (host_sessions.ended_at) every session idle or past its end of day
    /// by the host's clock, at the moment it expired; the watcher calls it now and then. The
    /// request that finds a session expired only refuses it: a refused request never writes.
    /// Returns how many sessions it ended.
    int endExpiredSessions();

    // The streamed files (/v1/file/…, file_routes.cpp): POST /v1/file/attach and GET
    // /v1/file/attachmentContent, the same checks as a call.
    struct Upload;
    /// Before an upload's body is read: who calls, may they (role, dossier, paper line), a replay
    /// of the request id's first answer, the limits. A refusal or replay is the answer; else
    /// `upload` is ready for receiveUpload.
    [[nodiscard]] std::optional<Answer> beginUpload(const CallRequest& request, std::unique_ptr<Upload>& upload);
    /// The bytes so far, into the upload's temporary; false when they pass the limit.
    [[nodiscard]] bool receiveUpload(Upload& upload, const char* data, std::size_t n);
    [[nodiscard]] std::int64_t uploadLimit(const Upload& upload) const;
    /// The whole body is in: the attachment is stored (or refused) and its answer recorded.
    [[nodiscard]] Answer finishUpload(Upload& upload);
    /// The answer for an upload stopped before its end: the disk's error, else 413 (over its limit).
    [[nodiscard]] Answer uploadStopped(const Upload& upload) const;

    struct Download {
        std::string path;
        std::string sha256;
        std::int64_t bytes = 0;
    };
    /// Where the file to send is, its hash checked now (Error(Storage) answer when it changed).
    [[nodiscard]] std::optional<Answer> beginDownload(const CallRequest& request, Download& out, Answer& who);

private:
    struct Device {
        std::int64_t id = 0;
        std::string kind;
    };
    struct Session;
    /// A request that passed the device, method and session checks.
    struct Admitted {
        Answer who;
        Device device;
        const net::MethodSpec* spec = nullptr;
        nlohmann::json args;
        std::shared_ptr<Session> session;
        LockedDesk* desk = nullptr;
    };
    using Action = std::function<nlohmann::json(service::SqliteDesk&)>;

    /// The request's instant: the Desk's clock, an X-Motcua-Now header's with trustClientClock.
    [[nodiscard]] service::Instant now() const;
    /// The host's own clock, which alone measures sessions (idle time, end of day): a client
    /// trusted with its clock moves what the Desk sees, never how long its login lasts.
    [[nodiscard]] service::Instant hostNow() const;
    [[nodiscard]] std::optional<Device> device(const std::string& authorization);
    /// The calling device, or the 401/429 answer that refuses it.
    [[nodiscard]] std::optional<Answer> authorise(const std::string& authorization, Answer& who, Device& d);
    [[nodiscard]] bool allowRate(std::int64_t key, int& retryAfter);
    [[nodiscard]] std::shared_ptr<Session> session(const std::string& token, const Device& d);
    [[nodiscard]] std::unique_ptr<service::SqliteDesk> openDesk();
    [[nodiscard]] LockedDesk& kioskDesk();
    Answer login(const Device& d, const nlohmann::json& args, Answer who);
    Answer logout(const std::string& token, Answer who);
    [[nodiscard]] std::optional<Answer> admit(const CallRequest& request, Admitted& out);
    /// Which Desk runs the call (the session's, the kiosk's, the anonymous one), or the refusal.
    [[nodiscard]] std::optional<Answer> chooseDesk(const std::string& method, Admitted& a);
    /// The first answer to write `requestId` of device `d`, if it ran already.
    [[nodiscard]] std::optional<Answer> storedAnswer(const Device& d, const std::string& requestId, Answer who);
    [[nodiscard]] service::SqliteDesk& deskOf(LockedDesk& locked);
    Answer run(LockedDesk& desk, const Device& d, const std::string& method, bool write, const std::string& requestId,
               const Action& action, Answer who);

    ServerOptions m_options;
    Dispatcher m_dispatch;
    std::string m_fingerprint;

    std::mutex m_hostMutex;  ///< the host's own connection; taken after any desk's mutex, never before
    std::unique_ptr<store::Database> m_hostDb;

    /// The answers kept for retries (store::findRequest/storeAnswer), on a connection of their own
    /// with synchronous=NORMAL: see the constructor. Taken after a desk's mutex, never before.
    std::mutex m_answersMutex;
    std::unique_ptr<store::Database> m_answersDb;

    /// Enrolment answers kept in memory only (they carry the device token in clear), under
    /// m_hostMutex: by request id + code + proof, for kEnrolReplayWindow, at most 64.
    struct EnrolReplay {
        std::string key;
        Answer answer;
        std::chrono::steady_clock::time_point at;
    };
    std::vector<EnrolReplay> m_enrolReplays;

    std::mutex m_sessionsMutex;
    std::map<std::string, std::shared_ptr<Session>> m_sessions;  ///< by token hash
    double m_idleMinutes = 30;

    LockedDesk m_anonymous;  ///< wall devices and Open calls without a session
    LockedDesk m_kiosk;      ///< kiosk devices without a session, as the store's kiosk account

    struct Bucket {
        double tokens = 0;
        std::chrono::steady_clock::time_point at;
    };
    std::mutex m_rateMutex;
    std::map<std::int64_t, Bucket> m_buckets;
};

/// An upload between beginUpload and finishUpload (its temporary removed with it unless adopted).
struct Host::Upload {
    Admitted admitted;
    std::string requestId;
    service::AttachRequest request;
    std::int64_t limit = 0;  ///< bytes: scan.max_bytes now, and never above the host's body cap
    std::unique_ptr<store::IncomingFile> file;
    std::optional<Error> failed;  ///< the disk refused a piece
};

/// An error answer for `who` (the status from `code` unless given).
[[nodiscard]] Answer refuse(Answer who, ErrorCode code, const std::string& message, int status = 0);
/// The answer for an error a call raised, as it may leave the host (wire_answers.h).
[[nodiscard]] Answer answerFor(const Error& e, const std::string& method, Answer who);

/// The instant from an X-Motcua-Now header for this thread's request (testing clock), if any.
void setRequestClock(std::optional<service::Instant> t);

}  // namespace motcua::server
