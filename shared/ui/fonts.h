// Fonts for every app: a face that covers Vietnamese, found through fontconfig, loaded at three
// sizes with the Vietnamese glyph ranges (precomposed letters, so text must be NFC).
#pragma once

#include <string>
#include <string_view>

struct ImFont;
struct ImGuiIO;

namespace motcua::ui {

struct Fonts {
    ImFont* body = nullptr;   ///< forms, lists
    ImFont* large = nullptr;  ///< buttons, headings
    ImFont* huge = nullptr;   ///< the ticket number, the wall's "now serving"
    std::string file;         ///< the font file used
};

/// Finds a regular (or bold) face with Vietnamese coverage; throws motcua::Error with a clear
/// message if there is none (install fonts-noto-core).
[[nodiscard]] std::string findVietnameseFont(bool bold = false);
/// Adds the fonts to io.Fonts; sizes are in pixels at scale 1.
Fonts loadFonts(ImGuiIO& io, float scale, float bodySize = 22.0f, float largeSize = 34.0f, float hugeSize = 150.0f);

/// The characters of `utf8` the (built) font has no glyph for, each once: they would show as "?".
[[nodiscard]] std::u32string uncoveredChars(const ImFont& font, std::string_view utf8);

}  // namespace motcua::ui
