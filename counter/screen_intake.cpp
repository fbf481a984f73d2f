// Intake: find the procedure (diacritics ignored), the applicant (typed, or one scan of the chip
// ID card's QR), the papers checklist, channel and fee, the appointment shown live; save →
// dossier code → receipt, or the supplement-guidance slip when papers are missing.
#include "counter/counter_widgets.h"
#include "counter/screens.h"

#include "documents/slips.h"
#include "domain/cccd_qr.h"
#include "domain/error.h"
#include "domain/procedure_search.h"
#include "ui/headless.h"
#include "ui/theme.h"
#include "ui/widgets.h"

namespace motcua::counter {

namespace {

std::string money(std::int64_t vnd)
{
    if (vnd == 0) return "Không thu phí";
    std::string digits = std::to_string(vnd), out;
    for (std::size_t i = 0; i < digits.size(); ++i) {
        if (i && (digits.size() - i) % 3 == 0) out += '.';
        out += digits[i];
    }
    return out + " đồng";
}

std::string err(const IntakeState& in, const char* key)
{
    const auto it = in.errors.find(key);
    return it == in.errors.end() ? std::string() : it->second;
}

void drawDraftOffer(CounterState& s, Commands& commands)
{
    const auto& d = *s.intake.offeredDraft;
    const auto* p = s.procedure(d.procedureCode);
    ImGui::PushStyleColor(ImGuiCol_ChildBg, IM_COL32(255, 244, 214, 255));
    ImGui::BeginChild("##draft", ImVec2(0, 92), true);
    ui::label("Có một hồ sơ đang nhập dở lúc " + domain::formatLocalTime(d.savedAt) + " " +
              domain::localDate(d.savedAt).vn() + ": " + (d.applicantName.empty() ? "(chưa có tên)" : d.applicantName) +
              (p ? " — " + p->name : ""));
    if (button("Nhập tiếp hồ sơ này", "draft-accept", true, ImVec2(0, 36), ui::colors::kPrimary))
        commands.push_back(cmd(CommandKind::AcceptDraft));
    ImGui::SameLine();
    if (button("Bỏ bản nháp", "draft-discard", true, ImVec2(0, 36))) commands.push_back(cmd(CommandKind::DiscardDraft));
    ImGui::EndChild();
    ImGui::PopStyleColor();
}

void drawProcedure(CounterState& s, const ui::Fonts& fonts, float w)
{
    auto& f = s.intake.form;
    heading("1. Thủ tục", fonts);
    field("Tìm thủ tục (gõ không dấu cũng được, ví dụ: khai sinh)", "intake-search", f.query, err(s.intake, "procedure"), w,
          0, "Tên hoặc mã thủ tục");
    const auto* chosen = s.procedure(f.procedureCode);
    if (!f.query.empty()) {
        const auto found = domain::searchProcedures(s.procedures, f.query, 8);
        if (found.empty()) ui::labelColored(ui::colors::kDanger, "Không có thủ tục nào khớp \"" + f.query + "\"");
        for (const auto& p : found) {
            const std::string text = p.code + " · " + p.name + " · " + documents::workingDaysText(p.days);
            ui::logText(text);
            if (ImGui::Selectable((text + "##proc-" + p.code).c_str(), p.code == f.procedureCode)) {
                f.procedureCode = p.code;
                f.papers.assign(p.papers.size(), false);
                f.query.clear();
                s.intake.errors.erase("procedure");
                touch(s.intake, s.seconds);
            }
            ui::recordItem("proc-" + p.code);
        }
    }
    if (!chosen) return;
    ImGui::Spacing();
    ui::labelColored(ui::colors::kPrimary, chosen->name);
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + w);
    ui::labelColored(ui::colors::kMuted, "Mã " + chosen->code + " · " + chosen->field + " · Thời hạn: " +
                                             documents::workingDaysText(chosen->days) + " · Cơ quan: " + chosen->unit);
    ui::label("Lệ phí: " + money(chosen->feeVnd) + (chosen->feeNote.empty() ? "" : " (" + chosen->feeNote + ")"));
    ImGui::PopTextWrapPos();
}

void scanLine(CounterState& s)
{
    auto& f = s.intake.form;
    try {
        const auto q = domain::parseCccdQr(f.scan);
        f.applicantName = q.fullName;
        f.idNumber = q.idNumber;
        f.address = q.address;
        s.intake.errors.erase("name");
        s.intake.errors.erase("id");
        s.intake.errors.erase("address");
        s.intake.errors.erase("scan");
        s.intake.message = "Đã điền từ thẻ căn cước: " + q.fullName + ", sinh " + q.dateOfBirth.vn() + ", " + q.sex;
        s.intake.messageIsError = false;
        f.scan.clear();
        touch(s.intake, s.seconds);
    } catch (const Error& e) {
        s.intake.errors["scan"] = e.what();
    }
}

void drawApplicant(CounterState& s, const ui::Fonts& fonts, float w)
{
    auto& f = s.intake.form;
    auto& in = s.intake;
    heading("2. Người nộp hồ sơ", fonts);
    if (field("Quét mã QR trên thẻ căn cước (đặt con trỏ vào đây rồi quét)", "intake-scan", f.scan, err(in, "scan"), w,
              ImGuiInputTextFlags_EnterReturnsTrue, "Số định danh|CMND cũ|Họ tên|ngày sinh|giới tính|địa chỉ|ngày cấp"))
        scanLine(s);
    bool changed = false;
    changed |= field("Họ và tên *", "intake-name", f.applicantName, err(in, "name"), w);
    const float half = (w - 12) * 0.5f;
    ImGui::BeginGroup();
    changed |= field("Số định danh cá nhân (CCCD) *", "intake-id", f.idNumber, err(in, "id"), half,
                     ImGuiInputTextFlags_CharsDecimal);
    ImGui::EndGroup();
    ImGui::SameLine(0, 12);
    ImGui::BeginGroup();
    changed |= field("Số điện thoại", "intake-phone", f.phone, err(in, "phone"), half);
    ImGui::EndGroup();
    changed |= field("Địa chỉ thường trú *", "intake-address", f.address, err(in, "address"), w);
    ui::label("Hình thức nộp");
    for (const auto c : {domain::Channel::Direct, domain::Channel::Online, domain::Channel::Postal}) {
        ImGui::SameLine();
        if (ImGui::RadioButton(domain::channelLabel(c), f.channel == c)) {
            f.channel = c;
            changed = true;
        }
        ui::recordItem(std::string("channel-") + domain::channelName(c));
    }
    ui::label("Số thứ tự đang phục vụ: " + (f.ticket.empty() ? std::string("(không có)") : f.ticket));
    if (changed) {
        touch(in, s.seconds);
        if (!in.errors.empty()) in.errors = validateIntake(f, s.procedure(f.procedureCode));
    }
}

void drawPapers(CounterState& s, const domain::Procedure& p)
{
    auto& f = s.intake.form;
    f.papers.resize(p.papers.size(), false);
    for (std::size_t i = 0; i < p.papers.size(); ++i) {
        bool v = f.papers[i];
        if (ImGui::Checkbox(("##paper-" + std::to_string(i)).c_str(), &v)) {
            f.papers[i] = v;
            touch(s.intake, s.seconds);
        }
        ui::recordItem("paper-" + std::to_string(i));
        ImGui::SameLine();
        ImGui::PushTextWrapPos(0.0f);
        ui::label(p.papers[i]);
        ImGui::PopTextWrapPos();
    }
    if (!p.papers.empty() && button("Đã đủ tất cả giấy tờ", "papers-all", true)) {
        f.papers.assign(p.papers.size(), true);
        touch(s.intake, s.seconds);
    }
}

void drawSave(CounterState& s, Commands& commands, const domain::Procedure* p, float w)
{
    auto& in = s.intake;
    const std::string missing = missingPapers(in.form, p);
    const bool ctrlEnter = ImGui::GetIO().KeyCtrl && ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Enter), false);
    if (missing.empty() || !p) {
        if (button("Lưu và in giấy tiếp nhận  [Ctrl+Enter]", "intake-save", true, ImVec2(w, 52), ui::colors::kPrimary) ||
            ctrlEnter) {
            in.errors = validateIntake(in.form, p);
            if (in.errors.empty()) commands.push_back(cmd(CommandKind::Receive));
            else {
                in.message = "Chưa lưu: còn " + std::to_string(in.errors.size()) + " mục cần sửa (chữ đỏ)";
                in.messageIsError = true;
            }
        }
    } else {
        ImGui::PushTextWrapPos(0.0f);
        ui::labelColored(ui::colors::kPriority, "Còn thiếu giấy tờ: hồ sơ chưa đủ để tiếp nhận. In phiếu hướng dẫn "
                                                "bổ sung (mẫu 02) cho công dân; hồ sơ không được tính.");
        ImGui::PopTextWrapPos();
        if (button("In phiếu hướng dẫn bổ sung", "intake-guidance", true, ImVec2(w, 52), ui::colors::kPriority) ||
            ctrlEnter)
            commands.push_back(cmd(CommandKind::GuidanceSlip, {}, missing));
    }
    if (button("Xoá mẫu, nhập hồ sơ mới", "intake-clear", true, ImVec2(w, 36))) commands.push_back(cmd(CommandKind::ClearIntake));
}

}  // namespace

void drawIntake(CounterState& s, Commands& commands, const ui::Fonts& fonts)
{
    auto& in = s.intake;
    if (in.offeredDraft) drawDraftOffer(s, commands);
    const float total = ImGui::GetContentRegionAvail().x;
    const float leftW = total * 0.56f;
    ImGui::BeginChild("##intake-left", ImVec2(leftW, 0), false);
    const float w = leftW - 24;
    drawProcedure(s, fonts, w);
    ImGui::Spacing();
    drawApplicant(s, fonts, w);
    ImGui::EndChild();
    ImGui::SameLine();
    ImGui::BeginChild("##intake-right", ImVec2(0, 0), false);
    const float rw = ImGui::GetContentRegionAvail().x - 8;
    const auto* p = s.procedure(in.form.procedureCode);
    heading("3. Giấy tờ nộp", fonts);
    if (p) drawPapers(s, *p);
    else ui::labelColored(ui::colors::kMuted, "Chọn thủ tục để hiện danh mục giấy tờ.");
    ImGui::Spacing();
    heading("4. Hẹn trả kết quả", fonts);
    if (p && in.due) {
        if (fonts.large) ImGui::PushFont(fonts.large);
        ui::labelColored(ui::colors::kSuccess, "Hẹn trả: " + timeAndDate(in.due->due));
        if (fonts.large) ImGui::PopFont();
        ui::labelColored(ui::colors::kMuted, "Tính từ " + timeAndDate(in.due->start) + " · " + documents::workingDaysText(p->days));
    } else {
        ui::labelColored(ui::colors::kMuted, "Hiện ngay khi chọn thủ tục.");
    }
    ImGui::Spacing();
    drawSave(s, commands, p, rw);
    message(in.message, in.messageIsError);
    message(in.draftError, true);
    if (!in.printError.empty()) {
        message(in.printError, true);
        if (button("In lại", "intake-retry-print", true, ImVec2(160, 40), ui::colors::kPriority))
            commands.push_back(cmd(CommandKind::RetryPrint));
    }
    ImGui::EndChild();
}

}  // namespace motcua::counter
