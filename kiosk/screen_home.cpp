// Home (one big button per service group: a ticket in two taps), the priority ticket (who, then
// which group) and the attract screen shown when the kiosk has stood untouched.
#include "kiosk/screens.h"

#include "ui/headless.h"
#include "ui/theme.h"
#include "ui/widgets.h"

#include <algorithm>
#include <cmath>
#include <iterator>

namespace motcua::kiosk {

namespace {

constexpr ImU32 kPriorityFill = IM_COL32(176, 92, 0, 255);  // amber dark enough for white text

int columnsFor(std::size_t n, bool portrait)
{
    if (portrait) return n <= 4 ? 1 : 2;
    return n <= 3 ? static_cast<int>(std::max<std::size_t>(n, 1)) : (n <= 4 ? 2 : 3);
}

/// Lays out the group buttons in a grid inside [top, bottom); returns the index clicked or -1.
int groupGrid(const KioskState& s, const ui::Fonts& fonts, const Layout& l, float top, float bottom, ImU32 fill,
              bool priority, bool enabled)
{
    const auto& groups = s.home.groups;
    if (groups.empty()) {
        textBlock(fonts.large, tr(s.lang, txt::kNoGroups), ImVec2(l.bodyMin.x, top), l.bodyW(), ui::colors::kMuted, Align::Center);
        return -1;
    }
    const int cols = columnsFor(groups.size(), l.portrait);
    const int rows = static_cast<int>((groups.size() + static_cast<std::size_t>(cols) - 1) / static_cast<std::size_t>(cols));
    const float w = (l.bodyW() - static_cast<float>(cols - 1) * l.gap) / static_cast<float>(cols);
    const float maxH = l.portrait ? 380.0f : 480.0f;
    const float h = std::min(maxH, (bottom - top - static_cast<float>(rows - 1) * l.gap) / static_cast<float>(rows));
    // Centred in the space they have, so a short list does not leave a hole under it.
    top += std::max(0.0f, (bottom - top - static_cast<float>(rows) * h - static_cast<float>(rows - 1) * l.gap) * 0.5f);
    int clicked = -1;
    for (std::size_t i = 0; i < groups.size(); ++i) {
        const int r = static_cast<int>(i) / cols, c = static_cast<int>(i) % cols;
        const ImVec2 pos(l.bodyMin.x + static_cast<float>(c) * (w + l.gap), top + static_cast<float>(r) * (h + l.gap));
        const std::string id = (priority ? "##pgroup-" : "##group-") + groups[i].group.code;
        if (groupButton(id.c_str(), groups[i], s.lang, pos, ImVec2(w, h), fonts, enabled ? fill : palette::kGrey, priority) &&
            enabled)
            clicked = static_cast<int>(i);
    }
    return clicked;
}

}  // namespace

void closedPanel(const KioskState& s, const ui::Fonts& fonts, const Layout& l, float top, float bottom)
{
    const std::string when = s.hours ? closedText(s.lang, *s.hours) : std::string();
    const float w = l.bodyW() - 96;
    const float h = textHeight(fonts.large, tr(s.lang, txt::kClosedTitle), w) + textHeight(fonts.large, when, w) +
                    textHeight(fonts.body, tr(s.lang, txt::kClosedHint), w) + 2 * l.gap + 96;
    const float y0 = top + std::max(0.0f, (bottom - top - h) * 0.5f);
    panel(ImVec2(l.bodyMin.x, y0), ImVec2(l.bodyMax.x, y0 + h), palette::kAmberSoft, 20.0f);
    float y = y0 + 48;
    y += textBlock(fonts.large, tr(s.lang, txt::kClosedTitle), ImVec2(l.bodyMin.x + 48, y), w, palette::kAmberText, Align::Center) + l.gap;
    y += textBlock(fonts.large, when, ImVec2(l.bodyMin.x + 48, y), w, ui::colors::kText, Align::Center) + l.gap;
    textBlock(fonts.body, tr(s.lang, txt::kClosedHint), ImVec2(l.bodyMin.x + 48, y), w, ui::colors::kMuted, Align::Center);
}

bool groupButton(const char* id, const service::GroupStatus& g, Lang lang, ImVec2 pos, ImVec2 size,
                 const ui::Fonts& fonts, ImU32 fill, bool priority)
{
    ImGui::SetCursorScreenPos(pos);
    const bool clicked = ImGui::InvisibleButton(id, size);
    ui::recordItem(id);
    const bool held = ImGui::IsItemActive();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    ImVec4 c = ImGui::ColorConvertU32ToFloat4(fill);
    if (held) c = ImVec4(c.x * 0.8f, c.y * 0.8f, c.z * 0.8f, c.w);
    const ImVec2 max(pos.x + size.x, pos.y + size.y);
    dl->AddRectFilled(pos, max, ImGui::ColorConvertFloat4ToU32(c), 18.0f);
    // The ticket letter, as on the ticket and the wall screen.
    const float badge = std::min(size.y - 48, fonts.large->FontSize * 2.6f);
    const ImVec2 b0(pos.x + 28, pos.y + (size.y - badge) * 0.5f);
    dl->AddRectFilled(b0, ImVec2(b0.x + badge, b0.y + badge), IM_COL32_WHITE, 14.0f);
    const float letter = badge * 0.62f;
    const ImVec2 ls = fonts.huge->CalcTextSizeA(letter, 1e9f, 0, g.group.prefix.c_str());
    dl->AddText(fonts.huge, letter, ImVec2(b0.x + (badge - ls.x) * 0.5f, b0.y + (badge - ls.y) * 0.5f), fill,
                g.group.prefix.c_str());
    const float x = b0.x + badge + 28;
    const float w = max.x - x - 24;
    const int waiting = priority ? g.priorityWaiting : g.waiting;
    const std::string wait = waitingText(lang, waiting, priority ? g.priorityWaitMinutes : g.waitMinutes);
    const std::string counters = countersText(lang, g.group.counters);
    // The wait and the counters always show; the name gets the lines left (a low landscape card
    // cut "Quầy 1, 2" off at the bottom when the name took three).
    const float lines = fonts.body->FontSize * 1.15f * 2 + 10;
    const float nameLineH = fonts.large->FontSize * 1.15f;
    const int nameLines = std::clamp(static_cast<int>((size.y - 24 - lines) / nameLineH), 1, 3);
    const float nameH = textHeight(fonts.large, g.group.name, w, nameLines);
    const float top = pos.y + std::max(12.0f, (size.y - nameH - lines) * 0.5f);
    float y = top;
    y += textBlock(fonts.large, g.group.name, ImVec2(x, y), w, IM_COL32_WHITE, Align::Left, nameLines) + 10;
    y += textBlock(fonts.body, wait, ImVec2(x, y), w, IM_COL32(235, 242, 250, 255), Align::Left, 1);
    y += textBlock(fonts.body, counters, ImVec2(x, y), w, IM_COL32(235, 242, 250, 255), Align::Left, 1);
    // The text's extent, for tests that check it stays inside the card.
    const ImVec2 keep = ImGui::GetCursorScreenPos();
    ImGui::SetCursorScreenPos(ImVec2(x, top));
    ImGui::Dummy(ImVec2(w, y - top));
    ui::recordItem(std::string(id) + "-text");
    ImGui::SetCursorScreenPos(keep);
    return clicked;
}

void drawHome(KioskState& s, Commands& out, const ui::Fonts& fonts, const Layout& l)
{
    const bool busy = s.home.issuing;
    float y = l.bodyMin.y;
    if (ticketsOpen(s))  // closed: the panel below says why, not "touch a service"
        y += textBlock(fonts.large, tr(s.lang, txt::kChooseGroup), ImVec2(l.bodyMin.x, y), l.bodyW(), ui::colors::kText,
                       Align::Center) + l.gap;

    // The four other services: a 2×2 block in portrait, one row in landscape.
    const float tileH = l.portrait ? 190.0f : 170.0f;
    const int tileCols = l.portrait ? 2 : 4;
    const float secH = l.portrait ? 2 * tileH + l.gap : tileH;
    const float secTop = l.bodyMax.y - secH;
    const float noticeH = s.homeNotice.empty() ? 0 : textHeight(fonts.body, tr(s.lang, *s.homeNotice.text), l.bodyW() - 48) + 36 + l.gap;
    if (!ticketsOpen(s)) {
        closedPanel(s, fonts, l, y, secTop - l.gap * 1.5f);
    } else {
        const int g = groupGrid(s, fonts, l, y, secTop - l.gap * 1.5f - noticeH, ui::colors::kPrimary, false, !busy);
        if (g >= 0) out.push_back(IssueTicket{s.home.groups[static_cast<std::size_t>(g)].group.code, {}});
    }
    if (!s.homeNotice.empty())
        messageBox(tr(s.lang, *s.homeNotice.text), ui::colors::kDanger, ImVec2(l.bodyMin.x, secTop - l.gap - noticeH + l.gap * 0.5f),
                   l.bodyW(), fonts);

    struct Tile {
        const char* id;
        const Text& title;
        const Text& hint;
        ImU32 fill;
        Screen screen;
    };
    const Tile tiles[] = {{"##priority", txt::kPriority, txt::kPriorityHint, kPriorityFill, Screen::Priority},
                          {"##lookup", txt::kLookup, txt::kLookupHint, palette::kTeal, Screen::Lookup},
                          {"##guide", txt::kGuide, txt::kGuideHint, palette::kPurple, Screen::Guide},
                          {"##rating", txt::kRating, txt::kRatingHint, palette::kGreen, Screen::Rating}};
    const float tileW = (l.bodyW() - static_cast<float>(tileCols - 1) * l.gap) / static_cast<float>(tileCols);
    for (int i = 0; i < 4; ++i) {
        const int r = i / tileCols, c = i % tileCols;
        const ImVec2 pos(l.bodyMin.x + static_cast<float>(c) * (tileW + l.gap), secTop + static_cast<float>(r) * (tileH + l.gap));
        const Tile& t = tiles[i];
        if (tapButton(t.id, tr(s.lang, t.title), tr(s.lang, t.hint), pos, ImVec2(tileW, tileH), t.fill, fonts.large) && !busy)
            out.push_back(GoTo{t.screen});
    }
    if (busy) {
        // Retrying a ticket while the store is busy: one request at a time, said calmly.
        ImDrawList* dl = ImGui::GetWindowDrawList();
        dl->AddRectFilled(l.bodyMin, l.bodyMax, IM_COL32(244, 246, 249, 200));
        textBlock(fonts.large, tr(s.lang, txt::kTakingNumber), ImVec2(l.bodyMin.x, l.bodyMin.y + l.bodyH() * 0.4f), l.bodyW(),
                  ui::colors::kPrimary, Align::Center);
    }
}

void drawPriority(KioskState& s, Commands& out, const ui::Fonts& fonts, const Layout& l)
{
    float y = l.bodyMin.y;
    y += textBlock(fonts.large, tr(s.lang, txt::kPriorityTitle), ImVec2(l.bodyMin.x, y), l.bodyW(), kPriorityFill, Align::Center) +
         l.gap * 0.5f;
    y += textBlock(fonts.large, tr(s.lang, txt::kPriorityStep1), ImVec2(l.bodyMin.x, y), l.bodyW(), ui::colors::kText) + 12;
    const int cols = l.portrait ? 2 : 3;
    const int n = static_cast<int>(std::size(kPriorityReasons));
    const float w = (l.bodyW() - static_cast<float>(cols - 1) * l.gap) / static_cast<float>(cols);
    const float h = fonts.large->FontSize * 2.6f;
    for (int i = 0; i < n; ++i) {
        const int r = i / cols, c = i % cols;
        const ImVec2 pos(l.bodyMin.x + static_cast<float>(c) * (w + l.gap), y + static_cast<float>(r) * (h + l.gap * 0.6f));
        const std::string id = "##reason-" + std::to_string(i);
        const bool chosen = s.priority.reason == i;
        if (cardButton(id.c_str(), tr(s.lang, kPriorityReasons[i]), "", pos, ImVec2(w, h), fonts, chosen, true))
            s.priority.reason = i;  // a choice on this screen only; nothing to apply
    }
    const int rows = (n + cols - 1) / cols;
    y += static_cast<float>(rows) * (h + l.gap * 0.6f) + l.gap * 0.5f;
    const bool ready = s.priority.reason >= 0;
    y += textBlock(fonts.large, tr(s.lang, ready ? txt::kPriorityStep2 : txt::kPriorityPickFirst), ImVec2(l.bodyMin.x, y), l.bodyW(),
                   ready ? ui::colors::kText : palette::kAmberText) + 12;
    const float noteH = fonts.body->FontSize * 1.2f + l.gap;
    if (!ticketsOpen(s)) return closedPanel(s, fonts, l, y, l.bodyMax.y - noteH);
    const int g = groupGrid(s, fonts, l, y, l.bodyMax.y - noteH, kPriorityFill, true, ready);
    if (g >= 0 && ready)
        out.push_back(IssueTicket{s.home.groups[static_cast<std::size_t>(g)].group.code,
                                  kPriorityReasons[s.priority.reason].vi});
    textBlock(fonts.body, tr(s.lang, txt::kPriorityNote), ImVec2(l.bodyMin.x, l.bodyMax.y - fonts.body->FontSize * 1.15f), l.bodyW(),
              ui::colors::kMuted, Align::Center);
}

void drawAttract(KioskState& s, Commands& out, const ui::Fonts& fonts, const Layout& l)
{
    // The whole body is one button: any touch starts.
    ImGui::SetCursorScreenPos(ImVec2(l.origin.x, l.origin.y + l.headerH));
    if (ImGui::InvisibleButton("##attract", ImVec2(l.width, l.height - l.headerH))) out.push_back(GoTo{Screen::Home});
    ui::recordItem("##attract");
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const float r = std::min(l.width, l.height) * 0.14f;
    const float lineH = fonts.large->FontSize * 1.15f;
    const float contentH = 2 * r + l.gap * 2 + lineH * 2 + fonts.body->FontSize * 1.15f * 2 + l.gap * 3 +
                           static_cast<float>(s.home.groups.size()) * (lineH + 12);
    float y = l.bodyMin.y + std::max(0.0f, (l.bodyH() - contentH) * 0.45f);
    const ImVec2 centre(l.origin.x + l.width * 0.5f, y + r);
    dl->AddCircleFilled(centre, r, ui::colors::kPrimary, 96);
    dl->AddCircle(centre, r + 18, palette::kBlueSoft, 96, 10.0f);
    // What the circle offers, in words (a bare "1" left people guessing).
    const float labelW = r * 1.7f;
    const float labelH = textHeight(fonts.large, txt::kTouchToTake.vi, labelW) + textHeight(fonts.body, txt::kTouchToTake.en, labelW);
    float ly = centre.y - labelH * 0.5f;
    ly += textBlock(fonts.large, txt::kTouchToTake.vi, ImVec2(centre.x - labelW * 0.5f, ly), labelW, IM_COL32_WHITE, Align::Center);
    textBlock(fonts.body, txt::kTouchToTake.en, ImVec2(centre.x - labelW * 0.5f, ly), labelW, palette::kBlueSoft, Align::Center);
    y += 2 * r + l.gap * 2;
    // Both languages at once: the attract screen speaks to whoever walks by.
    y += textBlock(fonts.large, txt::kTouchToStart.vi, ImVec2(l.bodyMin.x, y), l.bodyW(), ui::colors::kText, Align::Center);
    y += textBlock(fonts.large, txt::kTouchToStart.en, ImVec2(l.bodyMin.x, y), l.bodyW(), ui::colors::kMuted, Align::Center) + l.gap;
    y += textBlock(fonts.body, tr(s.lang, txt::kAttractHelp), ImVec2(l.bodyMin.x, y), l.bodyW(), ui::colors::kPrimary, Align::Center) +
         l.gap * 2;
    if (!ticketsOpen(s) && s.hours) {
        textBlock(fonts.large, closedText(s.lang, *s.hours), ImVec2(l.bodyMin.x, y), l.bodyW(), palette::kAmberText, Align::Center);
        return;
    }
    for (const auto& g : s.home.groups) {
        const std::string line = g.group.prefix + "   " + g.group.name + ":  " + std::to_string(g.waiting) + " " +
                                 tr(s.lang, txt::kWaitingNow);
        y += textBlock(fonts.large, line, ImVec2(l.bodyMin.x, y), l.bodyW(), ui::colors::kText, Align::Center, 1) + 12;
    }
}

}  // namespace motcua::kiosk
