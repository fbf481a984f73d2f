// The kiosk's shared drawing: layout, wrapped text, touch buttons, header, footer, notices and
// the code entry. Positions are absolute (the root window covers the viewport), so each screen
// lays itself out for portrait (1080×1920) and landscape (1920×1080) alike.
#include "kiosk/kiosk_widgets.h"

#include "ui/headless.h"
#include "ui/theme.h"
#include "ui/widgets.h"

#include <algorithm>
#include <cctype>
#include <vector>

namespace motcua::kiosk {

namespace {

struct Line {
    const char* begin;
    const char* end;
};

std::size_t utf8Length(unsigned char c) { return c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : 4; }

std::vector<Line> wrapLines(ImFont* font, const std::string& text, float width)
{
    std::vector<Line> lines;
    const char* p = text.data();
    const char* end = p + text.size();
    while (p < end) {
        const char* nl = std::find(p, end, '\n');
        const char* brk = p == nl ? nl : font->CalcWordWrapPositionA(1.0f, p, nl, width);
        if (brk <= p && p < nl) brk = p + std::min<std::size_t>(utf8Length(static_cast<unsigned char>(*p)), static_cast<std::size_t>(nl - p));
        const char* e = brk;
        while (e > p && e[-1] == ' ') --e;
        lines.push_back({p, e});
        p = brk;
        while (p < nl && *p == ' ') ++p;
        if (p == nl && nl < end) ++p;
    }
    return lines;
}

float lineWidth(ImFont* font, const char* b, const char* e) { return font->CalcTextSizeA(font->FontSize, 1e9f, 0, b, e).x; }

}  // namespace

Layout screenLayout(const ui::Fonts& fonts, bool withFooter)
{
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    Layout l;
    l.origin = vp->WorkPos;
    l.width = vp->WorkSize.x;
    l.height = vp->WorkSize.y;
    l.portrait = l.height > l.width;
    l.pad = std::max(20.0f, std::min(l.width, l.height) * 0.035f);
    l.gap = l.pad * 0.6f;
    l.headerH = fonts.body->FontSize * 1.15f + fonts.large->FontSize * 1.15f * 2 + 34;
    l.footerH = withFooter ? fonts.large->FontSize * 2.2f + 24 : 0;
    l.bodyMin = ImVec2(l.origin.x + l.pad, l.origin.y + l.headerH + l.pad * 0.8f);
    l.bodyMax = ImVec2(l.origin.x + l.width - l.pad, l.origin.y + l.height - l.footerH - l.pad * 0.8f);
    return l;
}

float textHeight(ImFont* font, const std::string& text, float width, int maxLines)
{
    std::size_t n = wrapLines(font, text, width).size();
    if (maxLines > 0) n = std::min(n, static_cast<std::size_t>(maxLines));
    return static_cast<float>(n) * font->FontSize * 1.15f;
}

float textBlock(ImFont* font, const std::string& text, ImVec2 pos, float width, ImU32 color, Align align, int maxLines)
{
    ui::logText(text);
    auto lines = wrapLines(font, text, width);
    std::string last;  // the shortened last line, when cut
    if (maxLines > 0 && lines.size() > static_cast<std::size_t>(maxLines)) {
        lines.resize(static_cast<std::size_t>(maxLines));
        const char* b = lines.back().begin;
        std::string s(b, lines.back().end);
        while (!s.empty() && lineWidth(font, s.data(), s.data() + s.size()) + lineWidth(font, "…", nullptr) > width) {
            do s.pop_back();
            while (!s.empty() && (static_cast<unsigned char>(s.back()) & 0xC0) == 0x80);
            if (!s.empty()) s.pop_back();
        }
        last = s + "…";
    }
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const float lh = font->FontSize * 1.15f;
    float y = pos.y;
    for (std::size_t i = 0; i < lines.size(); ++i) {
        const bool cut = !last.empty() && i + 1 == lines.size();
        const char* b = cut ? last.data() : lines[i].begin;
        const char* e = cut ? last.data() + last.size() : lines[i].end;
        float x = pos.x;
        if (align == Align::Center) x += std::max(0.0f, (width - lineWidth(font, b, e)) * 0.5f);
        dl->AddText(font, font->FontSize, ImVec2(x, y), color, b, e);
        y += lh;
    }
    return y - pos.y;
}

bool tapButton(const char* id, const std::string& title, const std::string& subtitle, ImVec2 pos, ImVec2 size,
               ImU32 fill, ImFont* titleFont)
{
    ImGui::SetCursorScreenPos(pos);
    const bool clicked = ui::bigButton(id, title, subtitle, size, fill, titleFont);
    ui::recordItem(id);
    return clicked;
}

bool cardButton(const char* id, const std::string& title, const std::string& subtitle, ImVec2 pos, ImVec2 size,
                const ui::Fonts& fonts, bool selected, bool toggle)
{
    ImGui::SetCursorScreenPos(pos);
    const bool clicked = ImGui::InvisibleButton(id, size);
    ui::recordItem(id);
    const bool held = ImGui::IsItemActive();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const ImVec2 max(pos.x + size.x, pos.y + size.y);
    dl->AddRectFilled(pos, max, held || selected ? palette::kBlueSoft : ui::colors::kCard, 14.0f);
    dl->AddRect(pos, max, selected ? ui::colors::kPrimary : palette::kBorder, 14.0f, 0, selected ? 4.0f : 2.0f);
    if (!toggle) dl->AddRectFilled(pos, ImVec2(pos.x + 10, max.y), ui::colors::kPrimary, 14.0f, ImDrawFlags_RoundCornersLeft);
    const float marker = toggle ? std::min(56.0f, size.y - 24) : 0;
    const float inner = size.x - 64 - marker;
    ImFont* font = toggle ? fonts.large : fonts.body;
    const int titleLines = subtitle.empty() ? 3 : 2;
    const float th = textHeight(font, title, inner, titleLines);
    const float sh = subtitle.empty() ? 0 : fonts.body->FontSize * 1.15f;
    float y = pos.y + (size.y - th - sh) * 0.5f;
    y += textBlock(font, title, ImVec2(pos.x + 32, y), inner, ui::colors::kText, Align::Left, titleLines);
    if (!subtitle.empty()) textBlock(fonts.body, subtitle, ImVec2(pos.x + 32, y), inner, ui::colors::kMuted, Align::Left, 1);
    const float cy = pos.y + size.y * 0.5f;
    if (toggle) {
        // A tick box: empty, or filled with a white tick.
        const ImVec2 b0(max.x - 24 - marker, cy - marker * 0.5f), b1(max.x - 24, cy + marker * 0.5f);
        if (selected) {
            dl->AddRectFilled(b0, b1, ui::colors::kPrimary, 8.0f);
            const ImVec2 tick[] = {ImVec2(b0.x + marker * 0.22f, cy), ImVec2(b0.x + marker * 0.42f, cy + marker * 0.2f),
                                   ImVec2(b0.x + marker * 0.78f, cy - marker * 0.22f)};
            dl->AddPolyline(tick, 3, IM_COL32_WHITE, 0, marker * 0.12f);
        } else {
            dl->AddRect(b0, b1, palette::kGrey, 8.0f, 0, 3.0f);
        }
    } else {
        // A chevron says "more behind this".
        const float cx = max.x - 30;
        dl->AddTriangleFilled(ImVec2(cx - 8, cy - 12), ImVec2(cx + 6, cy), ImVec2(cx - 8, cy + 12), ui::colors::kPrimary);
    }
    return clicked;
}

void panel(ImVec2 min, ImVec2 max, ImU32 fill, float rounding)
{
    ImGui::GetWindowDrawList()->AddRectFilled(min, max, fill, rounding);
}

void drawHeader(KioskState& s, Commands& out, const ui::Fonts& fonts, const Layout& l)
{
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const ImVec2 o = l.origin;
    dl->AddRectFilled(o, ImVec2(o.x + l.width, o.y + l.headerH), ui::colors::kCard);
    dl->AddRectFilled(ImVec2(o.x, o.y + l.headerH - 6), ImVec2(o.x + l.width, o.y + l.headerH), ui::colors::kPrimary);

    // Right: the language switch, then the clock and the date.
    const std::string lang = tr(s.lang, txt::kSwitchLanguage);
    const ImVec2 langSize(std::max(200.0f, fonts.large->CalcTextSizeA(fonts.large->FontSize, 1e9f, 0, lang.c_str()).x + 48),
                          std::min(l.headerH - 40, fonts.large->FontSize * 2.2f));
    const ImVec2 langPos(o.x + l.width - l.pad - langSize.x, o.y + (l.headerH - 6 - langSize.y) * 0.5f);
    if (tapButton("##lang", lang, "", langPos, langSize, palette::kGrey, fonts.large))
        out.push_back(SetLanguage{s.lang == Lang::Vi ? Lang::En : Lang::Vi});
    const std::string clock = clockText(s.now);
    const std::string date = weekdayDate(s.lang, s.now);
    const float dateW = fonts.body->CalcTextSizeA(fonts.body->FontSize, 1e9f, 0, date.c_str()).x;
    const float clockX = langPos.x - l.gap - dateW;
    const float clockY = o.y + (l.headerH - 6 - fonts.large->FontSize * 1.15f - fonts.body->FontSize * 1.15f) * 0.5f;
    textBlock(fonts.large, clock, ImVec2(clockX, clockY), dateW, ui::colors::kText, Align::Center);
    textBlock(fonts.body, date, ImVec2(clockX, clockY + fonts.large->FontSize * 1.15f), dateW, ui::colors::kMuted,
              Align::Center);

    // Left: the office. The corner under it hides the admin gesture (five taps).
    const float textW = clockX - l.gap - (o.x + l.pad);
    float y = o.y + 14;
    const std::string parent = s.setting("office.parent");
    if (!parent.empty()) y += textBlock(fonts.body, parent, ImVec2(o.x + l.pad, y), textW, ui::colors::kMuted, Align::Left, 1);
    textBlock(fonts.large, s.setting("office.name"), ImVec2(o.x + l.pad, y), textW, ui::colors::kPrimary, Align::Left, 2);
    ImGui::SetCursorScreenPos(o);
    if (ImGui::InvisibleButton("##admin-corner", ImVec2(std::min(240.0f, textW), l.headerH))) {
        if (s.adminTaps == 0 || s.seconds - s.adminFirstTap > kAdminTapWindow) {
            s.adminTaps = 0;
            s.adminFirstTap = s.seconds;
        }
        if (++s.adminTaps >= kAdminTaps) {
            s.adminTaps = 0;
            out.push_back(GoTo{Screen::Admin});
        }
    }
    ui::recordItem("##admin-corner");
}

bool drawFooter(KioskState& s, Commands& out, const ui::Fonts& fonts, const Layout& l, bool back)
{
    const ImVec2 o = l.origin;
    const float top = o.y + l.height - l.footerH;
    ImGui::GetWindowDrawList()->AddRectFilled(ImVec2(o.x, top), ImVec2(o.x + l.width, o.y + l.height), ui::colors::kCard);
    const float h = l.footerH - 40;
    const float w = std::min(520.0f, (l.width - 2 * l.pad - l.gap) * 0.5f);
    bool pressedBack = false;
    if (back) pressedBack = tapButton("##back", tr(s.lang, txt::kBack), "", ImVec2(o.x + l.pad, top + 20), ImVec2(w, h),
                                      palette::kGrey, fonts.large);
    if (tapButton("##home", tr(s.lang, txt::kHome), "", ImVec2(o.x + l.width - l.pad - w, top + 20), ImVec2(w, h),
                  ui::colors::kPrimary, fonts.large))
        out.push_back(GoTo{Screen::Home});
    return pressedBack;
}

float messageBox(const std::string& text, ImU32 color, ImVec2 pos, float width, const ui::Fonts& fonts)
{
    const float inner = width - 48;
    const float h = textHeight(fonts.body, text, inner) + 36;
    const ImU32 soft = color == ui::colors::kSuccess ? palette::kGreenSoft
                       : color == ui::colors::kDanger ? palette::kRedSoft
                                                      : palette::kAmberSoft;
    panel(pos, ImVec2(pos.x + width, pos.y + h), soft, 12.0f);
    ImGui::GetWindowDrawList()->AddRectFilled(pos, ImVec2(pos.x + 10, pos.y + h), color, 12.0f, ImDrawFlags_RoundCornersLeft);
    textBlock(fonts.body, text, ImVec2(pos.x + 30, pos.y + 18), inner, color == ui::colors::kPriority ? palette::kAmberText : color);
    return h;
}

void drawStoreNotice(const KioskState& s, const ui::Fonts& fonts, const Layout& l)
{
    if (s.storeNotice.empty()) return;
    const std::string text = tr(s.lang, *s.storeNotice.text);
    const float w = l.width - 2 * l.pad;
    const float h = textHeight(fonts.body, text, w - 48) + 36;
    messageBox(text, ui::colors::kPriority, ImVec2(l.origin.x + l.pad, l.origin.y + l.height - l.footerH - h - 12), w, fonts);
}

namespace {

/// Characters and Enter from a hardware keyboard or a scanner in keyboard mode.
bool readKeyboard(CodeEntry& entry)
{
    ImGuiIO& io = ImGui::GetIO();
    for (int i = 0; i < io.InputQueueCharacters.Size; ++i) {
        const ImWchar c = io.InputQueueCharacters[i];
        if (c < 32 || c >= 127) continue;
        if (entry.untouched) entry.text.clear();
        entry.untouched = false;
        if (entry.text.size() < 200) entry.text += static_cast<char>(std::toupper(static_cast<int>(c)));
    }
    if (ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Backspace)) && !entry.text.empty()) {
        entry.text.pop_back();
        entry.untouched = false;
    }
    return ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Enter), false) ||
           ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_KeyPadEnter), false);
}

}  // namespace

bool codeEntry(KioskState& s, CodeEntry& entry, const ui::Fonts& fonts, ImVec2 pos, float width, float height, const char* id)
{
    bool submit = readKeyboard(entry);
    ImDrawList* dl = ImGui::GetWindowDrawList();
    // The field: the tail of the text when it is longer than the box.
    const float fieldH = fonts.large->FontSize * 1.9f;
    dl->AddRectFilled(pos, ImVec2(pos.x + width, pos.y + fieldH), ui::colors::kCard, 12.0f);
    dl->AddRect(pos, ImVec2(pos.x + width, pos.y + fieldH), ui::colors::kPrimary, 12.0f, 0, 3.0f);
    std::string shown = entry.text;
    while (!shown.empty() && lineWidth(fonts.large, shown.data(), shown.data() + shown.size()) > width - 60) shown.erase(0, 1);
    ui::logText(entry.text);
    const float ty = pos.y + (fieldH - fonts.large->FontSize) * 0.5f;
    dl->AddText(fonts.large, fonts.large->FontSize, ImVec2(pos.x + 24, ty), ui::colors::kText, shown.c_str());
    const float caretX = pos.x + 28 + lineWidth(fonts.large, shown.data(), shown.data() + shown.size());
    // A steady caret: blinking would keep an idle kiosk redrawing.
    dl->AddRectFilled(ImVec2(caretX, ty + 4), ImVec2(caretX + 4, ty + fonts.large->FontSize), ui::colors::kPrimary);

    // The keypad: ten columns, keys as large as the space allows. Portrait: the buttons go under
    // it; landscape: beside it, so the keys keep a finger's size.
    const float top = pos.y + fieldH + 24;
    const float avail = pos.y + height - top;
    const float spacing = 10;
    const float bottomRow = fonts.large->FontSize * 2.0f;
    const bool wide = width > 1.6f * avail;
    const float padW = wide ? width * 0.68f : width;
    const float rowsH = wide ? avail : avail - bottomRow - 24;
    const float key = std::max(40.0f, std::min({(padW - 9 * spacing) / 10, (rowsH - 3 * spacing) / (4 * 0.8f), 150.0f}));
    const float padX = wide ? pos.x : pos.x + (width - (10 * key + 9 * spacing)) * 0.5f;
    ImGui::SetCursorScreenPos(ImVec2(padX, top));
    ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(spacing, spacing));
    ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, ImVec2(2, 2));
    ImGui::PushStyleVar(ImGuiStyleVar_IndentSpacing, 0);  // Indent(0) must not mean "the default"
    ImGui::PushFont(key * 0.8f >= fonts.large->FontSize * 1.3f ? fonts.large : fonts.body);
    // Rows after the first start at the window's indent: move it to the keypad's left edge.
    const float indent = padX - ImGui::GetWindowPos().x - ImGui::GetStyle().WindowPadding.x;
    ImGui::Indent(indent);
    bool enter = false;
    const std::string before = entry.text;
    ui::keypad(id, ui::KeypadLayout::Alphanumeric, entry.text, 60, key, enter, s.lang == Lang::Vi ? "Xoá" : "Del");
    ImGui::Unindent(indent);
    ImGui::PopFont();
    ImGui::PopStyleVar(3);
    if (entry.text != before) entry.untouched = false;
    submit = submit || enter;

    // Clear and search.
    ImVec2 clearPos, clearSize, searchPos, searchSize;
    if (wide) {
        const float x = padX + 10 * key + 9 * spacing + 24;
        const float w = pos.x + width - x;
        const float padH = 4 * key * 0.8f + 3 * spacing;
        clearPos = ImVec2(x, top);
        clearSize = ImVec2(w, std::min(bottomRow, padH * 0.3f));
        searchPos = ImVec2(x, top + clearSize.y + spacing * 2);
        searchSize = ImVec2(w, padH - clearSize.y - spacing * 2);
    } else {
        const float rowY = top + 4 * (key * 0.8f + spacing) + 14;
        const float clearW = (width - spacing * 2) * 0.3f;
        clearPos = ImVec2(pos.x, rowY);
        clearSize = ImVec2(clearW, bottomRow);
        searchPos = ImVec2(pos.x + clearW + spacing * 2, rowY);
        searchSize = ImVec2(width - clearW - spacing * 2, bottomRow);
    }
    if (tapButton((std::string("##clear-") + id).c_str(), tr(s.lang, txt::kClearAll), "", clearPos, clearSize, palette::kGrey,
                  fonts.large)) {
        entry.text.clear();
        entry.untouched = false;
    }
    if (tapButton((std::string("##search-") + id).c_str(), tr(s.lang, s.screen == Screen::Rating ? txt::kContinue : txt::kSearch),
                  "", searchPos, searchSize, palette::kGreen, fonts.large))
        submit = true;
    return submit;
}

}  // namespace motcua::kiosk
