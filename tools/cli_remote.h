// `motcua --server URL`: the CLI as a client of the store host (DESIGN.md §9). Chooses between
// --db and --server (the command line over MOTCUA_DB / MOTCUA_SERVER), refuses commands that only
// make sense on the host, and opens the network Desk logged in as the --as user.
#pragma once

#include "cli.h"

#include <memory>
#include <string>

namespace motcua::cli {

/// Settles ctx.dbPath / ctx.server for `command`; throws UsageError for --db with --server,
/// --enroll without --server, a malformed URL, a host-only command or no --as over the network.
void chooseStore(Context& ctx, const Command& command);

/// The store host's Desk, enrolled if --enroll was given, logged in as ctx.actAs with the password
/// from MOTCUA_PASSWORD or asked on the terminal without echo.
[[nodiscard]] std::unique_ptr<service::Desk> openHostDesk(const Context& ctx);

/// A line typed on the terminal with echo off (a password, a token PIN), after `prompt`; throws
/// UsageError(noTerminalMessage) when there is no terminal to ask on.
[[nodiscard]] std::string askWithoutEcho(const std::string& prompt, const std::string& noTerminalMessage);

/// Commands that open the store file itself and have no meaning over the network.
[[nodiscard]] bool hostOnly(const std::string& commandPath);

}  // namespace motcua::cli
