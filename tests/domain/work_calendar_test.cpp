// The working calendar and deadline rules of the foundation issue, case by case. Every expected
// time below was worked out by hand from the default hours (07:30–11:30, 13:30–17:00 = 7.5 h a
// working day) and the cut-off (15:00).
#include "domain/error.h"
#include "domain/work_calendar.h"

#include <catch2/catch.hpp>

using namespace motcua::domain;

namespace {

Instant at(const char* text)
{
    const auto t = parseLocalDateTime(text);
    REQUIRE(t.has_value());
    return *t;
}

constexpr int kCutoff = 15 * 60;

WorkCalendar vietnam2026()
{
    // The civil-service days off and make-up days of late 2025 and 2026 (DOMAIN.md §8).
    std::map<std::int64_t, CalendarOverride> o;
    for (const char* d : {"2026-01-01", "2026-01-02", "2026-02-16", "2026-02-17", "2026-02-18", "2026-02-19", "2026-02-20",
                          "2026-04-27", "2026-04-30", "2026-05-01", "2026-08-31", "2026-09-01", "2026-09-02", "2026-11-24"})
        o[parseDate(d)->toDays()] = CalendarOverride::Holiday;
    for (const char* d : {"2026-01-10", "2026-08-22"}) o[parseDate(d)->toDays()] = CalendarOverride::Workday;
    return WorkCalendar(WeeklySchedule::standard(), o);
}

std::string due(const WorkCalendar& cal, const char* received, double days)
{
    return formatLocal(cal.dueForDays(at(received), days, kCutoff));
}

}  // namespace

TEST_CASE("a working day is the fullest day of the schedule", "[calendar]")
{
    REQUIRE(WorkCalendar().workingDaySeconds() == 27000);
    REQUIRE(WorkCalendar(WeeklySchedule::parse("mon-fri 07:30-11:30 13:30-17:00; sat 07:30-11:30"), {}).workingDaySeconds() == 27000);
}

TEST_CASE("effective start", "[calendar]")
{
    const WorkCalendar cal;
    // Inside office hours before the cut-off: the receipt time itself.
    REQUIRE(formatLocal(cal.effectiveStart(at("2026-11-16 10:00"), kCutoff)) == "2026-11-16 10:00");
    REQUIRE(formatLocal(cal.effectiveStart(at("2026-11-16 14:59"), kCutoff)) == "2026-11-16 14:59");
    // Before opening, or at lunch: the next opening the same day.
    REQUIRE(formatLocal(cal.effectiveStart(at("2026-11-16 06:00"), kCutoff)) == "2026-11-16 07:30");
    REQUIRE(formatLocal(cal.effectiveStart(at("2026-11-16 12:00"), kCutoff)) == "2026-11-16 13:30");
    // DOMAIN.md §2: "sau 15 giờ" — 15:00 itself counts that day; any later instant moves on to
    // the next working day's first opening.
    REQUIRE(formatLocal(cal.effectiveStart(at("2026-11-16 15:00"), kCutoff)) == "2026-11-16 15:00");
    REQUIRE(formatLocal(cal.effectiveStart(at("2026-11-16 15:00") + 1, kCutoff)) == "2026-11-17 07:30");
    REQUIRE(formatLocal(cal.effectiveStart(at("2026-11-16 15:01"), kCutoff)) == "2026-11-17 07:30");
    REQUIRE(formatLocal(cal.effectiveStart(at("2026-11-16 18:30"), kCutoff)) == "2026-11-17 07:30");
    REQUIRE(formatLocal(cal.effectiveStart(at("2026-11-20 16:00"), kCutoff)) == "2026-11-23 07:30");  // Friday
    // A day off: the next working day's first opening.
    REQUIRE(formatLocal(cal.effectiveStart(at("2026-11-21 09:00"), kCutoff)) == "2026-11-23 07:30");  // Saturday
    REQUIRE(formatLocal(cal.effectiveStart(at("2026-11-22 23:59"), kCutoff)) == "2026-11-23 07:30");  // Sunday
}

TEST_CASE("due in whole working days", "[calendar]")
{
    const WorkCalendar cal;
    REQUIRE(due(cal, "2026-11-16 10:00", 1) == "2026-11-17 10:00");
    REQUIRE(due(cal, "2026-11-20 10:00", 1) == "2026-11-23 10:00");  // over the weekend
    REQUIRE(due(cal, "2026-11-16 07:30", 1) == "2026-11-16 17:00");  // the earliest instant, not next morning
    REQUIRE(due(cal, "2026-11-16 15:30", 1) == "2026-11-17 17:00");  // after the cut-off
    REQUIRE(due(cal, "2026-11-21 10:00", 1) == "2026-11-23 17:00");  // received on a Saturday
    REQUIRE(due(cal, "2026-11-16 10:00", 5) == "2026-11-23 10:00");
    REQUIRE(due(cal, "2026-11-16 10:00", 15) == "2026-12-07 10:00");
    REQUIRE(due(cal, "2026-11-16 11:00", 1) == "2026-11-17 11:00");
}

TEST_CASE("fractional days", "[calendar]")
{
    const WorkCalendar cal;
    // Half a day is 3 h 45 min of working time; from 13:30, 3 h 30 min fit before 17:00.
    REQUIRE(due(cal, "2026-11-16 12:00", 0.5) == "2026-11-17 07:45");
    REQUIRE(due(cal, "2026-11-16 07:30", 0.5) == "2026-11-16 11:15");
    REQUIRE(due(cal, "2026-11-16 10:00", 0.5) == "2026-11-16 15:45");  // across lunch
    REQUIRE(due(cal, "2026-11-16 10:00", 1.5) == "2026-11-17 15:45");
    REQUIRE(formatLocal(cal.dueForHours(at("2026-11-16 10:00"), 4)) == "2026-11-16 16:00");
    REQUIRE(formatLocal(cal.dueForHours(at("2026-11-16 16:00"), 2)) == "2026-11-17 08:30");
}

TEST_CASE("zero days means the end of the effective start's working day", "[calendar]")
{
    const WorkCalendar cal;
    REQUIRE(due(cal, "2026-11-16 09:00", 0) == "2026-11-16 17:00");
    REQUIRE(due(cal, "2026-11-16 14:59", 0) == "2026-11-16 17:00");
    REQUIRE(due(cal, "2026-11-16 15:00", 0) == "2026-11-16 17:00");  // at 15:00: not "sau 15 giờ"
    REQUIRE(due(cal, "2026-11-16 15:01", 0) == "2026-11-17 17:00");  // khai sinh after 15:00: next working day
    REQUIRE(due(cal, "2026-11-21 09:00", 0) == "2026-11-23 17:00");
    REQUIRE(due(cal, "2026-11-16 06:00", 0) == "2026-11-16 17:00");
}

TEST_CASE("holidays, make-up days, month and year ends, Tết", "[calendar]")
{
    const auto cal = vietnam2026();
    // 24/11/2026 (Ngày Văn hóa Việt Nam) does not count.
    REQUIRE(due(cal, "2026-11-23 10:15", 3) == "2026-11-27 10:15");
    REQUIRE(due(cal, "2026-11-23 16:00", 0) == "2026-11-25 17:00");
    // Year end into 1–2 January 2026.
    REQUIRE(due(cal, "2025-12-31 10:00", 2) == "2026-01-06 10:00");
    REQUIRE(due(cal, "2025-12-31 16:00", 1) == "2026-01-05 17:00");
    // The make-up Saturday 10/1/2026 counts.
    REQUIRE(due(cal, "2026-01-08 10:00", 2) == "2026-01-10 10:00");
    REQUIRE(due(cal, "2026-01-09 16:00", 0) == "2026-01-10 17:00");
    REQUIRE(cal.isWorkingDay({2026, 1, 10}));
    REQUIRE_FALSE(cal.isWorkingDay({2026, 1, 17}));
    // Month end.
    REQUIRE(due(cal, "2026-01-30 10:00", 1) == "2026-02-02 10:00");
    // Tết Bính Ngọ: Mon 16/2 – Fri 20/2 off.
    REQUIRE(due(cal, "2026-02-13 10:00", 1) == "2026-02-23 10:00");
    REQUIRE(due(cal, "2026-02-12 10:00", 3) == "2026-02-24 10:00");
    // Quốc khánh 2026: Mon 31/8 – Wed 2/9 off, Sat 22/8 worked.
    REQUIRE(due(cal, "2026-08-21 10:00", 1) == "2026-08-22 10:00");
    REQUIRE(due(cal, "2026-08-28 10:00", 1) == "2026-09-03 10:00");
}

TEST_CASE("working time between instants and the late-by text", "[calendar]")
{
    const auto cal = vietnam2026();
    REQUIRE(cal.workingSecondsBetween(at("2026-11-16 10:00"), at("2026-11-17 10:00")) == 27000);
    REQUIRE(cal.workingSecondsBetween(at("2026-11-16 11:00"), at("2026-11-16 14:00")) == 3600);
    REQUIRE(cal.workingSecondsBetween(at("2026-11-17 10:00"), at("2026-11-16 10:00")) == -27000);
    REQUIRE(cal.workingSecondsBetween(at("2026-11-21 08:00"), at("2026-11-22 18:00")) == 0);
    REQUIRE(cal.workingSecondsBetween(at("2026-11-23 10:00"), at("2026-11-25 10:00")) == 27000);  // over 24/11
    REQUIRE(formatWorkingDuration(27000 + 2 * 3600 + 30 * 60, 27000) == "1 ngày 2 giờ 30 phút");
    REQUIRE(formatWorkingDuration(7 * 3600 + 15 * 60, 27000) == "7 giờ 15 phút");
    REQUIRE(formatWorkingDuration(2 * 27000, 27000) == "2 ngày");
    REQUIRE(formatWorkingDuration(59, 27000) == "0 phút");
}

TEST_CASE("at risk inside the last working day before due", "[calendar]")
{
    const WorkCalendar cal;
    const Instant dueAt = at("2026-11-17 10:00");
    REQUIRE(cal.isAtRisk(at("2026-11-16 10:30"), dueAt, 1));
    REQUIRE_FALSE(cal.isAtRisk(at("2026-11-16 10:00"), dueAt, 1));  // exactly one day left
    REQUIRE_FALSE(cal.isAtRisk(at("2026-11-16 09:30"), dueAt, 1));
    REQUIRE_FALSE(cal.isAtRisk(at("2026-11-17 10:00"), dueAt, 1));  // due: late, not at risk
    REQUIRE(cal.isAtRisk(at("2026-11-16 08:00"), dueAt, 2));       // configurable threshold
    // Over a weekend: Friday 10:30 is within one working day of Monday 10:00.
    REQUIRE(cal.isAtRisk(at("2026-11-20 10:30"), at("2026-11-23 10:00"), 1));
}

TEST_CASE("supplement: the clock pauses, or restarts, per DOMAIN.md §2", "[calendar]")
{
    const WorkCalendar cal;
    const Instant received = at("2026-11-16 08:00");
    const Instant dueAt = cal.dueForDays(received, 3, kCutoff);
    REQUIRE(formatLocal(dueAt) == "2026-11-19 08:00");
    // Pause (Nghị định 61/2018, still applied by provinces): one day was spent, two remain.
    const Instant requested = at("2026-11-17 08:00");
    const Instant resumed = at("2026-11-23 09:00");
    REQUIRE(formatLocal(cal.dueAfterSupplement(SupplementRule::Pause, requested, resumed, dueAt, 3, kCutoff)) ==
            "2026-11-25 09:00");
    REQUIRE(formatLocal(vietnam2026().dueAfterSupplement(SupplementRule::Pause, requested, resumed, dueAt, 3, kCutoff)) ==
            "2026-11-26 09:00");
    // Restart (Nghị định 297/2025 Điều 6 khoản 4): the full three days from the complete dossier.
    REQUIRE(formatLocal(cal.dueAfterSupplement(SupplementRule::Restart, requested, resumed, dueAt, 3, kCutoff)) ==
            "2026-11-26 09:00");
    // A complete dossier brought back after the cut-off counts from the next morning.
    REQUIRE(formatLocal(cal.dueAfterSupplement(SupplementRule::Pause, requested, at("2026-11-23 16:00"), dueAt, 3, kCutoff)) ==
            "2026-11-25 17:00");
}

TEST_CASE("weekly schedules parse and refuse nonsense", "[calendar]")
{
    const auto s = WeeklySchedule::parse("mon-fri 07:30-11:30 13:30-17:00; sat 07:30-11:30");
    REQUIRE(s.days[5] == std::vector<TimeInterval>{{450, 690}});
    REQUIRE(s.days[6].empty());
    REQUIRE(s.format() == "mon-fri 07:30-11:30 13:30-17:00; sat 07:30-11:30");
    REQUIRE(WeeklySchedule::parse(WeeklySchedule::standard().format()) == WeeklySchedule::standard());
    for (const char* bad : {"", "funday 07:30-11:30", "mon-fri 11:30-07:30", "mon-fri 07:30-11:30 11:00-12:00", "mon 7:30-11:30",
                            "mon-fri", "fri-mon 07:30-11:30", "mon 07:30-11:30; mon 13:30-17:00"})
        REQUIRE_THROWS_AS(WeeklySchedule::parse(bad), motcua::Error);
    // Saturday mornings: a make-up day uses the fullest weekday.
    const WorkCalendar cal(s, {});
    REQUIRE(formatLocal(cal.dueForDays(at("2026-11-20 16:00"), 0, kCutoff)) == "2026-11-21 11:30");
}

TEST_CASE("deadline arithmetic refuses impossible input", "[calendar]")
{
    const WorkCalendar cal;
    REQUIRE_THROWS_AS(cal.dueForDays(at("2026-11-16 10:00"), -1, kCutoff), motcua::Error);
    REQUIRE_THROWS_AS(cal.dueForDays(at("2026-11-16 10:00"), 1e9, kCutoff), motcua::Error);
    REQUIRE_THROWS_AS(cal.dueForHours(at("2026-11-16 10:00"), 0), motcua::Error);
    // A calendar made only of holidays for ten years is refused, not looped over forever.
    std::map<std::int64_t, CalendarOverride> all;
    const auto start = Date{2026, 1, 1}.toDays();
    for (std::int64_t d = start; d < start + 3700; ++d) all[d] = CalendarOverride::Holiday;
    REQUIRE_THROWS_AS(WorkCalendar(WeeklySchedule::standard(), all).dueForDays(at("2026-01-01 10:00"), 1, kCutoff),
                      motcua::Error);
}
