// The dossier panel: search by code or name (folded), filters, the list with time left or late
// by; and the officer's list (assigned to me, nearest due first). The detail is in
// screen_dossier_detail.cpp.
#include "counter/counter_widgets.h"
#include "counter/screens.h"

#include "ui/headless.h"
#include "ui/theme.h"
#include "ui/widgets.h"

#include <algorithm>

namespace motcua::counter {

namespace {

/// The fixed columns' widths (code, status, due) of the dossier table.
struct ListColumns {
    float code, status, due;
    /// The whole table with `name` pixels for the applicant: cell padding, borders, scrollbar.
    [[nodiscard]] float total(float name) const
    {
        const float pad = 2 * ImGui::GetStyle().CellPadding.x + 1;
        return code + status + due + name + 4 * pad + ImGui::GetStyle().ScrollbarSize + 2;
    }
};

ListColumns listColumns(bool timeText)
{
    return {ImGui::CalcTextSize("000.00.20.H56-261110-0001").x, ImGui::CalcTextSize("Chờ bổ sung").x,
            ImGui::CalcTextSize(timeText ? "17:00 11/11/2026 · trễ 7 ngày 2 giờ 45 phút" : "17:00 11/11/2026 · sắp đến hạn").x};
}

void dossierTable(CounterState& s, Commands& commands, const std::vector<service::DossierSummary>& list,
                  const std::map<std::string, std::string>* timeText, const char* id)
{
    // The narrow list (beside the detail) leaves the procedure to the detail.
    const bool wide = ImGui::GetContentRegionAvail().x > 1100;
    if (!ImGui::BeginTable(id, wide ? 5 : 4, ImGuiTableFlags_RowBg | ImGuiTableFlags_Borders | ImGuiTableFlags_ScrollY))
        return;
    const ListColumns cols = listColumns(timeText != nullptr);
    ImGui::TableSetupScrollFreeze(0, 1);
    ImGui::TableSetupColumn("Mã hồ sơ", ImGuiTableColumnFlags_WidthFixed, cols.code);
    ImGui::TableSetupColumn("Người nộp", ImGuiTableColumnFlags_WidthStretch, 1.0f);
    if (wide) ImGui::TableSetupColumn("Thủ tục", ImGuiTableColumnFlags_WidthStretch, 1.6f);
    ImGui::TableSetupColumn("Trạng thái", ImGuiTableColumnFlags_WidthFixed, cols.status);
    ImGui::TableSetupColumn("Hạn trả", ImGuiTableColumnFlags_WidthFixed, cols.due);
    ImGui::TableHeadersRow();
    for (const auto& row : list) {
        const auto& d = row.dossier;
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        const bool selected = s.dossiers.detail && s.dossiers.detail->dossier.code == d.code;
        if (ImGui::Selectable((d.code + "##row-" + d.code).c_str(), selected, ImGuiSelectableFlags_SpanAllColumns)) {
            commands.push_back(cmd(CommandKind::OpenDossier, d.code));
            s.dossiers.backedOutOf.clear();
        }
        ui::recordItem(std::string(id) + "-" + d.code);
        ui::logText(d.code);
        ImGui::TableNextColumn();
        ui::label(d.applicantName);
        if (wide) {
            ImGui::TableNextColumn();
            ui::label(d.procedureName);
        }
        ImGui::TableNextColumn();
        ui::label(domain::statusLabel(d.status));
        ImGui::TableNextColumn();
        const std::string due = domain::formatLocalTime(d.dueAt) + " " + domain::localDate(d.dueAt).vn();
        if (timeText) {
            const auto it = timeText->find(d.code);
            ui::labelColored(row.late ? ui::colors::kDanger : row.atRisk ? ui::colors::kPriority : ui::colors::kText,
                             it != timeText->end() ? it->second : due);
        } else if (row.late) {
            ui::labelColored(ui::colors::kDanger, due + " · trễ");
        } else {
            ui::labelColored(row.atRisk ? ui::colors::kPriority : ui::colors::kText, due + (row.atRisk ? " · sắp đến hạn" : ""));
        }
        ui::recordItem(std::string(id) + "-due-" + d.code);  // the text's extent, for the clipping test
    }
    ImGui::EndTable();
    ui::recordItem(id);
}

void drawDossierList(CounterState& s, Commands& commands, const ui::Fonts& fonts, float width)
{
    auto& p = s.dossiers;
    ImGui::BeginChild("##dossier-list", ImVec2(width, 0), false);
    heading("Tra cứu hồ sơ", fonts);
    const float w = ImGui::GetContentRegionAvail().x;
    if (field("Mã hồ sơ hoặc tên người nộp (không dấu cũng được)", "dossier-search", p.search, "", w - 130,
              ImGuiInputTextFlags_EnterReturnsTrue))
        commands.push_back(cmd(CommandKind::SearchDossiers));
    ImGui::SameLine();
    if (button("Tìm", "dossier-search-go", true, ImVec2(110, 0), ui::colors::kPrimary))
        commands.push_back(cmd(CommandKind::SearchDossiers));
    bool first = true;
    for (const auto f : {DossierFilter::All, DossierFilter::Mine, DossierFilter::Processing, DossierFilter::Supplement,
                         DossierFilter::Ready, DossierFilter::Late}) {
        if (!first) sameLineIfFits(ImGui::CalcTextSize(filterLabel(f)).x + 2 * ImGui::GetStyle().FramePadding.x);
        first = false;
        if (button(filterLabel(f), std::string("filter-") + std::to_string(static_cast<int>(f)), true, ImVec2(0, 34),
                   p.filter == f ? ui::colors::kPrimary : 0)) {
            p.filter = f;
            commands.push_back(cmd(CommandKind::SearchDossiers));
        }
    }
    ui::labelColored(ui::colors::kMuted, std::to_string(p.list.size()) + " hồ sơ");
    dossierTable(s, commands, p.list, nullptr, "list");
    ImGui::EndChild();
}

}  // namespace

void drawDossiers(CounterState& s, Commands& commands, const ui::Fonts& fonts)
{
    auto& p = s.dossiers;
    const float total = ImGui::GetContentRegionAvail().x;
    // The list takes what its columns need (names get 170 px at least); the detail wraps in the rest.
    const float need = listColumns(false).total(170);
    // A narrow window (1024×768) has no room for both: the list, or the open dossier with a way back.
    const bool narrow = total < need + 420;
    const bool showDetail = p.detail && p.detail->dossier.code != p.backedOutOf;
    if (!narrow || !showDetail) {
        drawDossierList(s, commands, fonts, narrow ? 0.0f : std::clamp(need, total * 0.46f, total * 0.62f));
        if (narrow) return;
        ImGui::SameLine();
    }
    ImGui::BeginChild("##dossier-detail", ImVec2(0, 0), true);
    if (narrow && button("Về danh sách hồ sơ", "dossier-back", true, ImVec2(0, 34))) p.backedOutOf = p.detail->dossier.code;
    ImGui::PushTextWrapPos(0.0f);  // long names and addresses wrap within the pane
    drawDossierDetail(s, commands, fonts);
    ImGui::PopTextWrapPos();
    ImGui::EndChild();
}

void drawOfficer(CounterState& s, Commands& commands, const ui::Fonts& fonts)
{
    heading("Hồ sơ giao cho tôi — gần hạn nhất trước", fonts);
    ui::labelColored(ui::colors::kMuted, "Hồ sơ chưa giải quyết đang ở " +
                                             (s.user->unit.empty() ? std::string("đơn vị của tôi") : s.user->unit) +
                                             " hoặc chuyển đích danh cho " + s.user->fullName);
    if (s.officer.list.empty()) {
        ui::labelColored(ui::colors::kSuccess, "Không có hồ sơ nào đang chờ bạn xử lý.");
        return;
    }
    const auto before = commands.size();
    dossierTable(s, commands, s.officer.list, &s.officer.timeText, "mine");
    if (commands.size() != before) s.tab = Tab::Dossiers;  // open the chosen one in the dossier panel
}

}  // namespace motcua::counter
