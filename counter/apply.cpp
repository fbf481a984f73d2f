// Applying commands: session, queue, intake, dossier actions and printing, each one Desk call;
// then the refresh that reloads what the screens show.
#include "counter/apply.h"
#include "counter/admin/apply.h"
#include "counter/intake/apply_intake.h"
#include "counter/intake/apply_unsent_scans.h"
#include "counter/print_job.h"
#include "counter/intake/paper_scans.h"
#include "counter/intake/citizen_papers.h"
#include "counter/dossier/result_files.h"
#include "counter/dossier/sign_dossier_copy.h"

#include "counter/supervisor/apply_late.h"
#include "counter/supervisor/apply_reports.h"

#include "documents/slips.h"
#include "documents/sources.h"
#include "domain/error.h"
#include "domain/settings.h"

#include <algorithm>

namespace motcua::counter {

namespace {

using domain::DossierAction;

/// "C · Lao động – Xã hội – Văn hóa": the letter people see on tickets, and the group's name.
std::string groupTitle(const CounterState& s, const std::string& code)
{
    for (const auto& g : s.queue.allGroups)
        if (g.group.code == code) return g.group.prefix + " · " + g.group.name;
    return code;
}

// [SECTION] session

void doLogin(service::Desk& desk, CounterState& s, const Command& c)
{
    try {
        desk.serveCounter(s.counter);  // the store keeps drafts and the account's session per counter
        s.user = desk.login(c.text, c.text2);
    } catch (const Error& e) {
        s.login.error = e.what();
        s.login.password.clear();
        s.login.focus = 2;
        return;
    }
    s.login = LoginState{};
    s.login.focus = 0;
    s.tab = s.can(domain::Permission::ReceiveDossier) ? Tab::Intake : Tab::Officer;
    s.procedures = desk.procedures("");
    s.intake = IntakeState{};
    if (s.can(domain::Permission::ReceiveDossier))
        if (auto d = desk.loadDraft(); d && !d->blank()) s.intake.offeredDraft = std::move(d);
    loadUnsentScansAtLogin(s);
    refresh(desk, s);
}

void doLogout(service::Desk& desk, CounterState& s)
{
    if (s.user && s.can(domain::Permission::ReceiveDossier)) saveDraftIfDue(desk, s, 0);
    const int counter = s.counter;
    const std::string counterName = s.counterName, printer = s.printerName, prefsDir = s.prefsDir;
    const auto now = s.now;
    desk.logout();
    s = CounterState{};
    s.prefsDir = prefsDir;
    s.counter = counter;
    s.counterName = counterName;
    s.printerName = printer;
    s.now = now;
    s.login.error = "Đã đăng xuất.";
    s.loggedOut = true;
}

// [SECTION] queue

void doQueue(service::Desk& desk, CounterState& s, const Command& c)
{
    auto& q = s.queue;
    q.messageIsError = false;
    switch (c.kind) {
    case CommandKind::CallNext: {
        const auto t = desk.callNext(s.counter);
        q.message = "Mời số " + t.label + " đến quầy " + std::to_string(s.counter);
        break;
    }
    case CommandKind::Recall: q.message = "Đã gọi lại số " + desk.recall(c.code).label; break;
    case CommandKind::Skip: q.message = "Đã bỏ qua số " + desk.skip(c.code).label + " (có thể đưa vào lại)"; break;
    case CommandKind::Finish: q.message = "Đã phục vụ xong số " + desk.finish(c.code).label; break;
    case CommandKind::Restore: q.message = "Đã đưa số " + desk.restore(c.code).label + " vào lại đầu hàng"; break;
    case CommandKind::Transfer: {
        service::TransferRequest r{c.code, std::nullopt, std::nullopt};
        if (!c.text.empty()) r.groupCode = c.text;
        else r.counter = c.number;
        desk.transfer(r);
        q.message = "Đã chuyển số " + c.code + (c.text.empty() ? " sang quầy " + std::to_string(c.number) : " sang nhóm " + groupTitle(s, c.text));
        q.transferOpen = false;
        break;
    }
    default: break;
    }
}

// [SECTION] intake

void doRetryPrint(service::Desk& desk, documents::Printer& printer, CounterState& s, const Command& c)
{
    const bool dossier = c.code == "dossier";
    auto& job = dossier ? s.dossiers.failedPrint : s.intake.failedPrint;
    auto& error = dossier ? s.dossiers.printError : s.intake.printError;
    if (!job) return;
    error = printJob(desk, printer, *job, s);
    if (error.empty()) {
        job.reset();
        s.notices.push("Đã in xong", ui::NoticeLevel::Success);
    }
}

// [SECTION] dossiers

void openDossier(service::Desk& desk, CounterState& s, const std::string& code)
{
    auto& p = s.dossiers;
    const bool another = !p.detail || p.detail->dossier.code != code;
    p.detail = desk.dossier(code);
    const auto& d = p.detail->dossier;
    if (another) {  // the previous dossier's choices must not carry over
        p.forwardTo.clear();
        p.paymentRef.clear();
    }
    p.paymentQr.clear();
    if (domain::amountOwed(p.detail->fees) > 0) {
        try {
            p.paymentQr = desk.feeQrPayload(code);
        } catch (const Error&) {
            // No office account set (payment.*): the fee is still shown, without a QR.
        }
    }
    p.targets = desk.forwardTargets();
    const auto settings = desk.settings();
    const auto cap = settings.find("deadline.step_cap_to_due");
    p.capStepToDue = cap == settings.end() || domain::settingBool(cap->second);
    p.stepDueKey.clear();
    p.late = false;
    p.timeText.clear();
    if (domain::isClockRunning(d.status)) {
        const auto t = desk.now();
        if (d.dueAt <= t) {
            p.late = true;
            p.timeText = "Trễ " + desk.workingDurationText(desk.workingSecondsBetween(d.dueAt, t));
        } else {
            p.timeText = "Còn " + desk.workingDurationText(desk.workingSecondsBetween(t, d.dueAt)) + " làm việc";
        }
    } else if (d.status == domain::DossierStatus::WaitingSupplement) {
        p.timeText = "Đang tạm dừng tính thời hạn (chờ công dân bổ sung)";
    }
}

/// Issue 16: one fee line paid (c.number) in the way c.text2 names, with reference c.text.
void doPayFee(service::Desk& desk, CounterState& s, const Command& c)
{
    auto& p = s.dossiers;
    const auto way = domain::parsePaymentWay(c.text2).value_or(domain::PaymentWay::Cash);
    try {
        const auto line = desk.payFee(c.code, c.number, way, c.text);
        p.message = "Đã ghi nhận nộp " + domain::formatVnd(line.amountVnd) + " (" + domain::paymentWayLabel(way) + ")";
        p.messageIsError = false;
        p.paymentRef.clear();
    } catch (const Error& e) {
        p.message = e.what();
        p.messageIsError = true;
    }
    openDossier(desk, s, c.code);
}

/// What the clerk should know of the step just handed on: a deadline cut back to the appointment.
std::string forwardedNote(service::Desk& desk, const domain::Dossier& d)
{
    const auto steps = desk.dossier(d.code).steps;
    if (steps.empty() || !steps.back().dueAt) return {};
    const auto& st = steps.back();
    if (st.note.find("Đã rút hạn bước") != std::string::npos)
        return "; hạn bước đã rút về hạn trả hồ sơ " + domain::formatLocal(*st.dueAt);
    if (*st.dueAt > d.dueAt) return "; cảnh báo: hạn bước sau hạn trả hồ sơ";
    return {};
}

/// One action on the open dossier, guarded by the version the screen showed.
domain::Dossier act(service::Desk& desk, const Command& c)
{
    const service::ExpectedVersion v = c.version;
    switch (c.action) {
    case DossierAction::Forward: return desk.forward(c.code, c.text, c.hours, c.text2, v);
    case DossierAction::CompleteStep: return desk.completeStep(c.code, c.text, v);
    case DossierAction::RequestSupplement: return desk.requestSupplement(c.code, c.text, v);
    case DossierAction::Resume: return desk.resume(c.code, v);
    case DossierAction::MarkResult: return desk.markResult(c.code, v);
    case DossierAction::ReturnResult: return desk.returnResult(c.code, c.text, v);
    case DossierAction::Refuse: return desk.refuse(c.code, c.text, v);
    case DossierAction::Withdraw: return desk.withdraw(c.code, c.text, v);
    case DossierAction::Stop: return desk.stop(c.code, c.text, v);
    }
    throw Error(ErrorCode::Internal, "Thao tác không rõ");
}

void doAct(service::Desk& desk, documents::Printer& printer, CounterState& s, const Command& c)
{
    auto& p = s.dossiers;
    const auto d = act(desk, c);
    p.message = std::string("Đã ") + domain::actionLabel(c.action) + " hồ sơ " + d.code + ". Trạng thái: " + domain::statusLabel(d.status);
    if (c.action == DossierAction::Forward) p.message += forwardedNote(desk, d);
    p.messageIsError = false;
    p.note.clear();
    p.recipient.clear();
    std::optional<documents::Kind> slip;
    if (c.action == DossierAction::RequestSupplement) slip = documents::Kind::Supplement;
    // A received dossier refused on the merits gets the unit's refusal notice, not form 03.
    if (c.action == DossierAction::Refuse) slip = documents::Kind::RefusalNotice;
    if (c.action == DossierAction::Stop) slip = documents::Kind::Stop;
    if (slip) {
        const PrintJob job{*slip, d.code, {}};
        p.printError = printJob(desk, printer, job, s);
        p.failedPrint.reset();
        if (!p.printError.empty()) p.failedPrint = job;
    }
    openDossier(desk, s, d.code);
}

std::string slipName(documents::Kind k)
{
    switch (k) {
    case documents::Kind::Receipt: return "giấy tiếp nhận";
    case documents::Kind::Control: return "phiếu kiểm soát";
    case documents::Kind::Supplement: return "phiếu yêu cầu bổ sung";
    case documents::Kind::Refusal: return "phiếu từ chối tiếp nhận";
    case documents::Kind::RefusalNotice: return "thông báo từ chối giải quyết";
    case documents::Kind::Stop: return "thông báo dừng giải quyết";
    default: return documents::kindName(k);
    }
}

void doPrintSlip(service::Desk& desk, documents::Printer& printer, CounterState& s, const Command& c)
{
    const PrintJob job{c.slip, c.code, {}};
    auto& p = s.dossiers;
    p.printError = printJob(desk, printer, job, s);
    p.failedPrint.reset();
    if (!p.printError.empty()) p.failedPrint = job;
    else {
        p.message = "Đã in lại " + slipName(c.slip) + " của hồ sơ " + c.code;
        p.messageIsError = false;
    }
}

void searchDossiers(service::Desk& desk, CounterState& s)
{
    auto& p = s.dossiers;
    if (p.filter == DossierFilter::Mine) {
        p.list = desk.assignedToMe();
    } else {
        service::DossierQuery q;
        q.limit = 300;
        if (p.filter == DossierFilter::Processing) q.status = domain::DossierStatus::Processing;
        if (p.filter == DossierFilter::Supplement) q.status = domain::DossierStatus::WaitingSupplement;
        if (p.filter == DossierFilter::Ready) q.status = domain::DossierStatus::ResultReady;
        if (p.filter == DossierFilter::Late) q.kind = service::DossierQuery::Kind::Late;
        const std::string text = p.search.substr(0, 100);
        const bool looksLikeCode = text.find('-') != std::string::npos && text.find(' ') == std::string::npos;
        if (!looksLikeCode) q.nameSearch = text;
        p.list = desk.dossiers(q);
        if (looksLikeCode)
            std::erase_if(p.list, [&](const auto& r) { return r.dossier.code.find(text) == std::string::npos; });
    }
}

// [SECTION] dispatch

/// Where a failed command's message goes: the screen the clerk is looking at.
void report(CounterState& s, const Command& c, const Error& e)
{
    std::string text = e.what();
    switch (c.kind) {
    case CommandKind::CallNext:
    case CommandKind::Recall:
    case CommandKind::Skip:
    case CommandKind::Finish:
    case CommandKind::Restore:
    case CommandKind::Transfer:
        s.queue.message = e.code() == ErrorCode::Empty ? "Không còn ai đang chờ ở các nhóm quầy này phục vụ." : text;
        s.queue.messageIsError = e.code() != ErrorCode::Empty;
        return;
    case CommandKind::Receive:
    case CommandKind::GuidanceSlip:
    case CommandKind::RefuseIntake:
    case CommandKind::AcceptDraft:
    case CommandKind::DiscardDraft:
    case CommandKind::ClearIntake:
        s.intake.message = "Chưa lưu: " + text;
        s.intake.messageIsError = true;
        return;
    case CommandKind::Admin: reportAdmin(s, e); return;
    default: break;
    }
    if (e.code() == ErrorCode::Conflict)
        text = "Hồ sơ vừa được người khác thay đổi trước bạn; màn hình đã cập nhật theo dữ liệu mới. "
               "Kiểm tra lại rồi thao tác lại nếu vẫn cần. (" + text + ")";
    s.dossiers.message = text;
    s.dossiers.messageIsError = true;
}

void applyOne(service::Desk& desk, documents::Printer& printer, CounterState& s, const Command& c)
{
    switch (c.kind) {
    case CommandKind::Login: doLogin(desk, s, c); return;
    case CommandKind::Logout: doLogout(desk, s); return;
    case CommandKind::CallNext:
    case CommandKind::Recall:
    case CommandKind::Skip:
    case CommandKind::Finish:
    case CommandKind::Restore:
    case CommandKind::Transfer: doQueue(desk, s, c); break;
    case CommandKind::Receive: doReceive(desk, printer, s); break;
    case CommandKind::GuidanceSlip: doGuidance(desk, printer, s, c); return;
    case CommandKind::RefuseIntake: doRefuseIntake(desk, printer, s, c); return;
    case CommandKind::RetryPrint: doRetryPrint(desk, printer, s, c); return;
    case CommandKind::AcceptDraft:
        if (s.intake.offeredDraft) fillForm(s.intake.form, *s.intake.offeredDraft, s.procedure(s.intake.offeredDraft->procedureCode));
        s.intake.offeredDraft.reset();
        return;
    case CommandKind::DiscardDraft:
        desk.discardDraft();
        s.intake.offeredDraft.reset();
        return;
    case CommandKind::ClearIntake:
        desk.discardDraft();
        s.intake = IntakeState{};
        return;
    case CommandKind::SearchDossiers: searchDossiers(desk, s); return;
    case CommandKind::OpenDossier:
        s.dossiers.message.clear();
        openDossier(desk, s, c.code);
        return;
    case CommandKind::Act: doAct(desk, printer, s, c); break;
    case CommandKind::PrintSlip: doPrintSlip(desk, printer, s, c); return;
    case CommandKind::PayFee: doPayFee(desk, s, c); return;
    case CommandKind::LateRefresh:
    case CommandKind::LateSign:
    case CommandKind::LateDeliver: applyLate(desk, printer, s, c); break;  // changes the store: refresh all
    case CommandKind::LateOpen:
    case CommandKind::LateCheckDue:
    case CommandKind::LatePrint:
    case CommandKind::LateRetryPrint:
    case CommandKind::LateSignCopy: applyLate(desk, printer, s, c); return;
    case CommandKind::ReportRun:
    case CommandKind::ReportQuarter:
    case CommandKind::ReportCsv:
    case CommandKind::ReportLedger: applyReports(desk, s, c); return;
    case CommandKind::Admin: applyAdmin(desk, printer, s, c); break;
    case CommandKind::ScanPaper:
    case CommandKind::AddPaperFiles:
    case CommandKind::RemovePaperScan: applyPaperScan(s, c, paperLimits(desk)); return;
    case CommandKind::LookupCitizenPapers: applyCitizenPapers(desk, s, c); return;
    case CommandKind::SignDossierCopy: signDossierCopy(desk, s, c); return;
    case CommandKind::SendUnsentScans: sendUnsentScans(desk, s, true); break;
    case CommandKind::ScanResult:
    case CommandKind::AddResultFiles: applyResultFiles(desk, s, c, paperLimits(desk)); break;
    }
    refresh(desk, s);
}

/// The due time of the step the clerk is about to hand on (for the warning past the appointment).
void updateStepDue(service::Desk& desk, CounterState& s)
{
    auto& p = s.dossiers;
    if (!p.detail || s.tab != Tab::Dossiers || p.stepHours <= 0) {
        p.stepDue.reset();
        return;
    }
    const auto t = desk.now();
    const std::string key = p.detail->dossier.code + "|" + std::to_string(p.stepHours) + "|" + std::to_string(t / 60);
    if (key == p.stepDueKey) return;
    try {
        p.stepDue = desk.dueForHours(t, p.stepHours).due;
        p.stepDueKey = key;
    } catch (const Error&) {
        p.stepDue.reset();
    }
}

}  // namespace

void apply(Commands& commands, service::Desk& desk, documents::Printer& printer, CounterState& s)
{
    Commands todo;
    todo.swap(commands);
    for (const auto& c : todo) {
        if (!s.user && c.kind != CommandKind::Login) continue;
        try {
            applyOne(desk, printer, s, c);
        } catch (const Error& e) {
            report(s, c, e);
            if (s.user && e.code() == ErrorCode::Conflict) {
                try {
                    refresh(desk, s);
                } catch (const Error&) {
                }
            }
        }
    }
}

void refresh(service::Desk& desk, CounterState& s)
{
    if (!s.user) return;
    s.now = desk.now();
    // Every refresh (the store changed: perhaps this account logged in at another counter); the
    // store writes "still here" once a minute at most.
    try {
        desk.serveCounter(s.counter);
    } catch (const Error& e) {
        if (e.code() != ErrorCode::Forbidden) throw;
        doLogout(desk, s);  // the account logged in at another counter (session.second_login = replace)
        s.login.error = e.what();
        return;
    }
    if (s.can(domain::Permission::ServeQueue)) {
        auto& q = s.queue;
        q.counters = desk.counters();
        q.allGroups = desk.groupStatuses();
        std::vector<std::string> mine;
        for (const auto& c : q.counters)
            if (c.number == s.counter) {
                mine = c.groups;
                s.counterName = c.name;
            }
        auto serves = [&](const std::string& g) { return std::find(mine.begin(), mine.end(), g) != mine.end(); };
        q.groups.clear();
        for (const auto& g : q.allGroups)
            if (serves(g.group.code)) q.groups.push_back(g);
        q.serving.reset();
        q.waiting.clear();
        q.skipped.clear();
        for (auto& t : desk.tickets(std::nullopt)) {
            const bool here = t.counter && *t.counter == s.counter;
            if (t.status == domain::TicketStatus::Called && here) q.serving = t;
            else if (domain::canRestore(t) && here)
                q.skipped.push_back(t);  // with those finished unseen (moments after their call)
            else if (t.status == domain::TicketStatus::Waiting && (serves(t.groupCode) || t.targetCounter == s.counter))
                q.waiting.push_back(t);
        }
    }
    s.officer.list = desk.assignedToMe();
    s.officer.timeText.clear();
    const auto t = desk.now();
    for (const auto& r : s.officer.list) {
        const auto& d = r.dossier;
        std::string text = domain::formatLocalTime(d.dueAt) + " " + domain::localDate(d.dueAt).vn();
        if (d.status == domain::DossierStatus::WaitingSupplement) text = "tạm dừng, chờ bổ sung";
        else if (r.late) text += " · trễ " + desk.workingDurationText(r.lateSeconds);
        else if (domain::isClockRunning(d.status)) text += " · còn " + desk.workingDurationText(desk.workingSecondsBetween(t, d.dueAt));
        s.officer.timeText[d.code] = text;
    }
    searchDossiers(desk, s);
    if (s.dossiers.detail) openDossier(desk, s, s.dossiers.detail->dossier.code);
    refreshLate(desk, s);
    refreshReports(desk, s);
    if (s.tab == Tab::Admin) refreshAdmin(desk, s);
}

void updateDue(service::Desk& desk, CounterState& s)
{
    updateStepDue(desk, s);
    auto& in = s.intake;
    const auto* p = s.user ? s.procedure(in.form.procedureCode) : nullptr;
    if (!p) {
        in.due.reset();
        in.dueKey.clear();
        return;
    }
    const auto t = desk.now();
    const std::string key = p->code + "|" + domain::channelName(in.form.channel) + "|" + std::to_string(t / 60);
    if (key == in.dueKey) return;
    try {
        in.due = desk.dueForDays(t, p->days, in.form.channel);
        in.dueKey = key;
    } catch (const Error&) {
        in.due.reset();  // shown again on the next frame that succeeds
    }
}

}  // namespace motcua::counter
