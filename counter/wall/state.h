// The wall screen's state: the public picture (service/wall_picture.h, shared with the web wall)
// plus what only this screen keeps — the notice while the store is unreachable and the flash timer.
#pragma once

#include "service/desk.h"
#include "service/wall_picture.h"

#include <string>

namespace motcua::counter {

using service::WallDossier;
using service::WallServing;
using service::WallWaiting;
using service::callsToShow;

struct WallState : service::WallPicture {
    std::string notice;  ///< the store is locked or missing: the last picture stays
    double seconds = 0;  ///< steady seconds since start (flashing, scrolling)
    double newestCallSeen = -1e9;  ///< `seconds` when the newest call first appeared
};

/// Loads a fresh picture from the Desk (Desk::wallPicture); throws motcua::Error on failure (the
/// caller keeps the last picture and shows a notice).
[[nodiscard]] WallState loadWall(service::Desk& desk);

/// Takes a new picture over the old one: keeps the flash timer unless a new call arrived.
void takeWall(WallState& state, WallState fresh, double seconds);

/// How long the newest call flashes, in seconds.
inline constexpr double kWallFlashSeconds = 6.0;

}  // namespace motcua::counter
