// How a network Desk reaches the store host (DESIGN.md §9): one call = one method name + JSON
// arguments, answered with JSON or a motcua::Error rebuilt from the host's answer. The HTTPS
// transport (https_transport.h) is the real one; tests also use an in-process loopback.
#pragma once

#include <nlohmann/json.hpp>

#include <cstdint>
#include <string>

namespace motcua::net {

class RpcTransport {
public:
    virtual ~RpcTransport() = default;

    /// Calls Desk method `method` on the host with `args` (a JSON object) and returns the answer's
    /// "result". `write`: the call changes the store — the transport sends a fresh request id
    /// (X-Request-Id) and retries with the same id after a timeout or a dropped connection, so a
    /// retry never doubles anything. Throws motcua::Error with the host's code and Vietnamese
    /// message; ErrorCode::Busy (with a calm Vietnamese message) when the host is unreachable.
    /// A login answer's session token is kept by the transport and sent with later calls; a
    /// "logout" call forgets it.
    virtual nlohmann::json call(const std::string& method, const nlohmann::json& args, bool write) = 0;

    /// A file to the host as the raw body of one request (POST /v1/file/<method>, never base64),
    /// with `args` beside it; answered like call() (a write: one request id for every retry).
    virtual nlohmann::json upload(const std::string& method, const nlohmann::json& args, const std::string& bytes,
                                  bool write) = 0;
    /// A file from the host, raw (GET /v1/file/<method>): the bytes, checked against the SHA-256
    /// the host names for them (Error(Storage) when they differ). Throws like call().
    virtual std::string download(const std::string& method, const nlohmann::json& args) = 0;

    /// Changes whenever the host's store changed (server-sent events on /v1/events, or polling
    /// /v1/version when the stream is down). Cheap: no round trip per call.
    virtual std::int64_t dataVersion() = 0;
};

}  // namespace motcua::net
