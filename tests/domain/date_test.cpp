// Civil dates, weekdays and UTC+7 conversions.
#include "domain/date.h"

#include <catch2/catch.hpp>

using namespace motcua::domain;

TEST_CASE("days since epoch round-trip over four centuries", "[date]")
{
    for (std::int64_t d = -150000; d <= 150000; d += 7) REQUIRE(Date::fromDays(d).toDays() == d);
    REQUIRE(Date{1970, 1, 1}.toDays() == 0);
    REQUIRE(Date{2000, 3, 1}.toDays() == 11017);
    REQUIRE(Date::fromDays(20415) == Date{2025, 11, 23});
}

TEST_CASE("ISO weekdays of known dates", "[date]")
{
    REQUIRE(Date{2026, 11, 23}.isoWeekday() == 1);  // Monday
    REQUIRE(Date{2026, 11, 24}.isoWeekday() == 2);
    REQUIRE(Date{2026, 1, 10}.isoWeekday() == 6);   // Saturday (make-up working day)
    REQUIRE(Date{2026, 4, 26}.isoWeekday() == 7);   // Sunday (Giỗ Tổ)
    REQUIRE(Date{1970, 1, 1}.isoWeekday() == 4);
    REQUIRE(Date{1969, 12, 31}.isoWeekday() == 3);
}

TEST_CASE("dates parse strictly", "[date]")
{
    REQUIRE(parseDate("2026-02-28") == Date{2026, 2, 28});
    REQUIRE(parseDate("2024-02-29") == Date{2024, 2, 29});
    for (const char* bad : {"2026-02-29", "2026-02-30", "2026-13-01", "2026-00-10", "2026-1-01", "26-01-01", "2026/01/01",
                            "", "2026-01-01 ", " 2026-01-01", "2026-01-0a", "0000-01-01", "2100-02-29"})
        REQUIRE_FALSE(parseDate(bad).has_value());
}

TEST_CASE("local time is UTC+7 with no daylight saving", "[date]")
{
    const auto t = parseLocalDateTime("2026-11-23 10:15");
    REQUIRE(t.has_value());
    REQUIRE(*t == fromLocal({2026, 11, 23}, 10 * 60 + 15));
    REQUIRE(*t % 86400 == (3 * 3600 + 15 * 60));  // 03:15 UTC
    REQUIRE(formatLocal(*t) == "2026-11-23 10:15");
    REQUIRE(localDate(fromLocal({2026, 1, 1}, 0)) == Date{2026, 1, 1});
    REQUIRE(localDate(fromLocal({2026, 1, 1}, 0) - 1) == Date{2025, 12, 31});
    REQUIRE(parseLocalDateTime("2026-11-23T10:15:30").value() == *t + 30);
    for (const char* bad : {"2026-11-23", "2026-11-23 24:00", "2026-11-23 10:60", "2026-02-30 10:00", "2026-11-23 1015",
                            "2026-11-23 10:15:60", "garbage"})
        REQUIRE_FALSE(parseLocalDateTime(bad).has_value());
}

TEST_CASE("clock times", "[date]")
{
    REQUIRE(parseClock("07:30") == 450);
    REQUIRE(parseClock("24:00") == 1440);
    REQUIRE_FALSE(parseClock("24:01"));
    REQUIRE_FALSE(parseClock("7:30"));
    REQUIRE(formatClock(1020) == "17:00");
}
