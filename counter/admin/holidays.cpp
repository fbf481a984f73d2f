// The "Ngày nghỉ" section: a year as twelve month grids (weekends, holidays and make-up working
// days coloured), the year's holidays and make-up days with their names, the lunar suggestions
// to confirm, and adding a day by hand.
#include "counter/admin/screens.h"
#include "counter/counter_widgets.h"

#include "ui/headless.h"
#include "ui/theme.h"
#include "ui/widgets.h"

#include <algorithm>
#include <cmath>

namespace motcua::counter {

namespace {

constexpr ImU32 kHolidayFill = IM_COL32(250, 215, 215, 255);
constexpr ImU32 kWorkdayFill = IM_COL32(205, 235, 215, 255);
constexpr ImU32 kWeekendFill = IM_COL32(228, 231, 236, 255);

const char* const kDayHeads[] = {"T2", "T3", "T4", "T5", "T6", "T7", "CN"};

const domain::CalendarDay* findDay(const AdminState& a, const domain::Date& d)
{
    for (const auto& day : a.days)
        if (day.date == d) return &day;
    return nullptr;
}

void monthGrid(const AdminState& a, int month, float cell)
{
    ImDrawList* dl = ImGui::GetWindowDrawList();
    ui::labelColored(ui::colors::kPrimary, "Tháng " + std::to_string(month));
    ImVec2 origin = ImGui::GetCursorScreenPos();
    for (int i = 0; i < 7; ++i)
        dl->AddText(ImVec2(origin.x + static_cast<float>(i) * cell + 4, origin.y), i >= 5 ? ui::colors::kMuted : ui::colors::kText, kDayHeads[i]);
    origin.y += cell * 0.9f;
    const domain::Date first{a.year, month, 1};
    const int offset = first.isoWeekday() - 1;
    const int n = domain::daysInMonth(a.year, month);
    for (int d = 1; d <= n; ++d) {
        const int slot = offset + d - 1;
        const ImVec2 p(origin.x + static_cast<float>(slot % 7) * cell, origin.y + static_cast<float>(slot / 7) * cell);
        const domain::Date date{a.year, month, d};
        const auto* special = findDay(a, date);
        const bool weekend = a.schedule.days[static_cast<std::size_t>(date.isoWeekday() - 1)].empty();
        ImU32 fill = 0;
        if (special) fill = special->kind == domain::CalendarOverride::Holiday ? kHolidayFill : kWorkdayFill;
        else if (weekend) fill = kWeekendFill;
        if (fill) dl->AddRectFilled(ImVec2(p.x + 1, p.y + 1), ImVec2(p.x + cell - 1, p.y + cell - 1), fill, 3);
        if (special && ImGui::IsMouseHoveringRect(p, ImVec2(p.x + cell, p.y + cell)))
            ImGui::SetTooltip("%s", (date.vn() + " · " + special->name).c_str());
        const std::string text = std::to_string(d);
        const ImU32 ink = special && special->kind == domain::CalendarOverride::Holiday ? ui::colors::kDanger : ui::colors::kText;
        const ImVec2 size = ImGui::CalcTextSize(text.c_str());
        dl->AddText(ImVec2(p.x + (cell - size.x) / 2, p.y + (cell - size.y) / 2), ink, text.c_str());
    }
    ImGui::Dummy(ImVec2(cell * 7, cell * 0.9f + cell * 6));
}

void legend()
{
    auto swatch = [](ImU32 fill, const char* text) {
        const ImVec2 p = ImGui::GetCursorScreenPos();
        const float h = ImGui::GetTextLineHeight();
        ImGui::GetWindowDrawList()->AddRectFilled(p, ImVec2(p.x + h, p.y + h), fill, 3);
        ImGui::Dummy(ImVec2(h, h));
        ImGui::SameLine();
        ui::label(text);
        ImGui::SameLine(0, 28);
    };
    swatch(kHolidayFill, "Ngày nghỉ lễ, Tết");
    swatch(kWorkdayFill, "Ngày làm việc bù");
    swatch(kWeekendFill, "Nghỉ hằng tuần");
    ImGui::NewLine();
}

void yearGrid(CounterState& s, Commands& commands, float width)
{
    auto& a = s.admin;
    if (button("< Năm " + std::to_string(a.year - 1), "year-prev", true, ImVec2(170, 40)))
        commands.push_back(adminCmd(AdminAction::Year, {}, {}, a.year - 1));
    ImGui::SameLine(0, 16);
    const float y = ImGui::GetCursorPosY();
    ImGui::SetCursorPosY(y + (40 - ImGui::GetTextLineHeight()) / 2);
    ui::label("Năm " + std::to_string(a.year));
    ImGui::SameLine(0, 16);
    ImGui::SetCursorPosY(y);
    if (button("Năm " + std::to_string(a.year + 1) + " >", "year-next", true, ImVec2(170, 40)))
        commands.push_back(adminCmd(AdminAction::Year, {}, {}, a.year + 1));
    legend();
    // Twelve months must fit without scrolling: a month is a title, a weekday row and six weeks.
    const float byHeight = (ImGui::GetContentRegionAvail().y - 3 * (ImGui::GetTextLineHeightWithSpacing() + 12)) / 3 / 6.9f;
    const float cell = std::floor(std::min({36.0f, (width - 3 * 24) / 4 / 7, byHeight}));
    for (int row = 0; row < 3; ++row) {
        for (int col = 0; col < 4; ++col) {
            if (col) ImGui::SameLine(0, 24);
            ImGui::BeginGroup();
            monthGrid(a, row * 4 + col + 1, cell);
            ImGui::EndGroup();
        }
    }
}

void dayList(CounterState& s, Commands& commands)
{
    auto& a = s.admin;
    ui::labelColored(ui::colors::kPrimary, "Ngày nghỉ và ngày làm bù năm " + std::to_string(a.year));
    if (a.days.empty()) ui::labelColored(ui::colors::kMuted, "Chưa có ngày nào trong lịch năm này.");
    for (const auto& d : a.days) {
        const bool holiday = d.kind == domain::CalendarOverride::Holiday;
        if (button("Bỏ", "day-remove-" + d.date.iso(), true, ImVec2(56, 0)))
            commands.push_back(adminCmd(AdminAction::RemoveDay, d.date.iso()));
        ImGui::SameLine();
        ImGui::PushTextWrapPos(0.0f);
        ui::labelColored(holiday ? ui::colors::kDanger : ui::colors::kSuccess,
                         d.date.vn() + (holiday ? " nghỉ · " : " làm bù · ") + d.name);
        ImGui::PopTextWrapPos();
    }
}

/// DOMAIN.md §8: until a year is confirmed its deadlines use suggested holidays and carry a warning.
void yearStatus(CounterState& s, Commands& commands)
{
    auto& a = s.admin;
    ImGui::PushTextWrapPos(0.0f);
    if (a.yearConfirmed) {
        ui::labelColored(ui::colors::kSuccess, "Lịch nghỉ năm " + std::to_string(a.year) + " đã được xác nhận.");
        ImGui::PopTextWrapPos();
        return;
    }
    ui::labelColored(ui::colors::kPriority, "Lịch nghỉ năm " + std::to_string(a.year) +
                                                " chưa được xác nhận: hạn trả tính theo ngày lễ cố định và các ngày gợi ý "
                                                "dưới đây, kèm cảnh báo. Đối chiếu văn bản của Chính phủ rồi xác nhận.");
    ImGui::PopTextWrapPos();
    if (button("Xác nhận lịch năm " + std::to_string(a.year), "year-confirm", true, ImVec2(260, 40), ui::colors::kPrimary))
        commands.push_back(adminCmd(AdminAction::ConfirmYear, {}, {}, a.year));
}

void suggestions(CounterState& s, Commands& commands)
{
    auto& a = s.admin;
    ImGui::Spacing();
    ui::labelColored(ui::colors::kPrimary, "Gợi ý: ngày lễ cố định, Tết và Giỗ Tổ theo âm lịch, nghỉ bù — cần xác nhận");
    for (const auto& g : a.suggestions) {
        if (g.alreadyInCalendar) {
            ui::labelColored(ui::colors::kMuted, g.date.vn() + " · " + g.name + " — đã có trong lịch");
            continue;
        }
        if (button("Xác nhận", "suggest-" + g.date.iso(), true, ImVec2(110, 0), ui::colors::kPrimary))
            commands.push_back(adminCmd(AdminAction::ConfirmSuggestion, g.date.iso(), g.name));
        ImGui::SameLine();
        ImGui::PushTextWrapPos(0.0f);
        ui::label(g.date.vn() + " · " + g.name + (g.reason.empty() ? "" : " (" + g.reason + ")"));
        ImGui::PopTextWrapPos();
    }
}

void addDay(CounterState& s, Commands& commands)
{
    auto& a = s.admin;
    ImGui::Spacing();
    ui::labelColored(ui::colors::kPrimary, "Thêm một ngày bằng tay");
    const float w = ImGui::GetContentRegionAvail().x - 8;
    field("Ngày (dd/mm/yyyy)", "day-date", a.dayDate, adminError(a, "day-date"), w);
    field("Tên ngày (ví dụ Nghỉ bù Quốc khánh)", "day-name", a.dayName, adminError(a, "day-name"), w);
    if (adminRadio("Ngày nghỉ", "day-holiday", a.dayIsHoliday)) a.dayIsHoliday = true;
    ImGui::SameLine(0, 24);
    if (adminRadio("Ngày làm việc bù", "day-workday", !a.dayIsHoliday)) a.dayIsHoliday = false;
    if (button("Thêm vào lịch", "day-add", true, ImVec2(200, 40), ui::colors::kPrimary))
        commands.push_back(adminCmd(AdminAction::SetDay));
}

}  // namespace

void drawAdminHolidays(CounterState& s, Commands& commands, const ui::Fonts& /*fonts*/)
{
    const float total = ImGui::GetContentRegionAvail().x;
    const float gridWidth = std::floor(total * 0.62f);
    ImGui::BeginChild("##holiday-grid", ImVec2(gridWidth, 0), false);
    yearGrid(s, commands, gridWidth - 8);
    ImGui::EndChild();
    ImGui::SameLine();
    beginCard("##holiday-lists", ImVec2(0, 0));
    yearStatus(s, commands);
    ImGui::Separator();
    addDay(s, commands);
    ImGui::Separator();
    dayList(s, commands);
    ImGui::Separator();
    suggestions(s, commands);
    ImGui::EndChild();
}

}  // namespace motcua::counter
