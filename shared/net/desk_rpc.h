// The wire form of the Desk interface (DESIGN.md §9, docs/network-protocol.md): one entry per Desk
// method — its name on the wire (the C++ name, `POST /v1/call/<name>`), whether it writes, and who
// may call it over the network — and the dispatcher the host runs for each call. The client side
// is rpc_desk.h; both use desk_codec.h, so the two ends cannot drift apart.
#pragma once

#include "service/desk.h"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace motcua::net {

/// Who may call a method over the network (the host checks, before the Desk's own role checks).
enum class Access {
    Open,      ///< anyone with an enrolled device, no staff session (now, login, …)
    Kiosk,     ///< kiosk devices without a session (issue/confirm/void ticket, look-up, rating), and staff sessions
    Wall,      ///< wall and kiosk devices without a session (public reads: wallPicture, …), and staff sessions
    Staff,     ///< a staff session on a counter or cli device; the Desk then checks the role
    HostOnly,  ///< never over the network (actAs, backup, restoreBackup): run on the host with --db
};

struct MethodSpec {
    std::string_view name;
    bool write = false;  ///< changes the store: needs a request id, retried safely
    Access access = Access::Staff;
};

/// Every Desk method, in desk.h's order.
[[nodiscard]] const std::vector<MethodSpec>& deskMethods();
/// nullptr for an unknown name.
[[nodiscard]] const MethodSpec* findDeskMethod(std::string_view name);

/// Runs one call on the host's Desk: decodes `args`, calls the method, encodes the result.
/// Throws Error(InvalidInput) with a Vietnamese message naming the field for missing or
/// ill-typed arguments, Error(NotFound) for an unknown method, and whatever the Desk throws.
[[nodiscard]] nlohmann::json callDesk(service::Desk& desk, std::string_view method, const nlohmann::json& args);

// The streamed files (docs/network-protocol.md, POST and GET /v1/file/<name>): the PDF travels
// as the raw body, its small arguments beside it. Only these two methods.
constexpr std::string_view kUploadMethod = "attach";               ///< POST: the body is the PDF
constexpr std::string_view kDownloadMethod = "attachmentContent";  ///< GET: the answer is the PDF

/// An upload's arguments, as attach's call carries them ({"request": …}) with "pdf" empty.
[[nodiscard]] nlohmann::json uploadArgs(const service::AttachRequest& request);
/// The AttachRequest in an upload's arguments (its pdf empty). Throws like callDesk.
[[nodiscard]] service::AttachRequest uploadRequestOf(const nlohmann::json& args);
/// The attachment id in a download's arguments ({"id": …}). Throws like callDesk.
[[nodiscard]] std::int64_t downloadIdOf(const nlohmann::json& args);
/// For a Desk reached in process (tests' loopback): an upload with its body and a download, run
/// as the Desk calls they stand for. Error(NotFound) for another method.
[[nodiscard]] nlohmann::json callDeskUpload(service::Desk& desk, std::string_view method, const nlohmann::json& args,
                                            std::string bytes);
[[nodiscard]] std::string callDeskDownload(service::Desk& desk, std::string_view method, const nlohmann::json& args);

}  // namespace motcua::net
