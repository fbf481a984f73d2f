// Opening a Desk on the store host (DESIGN.md §9): the device file (server URL, pinned certificate
// fingerprint, device token) in $MOTCUA_CONFIG_DIR, enrolment with a one-time code the first time,
// then the HTTPS transport and the network Desk over it.
#pragma once

#include "service/desk.h"

#include <cstdint>
#include <functional>
#include <memory>
#include <string>

namespace motcua::net {

struct RemoteOptions {
    std::string server;      ///< --server https://HOST:PORT, or MOTCUA_SERVER
    std::string enrollCode;  ///< --enroll CODE: only the first time on this PC
    std::string configDir;   ///< empty: $MOTCUA_CONFIG_DIR, else $XDG_CONFIG_HOME/motcua, else ~/.config/motcua
    std::string deviceName;  ///< the device file's name inside configDir ("counter", "kiosk", "wall", "cli")
    int timeoutMs = 5000;    ///< one request's time limit before a retry
    int attempts = 3;        ///< tries per call, all with the same request id
    /// Testing only: the clock sent as X-Motcua-Now (HttpsOptions::clientClock).
    std::function<std::int64_t()> clientClock;
};

/// Enrols when `enrollCode` is given (and stores the device file, 0600), else reads the device
/// file; then connects. Throws Error(InvalidInput) for a malformed URL or code, Error(Forbidden)
/// for a refused enrolment, a revoked device or a certificate whose fingerprint does not match the
/// pinned one (never "accept anyway"), and Error(Busy) when the host cannot be reached.
[[nodiscard]] std::unique_ptr<service::Desk> openRemoteDesk(const RemoteOptions& options);

}  // namespace motcua::net
