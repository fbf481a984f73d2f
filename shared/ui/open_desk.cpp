// openDesk (open_desk.h).
#include "ui/open_desk.h"

#include "net/device_file.h"
#include "net/remote_desk.h"

namespace motcua::ui {

std::unique_ptr<service::Desk> openDesk(AppOptions& o, const service::DeskOptions& local, const std::string& device)
{
    if (!usesServer(o)) return service::openSqliteDesk(o.db, local);
    net::RemoteOptions r;
    r.server = o.server;
    r.enrollCode = o.enroll;
    r.deviceName = device;
    r.timeoutMs = 5000;
    try {
        auto desk = net::openRemoteDesk(r);
        o.enroll.clear();
        return desk;
    } catch (...) {
        // Enrolled, then the first call failed (the host went away): the code is spent, the file kept.
        if (!o.enroll.empty()) {
            try {
                if (net::readDeviceFile(net::configDirectory("") + "/" + device)) o.enroll.clear();
            } catch (const Error&) {
                // a garbled file: the error being thrown says what to do
            }
        }
        throw;
    }
}

std::string storeName(const AppOptions& o) { return usesServer(o) ? "máy chủ " + o.server : "cơ sở dữ liệu " + o.db; }

}  // namespace motcua::ui
