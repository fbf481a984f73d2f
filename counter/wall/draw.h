// Drawing the wall screen from its picture (wall_state.h): pure ImGui, so headless tests can read
// every string it shows. Sizes follow the viewport, for 1920×1080 and 3840×2160 alike.
#pragma once

#include "counter/wall/state.h"
#include "ui/fonts.h"
#include "ui/runner.h"

namespace motcua::counter {

/// What a drawn frame found out that only layout can tell.
struct WallFrame {
    bool listRotates = false;  ///< the late list does not fit, so it moves on every few seconds
};

/// The wall's type for a screen `height` pixels tall: readable across a hall at 720, 1080 and 2160
/// lines alike (the app loads these; headless tests too, to lay out what the screen shows).
[[nodiscard]] ui::FontSizes wallFontSizes(float height);

/// Draws the whole wall for one frame. Every panel is at least as tall as what it must show (the
/// clock and date, one row per group, a call and its caption), whatever the screen's size.
WallFrame drawWall(const WallState& state, const ui::Fonts& fonts);

/// Seconds until the wall needs a frame by itself: the flash (twice a second while it lasts), the
/// late list when it rotates, the clock's next minute. Nothing else: between changes the wall
/// sleeps.
[[nodiscard]] double wallNextFrame(const WallState& state, const WallFrame& last);

/// Seconds each page of a late list that does not fit stays before the next page: long enough
/// to read its rows, and one redraw per page rather than one per row.
inline constexpr double kWallRotateSeconds = 8.0;

}  // namespace motcua::counter
