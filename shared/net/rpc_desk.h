// The network Desk (DESIGN.md §9): every Desk call becomes one RpcTransport call; nothing above the
// Desk interface knows which back end it talks to.
#pragma once

#include "net/rpc_transport.h"
#include "service/desk.h"

#include <memory>

namespace motcua::net {

/// A Desk whose calls go through `transport`. actAs, backup and restoreBackup throw
/// Error(Forbidden) with a Vietnamese message saying to run them on the store host with --db.
[[nodiscard]] std::unique_ptr<service::Desk> openRpcDesk(std::shared_ptr<RpcTransport> transport);

}  // namespace motcua::net
