// The "Báo cáo" tab: a period (typed, or a quarter button), the DOMAIN.md §6 categories and the
// §7 rates in total, per procedure field and per unit, and the CSV and ledger PDF exports.
#include "counter/supervisor/apply_reports.h"
#include "counter/counter_widgets.h"
#include "counter/screens.h"

#include "ui/headless.h"
#include "ui/theme.h"
#include "ui/widgets.h"

#include <cstdio>
#include <string_view>

namespace motcua::counter {

namespace {

/// Below this width the totals and the QĐ 766 table stand one under the other.
constexpr float kSideBySideWidth = 1500;

std::string errorOf(const ReportsState& r, const char* key)
{
    const auto it = r.errors.find(key);
    return it == r.errors.end() ? std::string() : it->second;
}

/// "66,7%" (Vietnamese decimal comma), "—" when there is nothing to divide.
std::string percent(std::optional<double> rate)
{
    if (!rate) return "—";
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.1f%%", *rate * 100.0);
    std::string text = buf;
    if (const auto dot = text.find('.'); dot != std::string::npos) text[dot] = ',';
    return text;
}

void periodRow(CounterState& s, Commands& commands)
{
    auto& r = s.reports;
    FieldRow row;
    field("Từ ngày", "reports-from", r.from, errorOf(r, "from"), 190, 0, "ngày/tháng/năm");
    row.next(16);
    field("Đến ngày (tính cả ngày này)", "reports-to", r.to, errorOf(r, "to"), 190, 0, "ngày/tháng/năm");
    row.next(16);
    ui::label(" ");
    if (button("Xem báo cáo", "reports-run", true, ImVec2(180, 0), ui::colors::kPrimary)) commands.push_back(cmd(CommandKind::ReportRun));
    // The quarter buttons beside the dates when they fit, else on their own line (1024×768).
    const auto quarters = recentQuarters(domain::localDate(s.now));
    const float buttonWidth = ImGui::CalcTextSize("Quý 4/2026").x + 2 * ImGui::GetStyle().FramePadding.x;
    const float quartersWidth = 32 + static_cast<float>(quarters.size()) * (buttonWidth + ImGui::GetStyle().ItemSpacing.x);
    const float rightEdge = ImGui::GetWindowPos().x + ImGui::GetWindowContentRegionMax().x;
    if (rightEdge - ImGui::GetItemRectMax().x >= quartersWidth) {  // room right of "Xem báo cáo"
        row.next(32);
    } else {
        row.end();
        row = FieldRow();
    }
    ui::label("Theo quý:");
    for (const auto& q : quarters) {
        const std::string label = "Quý " + q.substr(6) + "/" + q.substr(0, 4);
        if (button(label, "reports-" + q, true, ImVec2(0, 0))) commands.push_back(cmd(CommandKind::ReportQuarter, {}, q));
        ImGui::SameLine();
    }
    ImGui::NewLine();
    row.end();
}

/// A label that wraps at the edge of its column or window instead of running past it.
void wrapped(const std::string& text, ImU32 color = 0)
{
    ImGui::PushTextWrapPos(0.0f);
    if (color)
        ui::labelColored(color, text);
    else
        ui::label(text);
    ImGui::PopTextWrapPos();
}

void totals(const domain::ReportFigures& f, const ui::Fonts& fonts)
{
    if (fonts.large) ImGui::PushFont(fonts.large);
    wrapped("Đúng hạn (2.1) " + percent(f.indicator21Rate()) + " · Trực tuyến " + percent(f.onlineRate()) + " · Hài lòng " +
                percent(f.satisfactionRate()) + " (" + std::to_string(f.satisfied) + "/" + std::to_string(f.rated) + " lượt)",
            ui::colors::kPrimary);
    if (fonts.large) ImGui::PopFont();
    wrapped("Tiếp nhận: " + std::to_string(f.receivedTotal()) + " (kỳ trước chuyển sang " + std::to_string(f.carriedOver) +
            ", mới " + std::to_string(f.newlyReceived()) + ": trực tuyến " + std::to_string(f.receivedOnline) +
            ", trực tiếp/bưu chính " + std::to_string(f.receivedDirect) + ")");
    wrapped("Đã giải quyết: " + std::to_string(f.resolved) + " (trước hạn " + std::to_string(f.early) + ", đúng hạn " +
            std::to_string(f.onTime) + ", quá hạn " + std::to_string(f.late) + "); từ chối/rút/dừng " + std::to_string(f.closed));
    wrapped("Đang giải quyết: " + std::to_string(f.inProgress) + " (trong hạn " + std::to_string(f.inProgressWithin) +
            ", quá hạn " + std::to_string(f.inProgressPast) + ")");
    wrapped("Đúng hạn theo chỉ số 2.1: " + std::to_string(f.onTime21) + "/" + std::to_string(f.receivedTotal()) +
            " hồ sơ; trong số đã giải quyết: " + percent(f.onTimeRate()));
    wrapped("Đã trả kết quả: " + std::to_string(f.returned) + "; phiếu xin lỗi đã ký: " + std::to_string(f.apologies));
}

std::string points(double v)
{
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.1f", v);
    std::string text = buf;
    if (const auto dot = text.find('.'); dot != std::string::npos) text[dot] = ',';
    return text;
}

/// The QĐ 766/QĐ-TTg indicators: number, rate (with its parts), cap and points; "chưa có số
/// liệu" where the office cannot know — the same rows as `motcua report` and the CSV.
void quality(const domain::QualityScore& q)
{
    wrapped("Chỉ số chất lượng (QĐ 766/QĐ-TTg): " + points(q.points) + " / " + points(q.capWithData) +
                " điểm của các chỉ số có số liệu (thang " + points(q.weightTotal) + ")",
            ui::colors::kPrimary);
    // As wide as the space there is: the figures keep their width, the indicator's text wraps.
    const ImGuiTableFlags flags = ImGuiTableFlags_Borders | ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingFixedFit;
    if (!ImGui::BeginTable("##quality", 5, flags)) return;
    for (const char* h : {"Chỉ số", "Nội dung", "Tỷ lệ", "Tối đa", "Điểm"})
        ImGui::TableSetupColumn(h, std::string_view(h) == "Nội dung" ? ImGuiTableColumnFlags_WidthStretch : ImGuiTableColumnFlags_WidthFixed);
    ImGui::TableHeadersRow();
    for (const auto& i : q.indicators) {
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        ui::label(i.number);
        ImGui::TableNextColumn();
        wrapped(i.label);
        ImGui::TableNextColumn();
        if (i.measure)
            ui::label(percent(i.rate()) + " (" + std::to_string(i.measure->part) + "/" + std::to_string(i.measure->whole) + ")");
        else
            ui::labelColored(ui::colors::kMuted, "chưa có số liệu");
        ImGui::TableNextColumn();
        ui::label(points(i.cap));
        ImGui::TableNextColumn();
        const auto p = i.points();
        ui::label(p ? points(*p) : "—");
    }
    ImGui::EndTable();
    ui::recordItem("reports-quality");
}

constexpr const char* kColumns[] = {"Tổng nhận", "Kỳ trước", "Trực tuyến", "Trực tiếp, BC", "Đã giải quyết", "Trước hạn",
                                    "Đúng hạn",  "Quá hạn",  "Đang giải quyết", "Trong hạn", "Quá hạn ", "Đã trả",
                                    "Xin lỗi",   "% đúng hạn (2.1)", "% trực tuyến", "% hài lòng"};

void figureCells(const domain::ReportFigures& f)
{
    const int values[] = {f.receivedTotal(), f.carriedOver, f.receivedOnline, f.receivedDirect, f.resolved, f.early, f.onTime,
                          f.late,            f.inProgress,  f.inProgressWithin, f.inProgressPast, f.returned, f.apologies};
    for (const int v : values) {
        ImGui::TableNextColumn();
        ui::label(std::to_string(v));
    }
    for (const auto rate : {f.indicator21Rate(), f.onlineRate(), f.satisfactionRate()}) {
        ImGui::TableNextColumn();
        ui::label(percent(rate));
    }
}

/// As tall as its rows: the tab scrolls when an office has many fields or units. On a narrow
/// screen the figures scroll sideways while the name column stays readable.
void table(const char* id, const char* firstHeader, const std::vector<domain::ReportRow>& rows, const char* emptyKey)
{
    float figures = 0;
    for (const char* c : kColumns) figures += ImGui::CalcTextSize(c).x + 2 * ImGui::GetStyle().CellPadding.x + 1;
    const float nameWidth = 380;
    const bool narrow = ImGui::GetContentRegionAvail().x < figures + nameWidth;
    auto flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_Borders | ImGuiTableFlags_SizingFixedFit;
    ImVec2 size(0, 0);
    if (narrow) {
        flags |= ImGuiTableFlags_ScrollX;
        const float row = ImGui::GetTextLineHeight() + 2 * ImGui::GetStyle().CellPadding.y;
        size.y = row * static_cast<float>(rows.size() + 1) + ImGui::GetStyle().ScrollbarSize + 6;
    }
    if (!ImGui::BeginTable(id, 17, flags, size)) return;
    if (narrow) ImGui::TableSetupScrollFreeze(1, 0);
    ImGui::TableSetupColumn(firstHeader, narrow ? ImGuiTableColumnFlags_WidthFixed : ImGuiTableColumnFlags_WidthStretch,
                            narrow ? nameWidth : 0.0f);
    for (const char* c : kColumns) ImGui::TableSetupColumn(c, ImGuiTableColumnFlags_WidthFixed);
    ImGui::TableHeadersRow();
    for (const auto& row : rows) {
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        ui::label(row.key.empty() ? emptyKey : row.key);
        figureCells(row.figures);
    }
    ImGui::EndTable();
}

void exports(CounterState& s, Commands& commands)
{
    auto& r = s.reports;
    const float avail = ImGui::GetContentRegionAvail().x;
    field("Thư mục lưu tệp (nhớ cho lần sau)", "reports-folder", r.folder, "", std::min(1072.0f, avail));
    const float w = std::min(520.0f, (avail - 32) * 0.5f);
    FieldRow row;
    field("Tệp CSV (cùng bảng số liệu như motcua report --csv)", "reports-csv-path", r.csvName, "", w);
    if (button("Xuất CSV", "reports-csv", true, ImVec2(200, 0), ui::colors::kPrimary)) commands.push_back(cmd(CommandKind::ReportCsv));
    row.next(32);
    field("Tệp PDF sổ theo dõi hồ sơ (hồ sơ tiếp nhận trong kỳ)", "reports-ledger-path", r.ledgerName, "", w);
    if (button("Xuất sổ theo dõi (PDF)", "reports-ledger", true, ImVec2(std::min(280.0f, w), 0), ui::colors::kPrimary))
        commands.push_back(cmd(CommandKind::ReportLedger));
    row.end();
    message(r.message, r.messageIsError);
}

}  // namespace

void drawReports(CounterState& s, Commands& commands, const ui::Fonts& fonts)
{
    auto& r = s.reports;
    heading("Báo cáo tình hình, kết quả giải quyết thủ tục hành chính", fonts);
    periodRow(s, commands);
    exports(s, commands);
    ImGui::Separator();
    if (!r.report) {
        ui::labelColored(ui::colors::kMuted, "Chọn kỳ báo cáo rồi bấm Xem báo cáo.");
        return;
    }
    ui::labelColored(ui::colors::kMuted, "Kỳ báo cáo " + r.periodText + " · số liệu tính đến " +
                                             domain::formatLocalTime(r.report->asOf) + " " + domain::localDate(r.report->asOf).vn());
    // Side by side on a wide screen; one under the other where half the width would squeeze the
    // QĐ 766 table's figures off the right edge (1024×768, 1366×768).
    if (ImGui::GetContentRegionAvail().x < kSideBySideWidth) {
        totals(r.report->total, fonts);
        ImGui::Spacing();
        quality(r.report->quality);
    } else if (ImGui::BeginTable("##summary", 2, ImGuiTableFlags_SizingStretchSame)) {
        ImGui::TableNextColumn();
        totals(r.report->total, fonts);
        ImGui::TableNextColumn();
        quality(r.report->quality);
        ImGui::EndTable();
    }
    ImGui::Spacing();
    ui::labelColored(ui::colors::kPrimary, "Theo lĩnh vực");
    table("by-field", "Lĩnh vực", r.report->byField, "(chưa ghi lĩnh vực)");
    ImGui::Spacing();
    ui::labelColored(ui::colors::kPrimary, "Theo đơn vị");
    table("by-unit", "Đơn vị", r.report->byUnit, "(chưa ghi đơn vị)");
}

}  // namespace motcua::counter
