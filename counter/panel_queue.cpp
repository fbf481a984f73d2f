// The queue panel (always visible to counter staff): the ticket being served, the five actions
// with their keys, transfer targets, people waiting per group, skipped tickets to bring back;
// and the "Hàng chờ" tab listing who waits.
#include "counter/counter_widgets.h"
#include "counter/screens.h"

#include "ui/headless.h"
#include "ui/theme.h"
#include "ui/widgets.h"

namespace motcua::counter {

namespace {

std::string groupName(const CounterState& s, const std::string& code)
{
    for (const auto& g : s.queue.allGroups)
        if (g.group.code == code) return g.group.name;
    return code;
}

void drawServing(CounterState& s, const ui::Fonts& fonts)
{
    ui::labelColored(ui::colors::kMuted, "Đang phục vụ");
    const auto& t = s.queue.serving;
    if (t) {
        // The huge face has Basic Latin only: ticket labels, never words or dashes.
        if (fonts.huge) ImGui::PushFont(fonts.huge);
        ImGui::SetWindowFontScale(0.5f);
        ui::labelColored(t->priorityReason.empty() ? ui::colors::kPrimary : ui::colors::kPriority, t->label);
        ImGui::SetWindowFontScale(1.0f);
        if (fonts.huge) ImGui::PopFont();
        ui::label(groupName(s, t->groupCode));
        if (!t->priorityReason.empty()) ui::labelColored(ui::colors::kPriority, "Ưu tiên: " + t->priorityReason);
        if (t->calledAt)
            ui::labelColored(ui::colors::kMuted, "Gọi lúc " + domain::formatLocalTime(*t->calledAt) +
                                                     (t->recalls ? " · đã gọi lại " + std::to_string(t->recalls) + " lần" : ""));
    } else {
        heading("Chưa phục vụ ai", fonts);
        ImGui::PushTextWrapPos(0.0f);
        ui::labelColored(ui::colors::kMuted, "Bấm Gọi tiếp (F5) để mời người tiếp theo.");
        ImGui::PopTextWrapPos();
    }
}

void drawActions(CounterState& s, Commands& commands)
{
    const auto& t = s.queue.serving;
    const float w = (ImGui::GetContentRegionAvail().x - 8) * 0.5f;
    const ImVec2 half(w, 46);
    const std::string label = t ? t->label : std::string();
    if (button("Gọi tiếp  [F5]", "q-next", true, ImVec2(w * 2 + 8, 56), ui::colors::kPrimary))
        commands.push_back(cmd(CommandKind::CallNext));
    if (button("Gọi lại  [F6]", "q-recall", t.has_value(), half)) commands.push_back(cmd(CommandKind::Recall, label));
    ImGui::SameLine(0, 8);
    if (button("Bỏ qua  [F7]", "q-skip", t.has_value(), half)) commands.push_back(cmd(CommandKind::Skip, label));
    if (button("Chuyển…  [F8]", "q-transfer", t.has_value(), half)) s.queue.transferOpen = !s.queue.transferOpen;
    ImGui::SameLine(0, 8);
    if (button("Xong  [F9]", "q-finish", t.has_value(), half, t ? ui::colors::kSuccess : 0))
        commands.push_back(cmd(CommandKind::Finish, label));
    if (t && s.can(domain::Permission::ReceiveDossier) &&
        button("Tiếp nhận hồ sơ cho " + t->label, "q-intake", true, ImVec2(w * 2 + 8, 40))) {
        s.intake.form.ticket = t->label;
        s.tab = Tab::Intake;
        touch(s.intake, s.seconds);
    }
    if (!t || !s.queue.transferOpen) return;
    ImGui::Spacing();
    ui::label("Chuyển " + t->label + " sang:");
    for (const auto& g : s.queue.allGroups) {
        if (g.group.code == t->groupCode) continue;
        if (button(g.group.name, "q-to-group-" + g.group.code, true, ImVec2(w * 2 + 8, 0)))
            commands.push_back(cmd(CommandKind::Transfer, label, g.group.code));
    }
    for (const auto& c : s.queue.counters) {
        if (c.number == s.counter || !c.open) continue;
        if (button("Quầy " + std::to_string(c.number), "q-to-counter-" + std::to_string(c.number), true, ImVec2(w, 0)))
            commands.push_back(cmd(CommandKind::Transfer, label, {}, {}, c.number));
        ImGui::SameLine(0, 8);
    }
    ImGui::NewLine();
}

}  // namespace

void drawQueuePanel(CounterState& s, Commands& commands, const ui::Fonts& fonts)
{
    drawServing(s, fonts);
    ImGui::Spacing();
    drawActions(s, commands);
    message(s.queue.message, s.queue.messageIsError);
    ImGui::Separator();
    ui::labelColored(ui::colors::kMuted, "Đang chờ tại quầy này");
    for (const auto& g : s.queue.groups) {
        std::string line = g.group.prefix + " · " + g.group.name + ": " + std::to_string(g.waiting) + " người";
        if (g.priorityWaiting) line += " (" + std::to_string(g.priorityWaiting) + " ưu tiên)";
        if (g.waiting) line += ", ~" + std::to_string(g.waitMinutes) + " phút";
        ImGui::PushTextWrapPos(0.0f);  // wraps in the narrow panel of a 1024-wide window
        ui::label(line);
        ImGui::PopTextWrapPos();
    }
    if (s.queue.groups.empty()) ui::labelColored(ui::colors::kMuted, "Quầy chưa được giao nhóm dịch vụ nào");
    ImGui::Separator();
    ImGui::PushTextWrapPos(0.0f);
    ui::labelColored(ui::colors::kMuted, "Đã bỏ qua (gọi vào lại khi công dân quay lại)");
    ImGui::PopTextWrapPos();
    if (s.queue.skipped.empty()) ui::labelColored(ui::colors::kMuted, "Không có");
    for (const auto& t : s.queue.skipped) {
        ui::label(t.label);
        ImGui::SameLine(90);
        if (button("Đưa vào lại", "q-restore-" + t.label, true)) commands.push_back(cmd(CommandKind::Restore, t.label));
    }
}

void drawQueueTab(CounterState& s, Commands& commands, const ui::Fonts& fonts)
{
    (void)commands;
    heading("Hàng chờ hôm nay", fonts);
    if (s.queue.waiting.empty()) {
        ui::labelColored(ui::colors::kMuted, "Không có ai đang chờ ở các nhóm quầy này phục vụ.");
        return;
    }
    if (!ImGui::BeginTable("##waiting", 5, ImGuiTableFlags_RowBg | ImGuiTableFlags_Borders)) return;
    ImGui::TableSetupColumn("Số");
    ImGui::TableSetupColumn("Nhóm");
    ImGui::TableSetupColumn("Ưu tiên");
    ImGui::TableSetupColumn("Lấy số lúc");
    ImGui::TableSetupColumn("Chuyển đến");
    ImGui::TableHeadersRow();
    for (const auto& t : s.queue.waiting) {
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        ui::label(t.label);
        ImGui::TableNextColumn();
        ui::label(groupName(s, t.groupCode));
        ImGui::TableNextColumn();
        ui::label(t.priorityReason);
        ImGui::TableNextColumn();
        ui::label(domain::formatLocalTime(t.issuedAt));
        ImGui::TableNextColumn();
        ui::label(t.targetCounter ? "Quầy " + std::to_string(*t.targetCounter) : "");
    }
    ImGui::EndTable();
}

}  // namespace motcua::counter
