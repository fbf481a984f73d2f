// The wall screen's layout: a header with the office and the clock; now serving per counter in
// large type (the newest call flashing); the last calls; people waiting per group; late and
// due-today dossiers (masked names only), rotating slowly when they do not fit; today's figures.
#include "counter/wall/draw.h"

#include "counter/wall/text.h"

#include "ui/headless.h"
#include "ui/theme.h"
#include "ui/widgets.h"

#include <imgui.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <string_view>
#include <vector>

namespace motcua::counter {

namespace {

namespace colors = ui::colors;

constexpr ImU32 kWallBg = IM_COL32(12, 32, 58, 255);
constexpr ImU32 kPanel = IM_COL32(24, 52, 88, 255);
constexpr ImU32 kFlash = IM_COL32(250, 200, 40, 255);
constexpr ImU32 kWhite = IM_COL32(255, 255, 255, 255);
constexpr ImU32 kSoft = IM_COL32(190, 205, 225, 255);
constexpr ImU32 kYellow = IM_COL32(255, 214, 90, 255);
constexpr ImU32 kRed = IM_COL32(255, 120, 110, 255);
constexpr ImU32 kGreen = IM_COL32(120, 230, 150, 255);

const char* weekdayName(int iso)
{
    static const char* const names[] = {"Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ nhật"};
    return names[std::clamp(iso, 1, 7) - 1];
}

void text(ImFont* font, float scale, ImU32 color, const std::string& s)
{
    if (font) ImGui::PushFont(font);
    ImGui::SetWindowFontScale(scale);
    ui::labelColored(color, s);
    ImGui::SetWindowFontScale(1.0f);
    if (font) ImGui::PopFont();
}

/// `s` in at most `maxLines` lines no wider than `width` (wrapped, the rest ellipsized): a long
/// name is read in full where it fits and never runs out of its box.
void textLines(ImFont* font, ImU32 color, const std::string& s, float width, int maxLines)
{
    if (font) ImGui::PushFont(font);
    const auto measure = [](std::string_view t) { return ImGui::CalcTextSize(t.data(), t.data() + t.size()).x; };
    for (const auto& line : fitLines(s, width, maxLines, measure)) ui::labelColored(color, line);
    if (font) ImGui::PopFont();
}

/// How many lines fitLines() gives `s` in `font`.
int lineCount(ImFont* font, const std::string& s, float width, int maxLines)
{
    if (font) ImGui::PushFont(font);
    const auto measure = [](std::string_view t) { return ImGui::CalcTextSize(t.data(), t.data() + t.size()).x; };
    const int n = static_cast<int>(fitLines(s, width, maxLines, measure).size());
    if (font) ImGui::PopFont();
    return n;
}

/// A panel's padding: (x, y) = (pad + 8, pad + 4), pad growing with the panel's height.
constexpr float kPadShare = 0.04f;

/// The height of a panel whose content is `content` pixels tall, its padding included.
float panelHeightFor(float content) { return (content + 2 * 4.0f + 2.0f) / (1.0f - 2 * kPadShare); }

float fontSize(const ImFont* font) { return font ? font->FontSize : ImGui::GetFontSize(); }

float spacingY() { return ImGui::GetStyle().ItemSpacing.y; }

bool beginPanel(const char* id, ImVec2 pos, ImVec2 size, ImU32 bg)
{
    ImGui::SetCursorPos(pos);
    ImGui::PushStyleColor(ImGuiCol_ChildBg, bg);
    const float pad = size.y * kPadShare;
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(pad + 8, pad + 4));
    ImGui::PushStyleVar(ImGuiStyleVar_ChildRounding, 10.0f);
    const bool open = ImGui::BeginChild(id, size, false,
                                        ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoScrollWithMouse |
                                            ImGuiWindowFlags_AlwaysUseWindowPadding);
    return open;
}

void endPanel()
{
    ImGui::EndChild();
    ImGui::PopStyleVar(2);
    ImGui::PopStyleColor();
}

void drawHeader(const WallState& s, const ui::Fonts& f, ImVec2 size)
{
    beginPanel("##wall-header", ImVec2(0, 0), size, kPanel);
    const auto local = domain::toLocal(s.now);
    const std::string clock = domain::formatClock(local.minuteOfDay);
    const std::string date = std::string(weekdayName(local.date.isoWeekday())) + ", " + local.date.vn();
    if (f.large) ImGui::PushFont(f.large);
    const float w = std::max(ImGui::CalcTextSize(clock.c_str()).x, ImGui::CalcTextSize(date.c_str()).x);
    if (f.large) ImGui::PopFont();
    const float room = size.x - w - size.y * 0.6f - ImGui::GetCursorPosX();  // left of the clock
    textLines(f.large, kWhite, s.officeName.empty() ? "Bộ phận Một cửa" : s.officeName, room, 1);
    if (!s.notice.empty()) textLines(f.body, kRed, s.notice, room, 1);  // the last picture stays below
    ImGui::SetCursorPos(ImVec2(size.x - w - size.y * 0.3f, ImGui::GetStyle().WindowPadding.y));
    ImGui::BeginGroup();
    text(f.large, 1.0f, kYellow, clock);
    text(f.body, 1.0f, kSoft, date);
    ui::recordItem("wall-date");
    ImGui::EndGroup();
    endPanel();
    ui::recordItem("wall-header");
}

/// "Quầy 1 – Tư pháp, Hộ tịch" → "Tư pháp, Hộ tịch" (the number is already shown large).
std::string servedText(const std::string& counterName)
{
    const auto dash = counterName.find(" – ");
    return dash == std::string::npos ? counterName : counterName.substr(dash + std::string(" – ").size());
}

bool flashing(const WallState& s) { return s.seconds - s.newestCallSeen < kWallFlashSeconds; }

void drawServing(const WallState& s, const ui::Fonts& f, ImVec2 pos, ImVec2 size)
{
    ImGui::SetCursorPos(pos);
    text(f.large, 1.0f, kSoft, "ĐANG PHỤC VỤ");
    const float top = pos.y + ImGui::GetTextLineHeightWithSpacing() * 1.9f;
    const int n = std::max<int>(1, static_cast<int>(s.serving.size()));
    const int cols = n <= 3 ? n : (n <= 4 ? 2 : 3);
    const int rows = (n + cols - 1) / cols;
    const float gap = size.x * 0.015f;
    const ImVec2 card((size.x - gap * static_cast<float>(cols - 1)) / static_cast<float>(cols),
                      (size.y - (top - pos.y) - gap * static_cast<float>(rows - 1)) / static_cast<float>(rows));
    const std::string newest = s.calls.empty() ? "" : s.calls.front().label;
    const bool blink = flashing(s) && std::fmod(s.seconds, 1.0) < 0.5;
    for (int i = 0; i < static_cast<int>(s.serving.size()); ++i) {
        const auto& c = s.serving[static_cast<std::size_t>(i)];
        const bool isNew = !c.label.empty() && c.label == newest && blink;
        const ImVec2 at(pos.x + static_cast<float>(i % cols) * (card.x + gap), top + static_cast<float>(i / cols) * (card.y + gap));
        beginPanel(("##serving-" + std::to_string(c.counter)).c_str(), at, card, isNew ? kFlash : kPanel);
        text(f.large, 1.0f, isNew ? colors::kText : kYellow, "Quầy " + std::to_string(c.counter));
        const float inner = ImGui::GetContentRegionAvail().x;
        textLines(f.body, isNew ? colors::kText : kSoft, servedText(c.counterName), inner, 2);
        if (c.label.empty()) {
            textLines(f.large, kSoft, "Chưa gọi số", inner, 2);
            endPanel();
            continue;
        }
        const std::string& number = c.label;
        float scale = 1.0f;
        if (f.huge) {
            ImGui::PushFont(f.huge);
            const float w = ImGui::CalcTextSize(number.c_str()).x;
            ImGui::PopFont();
            const float room = ImGui::GetContentRegionAvail().x;
            scale = std::min({1.5f, card.y * 0.5f / f.huge->FontSize, w > 0 ? room * 0.95f / w : 1.0f});
            // Centred in the room left under the counter's name, a little above the middle.
            const float spare = ImGui::GetContentRegionAvail().y - f.huge->FontSize * scale;
            if (spare > 0) ImGui::SetCursorPosY(ImGui::GetCursorPosY() + spare * 0.35f);
        }
        text(f.huge, scale, isNew ? colors::kText : (c.priority ? kYellow : kWhite), number);
        endPanel();
    }
}

void drawRecentCalls(const WallState& s, const ui::Fonts& f, ImVec2 pos, ImVec2 size)
{
    beginPanel("##wall-calls", pos, size, kPanel);
    text(f.body, 1.0f, kSoft, "Vừa gọi");
    const std::size_t shown = std::min<std::size_t>(s.shownCalls.size(), 5);
    if (shown == 0) textLines(f.large, kSoft, "Chưa gọi số nào hôm nay", ImGui::GetContentRegionAvail().x, 1);
    const float gap = size.y * 0.5f;
    float left = ImGui::GetContentRegionAvail().x;
    for (std::size_t i = 0; i < shown; ++i) {
        const auto& c = s.shownCalls[i];
        const std::string call = c.label + " · quầy " + std::to_string(c.counter);
        if (f.large) ImGui::PushFont(f.large);
        const float w = ImGui::CalcTextSize(call.c_str()).x + (i ? gap : 0.0f);
        if (f.large) ImGui::PopFont();
        if (w > left) break;  // the older calls that do not fit are left out, never cut
        left -= w;
        if (i) ImGui::SameLine(0, gap);
        text(f.large, 1.0f, i == 0 ? kYellow : kWhite, call);
        ui::recordItem("wall-call-" + c.label);
    }
    endPanel();
    ui::recordItem("wall-calls");
}

/// The height of the waiting panel's content, "Đang chờ" and one row per group, when its names
/// have `nameRoom` pixels beside the counts (a long name takes two lines, the row grows).
float waitingContentHeight(const WallState& s, const ui::Fonts& f, float nameRoom)
{
    const float sp = spacingY();
    float h = fontSize(f.body);
    for (const auto& g : s.waiting) {
        const auto lines = static_cast<float>(lineCount(f.body, g.groupName, nameRoom, 2));
        h += sp + std::max(fontSize(f.large), lines * fontSize(f.body) + (lines - 1) * sp);
    }
    return h;
}

/// Where a group's name starts, as a share of the waiting panel's width.
constexpr float kWaitingNameAt = 0.38f;

void drawWaiting(const WallState& s, const ui::Fonts& f, ImVec2 pos, ImVec2 size)
{
    beginPanel("##wall-waiting", pos, size, kPanel);
    const float room = ImGui::GetWindowContentRegionMax().x - ImGui::GetCursorPosX() - size.x * kWaitingNameAt;
    // More groups than the panel holds: the rows get smaller type rather than fall off its bottom.
    const float need = waitingContentHeight(s, f, room);
    const float avail = ImGui::GetContentRegionAvail().y;
    const float gaps = spacingY() * static_cast<float>(s.waiting.size());
    const float scale = need <= avail ? 1.0f : std::clamp((avail - gaps) / (need - gaps), 0.5f, 1.0f);
    text(f.body, scale, kSoft, "Đang chờ");
    for (const auto& g : s.waiting) {
        const ImVec2 at = ImGui::GetCursorPos();
        text(f.large, scale, kWhite, g.prefix + "  " + std::to_string(g.waiting) + " người");
        ui::recordItem("wall-waiting-" + g.prefix);
        const float next = ImGui::GetCursorPosY();
        const float shift = (fontSize(f.large) - fontSize(f.body)) * 0.55f * scale;
        const float nameX = at.x + size.x * kWaitingNameAt;
        ImGui::SetCursorPos(ImVec2(nameX, at.y + shift));
        ImGui::SetWindowFontScale(scale);
        const bool twoLines = lineCount(f.body, g.groupName, room, 2) > 1;
        if (twoLines) ImGui::SetCursorPosY(at.y);  // two lines beside the count, not below it
        ImGui::BeginGroup();
        textLines(f.body, kSoft, g.groupName, room, 2);
        ImGui::EndGroup();
        ui::recordItem("wall-waiting-name-" + g.prefix);
        ImGui::SetWindowFontScale(1.0f);
        ImGui::SetCursorPos(ImVec2(at.x, std::max(next, ImGui::GetCursorPosY())));
    }
    endPanel();
    ui::recordItem("wall-waiting");
}

/// One late or due-today row: what it says and how much room it takes.
struct DossierRow {
    const WallDossier* d = nullptr;
    std::string detail;  ///< code and procedure, wrapped to two lines
    float height = 0;
    bool nameApart = false;  ///< the masked name does not fit beside the status: own lines
    int nameLines = 0;
};

/// The apology word of a row: "Chưa xin lỗi" only for a late dossier (one due later today needs
/// none yet), "Đã xin lỗi" whenever a slip was signed; nullptr for nothing.
const char* apologyText(const WallDossier& d)
{
    if (d.apologySigned) return "Đã xin lỗi";
    return d.late ? "Chưa xin lỗi" : nullptr;
}

float textWidth(ImFont* font, const std::string& s)
{
    if (font) ImGui::PushFont(font);
    const float w = ImGui::CalcTextSize(s.c_str()).x;
    if (font) ImGui::PopFont();
    return w;
}

/// Width of the status and apology words at the start of a row, with the gap between them.
float statusWidth(const ui::Fonts& f, const WallDossier& d)
{
    const float gapX = ImGui::GetWindowWidth() * 0.03f;
    float w = textWidth(f.body, (d.late ? "Trễ " : "Đến ") + d.lateBy);
    if (const char* apology = apologyText(d)) w += gapX + textWidth(f.body, apology);
    return w;
}

/// Draws the late list, a page at a time when it does not fit; returns true when it has pages.
bool drawDossiers(const WallState& s, const ui::Fonts& f, ImVec2 pos, ImVec2 size)
{
    beginPanel("##wall-dossiers", pos, size, kPanel);
    int late = 0;
    for (const auto& d : s.dossiers) late += d.late ? 1 : 0;
    text(f.body, 1.0f, kSoft,
         "Hồ sơ trễ hạn: " + std::to_string(late) + " · sắp đến hạn: " + std::to_string(static_cast<int>(s.dossiers.size()) - late));
    const float width = ImGui::GetContentRegionAvail().x;
    if (f.body) ImGui::PushFont(f.body);
    const float lineH = ImGui::GetTextLineHeightWithSpacing();
    if (f.body) ImGui::PopFont();
    const float spacing = ImGui::GetStyle().ItemSpacing.y;
    std::vector<DossierRow> rows;
    const float gapX = size.x * 0.03f;
    for (const auto& d : s.dossiers) {
        // The sign-by time of an unsigned slip opens the detail lines (DOMAIN.md §2).
        DossierRow r{&d, (d.signByText.empty() ? "" : d.signByText + " · ") + d.code + "  " + d.procedure, 0};
        r.nameApart = statusWidth(f, d) + gapX + textWidth(f.body, d.maskedName) > width;
        r.nameLines = r.nameApart ? lineCount(f.body, d.maskedName, width, 2) : 0;
        // The separator, the status line, the name when apart and the detail lines (each line
        // height holds its spacing).
        r.height = spacing + lineH * static_cast<float>(1 + r.nameLines + lineCount(f.body, r.detail, width, 2));
        rows.push_back(std::move(r));
    }
    const float avail = ImGui::GetContentRegionAvail().y;
    const int n = static_cast<int>(rows.size());
    // Pages of whole rows, in order; when there is more than one, they take turns.
    std::vector<int> pageStarts = {0};
    float filled = 0;
    for (int k = 0; k < n; ++k) {
        const float h = rows[static_cast<std::size_t>(k)].height;
        // The last row of a page needs no spacing below it.
        if (filled > 0 && filled + h - spacing > avail) {
            pageStarts.push_back(k);
            filled = 0;
        }
        filled += h;
    }
    const int pages = static_cast<int>(pageStarts.size());
    const bool rotating = pages > 1;
    const int page = rotating ? static_cast<int>(s.seconds / kWallRotateSeconds) % pages : 0;
    const int first = pageStarts[static_cast<std::size_t>(page)];
    const int last = page + 1 < pages ? pageStarts[static_cast<std::size_t>(page + 1)] : n;
    if (!s.loaded) text(f.body, 1.0f, kSoft, "Đang chờ dữ liệu…");
    else if (n == 0) text(f.body, 1.0f, kGreen, "Không có hồ sơ trễ hạn.");
    for (int k = first; k < last; ++k) {
        const auto& r = rows[static_cast<std::size_t>(k)];
        const WallDossier& d = *r.d;
        ImGui::Separator();
        text(f.body, 1.0f, d.late ? kRed : kYellow, (d.late ? "Trễ " : "Đến ") + d.lateBy);
        if (const char* apology = apologyText(d)) {
            ImGui::SameLine(0, gapX);
            text(f.body, 1.0f, d.apologySigned ? kGreen : (d.signByPassed ? kRed : kSoft), apology);
        }
        // A long masked name (an organisation's) gets its own lines instead of running off the panel.
        if (!r.nameApart) ImGui::SameLine(0, gapX);
        ImGui::BeginGroup();
        textLines(f.body, kWhite, d.maskedName, r.nameApart ? width : ImGui::GetContentRegionAvail().x, 2);
        ImGui::EndGroup();
        ui::recordItem("wall-name-" + d.code);
        textLines(f.body, kSoft, r.detail, width, 2);
    }
    endPanel();
    return rotating;
}

void drawFigures(const WallState& s, const ui::Fonts& f, ImVec2 pos, ImVec2 size)
{
    beginPanel("##wall-figures", pos, size, kPanel);
    std::string rate = "–";
    if (s.onTimeRateToday) {
        char buf[16];
        std::snprintf(buf, sizeof buf, "%.0f%%", *s.onTimeRateToday * 100.0);
        rate = buf;
    }
    const std::string values[] = {std::to_string(s.receivedToday), std::to_string(s.returnedToday), rate};
    const char* const captions[] = {"Tiếp nhận", "Trả kết quả", "Đúng hạn"};
    const float col = ImGui::GetContentRegionAvail().x / 3.0f;
    const float x0 = ImGui::GetCursorPosX();
    const float y0 = ImGui::GetCursorPosY();
    for (int i = 0; i < 3; ++i) {
        ImGui::SetCursorPos(ImVec2(x0 + col * static_cast<float>(i), y0));
        ImGui::BeginGroup();
        text(f.large, 1.0f, i == 2 ? kGreen : kWhite, values[i]);
        text(f.body, 1.0f, kSoft, captions[i]);
        ImGui::EndGroup();
        ui::recordItem("wall-figure-" + std::to_string(i));
    }
    endPanel();
}

}  // namespace

WallFrame drawWall(const WallState& s, const ui::Fonts& f)
{
    WallFrame frame;
    ImGui::PushStyleColor(ImGuiCol_WindowBg, kWallBg);
    ImGui::PushStyleColor(ImGuiCol_Separator, IM_COL32(70, 100, 140, 255));
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(0, 0));
    ui::beginRoot("##wall");
    const ImVec2 vp = ImGui::GetWindowSize();
    const float m = vp.y * 0.02f;  // margin
    // Shares of the screen, never less than what the panel shows: the fixed spacing between lines
    // takes a larger share of a small screen (1280×720 clipped the date and the third group).
    const float twoLines = fontSize(f.large) + spacingY() + fontSize(f.body);
    const float headerH = std::max(vp.y * 0.11f, panelHeightFor(twoLines));  // clock over date
    drawHeader(s, f, ImVec2(vp.x, headerH));
    const float top = headerH + m;
    const float leftW = vp.x * 0.58f;
    const float rightX = m + leftW + m;
    const float rightW = vp.x - rightX - m;
    const float bottomH = std::max(vp.y * 0.13f, panelHeightFor(twoLines));  // caption over a call or figure
    const float bottomY = vp.y - bottomH - m;
    drawServing(s, f, ImVec2(m, top), ImVec2(leftW, bottomY - top - m));
    drawRecentCalls(s, f, ImVec2(m, bottomY), ImVec2(leftW, bottomH));
    const float middle = bottomY - top;
    const float share = middle * 0.36f;
    const float nameRoom = rightW * (1.0f - kWaitingNameAt) - 2 * (share * kPadShare + 8);
    // The late list keeps at least 45 % (it turns pages); beyond that the rows' type shrinks.
    const float waitH = std::clamp(panelHeightFor(waitingContentHeight(s, f, nameRoom)), share, middle * 0.55f);
    drawWaiting(s, f, ImVec2(rightX, top), ImVec2(rightW, waitH));
    frame.listRotates = drawDossiers(s, f, ImVec2(rightX, top + waitH + m), ImVec2(rightW, bottomY - top - waitH - 2 * m));
    drawFigures(s, f, ImVec2(rightX, bottomY), ImVec2(rightW, bottomH));
    ui::recordItem("wall-figures");
    ImGui::End();
    ImGui::PopStyleVar();
    ImGui::PopStyleColor(2);
    return frame;
}

ui::FontSizes wallFontSizes(float height) { return {height / 30.0f, height / 17.0f, height / 6.5f}; }

double wallNextFrame(const WallState& s, const WallFrame& last)
{
    double next = 60.0 - static_cast<double>(s.now % 60);
    if (flashing(s)) next = std::min(next, 0.5 - std::fmod(s.seconds, 0.5));
    if (last.listRotates) next = std::min(next, kWallRotateSeconds - std::fmod(s.seconds, kWallRotateSeconds));
    return std::max(0.05, next);
}

}  // namespace motcua::counter
