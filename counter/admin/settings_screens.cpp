// Administration sections made of settings — Cơ quan, Lịch làm việc, Máy in & mã QR (with the
// test print) — and Sao lưu (backup now, restore with a confirmation step).
#include "counter/admin/screens.h"
#include "counter/counter_widgets.h"

#include "domain/settings.h"
#include "ui/theme.h"
#include "ui/widgets.h"

#include <algorithm>

namespace motcua::counter {

namespace {

const char* settingLabel(const std::string& key)
{
    static const std::pair<const char*, const char*> kLabels[] = {
        {"office.name", "Tên bộ phận một cửa"},
        {"office.code", "Mã định danh cơ quan"},
        {"office.parent", "Cơ quan chủ quản"},
        {"office.place", "Địa danh (dòng ngày tháng)"},
        {"office.address", "Địa chỉ"},
        {"office.phone", "Số điện thoại"},
        {"calendar.schedule", "Giờ làm việc trong tuần"},
        {"calendar.cutoff.direct", "Giờ chốt tiếp nhận trực tiếp"},
        {"calendar.cutoff.postal", "Giờ chốt tiếp nhận qua bưu chính"},
        {"calendar.cutoff.online", "Giờ chốt tiếp nhận trực tuyến"},
        {"ticket.paper", "Khổ giấy in nhiệt (mm)"},
        {"qr.lookup_url", "Địa chỉ tra cứu trong mã QR"},
        {"public.url", "Trang tra cứu của máy chủ (in trên giấy tiếp nhận)"},
        {"deadline.at_risk_days", "Báo sắp đến hạn trước (ngày làm việc)"},
        {"apology.extra_days", "Gia hạn đề xuất trong phiếu xin lỗi (ngày làm việc)"},
        {"apology.draft_days", "Soạn phiếu xin lỗi trước hạn (ngày làm việc; ký chậm nhất 1 ngày trước hạn)"},
        {"supplement.stop_after_days", "Chờ bổ sung tối đa (ngày làm việc)"},
        {"queue.pending_grace_seconds", "Chờ ki-ốt xác nhận in số (giây)"},
        {"kiosk.admin_pin", "Mã PIN quản trị ki-ốt"},
        {"deadline.step_cap_to_due", "Rút hạn bước về hạn trả hồ sơ (yes/no)"},
    };
    for (const auto& [k, label] : kLabels)
        if (key == k) return label;
    return "";
}

void settingField(AdminState& a, const std::string& key, float width)
{
    const auto* spec = domain::findSetting(key);
    // The kiosk PIN is typed, never shown.
    field(settingLabel(key), "set-" + key, a.edits[key], adminError(a, key), width,
          key == "kiosk.admin_pin" ? ImGuiInputTextFlags_Password : 0);
    // The description says more than the label (a decree, an example): shown small underneath.
    if (spec && std::string(spec->description) != settingLabel(key)) {
        ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + width);
        ui::labelColored(ui::colors::kMuted, spec->description);
        ImGui::PopTextWrapPos();
    }
    ImGui::Spacing();
}

void paperChoice(AdminState& a)
{
    ui::label(settingLabel("ticket.paper"));
    auto& v = a.edits["ticket.paper"];
    if (adminRadio("80 mm", "set-paper-80", v == "80")) v = "80";
    ImGui::SameLine(0, 24);
    if (adminRadio("58 mm", "set-paper-58", v == "58")) v = "58";
    const auto& error = adminError(a, "ticket.paper");
    if (!error.empty()) ui::labelColored(ui::colors::kDanger, error);
    ImGui::Spacing();
}

}  // namespace

void drawAdminSettings(CounterState& s, Commands& commands, const ui::Fonts& /*fonts*/)
{
    auto& a = s.admin;
    ImGui::Spacing();
    if (a.section == AdminSection::Schedule)
        ui::labelColored(ui::colors::kMuted, "Ví dụ: mon-fri 07:30-11:30 13:30-17:00; sat 07:30-11:30 (mon…sun, giờ HH:MM).");
    // Two fields a row: the whole section and its Lưu button fit on one screen, errors included.
    if (ImGui::BeginTable("##settings", 2, ImGuiTableFlags_SizingStretchSame | ImGuiTableFlags_PadOuterX)) {
        for (const auto& key : adminSettingKeys(a.section)) {
            ImGui::TableNextColumn();
            const float width = ImGui::GetContentRegionAvail().x - 24;
            if (key == "ticket.paper") paperChoice(a);
            else settingField(a, key, width);
        }
        ImGui::EndTable();
    }
    if (button("Lưu", "admin-save", true, ImVec2(200, 44), ui::colors::kPrimary))
        commands.push_back(adminCmd(AdminAction::SaveSettings));
    if (a.section != AdminSection::Printer) return;
    ImGui::Spacing();
    ImGui::Separator();
    ui::label("Máy in của quầy này: " + (s.printerName.empty() ? std::string("chưa mở") : s.printerName));
    ui::labelColored(ui::colors::kMuted,
                     "Máy in đặt riêng cho từng máy khi mở chương trình: --printer hoặc biến MOTCUA_PRINTER "
                     "(pdf:THƯ_MỤC, escpos:/dev/usb/lp0, escpos-tcp:MÁY:9100, cups:HÀNG_IN).");
    if (button("In thử", "admin-test-print", true, ImVec2(200, 44)))
        commands.push_back(adminCmd(AdminAction::TestPrint));
}

void drawAdminBackup(CounterState& s, Commands& commands, const ui::Fonts& fonts)
{
    auto& a = s.admin;
    const float width = std::min(900.0f, ImGui::GetContentRegionAvail().x - 20);
    ImGui::Spacing();
    heading("Sao lưu ngay", fonts);
    field("Tệp hoặc thư mục ghi bản sao lưu", "backup-path", a.backupPath, adminError(a, "backup-path"), width, 0,
          "/media/usb/motcua hoặc /var/backups/motcua-2026-11-23.db");
    ui::labelColored(ui::colors::kMuted, "Với một thư mục, tệp được đặt tên theo ngày giờ; một tệp đã có không bị ghi đè.");
    if (button("Sao lưu ngay", "backup-now", true, ImVec2(220, 44), ui::colors::kPrimary))
        commands.push_back(adminCmd(AdminAction::Backup));
    ImGui::Spacing();
    ImGui::Separator();
    heading("Khôi phục từ bản sao lưu", fonts);
    if (field("Tệp sao lưu", "restore-path", a.restorePath, adminError(a, "restore-path"), width)) a.confirmRestore = false;
    if (!a.confirmRestore) {
        if (button("Khôi phục…", "restore-ask", true, ImVec2(220, 44))) commands.push_back(adminCmd(AdminAction::AskRestore));
        return;
    }
    beginCard("##restore-confirm", ImVec2(width, 170));
    ImGui::PushTextWrapPos(0.0f);
    ui::labelColored(ui::colors::kDanger, "Khôi phục sẽ thay toàn bộ dữ liệu hiện tại bằng bản sao lưu " + a.restorePath + ".");
    ui::label("Dữ liệu hiện tại được giữ lại thành một bản an toàn bên cạnh tệp dữ liệu (tên bản này sẽ được báo sau khi "
              "khôi phục). Các quầy và ki-ốt khác nên đóng trước khi khôi phục.");
    ImGui::PopTextWrapPos();
    if (button("Xác nhận khôi phục", "restore-confirm", true, ImVec2(260, 44), ui::colors::kDanger))
        commands.push_back(adminCmd(AdminAction::Restore));
    ImGui::SameLine();
    if (button("Huỷ", "restore-cancel", true, ImVec2(140, 44))) commands.push_back(adminCmd(AdminAction::CancelRestore));
    ImGui::EndChild();
}

}  // namespace motcua::counter
