// Login: username and password (argon2id in the store), the lock-out message after five
// failures, and which counter this machine is.
#include "counter/counter_widgets.h"
#include "counter/screens.h"

#include "ui/theme.h"
#include "ui/widgets.h"

#include <utility>

namespace motcua::counter {

void drawLogin(CounterState& s, Commands& commands, const ui::Fonts& fonts)
{
    const ImVec2 avail = ImGui::GetContentRegionAvail();
    const ImVec2 size(560, 470);
    ImGui::SetCursorPos(ImVec2((avail.x - size.x) * 0.5f, std::max(20.0f, (avail.y - size.y) * 0.4f)));
    beginCard("##login", size);
    heading("Bộ phận Một cửa — đăng nhập", fonts);
    ui::labelColored(ui::colors::kMuted, (s.counterName.empty() ? "Quầy " + std::to_string(s.counter) : s.counterName) +
                                             " · " + timeAndDate(s.now));
    ImGui::Spacing();
    const float w = size.x - 32;
    bool submit = false;
    const int focus = std::exchange(s.login.focus, 0);
    if (focus == 1) ImGui::SetKeyboardFocusHere();
    if (field("Tên đăng nhập", "login-user", s.login.username, "", w, ImGuiInputTextFlags_EnterReturnsTrue)) {
        if (s.login.password.empty()) s.login.focus = 2;
        else submit = true;
    }
    if (focus == 2) ImGui::SetKeyboardFocusHere();
    submit |= field("Mật khẩu", "login-password", s.login.password, "", w,
                    ImGuiInputTextFlags_Password | ImGuiInputTextFlags_EnterReturnsTrue);
    ImGui::Spacing();
    submit |= button("Đăng nhập (Enter)", "login-submit", true, ImVec2(w, 48), ui::colors::kPrimary);
    if (submit) commands.push_back(cmd(CommandKind::Login, {}, s.login.username, s.login.password));
    ImGui::Spacing();
    message(s.login.error, true);
    ImGui::EndChild();
}

}  // namespace motcua::counter
