#include "counter/intake/apply_unsent_scans.h"

#include "counter/intake/local_draft.h"
#include "domain/error.h"
#include "store/file_store.h"
#include "ui/store_watch.h"

#include <algorithm>

namespace motcua::counter {

namespace {

/// Seconds before the first try again (then twice as long each time, up to the loop's cap).
constexpr double kFirstWait = 2;

/// Worth keeping and trying again: the store or the host is away or busy, or failed on its side.
/// A refusal (the dossier closed, a limit, a role) will not change by waiting.
bool worthRetrying(const Error& e) { return ui::storeTrouble(e) || e.code() == ErrorCode::Internal; }

std::string paperOf(const UnsentScan& u) { return "giấy tờ số " + std::to_string(u.paper) + " của hồ sơ " + u.code; }

/// The store already has this scan on this paper line (an earlier try committed, its answer was lost).
bool alreadyStored(service::Desk& desk, const UnsentScan& u, const std::string& sha)
{
    const auto stored = desk.attachments(u.code);
    return std::any_of(stored.begin(), stored.end(), [&](const domain::Attachment& a) {
        return a.kind == domain::AttachmentKind::Intake && a.paper == u.paper && a.sha256 == sha;
    });
}

}  // namespace

std::string unsentScansDirOf(const CounterState& s) { return unsentScansDir(s.prefsDir.empty() ? defaultConfigDir() : s.prefsDir); }

std::string attachOrKeep(service::Desk& desk, CounterState& s, UnsentScan scan, bool& hostAway)
{
    std::string why;
    if (!hostAway) {
        try {
            (void)desk.attach(service::AttachRequest{scan.code, scan.paper, false, scan.pdf, scan.source});
            return {};
        } catch (const Error& e) {
            if (!worthRetrying(e)) return "Chưa lưu được bản quét " + paperOf(scan) + ": " + e.what() + ". ";
            hostAway = true;  // the next papers are kept at once: no wait for the same timeout again
            why = e.what();
        }
    }
    const std::string dir = unsentScansDirOf(s);
    try {
        if (dir.empty()) throw Error(ErrorCode::Storage, "không biết thư mục cấu hình của máy này");
        keepUnsentScan(dir, scan);
    } catch (const Error& disk) {
        return "Chưa lưu được bản quét " + paperOf(scan) + (why.empty() ? "" : ": " + why) +
               "; cũng không giữ được trên máy này (" + disk.what() + "). ";
    }
    s.notices.push("Chưa gửi được bản quét " + paperOf(scan) + " lên máy chủ; đã giữ trên máy này, máy sẽ tự gửi lại.",
                   ui::NoticeLevel::Warning, 10);
    s.unsentScans.push_back(std::move(scan));
    s.unsentRetryAt = s.seconds + ui::backoffSeconds(std::max(1, s.unsentFailures), kFirstWait);
    return {};
}

void sendUnsentScans(service::Desk& desk, CounterState& s, bool now)
{
    if (s.unsentScans.empty() || !s.can(domain::Permission::ReceiveDossier)) return;
    if (!now && s.seconds < s.unsentRetryAt) return;
    std::vector<UnsentScan> waiting;
    bool troubled = false;
    for (auto& u : s.unsentScans) {
        if (troubled) {  // the host is away: the rest wait for the next try, no round trip each
            waiting.push_back(std::move(u));
            continue;
        }
        try {
            if (!alreadyStored(desk, u, store::sha256Hex(u.pdf)))
                (void)desk.attach(service::AttachRequest{u.code, u.paper, false, u.pdf, u.source});
            forgetUnsentScan(u);
            s.notices.push("Đã gửi bản quét " + paperOf(u) + " lên máy chủ.", ui::NoticeLevel::Success);
        } catch (const Error& e) {
            if (worthRetrying(e)) {
                troubled = true;
                waiting.push_back(std::move(u));
                continue;
            }
            forgetUnsentScan(u);
            s.notices.push("Máy chủ không nhận bản quét " + paperOf(u) + ": " + e.what() +
                               ". Hãy quét lại và đính kèm từ màn hình hồ sơ hoặc bằng motcua case attach.",
                           ui::NoticeLevel::Error, 20);
        }
    }
    s.unsentScans = std::move(waiting);
    s.unsentFailures = troubled ? s.unsentFailures + 1 : 0;
    s.unsentRetryAt = s.seconds + (troubled ? ui::backoffSeconds(s.unsentFailures, kFirstWait) : 0);
}

void loadUnsentScansAtLogin(CounterState& s)
{
    if (!s.can(domain::Permission::ReceiveDossier)) return;
    s.unsentScans = loadUnsentScans(unsentScansDirOf(s));
    s.unsentFailures = 0;
    s.unsentRetryAt = 0;  // at once: the host may well be back
}

double secondsToUnsentTry(const CounterState& s)
{
    if (s.unsentScans.empty() || !s.can(domain::Permission::ReceiveDossier)) return -1;
    return std::max(0.0, s.unsentRetryAt - s.seconds);
}

}  // namespace motcua::counter
