// The small "working" sign an app draws over its screen while a background job (a Desk call over
// the LAN, a print) has its state: a turning arc and a short text in a corner, no input taken.
#pragma once

#include <string>

namespace motcua::ui {

/// Shown only after a job has run this long, so a quick local call does not flicker a sign.
inline constexpr double kWorkingBadgeAfter = 0.25;
/// The default text.
inline constexpr const char* kWorkingText = "Đang xử lý…";

/// Draws the sign at the bottom-right of the main viewport (its own window, after the app's
/// root window); `seconds` turns the arc. The text is logged for headless tests.
void workingBadge(const std::string& text, double seconds);

}  // namespace motcua::ui
