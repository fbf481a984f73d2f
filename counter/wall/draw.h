// Drawing the wall screen from its picture (wall_state.h): pure ImGui, so headless tests can read
// every string it shows. Sizes follow the viewport, for 1920×1080 and 3840×2160 alike.
#pragma once

#include "counter/wall/state.h"
#include "ui/fonts.h"

namespace motcua::counter {

/// What a drawn frame found out that only layout can tell.
struct WallFrame {
    bool listRotates = false;  ///< the late list does not fit, so it moves on every few seconds
};

/// Draws the whole wall for one frame.
WallFrame drawWall(const WallState& state, const ui::Fonts& fonts);

/// Seconds until the wall needs a frame by itself: the flash (twice a second while it lasts), the
/// late list when it rotates, the clock's next minute. Nothing else: between changes the wall
/// sleeps.
[[nodiscard]] double wallNextFrame(const WallState& state, const WallFrame& last);

/// Seconds each page of a late list that does not fit stays before the next page: long enough
/// to read its rows, and one redraw per page rather than one per row.
inline constexpr double kWallRotateSeconds = 8.0;

}  // namespace motcua::counter
