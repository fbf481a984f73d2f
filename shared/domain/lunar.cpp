// The Vietnamese lunar calendar from astronomical first principles: mean new moons with periodic
// corrections (after Meeus, Astronomical Algorithms ch. 49), the Sun's apparent longitude (ch. 25),
// the winter-solstice month as tháng 11, and the no-major-solar-term rule for leap months.
#include "domain/lunar.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdint>
#include <numbers>
#include <optional>
#include <string>
#include <tuple>
#include <vector>

#include "domain/error.h"

namespace motcua::domain {

namespace {

// Julian Day of 1970-01-01 00:00 UT, the epoch of Date::toDays().
constexpr double kJdUnixEpoch = 2440587.5;
// Vietnam's calendar day starts at local midnight, UTC+7: this is what separates it from China's.
constexpr double kZoneDays = 7.0 / 24.0;
constexpr double kSynodicMonth = 29.530588861;
// The first new moon of 2000 (Meeus' lunation k = 0), as a Julian Ephemeris Day.
constexpr double kNewMoonEpoch = 2451550.09766;
constexpr double kJ2000 = 2451545.0;

double sinDeg(double degrees) { return std::sin(degrees * std::numbers::pi / 180.0); }

double normalizeDegrees(double degrees)
{
    const double r = std::fmod(degrees, 360.0);
    return r < 0 ? r + 360.0 : r;
}

/// ΔT = TT − UT in seconds for a decimal year: the Espenak–Meeus polynomial fits. The orbital
/// formulas run on dynamical time but the calendar day is civil (UT-based); ΔT is about a minute
/// today, which only matters for new moons and solar terms close to local midnight.
double deltaTSeconds(double y)
{
    if (y < 1800) {
        const double u = (y - 1820) / 100;
        return -20 + 32 * u * u;
    }
    if (y < 1860) {
        const double t = y - 1800;
        return 13.72 - 0.332447 * t + 0.0068612 * t * t + 0.0041116 * t * t * t -
               0.00037436 * std::pow(t, 4) + 0.0000121272 * std::pow(t, 5) -
               0.0000001699 * std::pow(t, 6) + 0.000000000875 * std::pow(t, 7);
    }
    if (y < 1900) {
        const double t = y - 1860;
        return 7.62 + 0.5737 * t - 0.251754 * t * t + 0.01680668 * t * t * t -
               0.0004473624 * std::pow(t, 4) + std::pow(t, 5) / 233174;
    }
    if (y < 1920) {
        const double t = y - 1900;
        return -2.79 + 1.494119 * t - 0.0598939 * t * t + 0.0061966 * t * t * t -
               0.000197 * std::pow(t, 4);
    }
    if (y < 1941) {
        const double t = y - 1920;
        return 21.20 + 0.84493 * t - 0.076100 * t * t + 0.0020936 * t * t * t;
    }
    if (y < 1961) {
        const double t = y - 1950;
        return 29.07 + 0.407 * t - t * t / 233 + t * t * t / 2547;
    }
    if (y < 1986) {
        const double t = y - 1975;
        return 45.45 + 1.067 * t - t * t / 260 - t * t * t / 718;
    }
    if (y < 2005) {
        const double t = y - 2000;
        return 63.86 + 0.3345 * t - 0.060374 * t * t + 0.0017275 * t * t * t +
               0.000651814 * std::pow(t, 4) + 0.00002373599 * std::pow(t, 5);
    }
    if (y < 2050) {
        const double t = y - 2000;
        return 62.92 + 0.32217 * t + 0.005589 * t * t;
    }
    const double u = (y - 1820) / 100;
    if (y < 2150) return -20 + 32 * u * u - 0.5628 * (2150 - y);
    return -20 + 32 * u * u;
}

double deltaTDays(double jd)
{
    const double year = 2000.0 + (jd - kJ2000) / 365.25;
    return deltaTSeconds(year) / 86400.0;
}

/// The moment (Julian Day, UT) of new moon number k, k = 0 being the one of 2000-01-06.
double newMoonJdUt(std::int64_t k)
{
    const double kk = static_cast<double>(k);
    const double t = kk / 1236.85;  // Julian centuries from J2000
    const double t2 = t * t;
    const double t3 = t2 * t;
    const double t4 = t3 * t;
    double jde = kNewMoonEpoch + kSynodicMonth * kk + 0.00015437 * t2 - 0.000000150 * t3 +
                 0.00000000073 * t4;
    // Eccentricity of the Earth's orbit, weighting the terms that involve the Sun's anomaly.
    const double e = 1 - 0.002516 * t - 0.0000074 * t2;
    const double m = 2.5534 + 29.10535670 * kk - 0.0000014 * t2 - 0.00000011 * t3;
    const double mp = 201.5643 + 385.81693528 * kk + 0.0107582 * t2 + 0.00001238 * t3 -
                      0.000000058 * t4;
    const double f = 160.7108 + 390.67050284 * kk - 0.0016118 * t2 - 0.00000227 * t3 +
                     0.000000011 * t4;
    const double omega = 124.7746 - 1.56375588 * kk + 0.0020672 * t2 + 0.00000215 * t3;

    // The Moon's inequalities, largest first: the mean lunation can be off by over half a day.
    jde += -0.40720 * sinDeg(mp) + 0.17241 * e * sinDeg(m) + 0.01608 * sinDeg(2 * mp) +
           0.01039 * sinDeg(2 * f) + 0.00739 * e * sinDeg(mp - m) - 0.00514 * e * sinDeg(mp + m) +
           0.00208 * e * e * sinDeg(2 * m) - 0.00111 * sinDeg(mp - 2 * f) -
           0.00057 * sinDeg(mp + 2 * f) + 0.00056 * e * sinDeg(2 * mp + m) -
           0.00042 * sinDeg(3 * mp) + 0.00042 * e * sinDeg(m + 2 * f) +
           0.00038 * e * sinDeg(m - 2 * f) - 0.00024 * e * sinDeg(2 * mp - m) -
           0.00017 * sinDeg(omega) - 0.00007 * sinDeg(mp + 2 * m) +
           0.00004 * sinDeg(2 * mp - 2 * f) + 0.00004 * sinDeg(3 * m) +
           0.00003 * sinDeg(mp + m - 2 * f) + 0.00003 * sinDeg(2 * mp + 2 * f) -
           0.00003 * sinDeg(mp + m + 2 * f) + 0.00003 * sinDeg(mp - m + 2 * f) -
           0.00002 * sinDeg(mp - m - 2 * f) - 0.00002 * sinDeg(3 * mp + m) +
           0.00002 * sinDeg(4 * mp);

    // Planetary perturbations: each a few minutes at most, but a few minutes decide the day of
    // a new moon close to midnight.
    struct PlanetaryTerm {
        double coefficient;
        double base;
        double rate;
    };
    static constexpr std::array<PlanetaryTerm, 13> kTerms{{
        {0.000165, 251.88, 0.016321},
        {0.000164, 251.83, 26.651886},
        {0.000126, 349.42, 36.412478},
        {0.000110, 84.66, 18.206239},
        {0.000062, 141.74, 53.303771},
        {0.000060, 207.14, 2.453732},
        {0.000056, 154.84, 7.306860},
        {0.000047, 34.52, 27.261239},
        {0.000042, 207.19, 0.121824},
        {0.000040, 291.34, 1.844379},
        {0.000037, 161.72, 24.198154},
        {0.000035, 239.56, 25.513099},
        {0.000023, 331.55, 3.592518},
    }};
    jde += 0.000325 * sinDeg(299.77 + 0.107408 * kk - 0.009173 * t2);
    for (const auto& term : kTerms) jde += term.coefficient * sinDeg(term.base + term.rate * kk);

    return jde - deltaTDays(jde);
}

/// The local (UTC+7) calendar day, as days since 1970-01-01, holding a UT moment.
std::int64_t localDayOf(double jdUt)
{
    return static_cast<std::int64_t>(std::floor(jdUt + kZoneDays - kJdUnixEpoch));
}

std::int64_t newMoonDay(std::int64_t k) { return localDayOf(newMoonJdUt(k)); }

/// The Sun's apparent geometric longitude in degrees at a UT moment (accurate to about 0.01°,
/// a quarter of an hour of the Sun's motion).
double sunLongitude(double jdUt)
{
    const double t = (jdUt + deltaTDays(jdUt) - kJ2000) / 36525.0;
    const double l0 = 280.46646 + 36000.76983 * t + 0.0003032 * t * t;
    const double m = 357.52911 + 35999.05029 * t - 0.0001537 * t * t;
    const double center = (1.914602 - 0.004817 * t - 0.000014 * t * t) * sinDeg(m) +
                          (0.019993 - 0.000101 * t) * sinDeg(2 * m) + 0.000289 * sinDeg(3 * m);
    const double omega = 125.04 - 1934.136 * t;
    // Nutation in longitude and aberration: the calendar follows the apparent Sun.
    return normalizeDegrees(l0 + center - 0.00569 - 0.00478 * sinDeg(omega));
}

/// The Sun's longitude at the local midnight that starts a calendar day.
double sunLongitudeAtDayStart(std::int64_t day)
{
    return sunLongitude(kJdUnixEpoch + static_cast<double>(day) - kZoneDays);
}

/// Which 30° sector the Sun is in at the start of a day; a major solar term (trung khí) is the
/// Sun entering a new sector, so a month has none when its first day and the next month's first
/// day share a sector.
int solarSector(std::int64_t day)
{
    return static_cast<int>(sunLongitudeAtDayStart(day) / 30.0) % 12;
}

/// The lunation number whose new moon begins tháng 11 of a Gregorian year: the month that holds
/// the winter solstice (the Sun reaching 270°).
std::int64_t month11Lunation(int year)
{
    const std::int64_t dec31 = Date{year, 12, 31}.toDays();
    auto k = static_cast<std::int64_t>(
        std::floor((kJdUnixEpoch + static_cast<double>(dec31) - kNewMoonEpoch) / kSynodicMonth));
    while (newMoonDay(k + 1) <= dec31) ++k;
    while (newMoonDay(k) > dec31) --k;
    // The last new moon of the year starts tháng 11 unless the solstice came before its first day
    // (the Sun is already past 270° at that midnight; it is below 270° only until mid-March).
    const double longitude = sunLongitudeAtDayStart(newMoonDay(k));
    if (longitude >= 270.0) --k;
    return k;
}

struct LunarMonth {
    std::int64_t firstDay = 0;  ///< days since 1970-01-01
    int year = 0;
    int month = 0;
    bool leap = false;
};

/// Every lunar month from tháng 11 of lunar 1798 to that of 2299, in order, plus an end marker
/// (month 0) whose first day ends the last real month.
std::vector<LunarMonth> buildMonths()
{
    std::vector<LunarMonth> months;
    const int firstSui = kLunarFirstSolarYear - 2;
    std::int64_t start = month11Lunation(firstSui);
    for (int year = firstSui; year <= kLunarLastSolarYear; ++year) {
        // One "suì": from tháng 11 of this Gregorian year to tháng 11 of the next.
        const std::int64_t end = month11Lunation(year + 1);
        const std::int64_t count = end - start;
        std::int64_t leapIndex = -1;
        if (count == 13) {
            // Thirteen months for twelve major solar terms: the first month without one is the
            // leap month. Tháng 11 itself holds the solstice, so the search starts after it.
            for (std::int64_t i = 1; i < count; ++i) {
                if (solarSector(newMoonDay(start + i)) == solarSector(newMoonDay(start + i + 1))) {
                    leapIndex = i;
                    break;
                }
            }
        }
        int month = 11;
        int lunarYear = year;
        for (std::int64_t i = 0; i < count; ++i) {
            if (i == leapIndex) {
                months.push_back({newMoonDay(start + i), lunarYear, month, true});
                continue;
            }
            if (i > 0 && ++month == 13) {
                month = 1;
                lunarYear = year + 1;
            }
            months.push_back({newMoonDay(start + i), lunarYear, month, false});
        }
        start = end;
    }
    months.push_back({newMoonDay(start), 0, 0, false});
    return months;
}

const std::vector<LunarMonth>& allMonths()
{
    // Computed once (about 6,000 lunations; well under a millisecond or two), thread-safe by the
    // rules for function-local statics.
    static const std::vector<LunarMonth> kMonths = buildMonths();
    return kMonths;
}

[[noreturn]] void throwOutOfRange(const std::string& what, int first)
{
    throw Error(ErrorCode::InvalidInput, what + " nằm ngoài khoảng lịch âm tính được (" +
                                             std::to_string(first) + "–" +
                                             std::to_string(kLunarLastSolarYear) + ")");
}

void requireSolarYear(int year, const std::string& what)
{
    if (year < kLunarFirstSolarYear || year > kLunarLastSolarYear)
        throwOutOfRange(what, kLunarFirstSolarYear);
}

void requireLunarYear(int lunarYear)
{
    if (lunarYear < kLunarFirstSolarYear - 1 || lunarYear > kLunarLastSolarYear)
        throwOutOfRange("Năm âm lịch " + std::to_string(lunarYear), kLunarFirstSolarYear - 1);
}

/// The index in allMonths() of a lunar month, or nullopt if the year has no such month.
std::optional<std::size_t> findMonth(int lunarYear, int month, bool leap)
{
    const auto& months = allMonths();
    // Months are in calendar order, so (year, month-with-leap-after) orders them too.
    const auto key = [](const LunarMonth& m) { return std::tuple(m.year, m.month, m.leap); };
    const auto wanted = std::tuple(lunarYear, month, leap);
    const auto end = months.end() - 1;  // not the end marker
    const auto it = std::lower_bound(
        months.begin(), end, wanted, [&](const LunarMonth& m, const auto& k) { return key(m) < k; });
    if (it == end || key(*it) != wanted) return std::nullopt;
    return static_cast<std::size_t>(it - months.begin());
}

int monthLengthAt(std::size_t index)
{
    const auto& months = allMonths();
    return static_cast<int>(months[index + 1].firstDay - months[index].firstDay);
}

std::string lunarDayLabel(int day)
{
    // "Mùng" names the first ten days of a month; Tết only ever needs 1–4.
    return "mùng " + std::to_string(day);
}

}  // namespace

LunarDate solarToLunar(const Date& d)
{
    requireSolarYear(d.year, "Ngày " + d.iso());
    const auto& months = allMonths();
    const std::int64_t day = d.toDays();
    // The last month that starts on or before the day.
    const auto it = std::upper_bound(
        months.begin(), months.end(), day,
        [](std::int64_t v, const LunarMonth& m) { return v < m.firstDay; });
    const LunarMonth& m = *(it - 1);
    return LunarDate{static_cast<int>(day - m.firstDay) + 1, m.month, m.year, m.leap};
}

std::optional<Date> lunarToSolar(const LunarDate& l)
{
    requireLunarYear(l.year);
    if (l.month < 1 || l.month > 12 || l.day < 1 || l.day > 30) return std::nullopt;
    const auto index = findMonth(l.year, l.month, l.leap);
    if (!index || l.day > monthLengthAt(*index)) return std::nullopt;
    return Date::fromDays(allMonths()[*index].firstDay + l.day - 1);
}

int lunarMonthLength(int lunarYear, int month, bool leap)
{
    if (lunarYear < kLunarFirstSolarYear - 1 || lunarYear > kLunarLastSolarYear) return 0;
    if (month < 1 || month > 12) return 0;
    const auto index = findMonth(lunarYear, month, leap);
    return index ? monthLengthAt(*index) : 0;
}

int lunarLeapMonth(int lunarYear)
{
    requireLunarYear(lunarYear);
    for (int month = 1; month <= 12; ++month)
        if (findMonth(lunarYear, month, true)) return month;
    return 0;
}

std::string canChiYear(int lunarYear)
{
    // Heavenly stems and earthly branches; year 4 (and so 1984, 2044) was Giáp Tý.
    static constexpr std::array<const char*, 10> kCan = {
        "Giáp", "Ất", "Bính", "Đinh", "Mậu", "Kỷ", "Canh", "Tân", "Nhâm", "Quý"};
    static constexpr std::array<const char*, 12> kChi = {
        "Tý", "Sửu", "Dần", "Mão", "Thìn", "Tỵ", "Ngọ", "Mùi", "Thân", "Dậu", "Tuất", "Hợi"};
    const int can = ((lunarYear - 4) % 10 + 10) % 10;
    const int chi = ((lunarYear - 4) % 12 + 12) % 12;
    return std::string(kCan[static_cast<std::size_t>(can)]) + " " +
           kChi[static_cast<std::size_t>(chi)];
}

std::vector<HolidaySuggestion> suggestLunarHolidays(int solarYear)
{
    requireSolarYear(solarYear, "Năm " + std::to_string(solarYear));
    std::vector<HolidaySuggestion> out;
    const std::string canChi = canChiYear(solarYear);
    const std::string tetName = "Tết Nguyên đán " + canChi;
    const std::string tetReason =
        "Gợi ý theo lịch âm (tính cho múi giờ UTC+7): Tết Nguyên đán được nghỉ 5 ngày (Bộ luật "
        "Lao động 2019 Điều 112), thường là ngày cuối năm âm lịch và mùng 1 đến mùng 4. Chính phủ "
        "quyết định ngày nghỉ cụ thể hằng năm (có thể kèm nghỉ bù, đổi ngày làm việc): cần đối "
        "chiếu văn bản chính thức trước khi xác nhận.";

    // Tết of a Gregorian year is always in that year (late January to mid-February).
    const std::optional<Date> tet = lunarToSolar(LunarDate{1, 1, solarYear, false});
    if (tet) {
        const Date lastDay = tet->addDays(-1);
        const LunarDate last = solarToLunar(lastDay);
        out.push_back({lastDay,
                       tetName + " (" + std::to_string(last.day) + " tháng Chạp" +
                           (last.leap ? " nhuận" : "") + ")",
                       tetReason});
        for (int day = 1; day <= 4; ++day)
            out.push_back({tet->addDays(day - 1), tetName + " (" + lunarDayLabel(day) + ")",
                           tetReason});
    }

    // In a year with a leap third month, the anniversary stays in the regular (first) one.
    const std::optional<Date> gioTo = lunarToSolar(LunarDate{10, 3, solarYear, false});
    if (gioTo) {
        out.push_back({*gioTo, "Giỗ Tổ Hùng Vương (10/3 âm lịch)",
                       "Gợi ý theo lịch âm (tính cho múi giờ UTC+7): Giỗ Tổ Hùng Vương ngày 10 "
                       "tháng 3 âm lịch là ngày nghỉ lễ (Bộ luật Lao động 2019 Điều 112). Chính "
                       "phủ công bố lịch nghỉ hằng năm: cần đối chiếu trước khi xác nhận."});
        if (gioTo->isoWeekday() >= 6) {
            // The next working day; 30/4 and 1/5 are holidays themselves, so skip past them.
            Date next = gioTo->addDays(1);
            while (next.isoWeekday() >= 6 || (next.month == 4 && next.day == 30) ||
                   (next.month == 5 && next.day == 1))
                next = next.addDays(1);
            const char* weekday = gioTo->isoWeekday() == 6 ? "thứ Bảy" : "Chủ nhật";
            out.push_back({next, "Nghỉ bù Giỗ Tổ Hùng Vương",
                           std::string("Gợi ý: Giỗ Tổ Hùng Vương năm nay (") + gioTo->vn() +
                               ") rơi vào " + weekday +
                               ", ngày nghỉ hằng tuần, nên người lao động được nghỉ bù vào ngày "
                               "làm việc kế tiếp (Bộ luật Lao động 2019 Điều 111 khoản 3). "
                               "Chính phủ công bố lịch nghỉ hằng năm: cần đối chiếu trước khi "
                               "xác nhận."});
        }
    }
    std::sort(out.begin(), out.end(), [](const HolidaySuggestion& a, const HolidaySuggestion& b) {
        return a.date < b.date;
    });
    return out;
}

}  // namespace motcua::domain
