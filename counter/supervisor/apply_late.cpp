// The "Trễ hạn" tab against the Desk: the sweep drafts (idempotent, so every refresh of the tab
// may run it), each row gets its latest slip, and the open slip is checked here before the
// service signs it — the service's own refusals (placeholder reason, date) are shown as they are.
#include "counter/supervisor/apply_late.h"

#include "counter/date_fields.h"
#include "counter/supervisor/sign_copy.h"
#include "documents/sources.h"
#include "domain/error.h"

#include <algorithm>

namespace motcua::counter {

namespace {

using domain::ApologyStatus;

std::string dayAndTime(domain::Instant t) { return domain::formatLocalTime(t) + " " + domain::localDate(t).vn(); }

/// The latest slip that is not void, by dossier code (slips come oldest first).
std::map<std::string, domain::Apology> latestSlips(const std::vector<domain::Apology>& all)
{
    std::map<std::string, domain::Apology> out;
    for (const auto& a : all)
        if (a.status != ApologyStatus::Void) out[a.dossierCode] = a;
    return out;
}

/// When the row's slip must be (or was) signed, and how long is left, in working time (DOMAIN.md §2).
void setSignBy(service::Desk& desk, LateRow& r, domain::Instant now)
{
    const bool isSigned = r.slip && r.slip->status == ApologyStatus::Signed;
    const auto signBy = r.slip && r.slip->signBy ? r.slip->signBy : r.summary.signBy;
    if (!signBy) return;
    r.signByText = dayAndTime(*signBy);
    if (isSigned) {
        r.signByPassed = r.slip->signedLate;
        r.signByText += r.slip->signedLate ? " · ký muộn" : " · đã ký kịp";
    } else if (now > *signBy) {
        r.signByPassed = true;
        r.signByText += " · quá hạn ký " + desk.workingDurationText(desk.workingSecondsBetween(*signBy, now));
    } else {
        r.signByText += " · còn " + desk.workingDurationText(desk.workingSecondsBetween(now, *signBy));
    }
    if (r.summary.shortNotice && !isSigned) r.signByText += " (thủ tục ngắn: ký ngay)";
}

std::vector<LateRow> rows(service::Desk& desk, service::DossierQuery::Kind kind,
                          const std::map<std::string, domain::Apology>& slips)
{
    service::DossierQuery q;
    q.kind = kind;
    std::vector<LateRow> out;
    const auto t = desk.now();
    for (auto& s : desk.dossiers(q)) {
        LateRow r;
        const bool late = kind == service::DossierQuery::Kind::Late;
        r.timeText = late ? (s.lateSeconds < 60 ? std::string("vừa quá hạn") : desk.workingDurationText(s.lateSeconds))
                          : desk.workingDurationText(desk.workingSecondsBetween(t, s.dossier.dueAt));
        if (const auto it = slips.find(s.dossier.code); it != slips.end()) r.slip = it->second;
        r.summary = std::move(s);
        // The second list holds what is not yet late: at risk, or inside the draft horizon.
        if (kind == service::DossierQuery::Kind::ApologyDue && r.summary.late) continue;
        setSignBy(desk, r, t);
        out.push_back(std::move(r));
    }
    if (kind == service::DossierQuery::Kind::Late)
        std::stable_sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.summary.lateSeconds > b.summary.lateSeconds; });
    else
        std::stable_sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.summary.dossier.dueAt < b.summary.dossier.dueAt; });
    return out;
}

/// Fills the editor from a slip; the typed text is kept when it is the same draft reloaded.
void loadEditor(ApologyEditor& e, const domain::Apology& a)
{
    const bool same = e.slip && e.slip->id == a.id && e.slip->status == a.status;
    if (!same) {
        e = ApologyEditor{};
        e.reason = a.reason;
        const auto l = domain::toLocal(a.proposedDueAt);
        e.newDate = l.date.vn();
        e.newTime = domain::formatClock(l.minuteOfDay);
    }
    e.slip = a;
    e.dossierCode = a.dossierCode;
}

/// Validates the typed appointment; on success returns it and sets the working-days distance.
std::optional<domain::Instant> checkDue(service::Desk& desk, ApologyEditor& e)
{
    e.errors.erase("date");
    e.errors.erase("time");
    e.distanceText.clear();
    const auto date = parseFieldDate(e.newDate);
    const auto clock = parseFieldClock(e.newTime);
    if (!date) e.errors["date"] = dateFieldProblem(e.newDate);
    if (!clock) e.errors["time"] = "Giờ không hợp lệ: nhập dạng giờ:phút, ví dụ 14:30";
    if (!date || !clock || !e.slip) return std::nullopt;
    const auto at = domain::fromLocal(*date, *clock);
    const auto old = e.slip->forDueAt;
    if (at <= std::max(old, desk.now())) {
        e.errors["date"] = "Ngày hẹn mới phải sau hẹn cũ (" + dayAndTime(old) + ") và sau thời điểm hiện tại";
        return std::nullopt;
    }
    e.distanceText = "Sau hẹn cũ (" + dayAndTime(old) + ") " + desk.workingDurationText(desk.workingSecondsBetween(old, at)) +
                     " làm việc";
    return at;
}

void openSlip(service::Desk& desk, CounterState& s, const std::string& code)
{
    auto& L = s.late;
    const auto slips = latestSlips(desk.apologies(std::nullopt));
    const auto it = slips.find(code);
    if (it == slips.end()) {
        L.editor = ApologyEditor{};
        L.editor.dossierCode = code;
        L.message = "Hồ sơ " + code + " chưa có phiếu xin lỗi: bấm Làm mới để rà soát và soạn phiếu.";
        L.messageIsError = true;
        return;
    }
    loadEditor(L.editor, it->second);
    if (it->second.status == ApologyStatus::Draft) (void)checkDue(desk, L.editor);
}

/// Prints the signed slip (form 04); "" or the message to show with the retry button.
std::string printSlip(service::Desk& desk, documents::Printer& printer, std::int64_t id)
{
    try {
        documents::Request r;
        r.kind = documents::Kind::Apology;
        r.apologyId = id;
        printer.print(documents::buildDocument(desk, r));
        return {};
    } catch (const Error& e) {
        return std::string("Không in được phiếu xin lỗi: ") + e.what() + ". Kiểm tra máy in (" + printer.describe() +
               ") rồi bấm In lại.";
    }
}

void print(service::Desk& desk, documents::Printer& printer, LateState& L, std::int64_t id)
{
    L.printError = printSlip(desk, printer, id);
    L.failedPrint.reset();
    if (!L.printError.empty()) {
        L.failedPrint = id;
        return;
    }
    L.message = "Đã in phiếu xin lỗi" + (L.editor.slip ? " số " + L.editor.slip->numberText() : std::string()) +
                ". Trao hoặc gửi cho công dân rồi bấm ghi nhận đã trao.";
    L.messageIsError = false;
}

void sign(service::Desk& desk, CounterState& s)
{
    auto& e = s.late.editor;
    e.confirming = false;
    if (!e.slip) return;
    const auto due = checkDue(desk, e);
    e.errors.erase("reason");
    if (e.reason.find_first_not_of(" \t") == std::string::npos) e.errors["reason"] = "Chưa nhập lý do chậm trễ";
    if (!due || !e.errors.empty()) return;
    const auto a = desk.signApology({e.slip->id, e.reason, *due});
    s.late.message = "Đã ký phiếu xin lỗi số " + a.numberText() + " cho hồ sơ " + a.dossierCode + "; hẹn lại " +
                     dayAndTime(a.proposedDueAt) + ". Bấm In phiếu để in và trao cho công dân.";
    s.late.messageIsError = false;
    loadEditor(e, a);
}

void run(service::Desk& desk, documents::Printer& printer, CounterState& s, const Command& c)
{
    auto& L = s.late;
    switch (c.kind) {
    case CommandKind::LateRefresh: return;  // apply() refreshes, sweeping first
    case CommandKind::LateOpen:
        L.message.clear();
        L.printError.clear();
        L.failedPrint.reset();
        openSlip(desk, s, c.code);
        return;
    case CommandKind::LateCheckDue: (void)checkDue(desk, L.editor); return;
    case CommandKind::LateSign: sign(desk, s); return;
    case CommandKind::LatePrint:
        if (L.editor.slip) print(desk, printer, L, L.editor.slip->id);
        return;
    case CommandKind::LateRetryPrint:
        if (L.failedPrint) print(desk, printer, L, *L.failedPrint);
        return;
    case CommandKind::LateSignCopy:
        if (L.editor.slip) signApologyCopy(desk, s, c.text2);
        return;
    case CommandKind::LateDeliver: {
        if (!L.editor.slip) return;
        // c.text2: the SHA-256 of the signed copy sent electronically ("" for paper).
        const auto a = desk.markApologyDelivered(L.editor.slip->id, c.text, c.text2);
        L.message = "Đã ghi nhận phiếu xin lỗi số " + a.numberText() + " đã đến công dân (" + a.deliveredHow + ").";
        L.messageIsError = false;
        loadEditor(L.editor, a);
        return;
    }
    default: return;
    }
}

}  // namespace

void applyLate(service::Desk& desk, documents::Printer& printer, CounterState& s, const Command& c)
{
    if (!s.can(domain::Permission::SignApology)) return;
    try {
        run(desk, printer, s, c);
    } catch (const Error& e) {
        s.late.message = e.code() == ErrorCode::Conflict
                             ? std::string("Phiếu vừa được người khác thay đổi; màn hình đã cập nhật. (") + e.what() + ")"
                             : e.what();
        s.late.messageIsError = true;
        s.late.editor.confirming = false;
        try {
            refreshLate(desk, s);
        } catch (const Error&) {
        }
    }
}

void refreshLate(service::Desk& desk, CounterState& s)
{
    if (!s.can(domain::Permission::SignApology)) return;
    auto& L = s.late;
    if (s.tab == Tab::Late && s.can(domain::Permission::RunSweep)) {
        const auto r = desk.sweep();
        L.sweepText = "Rà soát lúc " + domain::formatLocalTime(desk.now()) + ": " + std::to_string(r.late) + " quá hạn, " +
                      std::to_string(r.atRisk) + " sắp đến hạn" +
                      (r.drafted ? "; vừa soạn " + std::to_string(r.drafted) + " phiếu xin lỗi" : std::string()) +
                      (r.voided ? "; huỷ " + std::to_string(r.voided) + " phiếu không còn cần" : std::string());
    }
    const auto all = desk.apologies(std::nullopt);
    const auto slips = latestSlips(all);
    L.late = rows(desk, service::DossierQuery::Kind::Late, slips);
    // DOMAIN.md §2: a draft appears two working days ahead, before the dossier is "at risk".
    L.atRisk = rows(desk, service::DossierQuery::Kind::ApologyDue, slips);
    // Handing over matters until the new appointment; after it the slip has done its work or failed.
    const auto t = desk.now();
    L.undelivered.clear();
    for (const auto& a : all)
        if (a.status == ApologyStatus::Signed && !a.deliveredAt && a.proposedDueAt > t) L.undelivered.push_back(a);
    if (L.editor.slip)
        for (const auto& a : all)
            if (a.id == L.editor.slip->id) loadEditor(L.editor, a);
}

}  // namespace motcua::counter
