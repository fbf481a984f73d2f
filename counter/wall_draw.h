// Drawing the wall screen from its picture (wall_state.h): pure ImGui, so headless tests can read
// every string it shows. Sizes follow the viewport, for 1920×1080 and 3840×2160 alike.
#pragma once

#include "counter/wall_state.h"
#include "ui/fonts.h"

namespace motcua::counter {

/// Draws the whole wall for one frame.
void drawWall(const WallState& state, const ui::Fonts& fonts);

/// Seconds until the wall needs a frame by itself (flash, rotating list, clock minute).
[[nodiscard]] double wallNextFrame(const WallState& state);

/// Seconds a late list that does not fit stays before moving on by one dossier.
inline constexpr double kWallRotateSeconds = 4.0;

}  // namespace motcua::counter
