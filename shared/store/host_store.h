// The store host's own tables (issue 14, DESIGN.md §9): enrolled devices, staff sessions bound to
// a device, and each network write's request id with its answer. Codes and tokens arrive here
// already hashed; the clear values never reach the file.
#pragma once

#include "domain/date.h"
#include "store/database.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace motcua::store {

struct DeviceRow {
    std::int64_t id = 0;
    std::string kind;  ///< counter, kiosk, wall, cli
    std::string name;
    domain::Instant created = 0;
    domain::Instant codeExpires = 0;
    std::optional<domain::Instant> enrolled;
    std::optional<domain::Instant> revoked;
};

std::int64_t insertDevice(Database& db, const std::string& kind, const std::string& name, const std::string& codeHash,
                          domain::Instant codeExpires, domain::Instant created);
[[nodiscard]] std::vector<DeviceRow> listDevices(Database& db);
[[nodiscard]] std::optional<DeviceRow> findDevice(Database& db, std::int64_t id);
/// The device still waiting for enrolment with this code (whatever its expiry), if any.
[[nodiscard]] std::optional<DeviceRow> findDeviceByCode(Database& db, const std::string& codeHash);
/// The enrolled device holding this token (revoked ones too: the caller decides).
[[nodiscard]] std::optional<DeviceRow> findDeviceByToken(Database& db, const std::string& tokenHash);
/// Uses up the code and stores the token.
void enrollDevice(Database& db, std::int64_t id, const std::string& tokenHash, domain::Instant at);
/// Revokes the device and ends its sessions; false if it does not exist or was already revoked.
bool revokeDevice(Database& db, std::int64_t id, domain::Instant at);

struct SessionRow {
    std::string tokenHash;
    std::int64_t deviceId = 0;
    std::string username;
    domain::Instant created = 0;
    domain::Instant endsAt = 0;
};

void insertSession(Database& db, const SessionRow& session);
/// A session not yet ended (its own end of day is the caller's to check).
[[nodiscard]] std::optional<SessionRow> findOpenSession(Database& db, const std::string& tokenHash);
void endSession(Database& db, const std::string& tokenHash, domain::Instant at);
/// Ends, at their own end of day, the open sessions whose day is over by `now`; how many.
int endSessionsPast(Database& db, domain::Instant now);

struct StoredAnswer {
    std::optional<int> status;  ///< unset: the write committed but its answer was never stored
    std::string body;
};

/// Records a request id; run inside the transaction of the write it belongs to.
void insertRequest(Database& db, std::int64_t deviceId, const std::string& requestId, const std::string& method,
                   domain::Instant at);
[[nodiscard]] std::optional<StoredAnswer> findRequest(Database& db, std::int64_t deviceId, const std::string& requestId);
/// Stores the answer, recording the request first if the write did not.
void storeAnswer(Database& db, std::int64_t deviceId, const std::string& requestId, const std::string& method,
                 domain::Instant at, int status, const std::string& body);
/// Forgets request ids older than `before` (a client retries for seconds, not days).
void pruneRequests(Database& db, domain::Instant before);

}  // namespace motcua::store
