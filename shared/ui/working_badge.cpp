// The working sign: a window with no decoration and no inputs, so clicks pass to nothing (the
// runner holds input while a job runs anyway) and it never takes the keyboard focus.
#include "ui/working_badge.h"

#include "ui/theme.h"
#include "ui/widgets.h"

#include <imgui.h>

#include <cmath>

namespace motcua::ui {

void workingBadge(const std::string& text, double seconds)
{
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    const float pad = ImGui::GetFontSize();
    ImGui::SetNextWindowPos({vp->WorkPos.x + vp->WorkSize.x - pad, vp->WorkPos.y + vp->WorkSize.y - pad}, ImGuiCond_Always,
                            {1.0f, 1.0f});
    ImGui::SetNextWindowBgAlpha(0.95f);
    constexpr ImGuiWindowFlags kFlags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                        ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoFocusOnAppearing |
                                        ImGuiWindowFlags_NoNav | ImGuiWindowFlags_NoInputs |
                                        ImGuiWindowFlags_AlwaysAutoResize;
    if (ImGui::Begin("##working-badge", nullptr, kFlags)) {
        const float r = ImGui::GetTextLineHeight() * 0.4f;
        const ImVec2 at = ImGui::GetCursorScreenPos();
        const ImVec2 centre{at.x + r, at.y + ImGui::GetTextLineHeight() * 0.5f};
        const float start = static_cast<float>(std::fmod(seconds * 5.0, 6.283185307179586));
        ImDrawList* draw = ImGui::GetWindowDrawList();
        draw->PathArcTo(centre, r, start, start + 4.4f, 20);
        draw->PathStroke(colors::kPrimary, false, r * 0.35f);
        ImGui::Dummy({r * 2.0f, ImGui::GetTextLineHeight()});
        ImGui::SameLine();
        labelColored(colors::kMuted, text);
    }
    ImGui::End();
}

}  // namespace motcua::ui
