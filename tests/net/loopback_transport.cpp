#include "loopback_transport.h"

#include "net/desk_rpc.h"
#include "net/wire_error.h"

#include <exception>

namespace motcua::test {

namespace {

/// A request goes over the wire as text: strict, the network Desk must never send what JSON
/// cannot carry (a nlohmann exception here fails the test).
nlohmann::json requestText(const nlohmann::json& value) { return nlohmann::json::parse(value.dump()); }

/// An answer too, with anything not UTF-8 replaced as the server's dump does.
nlohmann::json answerText(const nlohmann::json& value)
{
    return nlohmann::json::parse(value.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
}

}  // namespace

LoopbackTransport::LoopbackTransport(std::unique_ptr<service::Desk> host) : m_host(std::move(host)) {}

nlohmann::json LoopbackTransport::call(const std::string& method, const nlohmann::json& args, bool write)
{
    const std::lock_guard lock(m_mutex);
    ++m_calls[method];
    m_write[method] = write;
    const nlohmann::json request = requestText(args);
    nlohmann::json answer;
    int status = 200;
    try {
        answer = {{"result", net::callDesk(*m_host, method, request)}};
    } catch (const Error& e) {
        answer = net::errorBody(e);
        status = net::httpStatusOf(e.code());
    } catch (const std::exception&) {
        answer = net::errorBody(Error(ErrorCode::Internal, "unexpected exception"));
        status = 500;
    }
    const nlohmann::json received = answerText(answer);
    if (status != 200) net::throwWireError(received, status);
    return received.at("result");
}

std::int64_t LoopbackTransport::dataVersion()
{
    const std::lock_guard lock(m_mutex);
    return m_host->dataVersion();
}

int LoopbackTransport::calls(const std::string& method) const
{
    const std::lock_guard lock(m_mutex);
    const auto it = m_calls.find(method);
    return it == m_calls.end() ? 0 : it->second;
}

bool LoopbackTransport::calledAsWrite(const std::string& method) const
{
    const std::lock_guard lock(m_mutex);
    const auto it = m_write.find(method);
    return it != m_write.end() && it->second;
}

}  // namespace motcua::test
