// The look shared by the apps: a calm light theme, big touch targets on the kiosk.
#pragma once

#include <imgui.h>

namespace motcua::ui {

enum class ThemeKind { Desk, Kiosk, Wall };

void applyTheme(ThemeKind kind, float scale);

/// Colours used by the apps, beside the ImGui style.
namespace colors {
inline constexpr ImU32 kPrimary = IM_COL32(0, 94, 160, 255);     // government blue
inline constexpr ImU32 kPriority = IM_COL32(196, 110, 0, 255);   // amber for priority
inline constexpr ImU32 kDanger = IM_COL32(190, 30, 45, 255);     // late
inline constexpr ImU32 kSuccess = IM_COL32(20, 130, 70, 255);
inline constexpr ImU32 kText = IM_COL32(25, 30, 40, 255);
inline constexpr ImU32 kMuted = IM_COL32(95, 105, 120, 255);
inline constexpr ImU32 kBackground = IM_COL32(244, 246, 249, 255);
inline constexpr ImU32 kCard = IM_COL32(255, 255, 255, 255);
}  // namespace colors

}  // namespace motcua::ui
