// Enrolled devices (issue 14): `motcua device add|list|revoke` on the host, and enrolment over
// the wire with the one-time code and the HMAC proof of docs/network-protocol.md. Codes and
// tokens are stored hashed; every change is audited.
#pragma once

#include "domain/date.h"
#include "store/database.h"
#include "store/host_store.h"

#include <cstdint>
#include <string>
#include <vector>

namespace motcua::server {

inline constexpr domain::Instant kEnrolmentCodeSeconds = 24 * 3600;

struct NewDevice {
    std::int64_t id = 0;
    std::string code;  ///< shown once; only its hash is stored
    domain::Instant expires = 0;
};

/// Adds a device waiting for enrolment. Throws Error(InvalidInput) for an unknown kind or a bad name.
[[nodiscard]] NewDevice addDevice(store::Database& db, const std::string& kind, const std::string& name,
                                  domain::Instant now, const std::string& actor);
[[nodiscard]] std::vector<store::DeviceRow> listDevices(store::Database& db);
/// Throws Error(NotFound) for an unknown id, Error(IllegalState) if already revoked.
void revokeDevice(store::Database& db, std::int64_t id, domain::Instant now, const std::string& actor);

struct Enrolment {
    std::int64_t device = 0;
    std::string token;  ///< the device token, given once
    std::string kind;
    std::string name;
    std::string proof;  ///< hex(HMAC-SHA256(code, "server:" + fingerprint))
};

/// Checks the code (unused, unexpired, not revoked) and the client's proof against our own
/// fingerprint, then uses the code up. Throws Error(Forbidden) with one message for every refusal
/// (no hint which part was wrong).
[[nodiscard]] Enrolment enroll(store::Database& db, const std::string& code, const std::string& proof,
                               const std::string& fingerprint, domain::Instant now);

/// The short words of `device list`: "chờ đăng ký", "đã đăng ký", "hết hạn mã", "đã thu hồi".
[[nodiscard]] std::string deviceState(const store::DeviceRow& d, domain::Instant now);

}  // namespace motcua::server
