// openRemoteDesk (remote_desk.h): enrol or read the device file, then the HTTPS transport (pinned,
// with the device token) and the network Desk over it.
#include "net/remote_desk.h"

#include "domain/error.h"
#include "net/device_file.h"
#include "net/enrollment.h"
#include "net/https_transport.h"
#include "net/rpc_desk.h"

namespace motcua::net {

std::unique_ptr<service::Desk> openRemoteDesk(const RemoteOptions& options)
{
    if (!options.server.empty()) (void)parseServerUrl(options.server);  // a typo is reported before anything else
    const std::string name = options.deviceName.empty() ? "device" : options.deviceName;
    const std::string path = configDirectory(options.configDir) + "/" + name;
    const DeviceFile device = deviceForStart(options.server, options.enrollCode, path, options.timeoutMs);
    const ServerUrl url = parseServerUrl(device.server);
    HttpsOptions o;
    o.host = url.host;
    o.port = url.port;
    o.pin = device.fingerprint;
    o.deviceToken = device.token;
    o.timeoutMs = options.timeoutMs;
    o.attempts = options.attempts;
    o.clientClock = options.clientClock;
    auto transport = std::make_shared<HttpsTransport>(o);
    (void)transport->call("now", nlohmann::json::object(), false);  // reachable, pinned, not revoked: say so now
    return openRpcDesk(std::move(transport));
}

}  // namespace motcua::net
