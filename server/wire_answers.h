// The host's error answers (docs/network-protocol.md "Errors"): status and body for a
// motcua::Error, with Storage and Internal errors reduced to a generic Vietnamese message so no
// SQL, path or stack trace leaves the host (the detail goes to stderr).
// The status and body themselves come from shared/net/wire_error.h, shared with the client.
#pragma once

#include "domain/error.h"

#include <nlohmann/json.hpp>

#include <string>

namespace motcua::server {

[[nodiscard]] int statusOf(ErrorCode code);
/// {"error": {"code": …, "message": …}}
[[nodiscard]] nlohmann::json errorJson(ErrorCode code, const std::string& message);

struct SafeError {
    int status = 500;
    nlohmann::json body;
    bool logDetail = false;  ///< the message was replaced: log the original on stderr
};

/// The answer for `e` as it may leave the host.
[[nodiscard]] SafeError safeAnswer(const Error& e);

}  // namespace motcua::server
