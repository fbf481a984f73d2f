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

namespace {

/// The number card: heading, the number huge, the priority badge, the group; centred in its box.
void numberCard(const KioskState& s, const ui::Fonts& fonts, ImVec2 c0, ImVec2 c1)
{
    const auto& issued = s.ticket.issued;
    const bool priority = !issued.ticket.priorityReason.empty();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    panel(c0, c1, ui::colors::kCard, 20.0f);
    dl->AddRect(c0, c1, ui::colors::kPrimary, 20.0f, 0, 4.0f);
    const float w = c1.x - c0.x;
    const float groupH = textHeight(fonts.large, issued.groupName, w - 48, 2);
    const float contentH = fonts.large->FontSize * 1.15f + fonts.huge->FontSize * 1.1f + (priority ? fonts.large->FontSize * 1.6f : 0) + groupH;
    float y = c0.y + std::max(20.0f, (c1.y - c0.y - contentH) * 0.5f);
    y += textBlock(fonts.large, tr(s.lang, txt::kYourNumber), ImVec2(c0.x, y), w, ui::colors::kMuted, Align::Center);
    ui::logText(issued.ticket.label);
    const ImVec2 ns = fonts.huge->CalcTextSizeA(fonts.huge->FontSize, 1e9f, 0, issued.ticket.label.c_str());
    dl->AddText(fonts.huge, fonts.huge->FontSize, ImVec2(c0.x + (w - ns.x) * 0.5f, y), ui::colors::kPrimary, issued.ticket.label.c_str());
    y += fonts.huge->FontSize * 1.1f;
    if (priority) {
        const std::string badge = std::string(tr(s.lang, txt::kPriorityBadge)) + ": " + issued.ticket.priorityReason;
        const float bw = std::min(w - 40, fonts.large->CalcTextSizeA(fonts.large->FontSize, 1e9f, 0, badge.c_str()).x + 48);
        panel(ImVec2(c0.x + (w - bw) * 0.5f, y), ImVec2(c0.x + (w + bw) * 0.5f, y + fonts.large->FontSize * 1.4f),
              IM_COL32(176, 92, 0, 255), 10.0f);
        textBlock(fonts.large, badge, ImVec2(c0.x, y + fonts.large->FontSize * 0.15f), w, IM_COL32_WHITE, Align::Center, 1);
        y += fonts.large->FontSize * 1.6f;
    }
    textBlock(fonts.large, issued.groupName, ImVec2(c0.x + 24, y), w - 48, ui::colors::kText, Align::Center, 2);
}

/// People ahead, wait and counters beside the QR; returns the height used.
float details(const KioskState& s, const ui::Fonts& fonts, ImVec2 pos, float width, float qrSide)
{
    const auto& issued = s.ticket.issued;
    const float infoW = width - qrSide - 24;
    float iy = pos.y;
    infoRow(fonts, tr(s.lang, txt::kAhead), peopleText(s.lang, issued.ahead), pos, infoW, iy);
    infoRow(fonts, tr(s.lang, txt::kWait), minutesText(s.lang, issued.waitMinutes), pos, infoW, iy);
    infoRow(fonts, tr(s.lang, txt::kCounters), countersText(s.lang, issued.counters), pos, infoW, iy);
    const float qx = pos.x + width - qrSide;
    ImGui::SetCursorScreenPos(ImVec2(qx, pos.y));
    ui::qrCode(s.ticket.qr, qrSide);
    const float captionH = textBlock(fonts.body, tr(s.lang, txt::kScanToFollow), ImVec2(qx - 60, pos.y + qrSide + 6), qrSide + 120,
                                     ui::colors::kMuted, Align::Center);
    return std::max(iy - pos.y, qrSide + 6 + captionH);
}

/// The print status, "Xong" and the countdown, anchored to the bottom of the column.
void statusAndDone(KioskState& s, Commands& out, const ui::Fonts& fonts, float x, float width, float bottom)
{
    const auto& t = s.ticket;
    const Text& status = t.status == PrintStatus::Printing ? txt::kPrinting
                         : t.status == PrintStatus::Shown  ? txt::kShownOnly
                                                           : txt::kPrinted;
    const ImU32 color = t.status == PrintStatus::Printing ? ui::colors::kPriority : ui::colors::kSuccess;
    const std::string message = std::string(tr(s.lang, status)) + " " + tr(s.lang, txt::kWatchScreen);
    const float bh = fonts.large->FontSize * 2.6f;
    const float countdownH = fonts.body->FontSize * 1.15f + 10;
    const float msgH = textHeight(fonts.body, message, width - 48) + 36;
    float y = bottom - countdownH - bh - 20 - msgH;
    y += messageBox(message, color, ImVec2(x, y), width, fonts) + 20;
    if (t.status == PrintStatus::Printing) return;
    const float bw = std::min(width, 640.0f);
    if (tapButton("##done", tr(s.lang, txt::kDone), "", ImVec2(x + (width - bw) * 0.5f, y), ImVec2(bw, bh), ui::colors::kPrimary,
                  fonts.large))
        out.push_back(GoTo{Screen::Home});
    const int left = static_cast<int>(std::ceil(secondsToTimeout(s)));
    textBlock(fonts.body, std::string(tr(s.lang, txt::kBackHomeIn)) + " " + std::to_string(left) + " " + tr(s.lang, txt::kSeconds),
              ImVec2(x, y + bh + 10), width, ui::colors::kMuted, Align::Center);
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
    const bool priority = !t.issued.ticket.priorityReason.empty();
    if (l.portrait) {
        // Stacked: the number, the details beside the QR, then status and "Xong" at the bottom.
        const float cardH = std::max(l.bodyH() * 0.4f, fonts.huge->FontSize * 1.5f + fonts.large->FontSize * 3.6f +
                                                           (priority ? fonts.large->FontSize * 1.6f : 0));
        numberCard(s, fonts, l.bodyMin, ImVec2(l.bodyMax.x, l.bodyMin.y + cardH));
        details(s, fonts, ImVec2(l.bodyMin.x, l.bodyMin.y + cardH + l.gap * 1.5f), l.bodyW(), 380.0f);
        statusAndDone(s, out, fonts, l.bodyMin.x, l.bodyW(), l.bodyMax.y);
    } else {
        // Side by side: the number on the left, everything else on the right.
        const float leftW = l.bodyW() * 0.52f;
        numberCard(s, fonts, l.bodyMin, ImVec2(l.bodyMin.x + leftW, l.bodyMax.y));
        const float x = l.bodyMin.x + leftW + l.gap * 1.5f;
        const float w = l.bodyMax.x - x;
        details(s, fonts, ImVec2(x, l.bodyMin.y), w, std::min(300.0f, w * 0.42f));
        statusAndDone(s, out, fonts, x, w, l.bodyMax.y);
    }
    // "… or a tap": a touch anywhere that is not a button also goes home.
    if (t.status != PrintStatus::Printing && ImGui::IsMouseClicked(0) && !ImGui::IsAnyItemHovered()) out.push_back(GoTo{Screen::Home});
}

}  // namespace motcua::kiosk
