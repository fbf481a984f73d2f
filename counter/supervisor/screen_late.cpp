// The supervisor's "Trễ hạn" tab: late and at-risk dossiers with their apology slip's state, the
// signed slips still to hand over, and the open slip (reason, new appointment, sign with a
// confirmation, print, record the handing over).
#include "counter/counter_widgets.h"
#include "counter/screens.h"

#include "ui/headless.h"
#include "ui/theme.h"
#include "ui/widgets.h"

namespace motcua::counter {

namespace {

std::string dayAndTime(domain::Instant t) { return domain::formatLocalTime(t) + " " + domain::localDate(t).vn(); }

std::string slipText(const LateRow& r)
{
    std::string text = apologyStateLabel(r.apology());
    if (r.slip && r.slip->breach && r.apology() == ApologyState::Draft) text += " · lần 2";
    return text;
}

ImU32 slipColor(ApologyState s)
{
    switch (s) {
    case ApologyState::None: return ui::colors::kDanger;
    case ApologyState::Draft: return ui::colors::kPriority;
    case ApologyState::Signed: return ui::colors::kPrimary;
    case ApologyState::Delivered: return ui::colors::kSuccess;
    }
    return ui::colors::kText;
}

/// One table of late or at-risk rows, as tall as its rows (the list pane scrolls); a click opens the row's slip.
void lateTable(CounterState& s, Commands& commands, const std::vector<LateRow>& rows, const char* id, const char* timeHeader)
{
    if (!ImGui::BeginTable(id, 6, ImGuiTableFlags_RowBg | ImGuiTableFlags_Borders)) return;
    ImGui::TableSetupColumn("Mã hồ sơ", ImGuiTableColumnFlags_WidthFixed, ImGui::CalcTextSize("000.00.20.H56-261110-0001").x + 8);
    ImGui::TableSetupColumn("Thủ tục", ImGuiTableColumnFlags_WidthStretch, 1.6f);
    ImGui::TableSetupColumn("Đơn vị", ImGuiTableColumnFlags_WidthStretch, 1.0f);
    ImGui::TableSetupColumn(timeHeader, ImGuiTableColumnFlags_WidthFixed, ImGui::CalcTextSize("7 ngày 2 giờ 45 phút").x + 8);
    ImGui::TableSetupColumn("Phiếu xin lỗi", ImGuiTableColumnFlags_WidthFixed, ImGui::CalcTextSize("Dự thảo, chờ ký · lần 2").x + 8);
    ImGui::TableSetupColumn("Hạn ký phiếu (trước hạn 1 ngày làm việc)", ImGuiTableColumnFlags_WidthStretch, 1.4f);
    ImGui::TableHeadersRow();
    for (const auto& r : rows) {
        const auto& d = r.summary.dossier;
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        const bool selected = s.late.editor.dossierCode == d.code;
        if (ImGui::Selectable((d.code + "##" + id + d.code).c_str(), selected, ImGuiSelectableFlags_SpanAllColumns))
            commands.push_back(cmd(CommandKind::LateOpen, d.code));
        ui::recordItem(std::string(id) + "-" + d.code);
        ui::logText(d.code);
        // Procedure and unit wrap in their columns rather than being cut.
        ImGui::TableNextColumn();
        ImGui::PushTextWrapPos(0.0f);
        ui::label(d.procedureName);
        ImGui::TableNextColumn();
        ui::label(d.unit.empty() ? "Bộ phận một cửa" : d.unit);
        ImGui::PopTextWrapPos();
        ImGui::TableNextColumn();
        ui::labelColored(r.summary.late ? ui::colors::kDanger : ui::colors::kPriority, r.timeText);
        ImGui::TableNextColumn();
        ui::labelColored(slipColor(r.apology()), slipText(r));
        ImGui::TableNextColumn();
        ImGui::PushTextWrapPos(0.0f);
        ui::labelColored(r.signByPassed ? ui::colors::kDanger : ui::colors::kText, r.signByText);
        ImGui::PopTextWrapPos();
    }
    ImGui::EndTable();
}

void undeliveredTable(CounterState& s, Commands& commands)
{
    const auto& list = s.late.undelivered;
    if (!ImGui::BeginTable("signed", 3, ImGuiTableFlags_RowBg | ImGuiTableFlags_Borders)) return;
    ImGui::TableSetupColumn("Số phiếu", ImGuiTableColumnFlags_WidthFixed, ImGui::CalcTextSize("0000/PXL").x + 8);
    ImGui::TableSetupColumn("Mã hồ sơ", ImGuiTableColumnFlags_WidthStretch, 1.0f);
    ImGui::TableSetupColumn("Hẹn lại", ImGuiTableColumnFlags_WidthFixed, ImGui::CalcTextSize("17:00 11/11/2026").x + 8);
    ImGui::TableHeadersRow();
    for (const auto& a : list) {
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        const bool selected = s.late.editor.slip && s.late.editor.slip->id == a.id;
        if (ImGui::Selectable((a.numberText() + "##signed" + std::to_string(a.id)).c_str(), selected, ImGuiSelectableFlags_SpanAllColumns))
            commands.push_back(cmd(CommandKind::LateOpen, a.dossierCode));
        ui::recordItem("signed-" + a.dossierCode);
        ui::logText(a.numberText());
        ImGui::TableNextColumn();
        ui::label(a.dossierCode);
        ImGui::TableNextColumn();
        ui::label(dayAndTime(a.proposedDueAt));
    }
    ImGui::EndTable();
}

void drawLists(CounterState& s, Commands& commands, const ui::Fonts& fonts)
{
    auto& L = s.late;
    heading("Hồ sơ trễ hạn và sắp đến hạn", fonts);
    if (button("Làm mới (rà soát hạn)", "late-refresh", true, ImVec2(0, 34))) commands.push_back(cmd(CommandKind::LateRefresh));
    ImGui::SameLine();
    ui::labelColored(ui::colors::kMuted, L.sweepText);
    ui::labelColored(ui::colors::kDanger, "Quá hạn: " + std::to_string(L.late.size()) + " hồ sơ");
    if (L.late.empty()) ui::labelColored(ui::colors::kSuccess, "Không có hồ sơ nào quá hạn.");
    else lateTable(s, commands, L.late, "late", "Trễ (giờ làm việc)");
    ImGui::Spacing();
    ui::labelColored(ui::colors::kPriority, "Sắp đến hạn hoặc cần ký phiếu xin lỗi trước hạn: " + std::to_string(L.atRisk.size()) + " hồ sơ");
    if (L.atRisk.empty()) ui::labelColored(ui::colors::kSuccess, "Không có hồ sơ nào sắp đến hạn.");
    else lateTable(s, commands, L.atRisk, "risk", "Còn (giờ làm việc)");
    ImGui::Spacing();
    ui::labelColored(ui::colors::kPrimary, "Phiếu đã ký, chưa trao cho công dân: " + std::to_string(L.undelivered.size()));
    if (!L.undelivered.empty()) undeliveredTable(s, commands);
}

}  // namespace

void drawLate(CounterState& s, Commands& commands, const ui::Fonts& fonts)
{
    const float total = ImGui::GetContentRegionAvail().x;
    ImGui::BeginChild("##late-lists", ImVec2(total * 0.62f, 0), false);
    drawLists(s, commands, fonts);
    ImGui::EndChild();
    ImGui::SameLine();
    ImGui::BeginChild("##late-slip", ImVec2(0, 0), true);
    ImGui::PushTextWrapPos(0.0f);  // long lines wrap in the narrow pane (1366 px screens)
    drawApologyEditor(s, commands, fonts);
    ImGui::PopTextWrapPos();
    ImGui::EndChild();
}

}  // namespace motcua::counter
