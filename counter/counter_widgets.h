// Small mouse-and-keyboard widgets of the counter app: buttons and fields recorded for headless
// tests (ui::recordItem), labelled inputs with their error underneath, section headings.
#pragma once

#include "ui/fonts.h"

#include <imgui.h>

#include <string>

namespace motcua::counter {

/// A button recorded under `id` for tests; disabled buttons are drawn dimmed and never fire.
bool button(const std::string& label, const std::string& id, bool enabled = true, ImVec2 size = {0, 0},
            ImU32 color = 0);
/// Label above, input below (recorded as `id`), the error in red under it. True when edited.
bool field(const std::string& label, const std::string& id, std::string& value, const std::string& error,
           float width, ImGuiInputTextFlags flags = 0, const char* hint = nullptr);
/// Heading in the large font, logged.
void heading(const std::string& text, const ui::Fonts& fonts);
/// Coloured message line (error red, otherwise green), logged; nothing for an empty text.
void message(const std::string& text, bool isError);
/// Groups of fields side by side, top-aligned (SameLine alone drops a group's label to the previous
/// input's text baseline); the row ends below its tallest group (one with an error shown).
class FieldRow {
public:
    FieldRow();
    void next(float spacing = 24);
    void end();

private:
    ImVec2 m_top;
    float m_bottom;
};
/// `text` cut at a character boundary with "…" so it fits `width` pixels in the current font.
std::string elide(const std::string& text, float width);
/// SameLine() when an item `width` pixels wide still fits on the current line, otherwise a new
/// line: choices wrap in a narrow column (1024×768) instead of running off its edge.
void sameLineIfFits(float width);
/// The width of a radio button or checkbox with this label.
float choiceWidth(const std::string& label);
/// A card: a child window with a white background and padding; call ImGui::EndChild after.
void beginCard(const char* id, ImVec2 size);

}  // namespace motcua::counter
