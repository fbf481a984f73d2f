// The counter's widgets over Dear ImGui 1.86 (no BeginDisabled: disabled is drawn by hand).
#include "counter/counter_widgets.h"

#include "ui/headless.h"
#include "ui/theme.h"
#include "ui/widgets.h"

#include <imgui_stdlib.h>

#include <algorithm>

namespace motcua::counter {

bool button(const std::string& label, const std::string& id, bool enabled, ImVec2 size, ImU32 color)
{
    const std::string full = label + "###" + id;
    int colors = 0;
    if (!enabled) ImGui::PushStyleVar(ImGuiStyleVar_Alpha, 0.45f);
    if (color && enabled) {
        ImGui::PushStyleColor(ImGuiCol_Button, color);
        ImGui::PushStyleColor(ImGuiCol_ButtonHovered, color);
        ImGui::PushStyleColor(ImGuiCol_Text, ui::colors::kCard);
    } else {
        // Secondary buttons: light fill, dark text (readable; the primary action stands out).
        ImGui::PushStyleColor(ImGuiCol_Button, IM_COL32(226, 233, 243, 255));
        ImGui::PushStyleColor(ImGuiCol_ButtonHovered, IM_COL32(205, 218, 236, 255));
        ImGui::PushStyleColor(ImGuiCol_Text, ui::colors::kText);
    }
    colors = 3;
    const bool pressed = ImGui::Button(full.c_str(), size);
    ui::recordItem(id);
    ui::logText(label);
    if (!enabled) ImGui::PopStyleVar();
    ImGui::PopStyleColor(colors);
    return pressed && enabled;
}

bool field(const std::string& label, const std::string& id, std::string& value, const std::string& error, float width,
           ImGuiInputTextFlags flags, const char* hint)
{
    // A label wider than its input (1024×768) ends in "…" rather than running under the next field;
    // the whole text shows on hover. One line, so inputs side by side stay level.
    const std::string shown = elide(label, width);
    ui::label(shown);
    if (shown != label && ImGui::IsItemHovered()) ImGui::SetTooltip("%s", label.c_str());
    ImGui::SetNextItemWidth(width);
    const std::string iid = "##" + id;
    const bool changed = hint ? ImGui::InputTextWithHint(iid.c_str(), hint, &value, flags)
                              : ImGui::InputText(iid.c_str(), &value, flags);
    ui::recordItem(id);
    if (!error.empty()) {
        ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + width);
        ui::labelColored(ui::colors::kDanger, error);
        ImGui::PopTextWrapPos();
    }
    return changed;
}

void heading(const std::string& text, const ui::Fonts& fonts)
{
    if (fonts.large) ImGui::PushFont(fonts.large);
    ImGui::PushTextWrapPos(0.0f);  // a narrow column wraps it rather than cutting it
    ui::labelColored(ui::colors::kPrimary, text);
    ImGui::PopTextWrapPos();
    if (fonts.large) ImGui::PopFont();
}

void message(const std::string& text, bool isError)
{
    if (text.empty()) return;
    ImGui::PushTextWrapPos(0.0f);
    ui::labelColored(isError ? ui::colors::kDanger : ui::colors::kSuccess, text);
    ImGui::PopTextWrapPos();
}

FieldRow::FieldRow() : m_top(ImGui::GetCursorScreenPos()), m_bottom(m_top.y) { ImGui::BeginGroup(); }

void FieldRow::next(float spacing)
{
    ImGui::EndGroup();
    m_bottom = std::max(m_bottom, ImGui::GetItemRectMax().y);
    ImGui::SetCursorScreenPos(ImVec2(ImGui::GetItemRectMax().x + spacing, m_top.y));
    ImGui::BeginGroup();
}

void FieldRow::end()
{
    ImGui::EndGroup();
    m_bottom = std::max(m_bottom, ImGui::GetItemRectMax().y);
    ImGui::SetCursorScreenPos(ImVec2(m_top.x, m_bottom + ImGui::GetStyle().ItemSpacing.y));
    ImGui::Dummy(ImVec2(0, 0));
}

std::string elide(const std::string& text, float width)
{
    if (ImGui::CalcTextSize(text.c_str()).x <= width) return text;
    const float ellipsis = ImGui::CalcTextSize("…").x;
    std::size_t end = text.size();
    while (end > 0) {
        do --end;
        while (end > 0 && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80);  // UTF-8 lead byte
        if (ImGui::CalcTextSize(text.c_str(), text.c_str() + end).x + ellipsis <= width) break;
    }
    return text.substr(0, end) + "…";
}

void sameLineIfFits(float width)
{
    ImGui::SameLine();
    const float right = ImGui::GetWindowPos().x + ImGui::GetWindowContentRegionMax().x;
    if (ImGui::GetCursorScreenPos().x + width > right) ImGui::NewLine();
}

float choiceWidth(const std::string& label)
{
    const std::string shown = label.substr(0, label.find("##"));
    const ImGuiStyle& st = ImGui::GetStyle();
    return ImGui::GetFrameHeight() + st.ItemInnerSpacing.x + ImGui::CalcTextSize(shown.c_str()).x;
}

void beginCard(const char* id, ImVec2 size)
{
    ImGui::PushStyleColor(ImGuiCol_ChildBg, ui::colors::kCard);
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(16, 12));
    ImGui::BeginChild(id, size, true, ImGuiWindowFlags_AlwaysUseWindowPadding);
    ImGui::PopStyleVar();
    ImGui::PopStyleColor();
}

}  // namespace motcua::counter
