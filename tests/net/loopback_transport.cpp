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

template <class Body>
nlohmann::json LoopbackTransport::answered(const std::string& method, bool write, Body body)
{
    ++m_calls[method];
    m_write[method] = write;
    nlohmann::json answer;
    int status = 200;
    try {
        answer = {{"result", body()}};
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

nlohmann::json LoopbackTransport::call(const std::string& method, const nlohmann::json& args, bool write)
{
    const std::lock_guard lock(m_mutex);
    const nlohmann::json request = requestText(args);
    return answered(method, write, [&] { return net::callDesk(*m_host, method, request); });
}

nlohmann::json LoopbackTransport::upload(const std::string& method, const nlohmann::json& args, const std::string& bytes,
                                         bool write)
{
    const std::lock_guard lock(m_mutex);
    const nlohmann::json request = requestText(args);
    return answered(method, write, [&] { return net::callDeskUpload(*m_host, method, request, bytes); });
}

std::string LoopbackTransport::download(const std::string& method, const nlohmann::json& args)
{
    const std::lock_guard lock(m_mutex);
    const nlohmann::json request = requestText(args);
    std::string bytes;
    (void)answered(method, false, [&] {
        bytes = net::callDeskDownload(*m_host, method, request);
        return nlohmann::json(nullptr);
    });
    return bytes;
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
