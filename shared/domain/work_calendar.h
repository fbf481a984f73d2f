// The working calendar: office hours per weekday, holidays and make-up working days, and the
// deadline arithmetic in working time that every appointment (hẹn trả) is computed with.
#pragma once

#include "domain/date.h"

#include <array>
#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace motcua::domain {

/// Office hours within one day, in minutes since local midnight: [begin, end).
struct TimeInterval {
    int begin = 0;
    int end = 0;
    friend bool operator==(const TimeInterval&, const TimeInterval&) = default;
};

/// Office hours for each weekday (index 0 = Monday … 6 = Sunday).
struct WeeklySchedule {
    std::array<std::vector<TimeInterval>, 7> days;

    /// Mon–Fri 07:30–11:30 and 13:30–17:00 (the usual hours of a Vietnamese office).
    [[nodiscard]] static WeeklySchedule standard();
    /// Parses "mon-fri 07:30-11:30 13:30-17:00; sat 07:30-11:30". Throws Error(InvalidInput).
    [[nodiscard]] static WeeklySchedule parse(std::string_view text);
    [[nodiscard]] std::string format() const;
    friend bool operator==(const WeeklySchedule&, const WeeklySchedule&) = default;
};

/// How a calendar table row changes a date.
enum class CalendarOverride { Holiday, Workday };

/// How the clock treats time spent waiting for a citizen's supplement (DOMAIN.md §2).
enum class SupplementRule {
    Pause,    ///< time already spent counts; the clock resumes (Nghị định 61/2018, provinces today)
    Restart,  ///< the time is counted again from the start (Nghị định 297/2025 Điều 6 khoản 4)
};

class WorkCalendar {
public:
    WorkCalendar(WeeklySchedule schedule, std::map<std::int64_t, CalendarOverride> overrides);
    WorkCalendar() : WorkCalendar(WeeklySchedule::standard(), {}) {}

    [[nodiscard]] bool isWorkingDay(const Date& d) const;
    /// Office hours of a date: none on a day off; a make-up working day keeps the hours of the
    /// schedule's fullest weekday.
    [[nodiscard]] const std::vector<TimeInterval>& hoursOn(const Date& d) const;
    /// One working day: the length of the fullest day in the weekly schedule.
    [[nodiscard]] std::int64_t workingDaySeconds() const { return m_daySeconds; }

    /// The instant t if it lies inside office hours, otherwise the next opening.
    [[nodiscard]] Instant nextOpening(Instant t) const;
    /// Where the clock of a dossier received at t starts: t itself inside office hours before
    /// the cut-off (minutes since midnight) on a working day; otherwise the next opening, and a
    /// receipt after the cut-off starts at the next working day's first opening. The cut-off minute
    /// itself is not after it (DOMAIN.md §2: "sau 15 giờ" — 15:00:00 counts that day).
    [[nodiscard]] Instant effectiveStart(Instant received, int cutoffMinute) const;
    /// The earliest instant at which `seconds` of working time have elapsed since `from`.
    [[nodiscard]] Instant addWorkingSeconds(Instant from, std::int64_t seconds) const;
    /// The earliest instant from which exactly `seconds` of working time remain until `to`: so one
    /// working day before 17:00 on a Wednesday is 17:00 on the Tuesday, not 07:30 on the Wednesday.
    [[nodiscard]] Instant subtractWorkingSeconds(Instant to, std::int64_t seconds) const;
    /// `days` working days (fractional allowed) as seconds of working time.
    [[nodiscard]] std::int64_t workingDays(double days) const { return toSeconds(days); }
    /// Appointment for N working days (N ≥ 0, fractional allowed): N × one working day after the
    /// effective start; for N = 0 ("trong ngày") the end of the effective start's working day.
    [[nodiscard]] Instant dueForDays(Instant received, double days, int cutoffMinute) const;
    /// Due time of an internal step of H working hours handed over at t (no cut-off).
    [[nodiscard]] Instant dueForHours(Instant from, double hours) const;
    /// End of office hours on the local date of t (t itself on a day off).
    [[nodiscard]] Instant endOfWorkingDay(Instant t) const;
    /// Working seconds in [a, b); negative when b < a.
    [[nodiscard]] std::int64_t workingSecondsBetween(Instant a, Instant b) const;
    /// Unresolved and less than `thresholdDays` working days before due (and not yet due).
    [[nodiscard]] bool isAtRisk(Instant now, Instant due, double thresholdDays) const;
    /// The instant from which a dossier due at `due` is no longer at risk: dossiers with
    /// due < atRiskHorizon(now, d) are at risk or late. Lets the store use one range query.
    [[nodiscard]] Instant atRiskHorizon(Instant now, double thresholdDays) const;
    /// New due time after a supplement round (DOMAIN.md §2): Pause keeps the working time that
    /// was left at the request; Restart counts the full processing time again.
    [[nodiscard]] Instant dueAfterSupplement(SupplementRule rule, Instant requestedAt, Instant resumedAt,
                                             Instant dueBefore, double days, int cutoffMinute) const;

private:
    [[nodiscard]] std::int64_t toSeconds(double workingDays) const;

    WeeklySchedule m_schedule;
    std::map<std::int64_t, CalendarOverride> m_overrides;  // key: Date::toDays()
    std::vector<TimeInterval> m_makeUpHours;
    std::int64_t m_daySeconds = 0;
};

/// "1 ngày 2 giờ 30 phút" in working time (a day being one working day), "0 phút" for zero.
[[nodiscard]] std::string formatWorkingDuration(std::int64_t seconds, std::int64_t workingDaySeconds);

}  // namespace motcua::domain
