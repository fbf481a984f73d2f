// An in-process RpcTransport for tests: every call goes through JSON text both ways and through
// callDesk on a host-side Desk, and errors come back through the wire's error body exactly as the
// HTTPS client rebuilds them — the network Desk minus the sockets.
#pragma once

#include "net/rpc_transport.h"
#include "service/desk.h"

#include <map>
#include <memory>
#include <mutex>
#include <string>

namespace motcua::test {

class LoopbackTransport final : public net::RpcTransport {
public:
    explicit LoopbackTransport(std::unique_ptr<service::Desk> host);

    nlohmann::json call(const std::string& method, const nlohmann::json& args, bool write) override;
    nlohmann::json upload(const std::string& method, const nlohmann::json& args, const std::string& bytes,
                          bool write) override;
    std::string download(const std::string& method, const nlohmann::json& args) override;
    std::int64_t dataVersion() override;

    /// Calls made of `method` so far (to test caching).
    [[nodiscard]] int calls(const std::string& method) const;
    /// The `write` flag `method` was last called with (false if never called).
    [[nodiscard]] bool calledAsWrite(const std::string& method) const;
    [[nodiscard]] service::Desk& host() { return *m_host; }

private:
    /// Runs `body` as the host would and returns its answer's "result", or throws the error the
    /// HTTPS client would rebuild from the answer.
    template <class Body>
    nlohmann::json answered(const std::string& method, bool write, Body body);

    std::unique_ptr<service::Desk> m_host;
    mutable std::mutex m_mutex;  // one call at a time, as one server worker on one Desk
    std::map<std::string, int> m_calls;
    std::map<std::string, bool> m_write;
};

}  // namespace motcua::test
