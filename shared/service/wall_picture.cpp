// The wall's picture: counters and what they serve, today's calls, people waiting, late and
// due-today dossiers with masked names, and today's figures (the periodic report for today).
#include "service/wall_picture.h"

#include "domain/text.h"
#include "service/desk.h"

#include <algorithm>
#include <map>

namespace motcua::service {


namespace {

void loadQueue(Desk& desk, WallPicture& w)
{
    std::map<int, WallServing> byCounter;
    for (const auto& c : desk.counters())
        if (c.open) byCounter[c.number] = {c.number, c.name, "", 0, false};
    for (const auto& t : desk.tickets(domain::TicketStatus::Called)) {
        if (!t.counter) continue;
        auto& s = byCounter[*t.counter];
        if (s.counter == 0) s.counter = *t.counter;
        if (s.label.empty() || t.calledAt.value_or(0) > s.calledAt) {
            s.label = t.label;
            s.calledAt = t.calledAt.value_or(0);
            s.priority = !t.priorityReason.empty();
        }
    }
    for (auto& [n, s] : byCounter) w.serving.push_back(std::move(s));
    w.calls = desk.recentCalls(40);
    std::set<std::string> backInLine;
    for (const auto status : {domain::TicketStatus::Waiting, domain::TicketStatus::Pending})
        for (const auto& t : desk.tickets(status)) backInLine.insert(t.label);
    w.shownCalls = callsToShow(w.calls, backInLine);
    for (const auto& g : desk.groupStatuses()) w.waiting.push_back({g.group.name, g.group.prefix, g.waiting});
}

void loadDossiers(Desk& desk, WallPicture& w)
{
    std::map<std::string, bool> signedFor;  // dossier code → a signed slip for its current appointment
    for (const auto& a : desk.apologies(domain::ApologyStatus::Signed)) signedFor[a.dossierCode] = true;
    DossierQuery q;
    q.kind = DossierQuery::Kind::ApologyDue;
    const auto today = domain::localDate(w.now);
    for (const auto& s : desk.dossiers(q)) {
        const auto& d = s.dossier;
        // Late, due today, or its slip must be signed today (DOMAIN.md §2: sign-by = due − 1 day).
        const bool signByToday = s.signBy && domain::localDate(*s.signBy) == today && signedFor.count(d.code) == 0;
        if (!s.late && domain::localDate(d.dueAt) != today && !signByToday) continue;
        WallDossier x;
        x.code = d.code;
        x.procedure = d.procedureName;
        x.maskedName = domain::maskName(d.applicantName);
        x.late = s.late;
        x.lateBy = s.late ? desk.workingDurationText(s.lateSeconds) : "hạn " + domain::formatLocalTime(d.dueAt);
        if (!s.late && domain::localDate(d.dueAt) != today) x.lateBy += " " + domain::localDate(d.dueAt).vn().substr(0, 5);
        x.apologySigned = signedFor.count(d.code) > 0;
        // DOMAIN.md §2: the wall shows by when the slip must be signed, until it is.
        if (!x.apologySigned && s.signBy) {
            x.signByPassed = w.now > *s.signBy;
            x.signByText = x.signByPassed ? "quá hạn ký phiếu"
                                          : "ký phiếu trước " + domain::formatLocalTime(*s.signBy) + " " +
                                                domain::localDate(*s.signBy).vn().substr(0, 5);
        }
        x.dueAt = d.dueAt;
        w.dossiers.push_back(std::move(x));
    }
    std::stable_sort(w.dossiers.begin(), w.dossiers.end(), [](const WallDossier& a, const WallDossier& b) {
        if (a.late != b.late) return a.late;
        return a.dueAt < b.dueAt;
    });
}

}  // namespace

std::vector<RecentCall> callsToShow(const std::vector<RecentCall>& calls, const std::set<std::string>& backInLine)
{
    std::vector<RecentCall> out;
    std::set<std::string> seen;
    for (const auto& c : calls)
        if (seen.insert(c.label).second && !backInLine.count(c.label)) out.push_back(c);
    return out;
}

WallPicture buildWallPicture(Desk& desk)
{
    WallPicture w;
    w.now = desk.now();
    const auto settings = desk.settings();
    if (const auto it = settings.find("office.name"); it != settings.end()) w.officeName = it->second;
    loadQueue(desk, w);
    loadDossiers(desk, w);
    const auto today = domain::localDate(w.now);
    const auto r = desk.report(domain::fromLocal(today, 0), domain::fromLocal(today.addDays(1), 0));
    w.receivedToday = r.total.newlyReceived();
    w.returnedToday = r.total.returned;
    w.onTimeRateToday = r.total.onTimeRate();
    w.loaded = true;
    return w;
}

}  // namespace motcua::service
