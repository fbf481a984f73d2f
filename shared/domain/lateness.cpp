// Lateness and apology timing. Every instant here is computed in working time on the office's
// calendar, so weekends, holidays and Tết push the sign-by time back the same way they push due.
#include "domain/lateness.h"

#include <algorithm>

namespace motcua::domain {

DueFacts dueFactsOf(const Dossier& d) { return {d.status, d.procedureDays, d.receivedAt, d.originalDueAt, d.dueAt}; }

bool isOverdue(DossierStatus status, Instant dueAt, Instant at) { return isClockRunning(status) && dueAt <= at; }

bool isShortProcedure(double procedureDays) { return procedureDays <= 1.0; }

std::int64_t atRiskSeconds(const WorkCalendar& cal, const DueFacts& d, const LatenessRules& rules)
{
    const std::int64_t setting = cal.workingDays(rules.atRiskDays);
    if (!isShortProcedure(d.procedureDays)) return setting;
    const std::int64_t span = std::max<std::int64_t>(0, cal.workingSecondsBetween(d.receivedAt, d.originalDueAt));
    return std::min(setting, span / 2);
}

DueState dueState(const WorkCalendar& cal, const DueFacts& d, Instant now, const LatenessRules& rules)
{
    if (!isClockRunning(d.status)) return DueState::NotRunning;
    if (isOverdue(d.status, d.dueAt, now)) return DueState::Late;
    return cal.workingSecondsBetween(now, d.dueAt) < atRiskSeconds(cal, d, rules) ? DueState::AtRisk
                                                                                   : DueState::OnTrack;
}

ApologyTiming apologyTiming(const WorkCalendar& cal, const DueFacts& d, const LatenessRules& rules)
{
    ApologyTiming t;
    t.shortNotice = isShortProcedure(d.procedureDays);
    if (t.shortNotice) {
        // DOMAIN.md §2: "draft them at once when they turn at risk and say so".
        t.draftFrom = cal.subtractWorkingSeconds(d.dueAt, atRiskSeconds(cal, d, rules));
        t.signBy = d.dueAt;
        return t;
    }
    // DOMAIN.md §2: sign-by = due − 1 working day; draft at due − draft horizon (default 2).
    t.signBy = cal.subtractWorkingSeconds(d.dueAt, cal.workingDaySeconds());
    t.draftFrom = cal.subtractWorkingSeconds(d.dueAt, cal.workingDays(std::max(1.0, rules.draftDays)));
    return t;
}

bool apologyDraftDue(const WorkCalendar& cal, const DueFacts& d, Instant now, const LatenessRules& rules)
{
    if (!isClockRunning(d.status)) return false;
    if (isShortProcedure(d.procedureDays)) return dueState(cal, d, now, rules) != DueState::OnTrack;
    return now >= apologyTiming(cal, d, rules).draftFrom;
}

std::string signByLeftText(const WorkCalendar& cal, Instant signBy, Instant now)
{
    const std::int64_t left = cal.workingSecondsBetween(now, signBy);
    const std::string text = formatWorkingDuration(left, cal.workingDaySeconds());
    if (now > signBy) return "quá hạn ký " + text;
    return "còn " + text;
}

}  // namespace motcua::domain
