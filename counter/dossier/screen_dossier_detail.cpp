// One dossier: applicant, appointment with time left or late by, the step timeline (the
// processing-control sheet), the history, the actions the user's role and the dossier's status
// allow (each one service call, guarded by the version shown), and slips to print again.
#include "counter/counter_widgets.h"
#include "counter/dossier/result_files.h"
#include "counter/dossier/sign_dossier_copy.h"
#include "counter/screens.h"

#include "ui/headless.h"
#include "ui/theme.h"
#include "ui/widgets.h"

namespace motcua::counter {

namespace {

using domain::DossierAction;

std::string eventLabel(const std::string& action)
{
    if (action == "receive") return "tiếp nhận";
    for (const auto a : domain::kAllActions)
        if (action == domain::actionName(a)) return domain::actionLabel(a);
    return action;
}

std::string when(domain::Instant t) { return domain::formatLocalTime(t) + " " + domain::localDate(t).vn(); }

/// The digitised papers and result (issue 15): which line, how many pages, when, by whom, and
/// whether it was reused from the citizen's earlier dossier rather than scanned again.
void drawDigitised(const domain::DossierDetail& dd)
{
    ui::labelColored(ui::colors::kMuted, "Giấy tờ đã số hoá");
    if (dd.attachments.empty()) {
        ui::label("Chưa số hoá giấy tờ nào.");
        return;
    }
    ImGui::PushTextWrapPos(0.0f);
    for (const auto& a : dd.attachments) {
        std::string what = "Kết quả giải quyết";
        if (a.kind == domain::AttachmentKind::Intake) {
            what = "Thành phần " + std::to_string(a.paper);
            for (const auto& paper : dd.papers)
                if (paper.index + 1 == a.paper) what += " – " + paper.name;
        }
        ui::label(what + ": " + std::to_string(a.pages) + " trang, " + std::to_string((a.bytes + 1023) / 1024) + " kB · " +
                  when(a.addedAt) + " · " + a.addedBy + (a.reusedFrom != 0 ? " · dùng lại bản đã số hoá trước đây" : ""));
    }
    ImGui::PopTextWrapPos();
}

void drawSteps(const domain::DossierDetail& d)
{
    if (d.steps.empty()) {
        ui::labelColored(ui::colors::kMuted, "Chưa chuyển bước xử lý nào.");
        return;
    }
    if (!ImGui::BeginTable("##steps", 5, ImGuiTableFlags_RowBg | ImGuiTableFlags_Borders)) return;
    // The times keep their width; the units share the rest and wrap instead of being cut.
    const float timeW = ImGui::CalcTextSize("00:00 00/00/0000").x;
    ImGui::TableSetupColumn("Từ", ImGuiTableColumnFlags_WidthStretch);
    ImGui::TableSetupColumn("Đến", ImGuiTableColumnFlags_WidthStretch);
    for (const char* h : {"Giao lúc", "Hạn bước", "Xong lúc"}) ImGui::TableSetupColumn(h, ImGuiTableColumnFlags_WidthFixed, timeW);
    ImGui::TableHeadersRow();
    for (const auto& st : d.steps) {
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        ImGui::PushTextWrapPos(0.0f);
        ui::label(st.fromUnit);
        ImGui::TableNextColumn();
        ui::label(st.toUnit);
        ImGui::TableNextColumn();
        ui::label(when(st.handedAt));
        ImGui::TableNextColumn();
        ui::label(st.dueAt ? when(*st.dueAt) : "");
        ImGui::TableNextColumn();
        const bool late = st.dueAt && st.doneAt && *st.doneAt > *st.dueAt;
        if (st.doneAt) ui::labelColored(late ? ui::colors::kDanger : ui::colors::kSuccess, when(*st.doneAt) + (late ? " (trễ)" : ""));
        else ui::labelColored(ui::colors::kPriority, "đang xử lý");
        ImGui::PopTextWrapPos();
    }
    ImGui::EndTable();
}

bool allowed(const CounterState& s, DossierAction a, domain::DossierStatus status)
{
    if (!domain::transition(status, a)) return false;
    return s.can(a == DossierAction::ReturnResult ? domain::Permission::ReturnResult : domain::Permission::ProcessDossier);
}

const char* actionButtonLabel(DossierAction a)
{
    switch (a) {
    case DossierAction::Forward: return "Chuyển xử lý";
    case DossierAction::CompleteStep: return "Hoàn thành bước";
    case DossierAction::RequestSupplement: return "Yêu cầu bổ sung (in phiếu)";
    case DossierAction::Resume: return "Đã bổ sung, xử lý tiếp";
    case DossierAction::MarkResult: return "Đã có kết quả";
    case DossierAction::ReturnResult: return "Trả kết quả";
    case DossierAction::Refuse: return "Từ chối (in phiếu)";
    case DossierAction::Withdraw: return "Công dân rút hồ sơ";
    case DossierAction::Stop: return "Dừng giải quyết (in thông báo)";
    }
    return "";
}

/// What the action needs typed first, or "" when it can go.
std::string missingInput(const DossierPanel& p, DossierAction a)
{
    if (a == DossierAction::Forward && p.forwardTo.empty()) return "Chọn đơn vị hoặc cán bộ nhận trước khi chuyển";
    const bool needsReason = a == DossierAction::RequestSupplement || a == DossierAction::Refuse || a == DossierAction::Stop;
    if (needsReason && p.note.find_first_not_of(' ') == std::string::npos)
        return std::string("Ghi rõ lý do / nội dung trước khi ") + domain::actionLabel(a);
    return {};
}

/// The forward target, chosen from the units and officers that exist (a typed name could match
/// nobody and leave the dossier out of every work list). Options are recorded as "act-to-VALUE".
void drawTargetChoice(DossierPanel& p, float width)
{
    ui::label("Chuyển đến (đơn vị hoặc cán bộ xử lý)");
    std::string shown = "— chọn —";
    for (const auto& t : p.targets)
        if (t.value == p.forwardTo) shown = t.label;
    ImGui::SetNextItemWidth(width);
    const bool open = ImGui::BeginCombo("##act-to", shown.c_str(), ImGuiComboFlags_HeightLarge);
    ui::recordItem("act-to");
    if (!open) return;
    bool officers = false;
    for (const auto& t : p.targets) {
        if (t.officer && !officers) {
            ImGui::Separator();
            officers = true;
        }
        if (ImGui::Selectable((t.label + "##" + t.value).c_str(), t.value == p.forwardTo)) p.forwardTo = t.value;
        ui::recordItem("act-to-" + t.value);
        ui::logText(t.label);
    }
    ImGui::EndCombo();
}

/// Says, before the click, that the step would end after the dossier's own appointment.
void drawStepDueWarning(const DossierPanel& p, const domain::Dossier& d)
{
    if (!p.stepDue || *p.stepDue <= d.dueAt) return;
    ImGui::PushTextWrapPos(0);
    ui::labelColored(ui::colors::kPriority, "Hạn bước (" + when(*p.stepDue) + ") sau hạn trả hồ sơ (" + when(d.dueAt) + "): " +
                                                (p.capStepToDue ? "hạn bước sẽ được rút về hạn trả hồ sơ."
                                                                : "hãy giảm số giờ, hoặc hồ sơ sẽ trễ hạn."));
    ImGui::PopTextWrapPos();
}

void drawActions(CounterState& s, Commands& commands, const domain::Dossier& d)
{
    auto& p = s.dossiers;
    std::vector<DossierAction> actions;
    for (const auto a : domain::kAllActions)
        if (allowed(s, a, d.status)) actions.push_back(a);
    if (actions.empty()) {
        ui::labelColored(ui::colors::kMuted, "Không còn thao tác nào cho hồ sơ ở trạng thái này (hoặc vai trò của bạn).");
        return;
    }
    const float w = ImGui::GetContentRegionAvail().x;
    if (std::find(actions.begin(), actions.end(), DossierAction::Forward) != actions.end()) {
        FieldRow row;
        drawTargetChoice(p, w * 0.6f);
        row.next();
        ui::label("Thời hạn bước (giờ làm việc)");
        ImGui::SetNextItemWidth(std::min(w * 0.3f, 220.0f));
        ImGui::InputFloat("##act-hours", &p.stepHours, 1.0f, 4.0f, "%.1f");
        ui::recordItem("act-hours");
        row.end();
        drawStepDueWarning(p, d);
    }
    field("Ghi chú / lý do", "act-note", p.note, "", w);
    if (std::find(actions.begin(), actions.end(), DossierAction::ReturnResult) != actions.end())
        field("Người nhận kết quả (để trống: chính người nộp)", "act-recipient", p.recipient, "", w);
    for (const auto a : actions) {
        const ImU32 color = a == DossierAction::Refuse || a == DossierAction::Stop ? ui::colors::kDanger
                            : a == DossierAction::ReturnResult || a == DossierAction::MarkResult ? ui::colors::kSuccess
                                                                                                  : ui::colors::kPrimary;
        if (ImGui::GetContentRegionAvail().x < 260) ImGui::NewLine();
        if (button(actionButtonLabel(a), std::string("act-") + domain::actionName(a), true, ImVec2(0, 40), color)) {
            if (const auto why = missingInput(p, a); !why.empty()) {
                p.message = why;
                p.messageIsError = true;
            } else {
                Command c = cmd(CommandKind::Act, d.code, a == DossierAction::Forward ? p.forwardTo
                                                  : a == DossierAction::ReturnResult ? p.recipient : p.note);
                c.text2 = p.note;
                c.action = a;
                c.version = d.version;
                if (a == DossierAction::Forward && p.stepHours > 0) c.hours = p.stepHours;
                commands.push_back(c);
            }
        }
        ImGui::SameLine();
    }
    ImGui::NewLine();
}

void drawPrints(Commands& commands, const domain::DossierDetail& d)
{
    auto has = [&](const char* action) {
        for (const auto& e : d.events)
            if (e.action == action) return true;
        return false;
    };
    using documents::Kind;
    const std::pair<Kind, const char*> slips[] = {{Kind::Receipt, "Giấy tiếp nhận"}, {Kind::Control, "Phiếu kiểm soát"},
                                                  {Kind::Supplement, "Phiếu bổ sung"}, {Kind::RefusalNotice, "Thông báo từ chối"},
                                                  {Kind::Stop, "Thông báo dừng"}};
    ui::label("In lại:");
    for (const auto& [kind, label] : slips) {
        if (kind == Kind::Supplement && !has(domain::actionName(domain::DossierAction::RequestSupplement))) continue;
        if (kind == Kind::RefusalNotice && !has(domain::actionName(domain::DossierAction::Refuse))) continue;
        if (kind == Kind::Stop && !has(domain::actionName(domain::DossierAction::Stop))) continue;
        ImGui::SameLine();
        if (button(label, std::string("print-") + documents::kindName(kind), true)) {
            Command c = cmd(CommandKind::PrintSlip, d.dossier.code);
            c.slip = kind;
            commands.push_back(c);
        }
    }
}

}  // namespace

void drawDossierDetail(CounterState& s, Commands& commands, const ui::Fonts& fonts)
{
    auto& p = s.dossiers;
    message(p.message, p.messageIsError);
    if (!p.printError.empty()) {
        message(p.printError, true);
        if (button("In lại", "dossier-retry-print", true, ImVec2(160, 36), ui::colors::kPriority))
            commands.push_back(cmd(CommandKind::RetryPrint, "dossier"));
    }
    if (!p.detail) {
        ui::labelColored(ui::colors::kMuted, "Chọn một hồ sơ trong danh sách để xem chi tiết.");
        return;
    }
    const auto& dd = *p.detail;
    const auto& d = dd.dossier;
    heading(d.code, fonts);
    ui::label(d.procedureName + " (" + d.procedureCode + ")");
    ui::label("Người nộp: " + d.applicantName + " · CCCD " + (d.idNumber.empty() ? "—" : d.idNumber) + " · ĐT " +
              (d.phone.empty() ? "—" : d.phone));
    ui::label("Địa chỉ: " + d.address);
    // The citizen's key to /tra-cuu, printed on the receipt: staff read it out when asked.
    if (!d.checkCode.empty()) ui::label("Mã kiểm tra (tra cứu trên điện thoại): " + d.checkCode);
    ui::label(std::string("Trạng thái: ") + domain::statusLabel(d.status) + " · đang ở: " + d.unit + " · " +
              domain::channelLabel(d.channel));
    ui::label("Nhận lúc " + when(d.receivedAt) + " · Hẹn trả " + when(d.dueAt) +
              (d.dueAt != d.originalDueAt ? " (hạn ban đầu " + when(d.originalDueAt) + ")" : ""));
    if (!p.timeText.empty()) ui::labelColored(p.late ? ui::colors::kDanger : ui::colors::kSuccess, p.timeText);
    ImGui::Separator();
    ui::labelColored(ui::colors::kMuted, "Quá trình xử lý (phiếu kiểm soát)");
    drawSteps(dd);
    ImGui::Separator();
    drawDossierFees(s, commands, dd);
    ImGui::Separator();
    drawDigitised(dd);
    drawResultFiles(s, commands, d);
    ImGui::Separator();
    drawActions(s, commands, d);
    ImGui::Separator();
    drawPrints(commands, dd);
    drawSignDossierCopies(s, commands, dd);
    ImGui::Separator();
    ui::labelColored(ui::colors::kMuted, "Nhật ký");
    for (auto it = dd.events.rbegin(); it != dd.events.rend(); ++it)
        ui::label(when(it->at) + " · " + it->actor + " · " + eventLabel(it->action) + (it->note.empty() ? "" : ": " + it->note) +
                  (it->flagged ? " (vi phạm quy định một lần)" : ""));
}

}  // namespace motcua::counter
