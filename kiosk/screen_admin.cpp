// The admin screen behind the hidden gesture (five taps on the top-left corner within four
// seconds) and the PIN from the store settings: printer test, reload, quit. No other way out.
#include "kiosk/screens.h"

#include "ui/headless.h"
#include "ui/theme.h"
#include "ui/widgets.h"

#include <algorithm>

namespace motcua::kiosk {

namespace {

void drawPinPad(KioskState& s, Commands& out, const ui::Fonts& fonts, const Layout& l, float y)
{
    auto& a = s.admin;
    y += textBlock(fonts.body, tr(s.lang, txt::kEnterPin), ImVec2(l.bodyMin.x, y), l.bodyW(), ui::colors::kText, Align::Center) + 12;
    // The PIN as stars: never readable over a shoulder.
    const std::string stars = a.pin.empty() ? std::string("–") : std::string(a.pin.size() * 2 - 1, ' ');
    std::string shown = stars;
    for (std::size_t i = 0; i < a.pin.size(); ++i) shown[i * 2] = '*';
    y += textBlock(fonts.large, shown, ImVec2(l.bodyMin.x, y), l.bodyW(), ui::colors::kText, Align::Center) + 12;
    if (!a.message.empty())
        y += messageBox(tr(s.lang, *a.message.text), ui::colors::kDanger, ImVec2(l.bodyMin.x, y), l.bodyW(), fonts) + 12;
    const float spacing = 14;
    const float key = std::min({170.0f, (l.bodyW() - 2 * spacing) / 3, (l.bodyMax.y - y - 3 * spacing) / (4 * 0.8f)});
    const float x = l.bodyMin.x + (l.bodyW() - 3 * key - 2 * spacing) * 0.5f;
    ImGui::SetCursorScreenPos(ImVec2(x, y));
    ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(spacing, spacing));
    ImGui::PushStyleVar(ImGuiStyleVar_IndentSpacing, 0);
    ImGui::PushFont(fonts.large);
    const float indent = x - ImGui::GetWindowPos().x - ImGui::GetStyle().WindowPadding.x;
    ImGui::Indent(indent);
    bool enter = false;
    ui::keypad("pin", ui::KeypadLayout::Numeric, a.pin, 8, key, enter, s.lang == Lang::Vi ? "Xoá" : "Del");
    ImGui::Unindent(indent);
    ImGui::PopFont();
    ImGui::PopStyleVar(2);
    if (enter) out.push_back(UnlockAdmin{a.pin});
}

void drawUnlocked(KioskState& s, Commands& out, const ui::Fonts& fonts, const Layout& l, float y)
{
    auto& a = s.admin;
    const std::string info = std::string(tr(s.lang, txt::kPrinterLabel)) + ": " + s.printerName + "\n" + s.setting("office.name") +
                             " (" + s.setting("office.code") + ")";
    y += textBlock(fonts.body, info, ImVec2(l.bodyMin.x, y), l.bodyW(), ui::colors::kText, Align::Center) + l.gap;
    if (!a.message.empty()) {
        const std::string text = std::string(tr(s.lang, *a.message.text)) + (a.message.detail.empty() ? "" : ": " + a.message.detail);
        y += messageBox(text, a.messageOk ? ui::colors::kSuccess : ui::colors::kDanger, ImVec2(l.bodyMin.x, y), l.bodyW(), fonts) + l.gap;
    }
    const float bh = fonts.large->FontSize * 2.4f;
    const float bw = std::min(l.bodyW(), 760.0f);
    const float x = l.bodyMin.x + (l.bodyW() - bw) * 0.5f;
    if (tapButton("##printer-test", tr(s.lang, txt::kPrinterTest), s.printerName, ImVec2(x, y), ImVec2(bw, bh), ui::colors::kPrimary,
                  fonts.large))
        out.push_back(PrinterTest{});
    y += bh + l.gap;
    if (tapButton("##reload", tr(s.lang, txt::kReload), "", ImVec2(x, y), ImVec2(bw, bh), palette::kTeal, fonts.large))
        out.push_back(Reload{});
    y += bh + l.gap;
    if (tapButton("##quit", tr(s.lang, txt::kExit), "", ImVec2(x, y), ImVec2(bw, bh), ui::colors::kDanger, fonts.large))
        out.push_back(Quit{});
}

}  // namespace

void drawAdmin(KioskState& s, Commands& out, const ui::Fonts& fonts, const Layout& l)
{
    float y = l.bodyMin.y;
    y += textBlock(fonts.large, tr(s.lang, txt::kAdminTitle), ImVec2(l.bodyMin.x, y), l.bodyW(), ui::colors::kText, Align::Center) + l.gap;
    if (s.admin.unlocked) drawUnlocked(s, out, fonts, l, y);
    else drawPinPad(s, out, fonts, l, y);
}

}  // namespace motcua::kiosk
