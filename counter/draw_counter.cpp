// The counter window: a header (office time, counter, who is logged in, log out), the queue
// panel on the left for counter staff, and the tabs on the right.
#include "counter/counter_widgets.h"
#include "counter/screens.h"

#include "ui/theme.h"
#include "ui/widgets.h"

namespace motcua::counter {

namespace {

const char* const kWeekdays[] = {"", "thứ Hai", "thứ Ba", "thứ Tư", "thứ Năm", "thứ Sáu", "thứ Bảy", "Chủ nhật"};

void drawHeader(CounterState& s, Commands& commands, const ui::Fonts& fonts)
{
    ImGui::PushStyleColor(ImGuiCol_ChildBg, ui::colors::kPrimary);
    ImGui::BeginChild("##header", ImVec2(0, 58), false);
    ImGui::SetCursorPos(ImVec2(16, 10));
    if (fonts.large) ImGui::PushFont(fonts.large);
    ImGui::PushStyleColor(ImGuiCol_Text, ui::colors::kCard);
    ui::label(s.counterName.empty() ? "Quầy " + std::to_string(s.counter) : s.counterName);
    if (fonts.large) ImGui::PopFont();
    ImGui::SameLine(0, 32);
    ImGui::SetCursorPosY(18);
    const auto& u = *s.user;
    ui::label(u.fullName + " · " + domain::roleLabel(u.role) + (u.unit.empty() ? "" : " · " + u.unit));
    ImGui::SameLine(0, 32);
    ui::label(timeAndDate(s.now));
    ImGui::PopStyleColor();
    ImGui::SameLine(ImGui::GetWindowWidth() - 190);
    ImGui::SetCursorPosY(12);
    if (button("Đăng xuất", "logout", true, ImVec2(170, 36))) commands.push_back(cmd(CommandKind::Logout));
    ImGui::EndChild();
    ImGui::PopStyleColor();
}

void tabButton(CounterState& s, Tab tab, const std::string& label, const char* id)
{
    const bool active = s.tab == tab;
    if (button(label, id, true, ImVec2(0, 40), active ? ui::colors::kPrimary : 0)) s.tab = tab;
    ImGui::SameLine();
}

void drawTabs(CounterState& s, Commands& commands, const ui::Fonts& fonts)
{
    if (s.can(domain::Permission::ServeQueue)) tabButton(s, Tab::Queue, "Hàng chờ", "tab-queue");
    if (s.can(domain::Permission::ReceiveDossier)) tabButton(s, Tab::Intake, "Tiếp nhận hồ sơ", "tab-intake");
    tabButton(s, Tab::Dossiers, "Hồ sơ", "tab-dossiers");
    tabButton(s, Tab::Officer, "Việc của tôi (" + std::to_string(s.officer.list.size()) + ")", "tab-officer");
    const Tab before = s.tab;
    if (s.can(domain::Permission::SignApology))
        tabButton(s, Tab::Late, "Trễ hạn (" + std::to_string(s.late.late.size()) + ")", "tab-late");
    if (s.can(domain::Permission::ViewReports)) tabButton(s, Tab::Reports, "Báo cáo", "tab-reports");
    // Opening the tab sweeps and reloads the lists / computes the report.
    if (s.tab != before && s.tab == Tab::Late) commands.push_back(cmd(CommandKind::LateRefresh));
    if (s.tab != before && s.tab == Tab::Reports) commands.push_back(cmd(CommandKind::ReportRun));
    if (adminVisible(s)) tabButton(s, Tab::Admin, "Quản trị", "tab-admin");
    ImGui::NewLine();
    ImGui::Separator();
    switch (s.tab) {
    case Tab::Queue: drawQueueTab(s, commands, fonts); break;
    case Tab::Intake: drawIntake(s, commands, fonts); break;
    case Tab::Dossiers: drawDossiers(s, commands, fonts); break;
    case Tab::Officer: drawOfficer(s, commands, fonts); break;
    case Tab::Late: drawLate(s, commands, fonts); break;
    case Tab::Reports: drawReports(s, commands, fonts); break;
    case Tab::Admin: drawAdmin(s, commands, fonts); break;
    }
}

}  // namespace

std::string timeAndDate(domain::Instant t)
{
    const auto l = domain::toLocal(t);
    return domain::formatClock(l.minuteOfDay) + " " + kWeekdays[l.date.isoWeekday()] + " " + l.date.vn();
}

void queueShortcuts(CounterState& s, Commands& commands)
{
    if (!s.can(domain::Permission::ServeQueue)) return;
    const auto& serving = s.queue.serving;
    if (ImGui::IsKeyPressed(kKeyF5, false)) commands.push_back(cmd(CommandKind::CallNext));
    if (!serving) return;
    if (ImGui::IsKeyPressed(kKeyF6, false)) commands.push_back(cmd(CommandKind::Recall, serving->label));
    if (ImGui::IsKeyPressed(kKeyF7, false)) commands.push_back(cmd(CommandKind::Skip, serving->label));
    if (ImGui::IsKeyPressed(kKeyF8, false)) s.queue.transferOpen = !s.queue.transferOpen;
    if (ImGui::IsKeyPressed(kKeyF9, false)) commands.push_back(cmd(CommandKind::Finish, serving->label));
}

void drawCounter(CounterState& s, Commands& commands, const ui::Fonts& fonts)
{
    ImGui::PushStyleColor(ImGuiCol_WindowBg, ui::colors::kBackground);
    ui::beginRoot("##counter");
    if (!s.user) {
        drawLogin(s, commands, fonts);
    } else {
        queueShortcuts(s, commands);
        drawHeader(s, commands, fonts);
        if (!s.storeNotice.empty()) {  // store or host trouble: calm amber, the app retries by itself
            ImGui::PushTextWrapPos(0.0f);
            ui::labelColored(ui::colors::kPriority, s.storeNotice);
            ImGui::PopTextWrapPos();
        }
        // The supervisor's wide tables and the admin forms get the whole width; the F-keys still work.
        const bool queue = s.can(domain::Permission::ServeQueue) && s.tab != Tab::Late && s.tab != Tab::Reports &&
                           s.tab != Tab::Admin;
        if (queue) {
            const float w = std::max(380.0f, ImGui::GetContentRegionAvail().x * 0.24f);
            ImGui::BeginChild("##queue-panel", ImVec2(w, 0), true);
            drawQueuePanel(s, commands, fonts);
            ImGui::EndChild();
            ImGui::SameLine();
        }
        ImGui::BeginChild("##main", ImVec2(0, 0), false);
        drawTabs(s, commands, fonts);
        ImGui::EndChild();
    }
    ImGui::End();
    ImGui::PopStyleColor();
    s.notices.draw();
}

}  // namespace motcua::counter
