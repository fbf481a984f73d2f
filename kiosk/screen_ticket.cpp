// The ticket screen: the number huge, group, counters, people ahead, wait, the QR and the print
// status while it prints; back home after 20 s or a tap. A failed print says so plainly.
#include "kiosk/screens.h"

#include "ui/headless.h"
#include "ui/theme.h"
#include "ui/widgets.h"

#include <algorithm>
#include <cmath>

namespace motcua::kiosk {

namespace {

void infoRow(const ui::Fonts& fonts, const std::string& name, const std::string& value, ImVec2 pos, float width, float& y)
{
    textBlock(fonts.body, name, ImVec2(pos.x, y), width, ui::colors::kMuted);
    y += fonts.body->FontSize * 1.15f;
    y += textBlock(fonts.large, value, ImVec2(pos.x, y), width, ui::colors::kText) + 14;
}

void drawFailed(KioskState& s, Commands& out, const ui::Fonts& fonts, const Layout& l)
{
    float y = l.bodyMin.y + l.bodyH() * 0.12f;
    y += textBlock(fonts.large, tr(s.lang, txt::kPrintFailedTitle), ImVec2(l.bodyMin.x, y), l.bodyW(), ui::colors::kDanger,
                   Align::Center) + l.gap;
    y += messageBox(tr(s.lang, txt::kPrintFailed), ui::colors::kDanger, ImVec2(l.bodyMin.x, y), l.bodyW(), fonts) + l.gap;
    // The cancelled number, small, for the clerk the citizen will talk to.
    textBlock(fonts.body, std::string(tr(s.lang, txt::kVoidedNumber)) + ": " + s.ticket.issued.ticket.label,
              ImVec2(l.bodyMin.x, y), l.bodyW(), ui::colors::kMuted, Align::Center);
    const float bw = std::min(l.bodyW(), 640.0f);
    if (tapButton("##done", tr(s.lang, txt::kHome), "", ImVec2(l.bodyMin.x + (l.bodyW() - bw) * 0.5f, l.bodyMax.y - 150),
                  ImVec2(bw, 130), ui::colors::kPrimary, fonts.large))
        out.push_back(GoTo{Screen::Home});
}

}  // namespace

void drawTicket(KioskState& s, Commands& out, const ui::Fonts& fonts, const Layout& l)
{
    auto& t = s.ticket;
    if (t.status == PrintStatus::Printing && !t.printRequested) {
        // This frame shows the ticket with "printing…"; the print runs right after it.
        t.printRequested = true;
        out.push_back(PrintTicket{t.issued.ticket.label});
    }
    if (t.status == PrintStatus::Failed) return drawFailed(s, out, fonts, l);

    const auto& issued = t.issued;
    const bool priority = !issued.ticket.priorityReason.empty();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    // The card with the number.
    const float cardH = fonts.huge->FontSize * 1.25f + fonts.large->FontSize * 3.2f + (priority ? fonts.large->FontSize * 1.6f : 0);
    const ImVec2 c0 = l.bodyMin, c1(l.bodyMax.x, l.bodyMin.y + cardH);
    panel(c0, c1, ui::colors::kCard, 20.0f);
    dl->AddRect(c0, c1, ui::colors::kPrimary, 20.0f, 0, 4.0f);
    float y = c0.y + 20;
    y += textBlock(fonts.large, tr(s.lang, txt::kYourNumber), ImVec2(c0.x, y), l.bodyW(), ui::colors::kMuted, Align::Center);
    ui::logText(issued.ticket.label);
    const ImVec2 ns = fonts.huge->CalcTextSizeA(fonts.huge->FontSize, 1e9f, 0, issued.ticket.label.c_str());
    dl->AddText(fonts.huge, fonts.huge->FontSize, ImVec2(c0.x + (l.bodyW() - ns.x) * 0.5f, y), ui::colors::kPrimary,
                issued.ticket.label.c_str());
    y += fonts.huge->FontSize * 1.1f;
    if (priority) {
        const std::string badge = std::string(tr(s.lang, txt::kPriorityBadge)) + ": " + issued.ticket.priorityReason;
        const float bw = std::min(l.bodyW() - 40, fonts.large->CalcTextSizeA(fonts.large->FontSize, 1e9f, 0, badge.c_str()).x + 48);
        panel(ImVec2(c0.x + (l.bodyW() - bw) * 0.5f, y), ImVec2(c0.x + (l.bodyW() + bw) * 0.5f, y + fonts.large->FontSize * 1.4f),
              IM_COL32(176, 92, 0, 255), 10.0f);
        textBlock(fonts.large, badge, ImVec2(c0.x, y + fonts.large->FontSize * 0.15f), l.bodyW(), IM_COL32_WHITE, Align::Center, 1);
        y += fonts.large->FontSize * 1.6f;
    }
    textBlock(fonts.large, issued.groupName, ImVec2(c0.x + 24, y), l.bodyW() - 48, ui::colors::kText, Align::Center, 2);

    // Details and the QR: side by side in landscape, stacked in portrait.
    y = c1.y + l.gap;
    const float qrSide = std::min(l.portrait ? 360.0f : 300.0f, (l.bodyMax.y - y) * 0.5f);
    const float infoW = l.portrait ? l.bodyW() - qrSide - l.gap : l.bodyW() * 0.5f;
    float iy = y;
    infoRow(fonts, tr(s.lang, txt::kAhead), peopleText(s.lang, issued.ahead), ImVec2(l.bodyMin.x, 0), infoW, iy);
    infoRow(fonts, tr(s.lang, txt::kWait), minutesText(s.lang, issued.waitMinutes), ImVec2(l.bodyMin.x, 0), infoW, iy);
    infoRow(fonts, tr(s.lang, txt::kCounters), countersText(s.lang, issued.counters), ImVec2(l.bodyMin.x, 0), infoW, iy);
    const float qx = l.bodyMax.x - qrSide;
    ImGui::SetCursorScreenPos(ImVec2(qx, y));
    ui::qrCode(t.qr, qrSide);
    textBlock(fonts.body, tr(s.lang, txt::kScanToFollow), ImVec2(qx - 40, y + qrSide + 6), qrSide + 80, ui::colors::kMuted, Align::Center);

    // The print status and the way home.
    float sy = std::max(iy, y + qrSide + fonts.body->FontSize * 1.4f) + l.gap * 0.5f;
    const Text& status = t.status == PrintStatus::Printing ? txt::kPrinting
                         : t.status == PrintStatus::Shown ? txt::kShownOnly
                                                          : txt::kPrinted;
    const ImU32 color = t.status == PrintStatus::Printing ? ui::colors::kPriority : ui::colors::kSuccess;
    sy += messageBox(std::string(tr(s.lang, status)) + " " + tr(s.lang, txt::kWatchScreen), color, ImVec2(l.bodyMin.x, sy), l.bodyW(),
                     fonts) + l.gap;
    if (t.status == PrintStatus::Printing) return;
    const int left = static_cast<int>(std::ceil(secondsToTimeout(s)));
    const float bh = std::min(130.0f, std::max(90.0f, l.bodyMax.y - sy - fonts.body->FontSize * 1.5f));
    const float bw = std::min(l.bodyW(), 640.0f);
    if (tapButton("##done", tr(s.lang, txt::kDone), "", ImVec2(l.bodyMin.x + (l.bodyW() - bw) * 0.5f, sy), ImVec2(bw, bh),
                  ui::colors::kPrimary, fonts.large))
        out.push_back(GoTo{Screen::Home});
    textBlock(fonts.body, std::string(tr(s.lang, txt::kBackHomeIn)) + " " + std::to_string(left) + " " + tr(s.lang, txt::kSeconds),
              ImVec2(l.bodyMin.x, sy + bh + 10), l.bodyW(), ui::colors::kMuted, Align::Center);
    // "… or a tap": a touch anywhere that is not a button also goes home.
    if (ImGui::IsMouseClicked(0) && !ImGui::IsAnyItemHovered()) out.push_back(GoTo{Screen::Home});
}

}  // namespace motcua::kiosk
