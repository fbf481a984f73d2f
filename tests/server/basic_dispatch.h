// A stand-in for net::callDesk (shared/net/desk_dispatch.cpp, written in parallel) covering the
// calls the host's own tests and a first `motcua serve` need: the session, issuing and calling
// tickets, settings. Unknown names answer Error(NotFound). The merger replaces it with callDesk.
#pragma once

#include "service/desk.h"

#include <nlohmann/json.hpp>

#include <string_view>

namespace motcua::server {

[[nodiscard]] nlohmann::json basicDispatch(service::Desk& desk, std::string_view method, const nlohmann::json& args);

}  // namespace motcua::server
