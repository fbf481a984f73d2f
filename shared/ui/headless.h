// A window-less ImGui context for tests (DESIGN.md §8): real fonts and atlas, frames run on the
// CPU, clicks driven through io.MousePos / io.MouseDown. Nothing is rendered to pixels.
#pragma once

#include "ui/fonts.h"
#include "ui/theme.h"

#include <imgui.h>

#include <functional>
#include <string>
#include <vector>

namespace motcua::ui {

class HeadlessUi {
public:
    /// Fonts at the app's sizes (the wall sizes its type from the screen's height).
    HeadlessUi(float width, float height, ThemeKind theme = ThemeKind::Desk, float bodyFont = 22.0f,
               float largeFont = 34.0f, float hugeFont = 150.0f);
    ~HeadlessUi();
    HeadlessUi(const HeadlessUi&) = delete;
    HeadlessUi& operator=(const HeadlessUi&) = delete;

    /// Runs one frame of `draw`; returns the text the frame logged through ui::label & co.
    std::vector<std::string> frame(const std::function<void(const Fonts&)>& draw);
    /// Presses and releases the mouse at a point over two frames.
    void click(ImVec2 at, const std::function<void(const Fonts&)>& draw);
    /// Clicks the centre of the last item whose ImGui ID string (e.g. "##group-HT") was drawn.
    bool clickItem(const std::string& id, const std::function<void(const Fonts&)>& draw);
    /// Types characters into the focused widget.
    void type(const std::string& utf8, const std::function<void(const Fonts&)>& draw);
    void key(ImGuiKey key, const std::function<void(const Fonts&)>& draw);
    [[nodiscard]] const Fonts& fonts() const { return m_fonts; }

private:
    ImGuiContext* m_ctx = nullptr;
    Fonts m_fonts;
};

/// Records the screen rectangle of named items while drawing (so tests can click them).
void recordItem(const std::string& id);
/// The rectangle recorded for an item in the last frame, if any.
bool itemRect(const std::string& id, ImVec2& min, ImVec2& max);

}  // namespace motcua::ui
