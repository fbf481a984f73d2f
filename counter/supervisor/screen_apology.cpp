// The apology slip opened from the "Trễ hạn" tab: a draft's reason and new appointment (checked
// as typed, with its distance in working days from the old one), signing after a confirmation;
// a signed slip's printing (retry on failure) and the record that it reached the citizen.
#include "counter/counter_widgets.h"
#include "counter/screens.h"

#include "ui/headless.h"
#include "ui/theme.h"
#include "ui/widgets.h"

namespace motcua::counter {

namespace {

std::string dayAndTime(domain::Instant t) { return domain::formatLocalTime(t) + " " + domain::localDate(t).vn(); }

std::string errorOf(const ApologyEditor& e, const char* key)
{
    const auto it = e.errors.find(key);
    return it == e.errors.end() ? std::string() : it->second;
}

void statusLine(const domain::Apology& a)
{
    using domain::ApologyStatus;
    if (a.status == ApologyStatus::Void) {
        ui::labelColored(ui::colors::kMuted, "Phiếu đã huỷ (hồ sơ đã giải quyết đúng hạn hoặc đã đổi hẹn).");
        return;
    }
    if (a.status == ApologyStatus::Draft) {
        ui::label(std::string("Dự thảo do hệ thống soạn lúc ") + dayAndTime(a.draftedAt) +
                  (a.late ? " (hồ sơ đã quá hạn)" : " (hồ sơ sắp đến hạn)"));
        // DOMAIN.md §2: signed and sent no later than one working day before the due time.
        if (a.signBy) ui::labelColored(ui::colors::kPriority, "Hạn ký và gửi phiếu: " + dayAndTime(*a.signBy) +
                                                                  " (chậm nhất 1 ngày làm việc trước hạn trả)");
        if (a.shortNotice)
            ui::labelColored(ui::colors::kMuted, "Thủ tục giải quyết trong 1 ngày làm việc trở xuống: không thể báo trước "
                                                 "1 ngày làm việc như quy định — ký và báo công dân ngay.");
        return;
    }
    ui::labelColored(ui::colors::kPrimary, "Đã ký: phiếu số " + a.numberText() + " lúc " + dayAndTime(a.signedAt.value_or(0)) +
                                               (a.signedBy.empty() ? "" : ", người ký " + a.signedBy));
    if (a.signedLate && a.signBy)
        ui::labelColored(ui::colors::kDanger, "Ký muộn: sau hạn ký " + dayAndTime(*a.signBy) +
                                                  " (quy định gửi phiếu chậm nhất 1 ngày làm việc trước hạn) — phiếu vẫn có hiệu lực.");
    if (a.deliveredAt)
        ui::labelColored(ui::colors::kSuccess, "Đã trao cho công dân lúc " + dayAndTime(*a.deliveredAt) + ": " + a.deliveredHow +
                                                   (a.deliveredCopySha256.empty() ? "" : " (bản ký số SHA-256 " +
                                                                                              a.deliveredCopySha256.substr(0, 16) + "…)"));
    else ui::labelColored(ui::colors::kDanger, "Chưa trao cho công dân.");
}

void draftFields(CounterState& s, Commands& commands)
{
    auto& e = s.late.editor;
    const float w = ImGui::GetContentRegionAvail().x;
    if (field("Lý do chậm trễ (thay dòng nhắc trong ngoặc vuông bằng lý do thật)", "late-reason", e.reason, errorOf(e, "reason"), w))
        e.confirming = false;
    FieldRow row;
    const bool date = field("Ngày hẹn mới", "late-date", e.newDate, errorOf(e, "date"), 200, 0, "ngày/tháng/năm");
    row.next();
    const bool time = field("Giờ", "late-time", e.newTime, errorOf(e, "time"), 110, 0, "giờ:phút");
    row.end();
    if (date || time) {
        e.confirming = false;
        commands.push_back(cmd(CommandKind::LateCheckDue));
    }
    if (!e.distanceText.empty()) ui::labelColored(ui::colors::kMuted, e.distanceText);
    ImGui::Spacing();
    if (!e.confirming) {
        if (button("Ký phiếu xin lỗi", "late-sign", true, ImVec2(260, 44), ui::colors::kPrimary)) e.confirming = true;
        return;
    }
    ImGui::PushTextWrapPos(0.0f);
    ui::labelColored(ui::colors::kPriority, "Ký phiếu với hẹn mới " + e.newTime + " " + e.newDate +
                                                "? Sau khi ký, ngày hẹn trả của hồ sơ đổi theo và phiếu được cấp số.");
    ImGui::PopTextWrapPos();
    if (button("Xác nhận ký", "late-sign-confirm", true, ImVec2(220, 44), ui::colors::kDanger))
        commands.push_back(cmd(CommandKind::LateSign));
    ImGui::SameLine();
    if (button("Huỷ", "late-sign-cancel", true, ImVec2(120, 44))) e.confirming = false;
}

/// "Ký số": the PIN in a masked field, handed to the command and wiped from the field at once; the
/// signing itself runs in apply() on the worker thread.
void signCopyRow(CounterState& s, Commands& commands)
{
    auto& g = s.late.signing;
    const auto& a = *s.late.editor.slip;
    ImGui::Spacing();
    ui::label("Bản điện tử có chữ ký số (cho công dân nộp trực tuyến hoặc nhận qua mạng):");
    FieldRow row;
    const bool enter = field("Mã PIN thiết bị ký số", "late-sign-pin", g.pin, "", 220,
                             ImGuiInputTextFlags_Password | ImGuiInputTextFlags_EnterReturnsTrue);
    row.next();
    ImGui::SetCursorPosY(ImGui::GetCursorPosY() + ImGui::GetTextLineHeightWithSpacing());
    const bool click = button("Ký số", "late-sign-copy", !g.pin.empty(), ImVec2(140, 36), ui::colors::kPrimary);
    row.end();
    if ((enter || click) && !g.pin.empty()) {
        commands.push_back(cmd(CommandKind::LateSignCopy, {}, {}, g.pin));
        std::fill(g.pin.begin(), g.pin.end(), '\0');
        g.pin.clear();
    }
    if (g.slipId == a.id && !g.path.empty())
        ui::labelColored(ui::colors::kSuccess, "Đã ký số (người ký " + g.signer + "): " + g.path);
}

void signedActions(CounterState& s, Commands& commands)
{
    const auto& L = s.late;
    const auto& a = *L.editor.slip;
    ui::label("Lý do: " + a.reason);
    if (button("In phiếu xin lỗi", "late-print", true, ImVec2(240, 40), ui::colors::kPrimary))
        commands.push_back(cmd(CommandKind::LatePrint));
    if (!L.printError.empty()) {
        message(L.printError, true);
        if (L.failedPrint && button("In lại", "late-retry-print", true, ImVec2(160, 36), ui::colors::kPriority))
            commands.push_back(cmd(CommandKind::LateRetryPrint));
    }
    signCopyRow(s, commands);
    if (a.deliveredAt) return;
    ImGui::Spacing();
    ui::label("Ghi nhận phiếu đã đến công dân:");
    const std::pair<const char*, const char*> ways[] = {
        {"late-deliver-hand", "Trao tận tay tại bộ phận một cửa"},
        {"late-deliver-post", "Gửi qua bưu chính"},
        {"late-deliver-online", "Gửi thư điện tử / tin nhắn / cổng dịch vụ công"},
    };
    // Sent electronically: the signed copy made here is the one recorded (issue 15 item 3).
    const std::string copy = L.signing.slipId == a.id ? L.signing.sha256 : std::string();
    for (const auto& [id, how] : ways) {
        const bool online = std::string_view(id) == "late-deliver-online";
        if (button(how, id, true, ImVec2(0, 36)))
            commands.push_back(cmd(CommandKind::LateDeliver, {}, how, online ? copy : std::string()));
    }
}

}  // namespace

void drawApologyEditor(CounterState& s, Commands& commands, const ui::Fonts& fonts)
{
    auto& L = s.late;
    const auto& e = L.editor;
    if (!e.slip) {
        heading("Phiếu xin lỗi và hẹn lại", fonts);
        ui::labelColored(ui::colors::kMuted, "Chọn một hồ sơ ở danh sách bên trái để mở phiếu xin lỗi của hồ sơ đó.");
        message(L.message, L.messageIsError);
        return;
    }
    const auto& a = *e.slip;
    heading("Phiếu xin lỗi — hồ sơ " + a.dossierCode, fonts);
    if (a.breach) {
        ImGui::PushTextWrapPos(0.0f);
        ui::labelColored(ui::colors::kDanger, "CẢNH BÁO vi phạm: hẹn lại lần 2. Quy định chỉ cho hẹn lại không quá một lần; "
                                              "phiếu này vẫn được ghi nhận và báo cáo.");
        ImGui::PopTextWrapPos();
    }
    statusLine(a);
    ui::label("Hẹn cũ: " + dayAndTime(a.forDueAt) + (a.unit.empty() ? "" : " · đơn vị: " + a.unit));
    if (a.status != domain::ApologyStatus::Draft) ui::label("Hẹn mới: " + dayAndTime(a.proposedDueAt));
    ImGui::Separator();
    if (a.status == domain::ApologyStatus::Draft) draftFields(s, commands);
    else if (a.status == domain::ApologyStatus::Signed) signedActions(s, commands);
    ImGui::Spacing();
    message(L.message, L.messageIsError);
}

}  // namespace motcua::counter
