// The "Cán bộ" section: the accounts with role, unit and state (active, locked), add one, edit
// role/unit, deactivate or reactivate, reset a password (typed twice) and unlock.
#include "counter/admin/screens.h"
#include "counter/counter_widgets.h"

#include "ui/headless.h"
#include "ui/theme.h"
#include "ui/widgets.h"

#include <algorithm>

namespace motcua::counter {

namespace {

constexpr domain::Role kRoles[] = {domain::Role::Staff, domain::Role::Officer, domain::Role::Supervisor,
                                   domain::Role::Admin, domain::Role::Kiosk};

void staffRow(CounterState& s, Commands& commands, const service::StaffAccount& acc)
{
    const auto& m = acc.member;
    const bool locked = acc.lockedUntil > s.now;
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    ui::label(m.username);
    ImGui::TableNextColumn();
    ui::label(m.fullName);
    ImGui::TableNextColumn();
    ui::label(domain::roleLabel(m.role));
    ImGui::TableNextColumn();
    ui::label(m.unit.empty() ? std::string("—") : m.unit);
    ImGui::TableNextColumn();
    if (!m.active) ui::labelColored(ui::colors::kMuted, "Ngừng hoạt động");
    else if (locked) ui::labelColored(ui::colors::kDanger, "Tạm khoá đến " + domain::formatLocalTime(acc.lockedUntil));
    else ui::labelColored(ui::colors::kSuccess, "Hoạt động");
    ImGui::TableNextColumn();
    if (button("Sửa", "staff-edit-" + m.username, true, ImVec2(70, 0))) commands.push_back(adminCmd(AdminAction::EditStaff, m.username));
    ImGui::SameLine();
    if (button(m.active ? "Ngừng" : "Kích hoạt", "staff-active-" + m.username, true, ImVec2(110, 0)))
        commands.push_back(adminCmd(AdminAction::SetActive, m.username, {}, m.active ? 0 : 1));
    if (locked) {
        ImGui::SameLine();
        if (button("Mở khoá", "staff-unlock-" + m.username, true, ImVec2(100, 0)))
            commands.push_back(adminCmd(AdminAction::Unlock, m.username));
    }
}

void staffTable(CounterState& s, Commands& commands, float height)
{
    if (!ImGui::BeginTable("##staff", 6, ImGuiTableFlags_RowBg | ImGuiTableFlags_Borders | ImGuiTableFlags_ScrollY, ImVec2(0, height)))
        return;
    ImGui::TableSetupScrollFreeze(0, 1);
    ImGui::TableSetupColumn("Tên đăng nhập", ImGuiTableColumnFlags_WidthFixed, 150);
    ImGui::TableSetupColumn("Họ tên", ImGuiTableColumnFlags_WidthStretch, 1.0f);
    ImGui::TableSetupColumn("Vai trò", ImGuiTableColumnFlags_WidthFixed, 170);
    ImGui::TableSetupColumn("Đơn vị", ImGuiTableColumnFlags_WidthStretch, 1.0f);
    ImGui::TableSetupColumn("Trạng thái", ImGuiTableColumnFlags_WidthFixed, 180);
    ImGui::TableSetupColumn("", ImGuiTableColumnFlags_WidthFixed, 310);
    ImGui::TableHeadersRow();
    for (const auto& acc : s.admin.staff) staffRow(s, commands, acc);
    ImGui::EndTable();
}

void passwordFields(AdminState& a, StaffForm& f, float width)
{
    field("Mật khẩu mới (ít nhất 8 ký tự)", "staff-password", f.password, adminError(a, "staff-password"), width,
          ImGuiInputTextFlags_Password);
    field("Nhập lại mật khẩu mới", "staff-password2", f.password2, adminError(a, "staff-password2"), width,
          ImGuiInputTextFlags_Password);
}

void staffForm(CounterState& s, Commands& commands, float width)
{
    auto& a = s.admin;
    auto& f = *a.member;
    const float half = (width - 56) / 2;
    ui::labelColored(ui::colors::kPrimary, f.isNew ? "Thêm cán bộ" : "Sửa tài khoản " + f.username);
    ImGui::BeginGroup();
    if (f.isNew) field("Tên đăng nhập", "staff-username", f.username, adminError(a, "staff-username"), half);
    field("Họ tên", "staff-name", f.fullName, adminError(a, "staff-name"), half);
    field("Đơn vị", "staff-unit", f.unit, adminError(a, "staff-unit"), half);
    ui::label("Vai trò");
    for (auto r : kRoles) {
        if (adminRadio(domain::roleLabel(r), std::string("staff-role-") + domain::roleName(r), f.role == r)) f.role = r;
        ImGui::SameLine(0, 16);
    }
    ImGui::NewLine();
    adminCheckbox("Đang hoạt động", "staff-is-active", f.active);
    if (f.isNew) passwordFields(a, f, half);
    if (button(f.isNew ? "Thêm cán bộ" : "Lưu", "staff-save", true, ImVec2(180, 40), ui::colors::kPrimary))
        commands.push_back(adminCmd(AdminAction::SaveStaff));
    ImGui::SameLine();
    if (button(f.isNew ? "Huỷ" : "Quay lại danh sách", "staff-cancel", true, ImVec2(220, 40))) a.member.reset();
    ImGui::EndGroup();
    if (!a.member || a.member->isNew) return;
    ImGui::SameLine(0, 56);
    ImGui::BeginGroup();
    ui::labelColored(ui::colors::kPrimary, "Đặt lại mật khẩu");
    ui::labelColored(ui::colors::kMuted, "Mật khẩu mới cũng mở khoá tài khoản nếu đang bị khoá.");
    passwordFields(a, f, half);
    if (button("Đặt lại mật khẩu", "staff-reset", true, ImVec2(220, 40), ui::colors::kPrimary))
        commands.push_back(adminCmd(AdminAction::ResetPassword));
    ImGui::EndGroup();
}

}  // namespace

void drawAdminStaff(CounterState& s, Commands& commands, const ui::Fonts& /*fonts*/)
{
    auto& a = s.admin;
    const float width = ImGui::GetContentRegionAvail().x - 8;
    if (a.member) {  // the form takes the list's place; Huỷ goes back to it
        ImGui::Spacing();
        staffForm(s, commands, width);
        return;
    }
    const float rows = static_cast<float>(a.staff.size() + 1) * (ImGui::GetFrameHeight() + 6) + 8;
    staffTable(s, commands, std::min(rows, ImGui::GetContentRegionAvail().y - 60));
    if (button("Thêm cán bộ", "staff-new", true, ImVec2(220, 40))) commands.push_back(adminCmd(AdminAction::NewStaff));
}

}  // namespace motcua::counter
