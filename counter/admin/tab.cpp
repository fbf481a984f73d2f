// The "Quản trị" tab: the list of sections on the left (only those the role may manage), the
// open section on the right with its heading and the last message.
#include "counter/admin/screens.h"
#include "counter/counter_widgets.h"
#include "counter/screens.h"

#include "ui/headless.h"
#include "ui/theme.h"
#include "ui/widgets.h"

namespace motcua::counter {

Command adminCmd(AdminAction action, std::string code, std::string text, int number)
{
    Command c = cmd(CommandKind::Admin, std::move(code), std::move(text), {}, number);
    c.admin = action;
    return c;
}

const std::string& adminError(const AdminState& a, const std::string& key)
{
    static const std::string kNone;
    const auto it = a.errors.find(key);
    return it == a.errors.end() ? kNone : it->second;
}

bool adminRadio(const std::string& label, const std::string& id, bool active)
{
    const bool clicked = ImGui::RadioButton((label + "###" + id).c_str(), active);
    ui::recordItem(id);
    ui::logText(label);
    return clicked;
}

bool adminCheckbox(const std::string& label, const std::string& id, bool& value)
{
    const bool clicked = ImGui::Checkbox((label + "###" + id).c_str(), &value);
    ui::recordItem(id);
    ui::logText(label);
    return clicked;
}

bool adminVisible(const CounterState& s)
{
    for (auto section : kAdminSections)
        if (s.can(adminPermission(section))) return true;
    return false;
}

void drawAdmin(CounterState& s, Commands& commands, const ui::Fonts& fonts)
{
    auto& a = s.admin;
    if (!a.loaded) {
        // Just opened: load the first section this role manages (after the frame, like any command).
        auto first = a.section;
        if (!s.can(adminPermission(first)))
            for (auto section : kAdminSections)
                if (s.can(adminPermission(section))) {
                    first = section;
                    break;
                }
        commands.push_back(adminCmd(AdminAction::Open, {}, {}, static_cast<int>(first)));
    }
    ImGui::BeginChild("##admin-sections", ImVec2(250, 0), true);
    for (auto section : kAdminSections) {
        if (!s.can(adminPermission(section))) continue;
        const bool open = a.section == section;
        if (button(adminSectionLabel(section), std::string("admin-") + adminSectionName(section), true, ImVec2(-1, 44),
                   open ? ui::colors::kPrimary : 0))
            commands.push_back(adminCmd(AdminAction::Open, {}, {}, static_cast<int>(section)));
    }
    ImGui::EndChild();
    ImGui::SameLine();
    ImGui::BeginChild("##admin-section", ImVec2(0, 0), false);
    heading(adminSectionLabel(a.section), fonts);
    message(a.message, a.messageIsError);
    if (!s.can(adminPermission(a.section))) {
        ui::labelColored(ui::colors::kMuted, "Vai trò của bạn không quản lý mục này.");
    } else {
        switch (a.section) {
        case AdminSection::Office:
        case AdminSection::Schedule:
        case AdminSection::Printer: drawAdminSettings(s, commands, fonts); break;
        case AdminSection::Holidays: drawAdminHolidays(s, commands, fonts); break;
        case AdminSection::Groups: drawAdminGroups(s, commands, fonts); break;
        case AdminSection::Procedures: drawAdminProcedures(s, commands, fonts); break;
        case AdminSection::Staff: drawAdminStaff(s, commands, fonts); break;
        case AdminSection::Backup: drawAdminBackup(s, commands, fonts); break;
        }
    }
    ImGui::EndChild();
}

}  // namespace motcua::counter
