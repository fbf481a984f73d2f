// Enrolment (docs/network-protocol.md): the first start of a PC with --enroll CODE. The client
// connects without a pin, proves it knows the one-time code for the certificate it sees, checks the
// host's proof for the same certificate (a man in the middle fails one side), and only then keeps
// the device token and pins that fingerprint.
#pragma once

#include "net/device_file.h"

#include <string>
#include <string_view>

namespace motcua::net {

/// hex(HMAC-SHA256(key = code, side + ":" + fingerprint)); side is "client" or "server".
[[nodiscard]] std::string enrollmentProof(const std::string& code, std::string_view side, const std::string& fingerprint);

/// Runs the exchange with the host at `server` and returns what to store. Throws InvalidInput for a
/// malformed URL or code, Forbidden when the host refuses the code or cannot prove it knows it,
/// Busy when it cannot be reached.
[[nodiscard]] DeviceFile enroll(const std::string& server, const std::string& code, int timeoutMs);

/// The device for this start of the app: with `code`, enrols with `server` and writes the device
/// file at `path`; without, reads that file (InvalidInput with what to do when it is missing,
/// garbled, or names another server than `server`, which may be empty).
[[nodiscard]] DeviceFile deviceForStart(const std::string& server, const std::string& code, const std::string& path, int timeoutMs);

}  // namespace motcua::net
