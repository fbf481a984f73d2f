// The counter window: a header (office time, counter, who is logged in, log out), the queue
// panel on the left for counter staff, and the tabs on the right.
#include "counter/counter_widgets.h"
#include "counter/screens.h"

#include "ui/headless.h"
#include "ui/theme.h"
#include "ui/widgets.h"

#include <algorithm>

namespace motcua::counter {

namespace {

const char* const kWeekdays[] = {"", "thứ Hai", "thứ Ba", "thứ Tư", "thứ Năm", "thứ Sáu", "thứ Bảy", "Chủ nhật"};

void drawHeader(CounterState& s, Commands& commands, const ui::Fonts& fonts)
{
    ImGui::PushStyleColor(ImGuiCol_ChildBg, ui::colors::kPrimary);
    ImGui::BeginChild("##header", ImVec2(0, 58), false);
    const float logoutX = ImGui::GetWindowWidth() - 190;
    ImGui::SetCursorPos(ImVec2(16, 10));
    if (fonts.large) ImGui::PushFont(fonts.large);
    ImGui::PushStyleColor(ImGuiCol_Text, ui::colors::kCard);
    const std::string name = s.counterName.empty() ? "Quầy " + std::to_string(s.counter) : s.counterName;
    ui::label(elide(name, std::max(120.0f, logoutX * 0.45f)));
    if (fonts.large) ImGui::PopFont();
    const float x = ImGui::GetItemRectMax().x - ImGui::GetWindowPos().x + 32;
    const float room = logoutX - 16 - x;  // never under the log-out button
    const auto& u = *s.user;
    const std::string who = u.fullName + " · " + domain::roleLabel(u.role) + (u.unit.empty() ? "" : " · " + u.unit);
    const std::string when = timeAndDate(s.now);
    if (ImGui::CalcTextSize(who.c_str()).x + 32 + ImGui::CalcTextSize(when.c_str()).x <= room) {
        ImGui::SameLine(0, 32);
        ImGui::SetCursorPosY(18);
        ui::label(who);
        ImGui::SameLine(0, 32);
        ImGui::SetCursorPosY(18);
        ui::label(when);
    } else {  // a narrow window (1024×768): who above, the time below
        ImGui::SetCursorPos(ImVec2(x, 6));
        ui::label(elide(who, room));
        ImGui::SetCursorPos(ImVec2(x, 30));
        ui::label(elide(when, room));
    }
    ui::recordItem("header-time");
    ImGui::PopStyleColor();
    ImGui::SetCursorPos(ImVec2(logoutX, 12));
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

/// Scans kept on this PC until the host takes them (intake/apply_unsent_scans.h): said calmly,
/// with a button for the clerk who knows the network is back.
void drawUnsentScans(const CounterState& s, Commands& commands)
{
    if (s.unsentScans.empty() || !s.can(domain::Permission::ReceiveDossier)) return;
    ImGui::AlignTextToFramePadding();  // one line with its button: the screens below move as little as can be
    ui::labelColored(ui::colors::kPriority, std::to_string(s.unsentScans.size()) +
                                                " bản quét chưa gửi được lên máy chủ: đang giữ trên máy này, máy tự gửi lại.");
    ImGui::SameLine();
    if (button("Gửi lại ngay", "unsent-send")) commands.push_back(cmd(CommandKind::SendUnsentScans));
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
        drawUnsentScans(s, commands);
        // The supervisor's wide tables and the admin forms get the whole width; the F-keys still work.
        const bool queue = s.can(domain::Permission::ServeQueue) && s.tab != Tab::Late && s.tab != Tab::Reports &&
                           s.tab != Tab::Admin;
        if (queue) {
            // A narrow window (1024 wide) leaves the tabs their room; wider ones keep 24 %.
            const float avail = ImGui::GetContentRegionAvail().x;
            const float w = avail < 1300 ? 300.0f : std::max(380.0f, avail * 0.24f);
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
