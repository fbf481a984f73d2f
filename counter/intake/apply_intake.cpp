#include "counter/intake/apply_intake.h"
#include "counter/apply.h"
#include "counter/intake/apply_unsent_scans.h"
#include "counter/intake/citizen_papers.h"
#include "counter/intake/paper_scans.h"
#include "counter/print_job.h"

#include "domain/error.h"
#include "domain/settings.h"

#include <algorithm>

namespace motcua::counter {

/// The office's limits for one digitised paper (scan.max_bytes, scan.max_pages): the store checks
/// them again, so a paper the counter accepts is never refused at receive time for its size.
scan::PaperLimits paperLimits(service::Desk& desk)
{
    scan::PaperLimits limits;
    const auto settings = desk.settings();
    if (const auto b = settings.find("scan.max_bytes"); b != settings.end() && !b->second.empty())
        limits.maxBytes = static_cast<std::int64_t>(domain::settingNumber(b->second));
    if (const auto p = settings.find("scan.max_pages"); p != settings.end() && !p->second.empty())
        limits.maxPages = static_cast<int>(domain::settingNumber(p->second));
    return limits;
}

/// The papers scanned at intake go to the store once the dossier has its code (issue 15). The
/// dossier stands even if one fails: a scan the host could not take now is kept on this PC and
/// sent again (apply_unsent_scans.h); one the store refused is named to the clerk, to attach again
/// from the dossier panel or `motcua case attach`.
namespace {

std::string attachScans(service::Desk& desk, CounterState& s, const std::string& code, const std::map<int, PaperScan>& scans)
{
    std::string problem;
    bool hostAway = false;
    for (const auto& [line, scan] : scans)
        problem += attachOrKeep(desk, s, UnsentScan{code, line + 1, scan.pdf, scan.source, {}}, hostAway);
    return problem;
}

}  // namespace

void doReceive(service::Desk& desk, documents::Printer& printer, CounterState& s)
{
    auto& in = s.intake;
    const auto* p = s.procedure(in.form.procedureCode);
    in.errors = validateIntake(in.form, p);
    if (!in.errors.empty() || !p) return;
    auto request = receiveRequest(in.form, *p);
    request.ticket = intakeTicket(s);  // the ticket the form showed
    const auto d = desk.receive(request);
    desk.discardDraft();
    const std::string scanProblem = attachScans(desk, s, d.code, in.form.scans) + attachReused(desk, d.code, in.form.reused);
    in = IntakeState{};
    in.received = d.code;
    in.message = "Đã tiếp nhận hồ sơ " + d.code + " · hẹn trả " + domain::formatLocalTime(d.dueAt) + " ngày " +
                 domain::localDate(d.dueAt).vn();
    const PrintJob job{documents::Kind::Receipt, d.code, {}};
    in.printError = printJob(desk, printer, job, s);
    if (!in.printError.empty()) in.failedPrint = job;
    else in.message += ". Đã in giấy tiếp nhận.";
    s.notices.push("Đã tiếp nhận " + d.code, ui::NoticeLevel::Success);
    if (!scanProblem.empty()) s.notices.push(scanProblem, ui::NoticeLevel::Error);
}

void doGuidance(service::Desk& desk, documents::Printer& printer, CounterState& s, const Command& c)
{
    auto& in = s.intake;
    const PrintJob job{documents::Kind::Supplement, {}, c.text};
    in.printError = printJob(desk, printer, job, s);
    in.failedPrint.reset();
    if (!in.printError.empty()) in.failedPrint = job;
    in.message = in.printError.empty() ? "Đã in phiếu hướng dẫn bổ sung. Hồ sơ chưa được tiếp nhận." : "";
    in.messageIsError = false;
}

void doRefuseIntake(service::Desk& desk, documents::Printer& printer, CounterState& s, const Command& c)
{
    auto& in = s.intake;
    const PrintJob job{documents::Kind::Refusal, {}, c.text};
    in.printError = printJob(desk, printer, job, s);
    in.failedPrint.reset();
    if (!in.printError.empty()) in.failedPrint = job;
    else {
        in.refusing = false;
        in.refuseReason.clear();
    }
    in.message = in.printError.empty() ? "Đã in phiếu từ chối tiếp nhận (mẫu 03). Hồ sơ không được tiếp nhận." : "";
    in.messageIsError = false;
}

double secondsToDraftSave(const CounterState& s, double delay)
{
    if (!s.user || !s.intake.dirty) return -1;
    return std::max(0.0, s.intake.changedAt + delay - s.seconds);
}

void saveDraftIfDue(service::Desk& desk, CounterState& s, double delay)
{
    auto& in = s.intake;
    if (!s.user || !in.dirty || !s.can(domain::Permission::ReceiveDossier) || s.seconds < in.changedAt + delay) return;
    try {
        const auto d = draftOf(in.form);
        if (d.blank()) desk.discardDraft();
        else desk.saveDraft(d);
        in.dirty = false;
        in.draftError.clear();  // the problem is gone: so is its message
    } catch (const Error& e) {
        // Bad input: said beside the form until fixed. Anything else: kept dirty, tried again.
        if (e.code() == ErrorCode::InvalidInput) {
            in.dirty = false;
            in.draftError = std::string("Chưa lưu được bản nháp: ") + e.what();
        } else {
            s.storeNotice = std::string("Chưa lưu được bản nháp: ") + e.what();
        }
    }
}

}  // namespace motcua::counter
