// What a headless frame drew, read back from ImGui's draw lists: where a window's content ends and
// whether any letter was drawn past it. A text that runs past a column's edge is clipped there on
// screen (cut mid-word); its glyphs' vertices still lie beyond the edge, which is what this finds.
#pragma once

#include <imgui.h>
#include <imgui_internal.h>

#include <cstring>
#include <stdexcept>
#include <string>

namespace motcua::counter::test {

/// The window (a child: "##papers", "##intake-left") drawn last frame whose name holds `part`.
inline const ImGuiWindow& drawnWindow(const char* part)
{
    for (const ImGuiWindow* w : GImGui->Windows)
        if (w && w->Active && std::strstr(w->Name, part)) return *w;
    throw std::runtime_error(std::string("no window ") + part + " was drawn");
}

/// Where the window's content ends on the right: its clip rectangle without the scrollbar.
inline float windowEdge(const char* part) { return drawnWindow(part).InnerClipRect.Max.x; }

/// How many of the window's letter vertices (textured by a glyph, not the atlas's white pixel
/// that fills shapes) lie right of its content's edge.
inline int glyphsPastEdge(const char* part)
{
    const ImGuiWindow& w = drawnWindow(part);
    const float edge = w.InnerClipRect.Max.x + 0.5f;
    const ImVec2 white = GImGui->IO.Fonts->TexUvWhitePixel;
    const ImDrawList& list = *w.DrawList;
    int past = 0;
    for (const ImDrawCmd& c : list.CmdBuffer)
        for (unsigned i = c.IdxOffset; i < c.IdxOffset + c.ElemCount; ++i) {
            const ImDrawVert& v = list.VtxBuffer[static_cast<int>(c.VtxOffset + list.IdxBuffer[static_cast<int>(i)])];
            const bool glyph = v.uv.x != white.x || v.uv.y != white.y;
            if (glyph && v.pos.x > edge) ++past;
        }
    return past;
}

}  // namespace motcua::counter::test
