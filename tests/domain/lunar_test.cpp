// Tests of the Vietnamese lunar calendar against published dates (Tết, Giỗ Tổ, leap months, the
// years where Vietnam's UTC+7 calendar parts from China's) and against its own consistency.
#include <catch2/catch.hpp>

#include <string>

#include "domain/error.h"
#include "domain/lunar.h"

using motcua::domain::canChiYear;
using motcua::domain::Date;
using motcua::domain::LunarDate;
using motcua::domain::lunarLeapMonth;
using motcua::domain::lunarMonthLength;
using motcua::domain::lunarToSolar;
using motcua::domain::solarToLunar;
using motcua::domain::suggestLunarHolidays;

namespace Catch {
template <>
struct StringMaker<LunarDate> {
    static std::string convert(const LunarDate& l)
    {
        return std::to_string(l.day) + "/" + std::to_string(l.month) + (l.leap ? " nhuận" : "") +
               "/" + std::to_string(l.year);
    }
};
}  // namespace Catch

namespace {

Date ymd(int y, int m, int d) { return Date{y, m, d}; }

}  // namespace

TEST_CASE("lunar: Tet (mung 1 thang Gieng) falls on the published Vietnamese dates", "[lunar]")
{
    struct Case {
        int year;
        Date tet;
    };
    const Case cases[] = {
        {2020, ymd(2020, 1, 25)}, {2021, ymd(2021, 2, 12)}, {2022, ymd(2022, 2, 1)},
        {2023, ymd(2023, 1, 22)}, {2024, ymd(2024, 2, 10)}, {2025, ymd(2025, 1, 29)},
        {2026, ymd(2026, 2, 17)}, {2027, ymd(2027, 2, 6)},
        // North Vietnam's first Tết on the UTC+7 calendar (the South kept UTC+8: 30/1).
        {1968, ymd(1968, 1, 29)},
    };
    for (const auto& c : cases) {
        INFO("lunar year " << c.year);
        const auto solar = lunarToSolar(LunarDate{1, 1, c.year, false});
        REQUIRE(solar.has_value());
        REQUIRE(*solar == c.tet);
        REQUIRE(solarToLunar(c.tet) == LunarDate{1, 1, c.year, false});
        REQUIRE(solarToLunar(c.tet.addDays(-1)).month == 12);
        REQUIRE(solarToLunar(c.tet.addDays(-1)).year == c.year - 1);
    }
}

TEST_CASE("lunar: UTC+7 gives Vietnam's Tet where China's (UTC+8) differs", "[lunar]")
{
    SECTION("1985: Vietnam a month earlier, then a leap 2nd month")
    {
        REQUIRE(lunarToSolar(LunarDate{1, 1, 1985, false}) == ymd(1985, 1, 21));
        // China's Tết, 1985-02-20, is mùng 1 tháng 2 in Vietnam.
        REQUIRE(solarToLunar(ymd(1985, 2, 20)) == LunarDate{1, 2, 1985, false});
        REQUIRE(lunarLeapMonth(1984) == 0);
        REQUIRE(lunarLeapMonth(1985) == 2);
    }
    SECTION("2007: the new moon came at 23:14 in Hanoi, 00:14 in Beijing")
    {
        REQUIRE(lunarToSolar(LunarDate{1, 1, 2007, false}) == ymd(2007, 2, 17));
        REQUIRE(solarToLunar(ymd(2007, 2, 18)) == LunarDate{2, 1, 2007, false});
    }
    SECTION("2030")
    {
        REQUIRE(lunarToSolar(LunarDate{1, 1, 2030, false}) == ymd(2030, 2, 2));
        REQUIRE(solarToLunar(ymd(2030, 2, 3)) == LunarDate{2, 1, 2030, false});
    }
}

TEST_CASE("lunar: Gio To Hung Vuong (10/3 am lich)", "[lunar]")
{
    REQUIRE(lunarToSolar(LunarDate{10, 3, 2024, false}) == ymd(2024, 4, 18));
    REQUIRE(lunarToSolar(LunarDate{10, 3, 2025, false}) == ymd(2025, 4, 7));
    REQUIRE(lunarToSolar(LunarDate{10, 3, 2026, false}) == ymd(2026, 4, 26));
    REQUIRE(lunarToSolar(LunarDate{10, 3, 2027, false}) == ymd(2027, 4, 16));
}

TEST_CASE("lunar: days of the official Tet notices match", "[lunar]")
{
    // The government's notices name the lunar days of the holiday period they announce.
    REQUIRE(solarToLunar(ymd(2020, 1, 23)) == LunarDate{29, 12, 2019, false});  // 29 Chạp Kỷ Hợi
    REQUIRE(solarToLunar(ymd(2024, 2, 8)) == LunarDate{29, 12, 2023, false});   // 29 Chạp Quý Mão
    REQUIRE(solarToLunar(ymd(2024, 2, 14)) == LunarDate{5, 1, 2024, false});    // mùng 5 Giáp Thìn
    REQUIRE(solarToLunar(ymd(2025, 1, 25)) == LunarDate{26, 12, 2024, false});  // 26 Chạp Giáp Thìn
    REQUIRE(solarToLunar(ymd(2025, 2, 2)) == LunarDate{5, 1, 2025, false});     // mùng 5 Ất Tỵ
    REQUIRE(solarToLunar(ymd(2026, 2, 14)) == LunarDate{27, 12, 2025, false});  // 27 Chạp Ất Tỵ
    REQUIRE(solarToLunar(ymd(2026, 2, 22)) == LunarDate{6, 1, 2026, false});    // mùng 6 Bính Ngọ
    // The new moon of 25 June 2006 came at 23:05 in Hanoi: a new month that day in Vietnam only.
    REQUIRE(solarToLunar(ymd(2006, 6, 25)) == LunarDate{1, 6, 2006, false});
}

TEST_CASE("lunar: leap months", "[lunar]")
{
    SECTION("2023 had a leap 2nd month from 2023-03-22")
    {
        REQUIRE(solarToLunar(ymd(2023, 3, 22)) == LunarDate{1, 2, 2023, true});
        REQUIRE(solarToLunar(ymd(2023, 3, 21)) == LunarDate{30, 2, 2023, false});
        REQUIRE(lunarToSolar(LunarDate{1, 2, 2023, true}) == ymd(2023, 3, 22));
        REQUIRE(lunarLeapMonth(2023) == 2);
        // The leap month comes after the regular month of the same number.
        REQUIRE(*lunarToSolar(LunarDate{1, 2, 2023, false}) < ymd(2023, 3, 22));
        REQUIRE(solarToLunar(ymd(2023, 4, 20)) == LunarDate{1, 3, 2023, false});
    }
    SECTION("2025 had a leap 6th month from 2025-07-25")
    {
        REQUIRE(solarToLunar(ymd(2025, 7, 25)) == LunarDate{1, 6, 2025, true});
        REQUIRE(lunarToSolar(LunarDate{1, 6, 2025, true}) == ymd(2025, 7, 25));
        REQUIRE(lunarLeapMonth(2025) == 6);
    }
    SECTION("2033 puts its leap month after tháng 11")
    {
        REQUIRE(lunarLeapMonth(2033) == 11);
    }
    SECTION("years without a leap month")
    {
        for (int year : {2021, 2022, 2024, 2026, 2027}) {
            INFO(year);
            REQUIRE(lunarLeapMonth(year) == 0);
        }
    }
}

TEST_CASE("lunar: solar -> lunar -> solar round trip, every day 1990..2060", "[lunar]")
{
    const std::int64_t first = ymd(1990, 1, 1).toDays();
    const std::int64_t last = ymd(2060, 12, 31).toDays();
    LunarDate previous = solarToLunar(Date::fromDays(first - 1));
    int leapMonthsSeen = 0;
    for (std::int64_t n = first; n <= last; ++n) {
        const Date d = Date::fromDays(n);
        const LunarDate l = solarToLunar(d);
        const auto back = lunarToSolar(l);
        if (!back || *back != d) FAIL("round trip failed at " << d.iso());
        // Day by day, the lunar date either moves on one day or starts a new 29- or 30-day month.
        if (l.day == 1) {
            const int length = lunarMonthLength(previous.year, previous.month, previous.leap);
            if (previous.day != length || (length != 29 && length != 30))
                FAIL("month before " << d.iso() << " ended on day " << previous.day);
            if (l.leap) {
                ++leapMonthsSeen;
                if (l.month != previous.month || l.year != previous.year)
                    FAIL("leap month at " << d.iso() << " does not repeat the month before");
            }
        } else if (l.day != previous.day + 1 || l.month != previous.month ||
                   l.year != previous.year || l.leap != previous.leap) {
            FAIL("lunar date does not advance by one day at " << d.iso());
        }
        previous = l;
    }
    // 71 years hold 26 leap months (7 in every 19 years, give or take one).
    REQUIRE(leapMonthsSeen >= 25);
    REQUIRE(leapMonthsSeen <= 27);
}

TEST_CASE("lunar: a lunar year has 12 or 13 months of 29 or 30 days", "[lunar]")
{
    for (int year = 1800; year < 2299; ++year) {
        INFO(year);
        int days = 0;
        const int leap = lunarLeapMonth(year);
        for (int month = 1; month <= 12; ++month) {
            const int length = lunarMonthLength(year, month, false);
            REQUIRE((length == 29 || length == 30));
            days += length;
            if (month == leap) days += lunarMonthLength(year, month, true);
            else REQUIRE(lunarMonthLength(year, month, true) == 0);
        }
        const auto tet = lunarToSolar(LunarDate{1, 1, year, false});
        const auto nextTet = lunarToSolar(LunarDate{1, 1, year + 1, false});
        REQUIRE(tet.has_value());
        REQUIRE(nextTet.has_value());
        REQUIRE(nextTet->toDays() - tet->toDays() == days);
        REQUIRE((leap == 0 ? (days >= 353 && days <= 355) : (days >= 383 && days <= 385)));
        // Tết always falls between 21 January and 20 February.
        REQUIRE(*tet >= ymd(year, 1, 21));
        REQUIRE(*tet <= ymd(year, 2, 20));
    }
}

TEST_CASE("lunar: impossible lunar dates give nullopt", "[lunar]")
{
    // Tháng 2 of Bính Ngọ (2026) has 29 days; tháng Giêng has 30.
    REQUIRE(lunarMonthLength(2026, 2, false) == 29);
    REQUIRE(lunarMonthLength(2026, 1, false) == 30);
    REQUIRE_FALSE(lunarToSolar(LunarDate{30, 2, 2026, false}).has_value());
    REQUIRE(lunarToSolar(LunarDate{29, 2, 2026, false}).has_value());
    REQUIRE(lunarToSolar(LunarDate{30, 1, 2026, false}).has_value());
    // A leap month the year does not have.
    REQUIRE_FALSE(lunarToSolar(LunarDate{1, 3, 2026, true}).has_value());
    REQUIRE_FALSE(lunarToSolar(LunarDate{1, 6, 2023, true}).has_value());
    REQUIRE(lunarMonthLength(2026, 3, true) == 0);
    // Out-of-range fields.
    REQUIRE_FALSE(lunarToSolar(LunarDate{0, 1, 2026, false}).has_value());
    REQUIRE_FALSE(lunarToSolar(LunarDate{31, 1, 2026, false}).has_value());
    REQUIRE_FALSE(lunarToSolar(LunarDate{-5, 1, 2026, false}).has_value());
    REQUIRE_FALSE(lunarToSolar(LunarDate{1, 0, 2026, false}).has_value());
    REQUIRE_FALSE(lunarToSolar(LunarDate{1, 13, 2026, false}).has_value());
    REQUIRE(lunarMonthLength(2026, 13, false) == 0);
    REQUIRE(lunarMonthLength(2026, 0, false) == 0);
    REQUIRE(lunarMonthLength(99999, 1, false) == 0);
}

TEST_CASE("lunar: years outside the computed range are refused", "[lunar]")
{
    using motcua::ErrorCode;
    REQUIRE_THROWS_AS(solarToLunar(ymd(1799, 12, 31)), motcua::Error);
    REQUIRE_THROWS_AS(solarToLunar(ymd(2300, 1, 1)), motcua::Error);
    REQUIRE_THROWS_AS(lunarToSolar(LunarDate{1, 1, 2500, false}), motcua::Error);
    REQUIRE_THROWS_AS(suggestLunarHolidays(1000), motcua::Error);
    try {
        (void)solarToLunar(ymd(1700, 1, 1));
        FAIL("no exception");
    } catch (const motcua::Error& e) {
        REQUIRE(e.code() == ErrorCode::InvalidInput);
    }
    // The edges of the range work.
    REQUIRE(solarToLunar(ymd(1800, 1, 1)).year == 1799);
    REQUIRE(solarToLunar(ymd(2299, 12, 31)).year == 2299);
    REQUIRE(lunarToSolar(LunarDate{1, 1, 1800, false}).has_value());
    REQUIRE(lunarToSolar(LunarDate{1, 12, 2299, false}).has_value());
}

TEST_CASE("lunar: can chi year names", "[lunar]")
{
    REQUIRE(canChiYear(2024) == "Giáp Thìn");
    REQUIRE(canChiYear(2025) == "Ất Tỵ");
    REQUIRE(canChiYear(2026) == "Bính Ngọ");
    REQUIRE(canChiYear(2027) == "Đinh Mùi");
    REQUIRE(canChiYear(2023) == "Quý Mão");
    REQUIRE(canChiYear(1984) == "Giáp Tý");
    REQUIRE(canChiYear(1900) == "Canh Tý");
    REQUIRE(canChiYear(2033) == "Quý Sửu");
    REQUIRE(canChiYear(2029) == "Kỷ Dậu");
    // Precomposed (NFC): "Ất" is U+1EA4, three bytes, not A + combining marks.
    REQUIRE(canChiYear(2025).substr(0, 3) == "\xE1\xBA\xA4");
    // The cycle repeats every 60 years, also before year 1.
    REQUIRE(canChiYear(-56) == canChiYear(4));
}

TEST_CASE("lunar: holiday suggestions for 2026", "[lunar][holiday]")
{
    const auto s = suggestLunarHolidays(2026);
    REQUIRE(s.size() == 7);
    const Date expected[] = {ymd(2026, 2, 16), ymd(2026, 2, 17), ymd(2026, 2, 18), ymd(2026, 2, 19),
                             ymd(2026, 2, 20), ymd(2026, 4, 26), ymd(2026, 4, 27)};
    for (std::size_t i = 0; i < s.size(); ++i) {
        INFO(i);
        REQUIRE(s[i].date == expected[i]);
        REQUIRE_FALSE(s[i].reason.empty());
    }
    REQUIRE(s[0].name == "Tết Nguyên đán Bính Ngọ (29 tháng Chạp)");
    REQUIRE(s[1].name == "Tết Nguyên đán Bính Ngọ (mùng 1)");
    REQUIRE(s[4].name == "Tết Nguyên đán Bính Ngọ (mùng 4)");
    REQUIRE(s[5].name == "Giỗ Tổ Hùng Vương (10/3 âm lịch)");
    REQUIRE(s[6].name == "Nghỉ bù Giỗ Tổ Hùng Vương");
    // The reasons say why and that these are suggestions the government fixes.
    REQUIRE(s[0].reason.find("Điều 112") != std::string::npos);
    REQUIRE(s[0].reason.find("Chính phủ") != std::string::npos);
    REQUIRE(s[6].reason.find("Điều 111 khoản 3") != std::string::npos);
    REQUIRE(s[6].reason.find("Chủ nhật") != std::string::npos);
}

TEST_CASE("lunar: holiday suggestions for other years", "[lunar][holiday]")
{
    SECTION("2024: the old year ends on 30 tháng Chạp; Giỗ Tổ on a Thursday")
    {
        const auto s = suggestLunarHolidays(2024);
        REQUIRE(s.size() == 6);
        REQUIRE(s[0].date == ymd(2024, 2, 9));
        REQUIRE(s[0].name == "Tết Nguyên đán Giáp Thìn (30 tháng Chạp)");
        REQUIRE(s[4].date == ymd(2024, 2, 13));
        REQUIRE(s[5].date == ymd(2024, 4, 18));
    }
    SECTION("2027: Giỗ Tổ on a Friday needs no compensatory day")
    {
        const auto s = suggestLunarHolidays(2027);
        REQUIRE(s.size() == 6);
        REQUIRE(s[0].date == ymd(2027, 2, 5));
        REQUIRE(s[0].name == "Tết Nguyên đán Đinh Mùi (29 tháng Chạp)");
        REQUIRE(s[5].date == ymd(2027, 4, 16));
    }
    SECTION("a Saturday Giỗ Tổ is compensated on the Monday")
    {
        int found = 0;
        for (int year = 2028; year <= 2100 && found < 3; ++year) {
            const auto gioTo = lunarToSolar(LunarDate{10, 3, year, false});
            REQUIRE(gioTo.has_value());
            if (gioTo->isoWeekday() != 6) continue;
            ++found;
            const auto s = suggestLunarHolidays(year);
            REQUIRE(s.back().name == "Nghỉ bù Giỗ Tổ Hùng Vương");
            REQUIRE(s.back().date.isoWeekday() == 1);
            REQUIRE(s.back().date.toDays() - gioTo->toDays() >= 2);
            REQUIRE(s.back().reason.find("thứ Bảy") != std::string::npos);
        }
        REQUIRE(found > 0);
    }
    SECTION("suggestions are in date order, every year of the range")
    {
        for (int year = 1800; year <= 2299; ++year) {
            const auto s = suggestLunarHolidays(year);
            REQUIRE(s.size() >= 6);
            for (std::size_t i = 1; i < s.size(); ++i) REQUIRE(s[i - 1].date < s[i].date);
        }
    }
}
