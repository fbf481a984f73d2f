#include "ui/headless.h"

#include "ui/widgets.h"

#include <imgui_internal.h>

#include <algorithm>
#include <map>

namespace motcua::ui {

namespace {

struct Rect {
    ImVec2 min, max;
    ImVec2 visibleMin, visibleMax;  // what of its window shows (the window may scroll)
    bool scrollable = false;        // its window has somewhere to scroll to
};
std::map<std::string, Rect> g_items;

}  // namespace

void recordItem(const std::string& id)
{
    const ImGuiWindow* window = ImGui::GetCurrentWindow();
    const ImRect clip = window->InnerClipRect;
    g_items[id] = {ImGui::GetItemRectMin(), ImGui::GetItemRectMax(), clip.Min, clip.Max, window->ScrollMax.y > 0.0f};
}

bool itemRect(const std::string& id, ImVec2& min, ImVec2& max)
{
    const auto it = g_items.find(id);
    if (it == g_items.end()) return false;
    min = it->second.min;
    max = it->second.max;
    return true;
}

HeadlessUi::HeadlessUi(float width, float height, ThemeKind theme, float bodyFont, float largeFont, float hugeFont)
{
    m_ctx = ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;
    io.DisplaySize = ImVec2(width, height);
    io.DeltaTime = 1.0f / 60.0f;
    // Dear ImGui 1.86 reads keys through io.KeyMap: map each key to its own index.
    for (int k = 0; k < ImGuiKey_COUNT; ++k) io.KeyMap[k] = k;
    m_fonts = loadFonts(io, 1.0f, bodyFont, largeFont, hugeFont);
    unsigned char* pixels = nullptr;
    int w = 0, h = 0;
    io.Fonts->GetTexDataAsRGBA32(&pixels, &w, &h);  // builds the atlas; no GPU needed
    applyTheme(theme, 1.0f);
}

HeadlessUi::~HeadlessUi() { ImGui::DestroyContext(m_ctx); }

std::vector<std::string> HeadlessUi::frame(const std::function<void(const Fonts&)>& draw)
{
    std::vector<std::string> text;
    {
        TextLog log(text);
        g_items.clear();
        ImGui::NewFrame();
        draw(m_fonts);
        ImGui::Render();
    }
    return text;
}

void HeadlessUi::click(ImVec2 at, const std::function<void(const Fonts&)>& draw)
{
    ImGuiIO& io = ImGui::GetIO();
    io.MousePos = at;
    frame(draw);
    io.MouseDown[0] = true;
    frame(draw);
    io.MouseDown[0] = false;
    frame(draw);
}

bool HeadlessUi::clickItem(const std::string& id, const std::function<void(const Fonts&)>& draw)
{
    // An item below (or above) what its window shows is scrolled into view with the mouse wheel
    // over that window, as a person would; a click at its hidden position would miss.
    ImGuiIO& io = ImGui::GetIO();
    ImVec2 lastMin(-1e9f, -1e9f);
    for (int turn = 0; turn < 60; ++turn) {
        frame(draw);
        const auto it = g_items.find(id);
        if (it == g_items.end()) return false;
        const Rect r = it->second;
        // A layout sized from the previous frame (a box that gives up its height to what follows)
        // settles a frame later: a person clicks where the item is, not where it was for 16 ms.
        const bool moved = r.min.x != lastMin.x || r.min.y != lastMin.y;
        lastMin = r.min;
        if (moved && turn < 3) continue;
        const float top = r.min.y, bottom = r.max.y;
        const bool fits = bottom - top <= r.visibleMax.y - r.visibleMin.y;
        const float cy = (top + bottom) * 0.5f;
        const bool below = fits ? bottom > r.visibleMax.y : cy >= r.visibleMax.y;
        const bool above = fits ? top < r.visibleMin.y : cy < r.visibleMin.y;
        // A window that cannot scroll (a full-screen button, a corner hot spot that overlaps the
        // padding) is clicked where its item is, as before.
        if (!r.scrollable || (!below && !above)) {
            click(ImVec2((r.min.x + r.max.x) * 0.5f, cy), draw);
            return true;
        }
        // An item taller than its window's view, or mostly in view (a full-screen button whose
        // edge meets the window's border): a click on the part that shows.
        const float shownTop = std::max(top, r.visibleMin.y), shownBottom = std::min(bottom, r.visibleMax.y);
        const float shown = shownBottom - shownTop;
        if (shown > 4.0f && (!fits || shown >= 0.5f * (bottom - top))) {
            click(ImVec2((r.min.x + r.max.x) * 0.5f, (shownTop + shownBottom) * 0.5f), draw);
            return true;
        }
        io.MousePos = ImVec2((r.visibleMin.x + r.visibleMax.x) * 0.5f, (r.visibleMin.y + r.visibleMax.y) * 0.5f);
        frame(draw);  // the window under the pointer becomes the hovered one
        io.MouseWheel = below ? -1.0f : 1.0f;
        frame(draw);
        io.MouseWheel = 0.0f;
    }
    return false;  // the window would not scroll to it
}

void HeadlessUi::type(const std::string& utf8, const std::function<void(const Fonts&)>& draw)
{
    ImGui::GetIO().AddInputCharactersUTF8(utf8.c_str());
    frame(draw);
}

void HeadlessUi::key(ImGuiKey k, const std::function<void(const Fonts&)>& draw)
{
    ImGuiIO& io = ImGui::GetIO();
    io.KeysDown[k] = true;
    frame(draw);
    io.KeysDown[k] = false;
    frame(draw);
}

}  // namespace motcua::ui
