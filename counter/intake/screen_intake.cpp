// Intake: find the procedure (diacritics ignored), the applicant (typed, or one scan of the chip
// ID card's QR), the papers checklist, channel and fee, the appointment shown live; save →
// dossier code → receipt, or the supplement-guidance slip when papers are missing.
#include "counter/counter_widgets.h"
#include "counter/intake/paper_scans.h"
#include "counter/intake/citizen_papers.h"
#include "counter/intake/calendar_warning.h"
#include "counter/intake/first_error.h"
#include "counter/screens.h"

#include "documents/slips.h"
#include "domain/cccd_qr.h"
#include "domain/error.h"
#include "domain/procedure_search.h"
#include "ui/headless.h"
#include "ui/theme.h"
#include "ui/widgets.h"

#include <algorithm>

namespace motcua::counter {

namespace {

std::string err(const IntakeState& in, const char* key)
{
    const auto it = in.errors.find(key);
    return it == in.errors.end() ? std::string() : it->second;
}

void drawDraftOffer(CounterState& s, Commands& commands)
{
    const auto& d = *s.intake.offeredDraft;
    const auto* p = s.procedure(d.procedureCode);
    const std::string text = "Có một hồ sơ đang nhập dở lúc " + domain::formatLocalTime(d.savedAt) + " " +
                             domain::localDate(d.savedAt).vn() + ": " +
                             (d.applicantName.empty() ? "(chưa có tên)" : d.applicantName) + (p ? " — " + p->name : "");
    // As tall as its wrapped text and buttons: a fixed height left a scrollbar when the name wrapped.
    const ImGuiStyle& st = ImGui::GetStyle();
    const float inner = ImGui::GetContentRegionAvail().x - 2 * st.WindowPadding.x;
    const float height = ImGui::CalcTextSize(text.c_str(), nullptr, false, inner).y + st.ItemSpacing.y + 36 +
                         2 * st.WindowPadding.y + 4;
    ImGui::PushStyleColor(ImGuiCol_ChildBg, IM_COL32(255, 244, 214, 255));
    ImGui::BeginChild("##draft", ImVec2(0, height), true, ImGuiWindowFlags_NoScrollbar);
    ImGui::PushTextWrapPos(0.0f);
    ui::label(text);
    ImGui::PopTextWrapPos();
    ui::recordItem("draft-text");
    if (button("Nhập tiếp hồ sơ này", "draft-accept", true, ImVec2(0, 36), ui::colors::kPrimary))
        commands.push_back(cmd(CommandKind::AcceptDraft));
    ImGui::SameLine();
    if (button("Bỏ bản nháp", "draft-discard", true, ImVec2(0, 36))) commands.push_back(cmd(CommandKind::DiscardDraft));
    ImGui::EndChild();
    ui::recordItem("draft-banner");
    ImGui::PopStyleColor();
}

void drawProcedure(CounterState& s, const ui::Fonts& fonts, float w)
{
    auto& f = s.intake.form;
    heading("1. Thủ tục", fonts);
    const bool typed = revealedInput(s.intake, "procedure", [&] {
        return field("Tìm thủ tục (gõ không dấu cũng được, ví dụ: khai sinh)", "intake-search", f.query,
                     err(s.intake, "procedure"), w, 0, "Tên hoặc mã thủ tục");
    });
    const bool activeNow = ImGui::IsItemActive();
    const bool searching = activeNow || s.intake.searchActive;
    s.intake.searchActive = activeNow;
    const auto* chosen = s.procedure(f.procedureCode);
    if (!f.query.empty()) {
        const auto found = domain::searchProcedures(s.procedures, f.query, 8);
        if (found.empty()) ui::labelColored(ui::colors::kDanger, "Không có thủ tục nào khớp \"" + f.query + "\"");
        // Down/Up move through the results and Enter takes one, without leaving the keyboard.
        int& hi = s.intake.searchHighlight;
        if (typed) hi = 0;
        if (searching && ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_DownArrow))) ++hi;
        if (searching && ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_UpArrow))) --hi;
        hi = std::clamp(hi, 0, std::max(0, static_cast<int>(found.size()) - 1));
        const bool enter = searching && !found.empty() &&
                           (ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Enter), false) || ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_KeyPadEnter), false));
        // Each result wraps within the column instead of running into the next one.
        for (std::size_t i = 0; i < found.size(); ++i) {
            const auto& p = found[i];
            const std::string text = p.code + " · " + p.name + " · " + documents::workingDaysText(p.days);
            ui::logText(text);
            const float textH = ImGui::CalcTextSize(text.c_str(), nullptr, false, w - 8).y;
            const ImVec2 at = ImGui::GetCursorScreenPos();
            const bool lit = static_cast<int>(i) == hi || p.code == f.procedureCode;
            const bool clicked = ImGui::Selectable(("##proc-" + p.code).c_str(), lit, 0, ImVec2(w, textH));
            ui::recordItem("proc-" + p.code);
            ImGui::GetWindowDrawList()->AddText(nullptr, 0.0f, at, ImGui::GetColorU32(ImGuiCol_Text), text.c_str(), nullptr, w - 8);
            if (clicked || (enter && static_cast<int>(i) == hi)) {
                f.procedureCode = p.code;
                f.papers.clear();
                fitPapers(f, p);
                f.fees = domain::intakeFeesOf(p);  // another procedure: its own fee
                f.query.clear();
                hi = 0;
                s.intake.errors.erase("procedure");
                std::erase_if(s.intake.errors, [](const auto& e) { return e.first.rfind("fee", 0) == 0; });
                touch(s.intake, s.seconds);
                break;
            }
        }
    }
    chosen = s.procedure(f.procedureCode);
    if (!chosen) return;
    ImGui::Spacing();
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + w);  // a long name wraps in a narrow column (1024×768)
    ui::labelColored(ui::colors::kPrimary, chosen->name);
    ui::recordItem("intake-procedure-name");
    ui::labelColored(ui::colors::kMuted, "Mã " + chosen->code + " · " + chosen->field + " · Thời hạn: " +
                                             documents::workingDaysText(chosen->days) + " · Cơ quan: " + chosen->unit);
    ImGui::PopTextWrapPos();
    drawIntakeFees(s, *chosen, w);
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

/// Person / organisation: the identifier and its label follow the choice.
bool drawApplicantKind(IntakeForm& f)
{
    bool changed = false;
    ui::label("Người nộp là");
    for (const auto k : {domain::ApplicantKind::Person, domain::ApplicantKind::Organisation}) {
        const bool org = k == domain::ApplicantKind::Organisation;
        const char* text = org ? "Tổ chức (doanh nghiệp, hợp tác xã…)" : "Cá nhân";
        sameLineIfFits(choiceWidth(text));
        if (ImGui::RadioButton(text, f.applicantKind == k)) {
            f.applicantKind = k;
            changed = true;
        }
        ui::recordItem(std::string("applicant-") + domain::applicantKindName(k));
    }
    return changed;
}

/// "Trường hợp ủy quyền": who brings the dossier for the applicant, with the authorisation.
bool drawRepresentative(CounterState& s, float w)
{
    auto& f = s.intake.form;
    auto& in = s.intake;
    // Ends in "…" in a narrow column (1024×768) rather than running past its edge; whole on hover.
    const std::string text = "Nộp thay theo ủy quyền (Trường hợp ủy quyền)";
    const std::string shown = elide(text, w - ImGui::GetFrameHeight() - ImGui::GetStyle().ItemInnerSpacing.x);
    bool changed = ImGui::Checkbox((shown + "##rep").c_str(), &f.hasRepresentative);
    ui::recordItem("intake-rep");
    if (shown != text && ImGui::IsItemHovered()) ImGui::SetTooltip("%s", text.c_str());
    if (!f.hasRepresentative) return changed;
    auto& r = f.representative;
    const float half = (w - 16 - 12) * 0.5f;
    ImGui::Indent(16);
    FieldRow first;
    changed |= revealedInput(in, "rep-name", [&] {
        return field("Họ tên người được ủy quyền *", "intake-rep-name", r.name, err(in, "rep-name"), half);
    });
    first.next(12);
    changed |= revealedInput(in, "rep-id", [&] {
        return field("Số CCCD người được ủy quyền *", "intake-rep-id", r.idNumber, err(in, "rep-id"), half,
                     ImGuiInputTextFlags_CharsDecimal);
    });
    first.end();
    FieldRow second;
    changed |= revealedInput(in, "rep-phone", [&] {
        return field("Số điện thoại", "intake-rep-phone", r.phone, err(in, "rep-phone"), half);
    });
    second.next(12);
    changed |= revealedInput(in, "rep-address", [&] {
        return field("Địa chỉ người được ủy quyền", "intake-rep-address", r.address, err(in, "rep-address"), half);
    });
    second.end();
    changed |= revealedInput(in, "authorisation", [&] {
        return field("Văn bản ủy quyền *", "intake-authorisation", r.authorisation, err(in, "authorisation"), w - 16,
                     0, "Giấy ủy quyền số … ngày …");
    });
    ImGui::Unindent(16);
    return changed;
}

bool drawChannelAndCollection(IntakeForm& f)
{
    bool changed = false;
    ui::label("Hình thức nộp");
    for (const auto c : {domain::Channel::Direct, domain::Channel::Online, domain::Channel::Postal}) {
        sameLineIfFits(choiceWidth(domain::channelLabel(c)));
        if (ImGui::RadioButton(domain::channelLabel(c), f.channel == c)) {
            f.channel = c;
            changed = true;
        }
        ui::recordItem(std::string("channel-") + domain::channelName(c));
    }
    ui::label("Nhận kết quả");
    for (const auto c : {domain::Collection::Counter, domain::Collection::Post, domain::Collection::Online}) {
        const char* text = c == domain::Collection::Counter ? "Tại quầy" : c == domain::Collection::Post ? "Qua bưu chính" : "Trực tuyến";
        sameLineIfFits(choiceWidth(text));
        if (ImGui::RadioButton((std::string(text) + "##collect").c_str(), f.collection == c)) {
            f.collection = c;
            changed = true;
        }
        ui::recordItem(std::string("collect-") + domain::collectionName(c));
    }
    return changed;
}

void drawApplicant(CounterState& s, const ui::Fonts& fonts, float w)
{
    auto& f = s.intake.form;
    auto& in = s.intake;
    heading("2. Người nộp hồ sơ", fonts);
    bool changed = drawApplicantKind(f);
    const bool org = f.applicantKind == domain::ApplicantKind::Organisation;
    if (!org && revealedInput(in, "scan", [&] {
            return field("Quét mã QR trên thẻ căn cước (đặt con trỏ vào đây rồi quét)", "intake-scan", f.scan, err(in, "scan"), w,
                         ImGuiInputTextFlags_EnterReturnsTrue, "Số định danh|CMND cũ|Họ tên|ngày sinh|giới tính|địa chỉ|ngày cấp");
        }))
        scanLine(s);
    changed |= revealedInput(in, "name", [&] {
        return field(org ? "Tên tổ chức *" : "Họ và tên *", "intake-name", f.applicantName, err(in, "name"), w);
    });
    const float half = (w - 12) * 0.5f;
    FieldRow row;
    changed |= revealedInput(in, "id", [&] {
        return field(org ? "Mã số doanh nghiệp/mã số thuế *" : "Số định danh cá nhân (CCCD) *", "intake-id",
                     f.idNumber, err(in, "id"), half, org ? 0 : ImGuiInputTextFlags_CharsDecimal,
                     org ? "0101234567 hoặc 0101234567-001" : nullptr);
    });
    row.next(12);
    changed |= revealedInput(in, "phone", [&] {
        return field("Số điện thoại", "intake-phone", f.phone, err(in, "phone"), half);
    });
    row.end();
    FieldRow second;
    changed |= revealedInput(in, "address", [&] {
        return field(org ? "Địa chỉ trụ sở *" : "Địa chỉ thường trú *", "intake-address", f.address,
                     err(in, "address"), half);
    });
    second.next(12);
    changed |= revealedInput(in, "email", [&] {
        return field("Thư điện tử", "intake-email", f.email, err(in, "email"), half, 0, "ten@vidu.vn");
    });
    second.end();
    changed |= drawRepresentative(s, w);
    const std::string ticket = intakeTicket(s);  // the served one from the first frame, before any click
    ui::label("Số thứ tự đang phục vụ: " + (ticket.empty() ? std::string("(không có)") : ticket));
    if (changed) {
        touch(in, s.seconds);
        if (!in.errors.empty()) in.errors = validateIntake(f, s.procedure(f.procedureCode));
    }
}

/// How one given paper came: original, copy, certified copy, or only shown; and how many.
bool drawPaperForm(domain::PaperEntry& e, const std::string& id, const std::string& error)
{
    bool changed = false;
    ImGui::Indent(34);
    bool first = true;
    for (const auto form : {domain::PaperForm::Original, domain::PaperForm::Copy, domain::PaperForm::CertifiedCopy}) {
        const bool on = !e.shown && e.form == form;
        const char* text = form == domain::PaperForm::CertifiedCopy ? "Bản sao chứng thực" : domain::paperFormLabel(form);
        const std::string label = std::string(text) + "##" + id + "-" + domain::paperFormName(form);
        if (!first) sameLineIfFits(choiceWidth(label));
        first = false;
        if (ImGui::RadioButton(label.c_str(), on)) {
            e.form = form;
            e.shown = false;
            changed = true;
        }
        ui::recordItem(id + "-" + domain::paperFormName(form));
    }
    const std::string shownLabel = "Chỉ xuất trình##" + id + "-shown";
    sameLineIfFits(choiceWidth(shownLabel));
    if (ImGui::RadioButton(shownLabel.c_str(), e.shown)) {
        e.shown = true;
        changed = true;
    }
    ui::recordItem(id + "-shown");
    if (!e.shown) {  // on its own line: beside the four choices it would run off a 1366-wide column
        ImGui::TextUnformatted("Số lượng");
        ImGui::SameLine();
        // The number needs its own room beside the two −/+ buttons (96 px in all showed none of it).
        ImGui::SetNextItemWidth(72 + 2 * (ImGui::GetFrameHeight() + ImGui::GetStyle().ItemInnerSpacing.x));
        int q = e.quantity;
        if (ImGui::InputInt(("##" + id + "-qty").c_str(), &q)) {
            e.quantity = std::clamp(q, 1, domain::kMaxPaperQuantity);
            changed = true;
        }
        ui::recordItem(id + "-qty");
    }
    if (!error.empty()) ui::labelColored(ui::colors::kDanger, error);
    ImGui::Unindent(34);
    return changed;
}

void drawPapers(CounterState& s, Commands& commands, const domain::Procedure& p)
{
    auto& f = s.intake.form;
    fitPapers(f, p);
    drawCitizenPapersNote(s);
    for (std::size_t i = 0; i < p.papers.size(); ++i) {
        const std::string id = "paper-" + std::to_string(i);
        auto& e = f.papers[i];
        bool changed = ImGui::Checkbox(("##" + id).c_str(), &e.given);
        ui::recordItem(id);
        ImGui::SameLine();
        // Wrapped short of the column's edge (and its scrollbar), not touching it.
        ImGui::PushTextWrapPos(ImGui::GetWindowContentRegionMax().x - 12);
        const auto kind = p.papers[i].kind;
        if (kind == domain::PaperKind::Required) ui::label(p.papers[i].text);
        else ui::labelColored(ui::colors::kMuted, "[" + std::string(domain::paperKindLabel(kind)) + "] " + p.papers[i].text);
        ui::recordItem("paper-text-" + std::to_string(i));
        ImGui::PopTextWrapPos();
        if (e.given) changed |= drawPaperForm(e, id, err(s.intake, id.c_str()));
        revealIfFirstError(s.intake, id);  // its error is under its choices, not an input
        if (changed) touch(s.intake, s.seconds);
        drawPaperScan(s, commands, static_cast<int>(i));
        drawPaperReuse(s, p, static_cast<int>(i));
    }
    if (!p.papers.empty() && button("Đã đủ giấy tờ bắt buộc", "papers-all", true)) {
        for (std::size_t i = 0; i < p.papers.size(); ++i)
            if (p.papers[i].kind != domain::PaperKind::Conditional) f.papers[i].given = true;
        touch(s.intake, s.seconds);
    }
    if (std::any_of(p.papers.begin(), p.papers.end(), [](const auto& x) { return x.kind == domain::PaperKind::Conditional; })) {
        ImGui::PushTextWrapPos(ImGui::GetWindowContentRegionMax().x - 12);  // not past a narrow column's edge
        ui::labelColored(ui::colors::kMuted, "Giấy tờ [nếu có] chỉ đánh dấu khi công dân thực sự nộp.");
        ImGui::PopTextWrapPos();
    }
}

/// A request that is not eligible or not for this office is refused at the counter with form 03:
/// nothing is received or counted.
void drawRefuse(CounterState& s, Commands& commands, float w)
{
    auto& in = s.intake;
    if (!in.refusing) {  // beside "Xoá mẫu" (drawSave): one row for the two rarer actions
        if (button("Từ chối tiếp nhận…", "intake-refuse-open", true, ImVec2((w - 8) * 0.5f, 36))) in.refusing = true;
        ImGui::SameLine(0, 8);
        return;
    }
    ImGui::PushTextWrapPos(0.0f);
    ui::labelColored(ui::colors::kMuted, "Yêu cầu không đủ điều kiện hoặc không thuộc thẩm quyền: in phiếu từ chối tiếp "
                                         "nhận (mẫu 03); hồ sơ không được tiếp nhận. Nhiều lý do cách nhau bởi dấu ;");
    ImGui::PopTextWrapPos();
    (void)revealedInput(in, "refuse", [&] {
        return field("Lý do từ chối tiếp nhận *", "intake-refuse-reason", in.refuseReason, err(in, "refuse"), w);
    });
    if (button("In phiếu từ chối tiếp nhận", "intake-refuse", true, ImVec2(w * 0.6f, 44), ui::colors::kDanger)) {
        in.errors.erase("refuse");
        in.errors.erase("name");
        if (in.form.applicantName.find_first_not_of(' ') == std::string::npos)
            in.errors["name"] = "Nhập họ tên người nộp (hoặc tên tổ chức) để in phiếu từ chối";
        else if (in.refuseReason.find_first_not_of(" ;") == std::string::npos)
            in.errors["refuse"] = "Nhập lý do từ chối tiếp nhận";
        else
            commands.push_back(cmd(CommandKind::RefuseIntake, {}, in.refuseReason));
        in.revealError = !in.errors.empty();
    }
    ImGui::SameLine();
    if (button("Thôi", "intake-refuse-cancel", true, ImVec2(w * 0.4f - 8, 44))) {
        in.refusing = false;
        in.errors.erase("refuse");
    }
    ImGui::Spacing();
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
                in.revealError = true;  // the next frame scrolls to the first red field
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
    drawRefuse(s, commands, w);
    const float clearW = in.refusing ? w : (w - 8) * 0.5f;
    if (button("Xoá mẫu, nhập mới", "intake-clear", true, ImVec2(clearW, 36))) commands.push_back(cmd(CommandKind::ClearIntake));
}

/// The appointment and the actions under the papers box: always on screen.
void drawAppointment(CounterState& s, Commands& commands, const ui::Fonts& fonts, const domain::Procedure* p, float rw)
{
    auto& in = s.intake;
    ImGui::Spacing();
    if (p && in.due) {
        if (fonts.large) ImGui::PushFont(fonts.large);
        ImGui::PushTextWrapPos(0.0f);
        ui::labelColored(ui::colors::kSuccess, "Hẹn trả: " + timeAndDate(in.due->due));
        if (fonts.large) ImGui::PopFont();
        ui::labelColored(ui::colors::kMuted, "Tính từ " + timeAndDate(in.due->start) + " · " + documents::workingDaysText(p->days));
        ImGui::PopTextWrapPos();
        drawCalendarWarning(*in.due);
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
}

}  // namespace

void drawIntake(CounterState& s, Commands& commands, const ui::Fonts& fonts)
{
    auto& in = s.intake;
    beginRevealFrame(in);
    requestCitizenPapers(s, commands);
    if (in.offeredDraft) drawDraftOffer(s, commands);
    const float total = ImGui::GetContentRegionAvail().x;
    const float leftW = total * (total < 900 ? 0.5f : 0.56f);
    ImGui::BeginChild("##intake-left", ImVec2(leftW, 0), false);
    const float w = leftW - 24;
    drawProcedure(s, fonts, w);
    ImGui::Spacing();
    drawApplicant(s, fonts, w);
    ImGui::Spacing();
    // Here rather than under the papers: the right column keeps its height for the checklist.
    heading("4. Hình thức nộp và nhận kết quả", fonts);
    if (drawChannelAndCollection(in.form)) {
        touch(in, s.seconds);
        if (!in.errors.empty()) in.errors = validateIntake(in.form, s.procedure(in.form.procedureCode));
    }
    ImGui::EndChild();
    ImGui::SameLine();
    // No scrollbar: the papers box gives up its height so the rest fits, and a scrollbar coming and
    // going would change the width, the wrapping and the height, frame after frame.
    ImGui::BeginChild("##intake-right", ImVec2(0, 0), false, ImGuiWindowFlags_NoScrollbar);
    const float rw = ImGui::GetContentRegionAvail().x - 8;
    const auto* p = s.procedure(in.form.procedureCode);
    heading("3. Giấy tờ nộp", fonts);
    // The checklist scrolls in its own box so the appointment and Save stay on screen, whatever
    // the number of papers and the window's height.
    // From the column's own height, not what is left of it: that grows as the column scrolls.
    const float room = ImGui::GetWindowHeight() - ImGui::GetCursorPosY() - ImGui::GetStyle().WindowPadding.y;
    const float papersH = std::max(120.0f, room - in.bottomHeight);
    ImGui::BeginChild("##papers", ImVec2(0, papersH), false);
    if (p) drawPapers(s, commands, *p);
    else ui::labelColored(ui::colors::kMuted, "Chọn thủ tục để hiện danh mục giấy tờ.");
    ImGui::EndChild();
    ui::recordItem("intake-papers");
    message(in.scanMessage, in.scanMessageIsError);
    drawScanViewer(s);
    const float top = ImGui::GetCursorPosY();
    drawAppointment(s, commands, fonts, p, rw);
    in.bottomHeight = ImGui::GetCursorPosY() - top + ImGui::GetStyle().ItemSpacing.y;
    ImGui::EndChild();
}

}  // namespace motcua::counter
