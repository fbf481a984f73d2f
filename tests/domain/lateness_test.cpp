// Apology timing and the shared late / at-risk predicate (DOMAIN.md §2). Every expected instant was
// worked out by hand on the default hours (07:30–11:30, 13:30–17:00: one working day = 7 h 30 min).
// 2026-11-16 is a Monday; 2026-11-24 (Ngày Văn hóa Việt Nam) and 16–20/2/2026 (Tết) are days off.
#include "domain/lateness.h"

#include <catch2/catch.hpp>

using namespace motcua::domain;

namespace {

Instant at(const char* text)
{
    const auto t = parseLocalDateTime(text);
    REQUIRE(t.has_value());
    return *t;
}

WorkCalendar withDaysOff(std::initializer_list<const char*> days)
{
    std::map<std::int64_t, CalendarOverride> o;
    for (const char* d : days) o[parseDate(d)->toDays()] = CalendarOverride::Holiday;
    return WorkCalendar(WeeklySchedule::standard(), o);
}

DueFacts dossier(double days, const char* received, const char* due)
{
    DueFacts d;
    d.status = DossierStatus::Processing;
    d.procedureDays = days;
    d.receivedAt = at(received);
    d.originalDueAt = at(due);
    d.dueAt = d.originalDueAt;
    return d;
}

const LatenessRules kRules{1, 2};

}  // namespace

TEST_CASE("one working day before a 17:00 due time is 17:00 the day before", "[lateness]")
{
    const WorkCalendar cal;
    REQUIRE(formatLocal(cal.subtractWorkingSeconds(at("2026-11-18 17:00"), 27000)) == "2026-11-17 17:00");
    REQUIRE(formatLocal(cal.subtractWorkingSeconds(at("2026-11-18 17:00"), 0)) == "2026-11-18 17:00");
    REQUIRE(formatLocal(cal.subtractWorkingSeconds(at("2026-11-18 10:00"), 3600)) == "2026-11-18 09:00");
    REQUIRE(formatLocal(cal.subtractWorkingSeconds(at("2026-11-18 14:00"), 3600)) == "2026-11-18 11:00");  // lunch
}

TEST_CASE("apology timing: due Wednesday 17:00, five-day procedure", "[lateness]")
{
    const WorkCalendar cal;
    const auto d = dossier(5, "2026-11-11 17:00", "2026-11-18 17:00");
    const auto t = apologyTiming(cal, d, kRules);
    REQUIRE_FALSE(t.shortNotice);
    REQUIRE(formatLocal(t.signBy) == "2026-11-17 17:00");     // not Wednesday morning
    REQUIRE(formatLocal(t.draftFrom) == "2026-11-16 17:00");  // two working days before due
    REQUIRE_FALSE(apologyDraftDue(cal, d, at("2026-11-16 16:59"), kRules));
    REQUIRE(apologyDraftDue(cal, d, at("2026-11-16 17:00"), kRules));
    // The old rule drafted only inside the last working day: Wednesday morning, after sign-by.
    REQUIRE(dueState(cal, d, at("2026-11-17 16:00"), kRules) == DueState::OnTrack);
    REQUIRE(dueState(cal, d, at("2026-11-18 08:00"), kRules) == DueState::AtRisk);
    REQUIRE(dueState(cal, d, at("2026-11-18 17:00"), kRules) == DueState::Late);
    REQUIRE(signByLeftText(cal, t.signBy, at("2026-11-17 10:00")) == "còn 5 giờ");  // 10:00–11:30 and 13:30–17:00
    REQUIRE(signByLeftText(cal, t.signBy, at("2026-11-18 09:00")) == "quá hạn ký 1 giờ 30 phút");
}

TEST_CASE("apology timing: due just after a weekend", "[lateness]")
{
    const WorkCalendar cal;
    const auto d = dossier(5, "2026-11-16 10:00", "2026-11-23 10:00");
    const auto t = apologyTiming(cal, d, kRules);
    // Monday 07:30–10:00 is 2 h 30 min; the other 5 h come from Friday: 10:00.
    REQUIRE(formatLocal(t.signBy) == "2026-11-20 10:00");
    REQUIRE(formatLocal(t.draftFrom) == "2026-11-19 10:00");
}

TEST_CASE("apology timing: a holiday pushes sign-by back", "[lateness]")
{
    const auto cal = withDaysOff({"2026-11-24"});
    const auto d = dossier(10, "2026-11-11 17:00", "2026-11-25 17:00");
    const auto t = apologyTiming(cal, d, kRules);
    REQUIRE(formatLocal(t.signBy) == "2026-11-23 17:00");     // Tuesday 24/11 is off
    REQUIRE(formatLocal(t.draftFrom) == "2026-11-20 17:00");  // Friday, over the weekend
}

TEST_CASE("apology timing: Tết", "[lateness]")
{
    const auto cal = withDaysOff({"2026-02-16", "2026-02-17", "2026-02-18", "2026-02-19", "2026-02-20"});
    const auto d = dossier(7, "2026-02-10 10:00", "2026-02-23 10:00");
    const auto t = apologyTiming(cal, d, kRules);
    // Monday 23/2 07:30–10:00 is 2 h 30 min; Tết week is off; Friday 13/2 gives the rest.
    REQUIRE(formatLocal(t.signBy) == "2026-02-13 10:00");
    REQUIRE(formatLocal(t.draftFrom) == "2026-02-12 10:00");
    REQUIRE(apologyDraftDue(cal, d, at("2026-02-12 10:00"), kRules));
    REQUIRE_FALSE(apologyDraftDue(cal, d, at("2026-02-12 09:59"), kRules));
}

TEST_CASE("a short procedure is drafted when at risk, never at intake", "[lateness]")
{
    const WorkCalendar cal;
    // Same day ("trong ngày"), received 08:00, due 17:00: 7 h of working time, at risk under 3 h 30.
    const auto d = dossier(0, "2026-11-16 08:00", "2026-11-16 17:00");
    REQUIRE(atRiskSeconds(cal, d, kRules) == 3 * 3600 + 1800);
    REQUIRE_FALSE(apologyDraftDue(cal, d, at("2026-11-16 08:00"), kRules));
    REQUIRE(dueState(cal, d, at("2026-11-16 08:00"), kRules) == DueState::OnTrack);
    REQUIRE(dueState(cal, d, at("2026-11-16 13:30"), kRules) == DueState::OnTrack);
    REQUIRE(dueState(cal, d, at("2026-11-16 13:31"), kRules) == DueState::AtRisk);
    REQUIRE(apologyDraftDue(cal, d, at("2026-11-16 13:31"), kRules));
    const auto t = apologyTiming(cal, d, kRules);
    REQUIRE(t.shortNotice);
    REQUIRE(formatLocal(t.signBy) == "2026-11-16 17:00");  // the appointment itself
    // One working day, received Monday 10:00, due Tuesday 10:00: at risk under 3 h 45 min.
    const auto one = dossier(1, "2026-11-16 10:00", "2026-11-17 10:00");
    REQUIRE(dueState(cal, one, at("2026-11-16 15:45"), kRules) == DueState::OnTrack);
    REQUIRE(dueState(cal, one, at("2026-11-16 15:46"), kRules) == DueState::AtRisk);
    // A two-day procedure is not short: its draft appears at receipt (the horizon is behind it).
    const auto two = dossier(2, "2026-11-16 10:00", "2026-11-18 10:00");
    REQUIRE(apologyDraftDue(cal, two, at("2026-11-16 10:00"), kRules));
    REQUIRE(formatLocal(apologyTiming(cal, two, kRules).signBy) == "2026-11-17 10:00");
}

TEST_CASE("a paused dossier is neither late nor at risk", "[lateness]")
{
    const WorkCalendar cal;
    auto d = dossier(5, "2026-11-09 10:00", "2026-11-16 10:00");
    d.status = DossierStatus::WaitingSupplement;
    REQUIRE(dueState(cal, d, at("2026-11-18 10:00"), kRules) == DueState::NotRunning);
    REQUIRE_FALSE(apologyDraftDue(cal, d, at("2026-11-18 10:00"), kRules));
    d.status = DossierStatus::Processing;
    REQUIRE(dueState(cal, d, at("2026-11-18 10:00"), kRules) == DueState::Late);
}
