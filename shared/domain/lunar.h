// The Vietnamese lunisolar calendar (âm lịch), computed astronomically for the UTC+7 meridian, and
// the lunar public holidays it lets us suggest (Tết Nguyên đán, Giỗ Tổ Hùng Vương).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "domain/date.h"

namespace motcua::domain {

/// A day of the lunar calendar. `year` is the lunar year that starts at its Tết (the Gregorian
/// year in which that Tết falls), so 29 tháng Chạp Ất Tỵ is {29, 12, 2025}, though 2026-02-16.
struct LunarDate {
    int day = 1;    ///< 1..30
    int month = 1;  ///< 1..12 (11 = tháng Một, 12 = tháng Chạp)
    int year = 2000;
    bool leap = false;  ///< a leap month (tháng nhuận): repeats the number of the month before

    friend bool operator==(const LunarDate&, const LunarDate&) = default;
};

/// The Gregorian years the lunar functions accept (lunar years: one less at the start, since
/// January 1800 still belongs to lunar 1799). The calendar is computed for this range when first
/// used; outside it the functions throw motcua::Error(InvalidInput).
inline constexpr int kLunarFirstSolarYear = 1800;
inline constexpr int kLunarLastSolarYear = 2299;

/// The lunar date of a Gregorian date. Throws motcua::Error(InvalidInput) outside the range above.
/// The whole range is computed for UTC+7, today's rule; before North Vietnam adopted it (August
/// 1967; the South in 1975) the calendar in use followed UTC+8, so a few old dates differ.
[[nodiscard]] LunarDate solarToLunar(const Date& d);

/// The Gregorian date of a lunar date; nullopt if that lunar date does not exist (day 30 of a
/// 29-day month, a leap month the year does not have, month 13 …). Throws motcua::Error
/// (InvalidInput) for a lunar year outside the computed range.
[[nodiscard]] std::optional<Date> lunarToSolar(const LunarDate& l);

/// 29 or 30; 0 if the year has no such month (including out of range).
[[nodiscard]] int lunarMonthLength(int lunarYear, int month, bool leap);

/// The leap month of a lunar year (1..12), or 0 if the year has none.
[[nodiscard]] int lunarLeapMonth(int lunarYear);

/// The sexagenary (can chi) name of a lunar year in Vietnamese, UTF-8 NFC: 2026 -> "Bính Ngọ".
[[nodiscard]] std::string canChiYear(int lunarYear);

/// A holiday the lunar calendar suggests; a supervisor confirms it, since the government fixes
/// the exact days off each year.
struct HolidaySuggestion {
    Date date;
    std::string name;
    std::string reason;  ///< why this day, in Vietnamese, for the supervisor
};

/// The lunar holidays of a Gregorian year, by date: the five Tết days of the usual government
/// pattern (the last day of the old lunar year and mùng 1–4; Bộ luật Lao động 2019 Điều 112),
/// Giỗ Tổ Hùng Vương (10/3 âm lịch) and, when that falls on Saturday or Sunday, the following
/// Monday as its compensatory day off (Điều 111 khoản 3). Throws motcua::Error(InvalidInput)
/// outside the computed range.
[[nodiscard]] std::vector<HolidaySuggestion> suggestLunarHolidays(int solarYear);

}  // namespace motcua::domain
