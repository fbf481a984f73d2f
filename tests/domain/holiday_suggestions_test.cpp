// A year's suggested days off (DOMAIN.md §8): fixed-date holidays, lunar ones, and a compensatory
// day for each holiday on a weekend (Bộ luật Lao động 2019 Điều 111 khoản 3).
#include "domain/holiday_suggestions.h"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace motcua::domain;

namespace {

bool suggests(const std::vector<HolidaySuggestion>& list, const char* iso)
{
    const auto d = parseDate(iso);
    REQUIRE(d.has_value());
    return std::any_of(list.begin(), list.end(), [&](const auto& s) { return s.date == *d; });
}

}  // namespace

TEST_CASE("fixed-date holidays are suggested with the lunar ones", "[holidays]")
{
    const auto y = suggestYearHolidays(2026);
    for (const char* d : {"2026-01-01", "2026-04-30", "2026-05-01", "2026-09-02", "2026-11-24",  // fixed
                          "2026-02-16", "2026-02-17", "2026-02-18", "2026-02-19", "2026-02-20",  // Tết Bính Ngọ
                          "2026-04-26"})                                                          // Giỗ Tổ (Sunday)
        REQUIRE(suggests(y, d));
    REQUIRE(std::is_sorted(y.begin(), y.end(), [](const auto& a, const auto& b) { return a.date < b.date; }));
    REQUIRE_FALSE(suggests(suggestYearHolidays(2025), "2025-11-24"));  // Ngày Văn hóa from 2026
}

TEST_CASE("a holiday on a weekend gives the next working day off", "[holidays]")
{
    // 2026: Giỗ Tổ on Sunday 26/4 → Monday 27/4 (the announced table, DOMAIN.md §8).
    REQUIRE(suggests(suggestYearHolidays(2026), "2026-04-27"));
    // 2027: 1/5 on Saturday → Monday 3/5, as announced.
    const auto y27 = suggestYearHolidays(2027);
    REQUIRE(suggests(y27, "2027-05-03"));
    // 2027: mùng 1 Tết is Saturday 6/2, mùng 2 Sunday 7/2: two compensatory days after mùng 4 (9/2).
    REQUIRE(suggests(y27, "2027-02-10"));
    REQUIRE(suggests(y27, "2027-02-11"));
    // 2028: 1/1 is a Saturday → Monday 3/1.
    REQUIRE(suggests(suggestYearHolidays(2028), "2028-01-03"));
    // No date twice, and every compensatory day is a weekday.
    for (const int year : {2026, 2027, 2028, 2029, 2030}) {
        const auto y = suggestYearHolidays(year);
        for (std::size_t i = 1; i < y.size(); ++i) REQUIRE(y[i - 1].date < y[i].date);
        for (const auto& s : y)
            if (s.name.rfind("Nghỉ bù", 0) == 0) REQUIRE(s.date.isoWeekday() <= 5);
    }
}

TEST_CASE("the unconfirmed-year warning names the years and what to do", "[holidays]")
{
    REQUIRE(unconfirmedYearsWarning({}).empty());
    const auto w = unconfirmedYearsWarning({2028});
    REQUIRE(w.find("2028") != std::string::npos);
    REQUIRE(w.find("xác nhận") != std::string::npos);
}
