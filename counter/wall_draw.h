// Drawing the wall screen from its picture (wall_state.h): pure ImGui, so headless tests can read
// every string it shows. Sizes follow the viewport, for 1920×1080 and 3840×2160 alike.
#pragma once

#include "counter/wall_state.h"
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

/// Seconds a late list that does not fit stays before moving on by one dossier.
inline constexpr double kWallRotateSeconds = 4.0;

}  // namespace motcua::counter
