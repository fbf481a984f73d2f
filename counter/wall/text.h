// Fitting a name into a few lines on the wall: wrapped at spaces, the last line ellipsized, so a
// long group or procedure name is read in full where it fits and never runs out of its box.
#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace motcua::counter {

/// The width of a piece of text in the current font (ImGui::CalcTextSize in the app).
using MeasureText = std::function<float(std::string_view)>;

/// Breaks `text` into at most `maxLines` lines no wider than `width`: at spaces, inside a word only
/// when the word alone is too wide; when text is left over, the last line ends in "…". Characters
/// (UTF-8) are never split. Returns no lines for empty text.
[[nodiscard]] std::vector<std::string> fitLines(std::string_view text, float width, int maxLines,
                                                const MeasureText& measure);

}  // namespace motcua::counter
