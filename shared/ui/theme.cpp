#include "ui/theme.h"

namespace motcua::ui {

void applyTheme(ThemeKind kind, float scale)
{
    ImGuiStyle& style = ImGui::GetStyle();
    style = ImGuiStyle();
    ImGui::StyleColorsLight(&style);
    style.WindowRounding = 0;
    style.FrameRounding = 8;
    style.GrabRounding = 6;
    style.ChildRounding = 10;
    style.FrameBorderSize = 1;
    style.WindowPadding = ImVec2(24, 20);
    style.FramePadding = ImVec2(12, 8);
    style.ItemSpacing = ImVec2(14, 12);
    if (kind == ThemeKind::Kiosk) {
        style.TouchExtraPadding = ImVec2(6, 6);
        style.FramePadding = ImVec2(20, 16);
        style.ItemSpacing = ImVec2(20, 20);
        style.ScrollbarSize = 28;
    }
    ImVec4* c = style.Colors;
    c[ImGuiCol_WindowBg] = ImVec4(0.957f, 0.965f, 0.976f, 1.0f);
    c[ImGuiCol_Text] = ImVec4(0.10f, 0.12f, 0.16f, 1.0f);
    c[ImGuiCol_Button] = ImVec4(0.0f, 0.369f, 0.627f, 1.0f);
    c[ImGuiCol_ButtonHovered] = ImVec4(0.05f, 0.43f, 0.70f, 1.0f);
    c[ImGuiCol_ButtonActive] = ImVec4(0.0f, 0.30f, 0.52f, 1.0f);
    c[ImGuiCol_ChildBg] = ImVec4(1, 1, 1, 1);
    c[ImGuiCol_Header] = ImVec4(0.80f, 0.88f, 0.96f, 1.0f);
    style.ScaleAllSizes(scale);
}

}  // namespace motcua::ui
