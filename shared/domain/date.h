// Civil dates and instants. Vietnam has one time zone, UTC+7, with no daylight saving:
// instants are stored as UTC seconds and shown as local time.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace motcua::domain {

/// Seconds since 1970-01-01 00:00 UTC.
using Instant = std::int64_t;

inline constexpr std::int64_t kSecondsPerMinute = 60;
inline constexpr std::int64_t kSecondsPerDay = 86400;
/// Vietnam's offset from UTC (UTC+7, no daylight saving).
inline constexpr std::int64_t kVietnamOffsetSeconds = 7 * 3600;

/// A proleptic Gregorian calendar date.
struct Date {
    int year = 1970;
    int month = 1;  ///< 1..12
    int day = 1;    ///< 1..31

    /// Days since 1970-01-01 (negative before).
    [[nodiscard]] std::int64_t toDays() const;
    [[nodiscard]] static Date fromDays(std::int64_t days);
    /// ISO weekday: 1 = Monday … 7 = Sunday.
    [[nodiscard]] int isoWeekday() const;
    [[nodiscard]] Date addDays(std::int64_t n) const { return fromDays(toDays() + n); }
    /// "YYYY-MM-DD"
    [[nodiscard]] std::string iso() const;
    /// "dd/mm/yyyy", as printed on Vietnamese forms.
    [[nodiscard]] std::string vn() const;

    friend bool operator==(const Date&, const Date&) = default;
    friend auto operator<=>(const Date& a, const Date& b) { return a.toDays() <=> b.toDays(); }
};

[[nodiscard]] bool isLeapYear(int year);
[[nodiscard]] int daysInMonth(int year, int month);
/// True if the fields form a real date (rejects 2026-02-30).
[[nodiscard]] bool isValidDate(int year, int month, int day);

/// Parses "YYYY-MM-DD" strictly; nullopt for anything else, including impossible dates.
[[nodiscard]] std::optional<Date> parseDate(std::string_view text);

/// A local (UTC+7) wall-clock moment.
struct LocalDateTime {
    Date date;
    int minuteOfDay = 0;  ///< 0..1439
    int second = 0;       ///< 0..59
};

[[nodiscard]] LocalDateTime toLocal(Instant t);
[[nodiscard]] Instant fromLocal(const Date& d, int minuteOfDay, int second = 0);
/// Local date of an instant.
[[nodiscard]] inline Date localDate(Instant t) { return toLocal(t).date; }

/// Parses "YYYY-MM-DD HH:MM" (or "YYYY-MM-DDTHH:MM", optional ":SS") as local time.
[[nodiscard]] std::optional<Instant> parseLocalDateTime(std::string_view text);
/// "YYYY-MM-DD HH:MM" local.
[[nodiscard]] std::string formatLocal(Instant t);
/// "HH:MM" local.
[[nodiscard]] std::string formatLocalTime(Instant t);
/// Parses "HH:MM" into minutes of the day (00:00..24:00).
[[nodiscard]] std::optional<int> parseClock(std::string_view text);
/// "HH:MM" from minutes of the day.
[[nodiscard]] std::string formatClock(int minuteOfDay);

}  // namespace motcua::domain
