// Civil-date arithmetic (days from civil, after the well-known era/day-of-era decomposition)
// and UTC+7 conversions.
#include "domain/date.h"

#include <charconv>
#include <cstdio>

namespace motcua::domain {

bool isLeapYear(int year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

int daysInMonth(int year, int month)
{
    static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (month < 1 || month > 12) return 0;
    return month == 2 && isLeapYear(year) ? 29 : kDays[month - 1];
}

bool isValidDate(int year, int month, int day)
{
    return year >= 1 && year <= 9999 && month >= 1 && month <= 12 && day >= 1 &&
           day <= daysInMonth(year, month);
}

std::int64_t Date::toDays() const
{
    // Shift the year to start in March so the leap day is the last day of the "year".
    const std::int64_t y = month <= 2 ? year - 1 : year;
    const std::int64_t era = (y >= 0 ? y : y - 399) / 400;
    const std::int64_t yoe = y - era * 400;
    const std::int64_t mp = month > 2 ? month - 3 : month + 9;
    const std::int64_t doy = (153 * mp + 2) / 5 + day - 1;
    const std::int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

Date Date::fromDays(std::int64_t days)
{
    const std::int64_t z = days + 719468;
    const std::int64_t era = (z >= 0 ? z : z - 146096) / 146097;
    const std::int64_t doe = z - era * 146097;
    const std::int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const std::int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const std::int64_t mp = (5 * doy + 2) / 153;
    const std::int64_t d = doy - (153 * mp + 2) / 5 + 1;
    const std::int64_t m = mp < 10 ? mp + 3 : mp - 9;
    const std::int64_t y = yoe + era * 400 + (m <= 2 ? 1 : 0);
    return Date{static_cast<int>(y), static_cast<int>(m), static_cast<int>(d)};
}

int Date::isoWeekday() const
{
    // 1970-01-01 was a Thursday (ISO 4).
    const std::int64_t d = toDays();
    const std::int64_t w = ((d % 7) + 7 + 3) % 7;  // 0 = Monday
    return static_cast<int>(w) + 1;
}

std::string Date::iso() const
{
    char buf[48];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day);
    return buf;
}

std::string Date::vn() const
{
    char buf[48];
    std::snprintf(buf, sizeof buf, "%02d/%02d/%04d", day, month, year);
    return buf;
}

namespace {

bool parseFixedInt(std::string_view s, int& out)
{
    if (s.empty()) return false;
    for (char c : s)
        if (c < '0' || c > '9') return false;
    auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), out);
    return ec == std::errc{} && p == s.data() + s.size();
}

}  // namespace

std::optional<Date> parseDate(std::string_view t)
{
    if (t.size() != 10 || t[4] != '-' || t[7] != '-') return std::nullopt;
    int y = 0, m = 0, d = 0;
    if (!parseFixedInt(t.substr(0, 4), y) || !parseFixedInt(t.substr(5, 2), m) ||
        !parseFixedInt(t.substr(8, 2), d))
        return std::nullopt;
    if (!isValidDate(y, m, d)) return std::nullopt;
    return Date{y, m, d};
}

std::optional<int> parseClock(std::string_view t)
{
    if (t.size() != 5 || t[2] != ':') return std::nullopt;
    int h = 0, m = 0;
    if (!parseFixedInt(t.substr(0, 2), h) || !parseFixedInt(t.substr(3, 2), m)) return std::nullopt;
    if (m > 59 || h > 24 || (h == 24 && m != 0)) return std::nullopt;
    return h * 60 + m;
}

std::string formatClock(int minuteOfDay)
{
    char buf[32];
    std::snprintf(buf, sizeof buf, "%02d:%02d", minuteOfDay / 60, minuteOfDay % 60);
    return buf;
}

LocalDateTime toLocal(Instant t)
{
    const Instant local = t + kVietnamOffsetSeconds;
    std::int64_t days = local / kSecondsPerDay;
    std::int64_t rem = local % kSecondsPerDay;
    if (rem < 0) {
        rem += kSecondsPerDay;
        --days;
    }
    return LocalDateTime{Date::fromDays(days), static_cast<int>(rem / 60), static_cast<int>(rem % 60)};
}

Instant fromLocal(const Date& d, int minuteOfDay, int second)
{
    return d.toDays() * kSecondsPerDay + minuteOfDay * kSecondsPerMinute + second - kVietnamOffsetSeconds;
}

std::optional<Instant> parseLocalDateTime(std::string_view t)
{
    if (t.size() != 16 && t.size() != 19) return std::nullopt;
    if (t[10] != ' ' && t[10] != 'T') return std::nullopt;
    const auto date = parseDate(t.substr(0, 10));
    if (!date) return std::nullopt;
    const auto clock = parseClock(t.substr(11, 5));
    if (!clock || *clock >= 24 * 60) return std::nullopt;
    int sec = 0;
    if (t.size() == 19) {
        if (t[16] != ':' || !parseFixedInt(t.substr(17, 2), sec) || sec > 59) return std::nullopt;
    }
    return fromLocal(*date, *clock, sec);
}

std::string formatLocal(Instant t)
{
    const auto l = toLocal(t);
    return l.date.iso() + " " + formatClock(l.minuteOfDay);
}

std::string formatLocalTime(Instant t) { return formatClock(toLocal(t).minuteOfDay); }

}  // namespace motcua::domain
