// How an app opens its Desk (DESIGN.md §9): the store file on this PC (--db) or the store host
// over the LAN (--server, enrolling with --enroll the first time). Nothing above the Desk knows
// which; the apps differ only in what they do after (the counter logs in, the kiosk with --db acts
// as the kiosk account — over the network the host already runs a kiosk device as that account).
#pragma once

#include "service/desk.h"
#include "ui/app_options.h"

#include <memory>
#include <string>

namespace motcua::ui {

[[nodiscard]] inline bool usesServer(const AppOptions& o) { return !o.server.empty(); }

/// Opens the Desk either way. `local` applies to --db; `device` names this app's device file
/// ("kiosk", "counter", "wall"). After the first successful enrolment `o.enroll` is cleared (the
/// code is single-use), so a retry after a failed connection does not enrol again.
/// Throws like openSqliteDesk / net::openRemoteDesk (Busy: retry later).
[[nodiscard]] std::unique_ptr<service::Desk> openDesk(AppOptions& o, const service::DeskOptions& local, const std::string& device);

/// Where the data is, for messages: the file or the host.
[[nodiscard]] std::string storeName(const AppOptions& o);

}  // namespace motcua::ui
