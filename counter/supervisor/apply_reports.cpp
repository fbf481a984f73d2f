// The "Báo cáo" tab against the Desk: the same report, CSV (domain::reportCsv) and ledger
// (documents Kind::Ledger) as `motcua report` and `motcua render ledger`, written atomically.
#include "counter/supervisor/apply_reports.h"
#include "counter/supervisor/export_folder.h"

#include "counter/date_fields.h"
#include "documents/document.h"
#include "documents/sources.h"
#include "domain/error.h"

#include <filesystem>

namespace motcua::counter {

namespace {

struct Period {
    domain::Date first;
    domain::Date last;  ///< inclusive
};

/// The typed period, or nullopt with the field messages set.
std::optional<Period> period(ReportsState& r)
{
    r.errors.clear();
    const auto from = parseFieldDate(r.from);
    const auto to = parseFieldDate(r.to);
    if (!from) r.errors["from"] = dateFieldProblem(r.from);
    if (!to) r.errors["to"] = dateFieldProblem(r.to);
    if (!from || !to) return std::nullopt;
    if (*to < *from) {
        r.errors["to"] = "Ngày kết thúc không được trước ngày bắt đầu";
        return std::nullopt;
    }
    return Period{*from, *to};
}

domain::Report compute(service::Desk& desk, const Period& p)
{
    return desk.report(domain::fromLocal(p.first, 0), domain::fromLocal(p.last.addDays(1), 0));
}

void runReport(service::Desk& desk, ReportsState& r)
{
    const auto p = period(r);
    if (!p) return;
    r.report = compute(desk, *p);
    r.periodText = "từ " + p->first.vn() + " đến " + p->last.vn();
}

std::string prefsDir(const CounterState& s) { return s.prefsDir.empty() ? defaultPrefsDir() : s.prefsDir; }

/// After a file was written: the folder is remembered for this account on this computer.
void remember(const CounterState& s)
{
    if (s.user) rememberExportFolder(prefsDir(s), s.user->username, s.reports.folder);
}

void exportCsv(service::Desk& desk, CounterState& s)
{
    auto& r = s.reports;
    const auto p = period(r);
    if (!p) return;
    const auto path = exportPath(r.folder, r.csvName, "CSV");  // checked first: a bad folder writes nothing
    const auto report = compute(desk, *p);
    documents::writeFileAtomically(path, domain::reportCsv(report));
    r.report = report;
    r.periodText = "từ " + p->first.vn() + " đến " + p->last.vn();
    r.message = "Đã ghi báo cáo " + r.periodText + " ra tệp " + path;
    r.messageIsError = false;
    remember(s);
}

void exportLedger(service::Desk& desk, CounterState& s)
{
    auto& r = s.reports;
    const auto p = period(r);
    if (!p) return;
    const auto path = exportPath(r.folder, r.ledgerName, "PDF");
    documents::Request q;
    q.kind = documents::Kind::Ledger;
    q.from = p->first;
    q.to = p->last;
    documents::writePdf(documents::buildDocument(desk, q), path);
    r.message = "Đã ghi sổ theo dõi hồ sơ " + std::string("từ ") + p->first.vn() + " đến " + p->last.vn() + " ra tệp " + path;
    r.messageIsError = false;
    remember(s);
}

void run(service::Desk& desk, CounterState& s, const Command& c)
{
    auto& r = s.reports;
    switch (c.kind) {
    case CommandKind::ReportRun: runReport(desk, r); return;
    case CommandKind::ReportQuarter: {
        const auto q = domain::parseQuarter(c.text);
        if (!q) throw Error(ErrorCode::InvalidInput, "Quý không hợp lệ: " + c.text);
        r.from = q->first.vn();
        r.to = q->second.vn();
        runReport(desk, r);
        return;
    }
    case CommandKind::ReportCsv: exportCsv(desk, s); return;
    case CommandKind::ReportLedger: exportLedger(desk, s); return;
    default: return;
    }
}

}  // namespace

std::vector<std::string> recentQuarters(domain::Date today)
{
    int year = today.year;
    int quarter = (today.month - 1) / 3 + 1;
    std::vector<std::string> out(4);
    for (int i = 3; i >= 0; --i) {
        out[static_cast<std::size_t>(i)] = std::to_string(year) + "-Q" + std::to_string(quarter);
        if (--quarter == 0) {
            quarter = 4;
            --year;
        }
    }
    return out;
}

void applyReports(service::Desk& desk, CounterState& s, const Command& c)
{
    if (!s.can(domain::Permission::ViewReports)) return;
    auto& r = s.reports;
    r.message.clear();
    try {
        run(desk, s, c);
    } catch (const Error& e) {
        r.message = e.what();
        r.messageIsError = true;
    }
}

void refreshReports(service::Desk& desk, CounterState& s)
{
    if (!s.can(domain::Permission::ViewReports)) return;
    auto& r = s.reports;
    if (r.from.empty() && r.to.empty()) {
        const auto today = domain::localDate(desk.now());
        const auto q = domain::parseQuarter(recentQuarters(today).back());
        r.from = q->first.vn();
        r.to = today.vn();
        r.csvName = "bao-cao-" + today.iso() + ".csv";
        r.ledgerName = "so-theo-doi-" + today.iso() + ".pdf";
    }
    if (s.user && r.folderFor != s.user->username) {  // this account's last folder, else the working one
        r.folderFor = s.user->username;
        r.folder = rememberedExportFolder(prefsDir(s), s.user->username);
        std::error_code ec;
        if (r.folder.empty()) r.folder = std::filesystem::current_path(ec).string();
    }
    if (s.tab != Tab::Reports || !r.report) return;
    try {
        runReport(desk, r);
    } catch (const Error& e) {
        r.message = e.what();
        r.messageIsError = true;
    }
}

}  // namespace motcua::counter
