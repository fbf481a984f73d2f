// Drawing helpers the kiosk screens share: the layout of a portrait or landscape screen, wrapped
// and centred text blocks, touch buttons that tests can click by id, the header with the clock
// and the language switch, the footer, and the code entry (keypad + scanner).
#pragma once

#include "kiosk/kiosk_state.h"
#include "ui/fonts.h"

#include <imgui.h>

#include <string>

namespace motcua::kiosk {

/// The screen split into header, body and footer for the current viewport.
struct Layout {
    ImVec2 origin;     ///< top left of the viewport
    float width = 0;
    float height = 0;
    bool portrait = false;
    float pad = 0;     ///< outer margin
    float gap = 0;     ///< between buttons
    float headerH = 0;
    float footerH = 0;
    ImVec2 bodyMin;    ///< the body rectangle (between header and footer, inside the margins)
    ImVec2 bodyMax;
    [[nodiscard]] float bodyW() const { return bodyMax.x - bodyMin.x; }
    [[nodiscard]] float bodyH() const { return bodyMax.y - bodyMin.y; }
};
[[nodiscard]] Layout screenLayout(const ui::Fonts& fonts, bool withFooter);

enum class Align { Left, Center };

/// Draws `text` wrapped to `width` at `pos`; returns the height used. With maxLines > 0 the
/// text stops there with "…". Logged for headless tests.
float textBlock(ImFont* font, const std::string& text, ImVec2 pos, float width, ImU32 color,
                Align align = Align::Left, int maxLines = 0);
/// Height textBlock would use.
[[nodiscard]] float textHeight(ImFont* font, const std::string& text, float width, int maxLines = 0);

/// A big touch button at `pos` (screen coordinates), recorded under `id` for tests.
bool tapButton(const char* id, const std::string& title, const std::string& subtitle, ImVec2 pos, ImVec2 size,
               ImU32 fill, ImFont* titleFont);
/// A card-like list button: title wrapped to three lines, optional second line; dark text on white.
/// A toggle card (a choice that stays chosen) shows a tick box and a tinted fill when selected.
bool cardButton(const char* id, const std::string& title, const std::string& subtitle, ImVec2 pos, ImVec2 size,
                const ui::Fonts& fonts, bool selected = false, bool toggle = false);
/// A filled rounded rectangle (panels, badges).
void panel(ImVec2 min, ImVec2 max, ImU32 fill, float rounding = 16.0f);

/// Office, date and clock, language switch; the top-left corner hides the admin gesture.
void drawHeader(KioskState& state, Commands& out, const ui::Fonts& fonts, const Layout& l);
/// "Về trang chủ" (and "Quay lại" when `back` is set, which then returns true when pressed).
bool drawFooter(KioskState& state, Commands& out, const ui::Fonts& fonts, const Layout& l, bool back);
/// The calm store notice, when there is one, as a band above the footer.
void drawStoreNotice(const KioskState& state, const ui::Fonts& fonts, const Layout& l);
/// A message box (errors in amber/red, confirmations in green) at `pos`; returns its height.
float messageBox(const std::string& text, ImU32 color, ImVec2 pos, float width, const ui::Fonts& fonts);

/// The code field, the alphanumeric keypad and the hardware scanner (it types the code and
/// Enter). Returns true when the citizen asked to search (OK, Enter, or the search button).
bool codeEntry(KioskState& state, CodeEntry& entry, const ui::Fonts& fonts, ImVec2 pos, float width, float height,
               const char* id);

namespace palette {
inline constexpr ImU32 kTeal = IM_COL32(0, 118, 118, 255);
inline constexpr ImU32 kGreen = IM_COL32(20, 120, 60, 255);
inline constexpr ImU32 kGrey = IM_COL32(84, 92, 104, 255);
inline constexpr ImU32 kAmberText = IM_COL32(150, 80, 0, 255);
inline constexpr ImU32 kAmberSoft = IM_COL32(255, 243, 224, 255);
inline constexpr ImU32 kRedSoft = IM_COL32(253, 234, 236, 255);
inline constexpr ImU32 kGreenSoft = IM_COL32(230, 245, 235, 255);
inline constexpr ImU32 kBlueSoft = IM_COL32(228, 239, 249, 255);
inline constexpr ImU32 kBorder = IM_COL32(200, 208, 218, 255);
inline constexpr ImU32 kPurple = IM_COL32(100, 60, 150, 255);
}  // namespace palette

}  // namespace motcua::kiosk
