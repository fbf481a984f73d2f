// TEMPORARY (branch `client` only): openRpcDesk is written by helper `rpc` (shared/net/rpc_desk.cpp).
// Until that lands in main this placeholder lets the apps and the CLI link; it refuses every
// network start with a clear error. DELETE THIS FILE (and its line in CMakeLists.txt) when merging
// rpc — a duplicate symbol at link time says so loudly.
#include "net/rpc_desk.h"

#include "domain/error.h"

namespace motcua::net {

std::unique_ptr<service::Desk> openRpcDesk(std::shared_ptr<RpcTransport> /*transport*/)
{
    throw Error(ErrorCode::Internal, "Bản motcua này chưa có phần làm việc qua máy chủ (openRpcDesk); dùng --db");
}

}  // namespace motcua::net
