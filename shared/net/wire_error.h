// motcua::Error on the wire (docs/network-protocol.md, "Errors"): the host answers
// {"error": {"code", "message"}} with the status of httpStatusOf; the client rebuilds the Error
// from that body, so a network Desk throws what the SQLite Desk throws. The server and the HTTPS
// client both use these, and so does the test loopback.
#pragma once

#include "domain/error.h"

#include <nlohmann/json.hpp>

namespace motcua::net {

/// {"error": {"code": errorCodeName, "message": Vietnamese text}}. An Internal error's message is
/// replaced by a generic one: the wire never carries stack traces, SQL or paths.
[[nodiscard]] nlohmann::json errorBody(const Error& error);

/// The HTTP status of an error code (400, 403, 404, 409, 500, 503).
[[nodiscard]] int httpStatusOf(ErrorCode code);

/// Rebuilds and throws the Error of an error answer. A body in the contract's form gives its code
/// and message ("unauthenticated", the 401 code, becomes Forbidden); any other body (a proxy's
/// page, garbage) gives the code the status implies and a Vietnamese message saying so.
[[noreturn]] void throwWireError(const nlohmann::json& body, int httpStatus);

}  // namespace motcua::net
