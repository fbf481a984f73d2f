// Tests of the holiday table parser (good and bad input, arbitrary bytes) and of the shipped
// table assets/holidays/vn-holidays.csv, including its agreement with the lunar suggestions.
#include <catch2/catch.hpp>

#include <algorithm>
#include <fstream>
#include <random>
#include <sstream>
#include <string>
#include <string_view>

#include "domain/csv.h"
#include "domain/error.h"
#include "domain/holiday_table.h"
#include "domain/lunar.h"

using motcua::domain::csvField;
using motcua::domain::Date;
using motcua::domain::DayKind;
using motcua::domain::dayKindName;
using motcua::domain::HolidayRow;
using motcua::domain::parseDayKind;
using motcua::domain::parseHolidayTable;

namespace {

const std::string kHeader = "date,kind,name,source,verified\n";

Date ymd(int y, int m, int d) { return Date{y, m, d}; }

/// The message of the InvalidInput error parsing `text` throws; fails the test if none.
std::string errorOf(const std::string& text)
{
    try {
        (void)parseHolidayTable(text);
    } catch (const motcua::Error& e) {
        CHECK(e.code() == motcua::ErrorCode::InvalidInput);
        return e.what();
    }
    FAIL("no error for: " << text);
    return {};
}

bool contains(const std::string& haystack, const std::string& needle)
{
    return haystack.find(needle) != std::string::npos;
}

std::string readFile(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    REQUIRE(in.good());
    std::ostringstream out;
    out << in.rdbuf();
    return out.str();
}

std::vector<HolidayRow> shippedTable()
{
    return parseHolidayTable(readFile(MOTCUA_ASSETS_DIR "/holidays/vn-holidays.csv"));
}

const HolidayRow* find(const std::vector<HolidayRow>& rows, const Date& d)
{
    const auto it =
        std::find_if(rows.begin(), rows.end(), [&](const HolidayRow& r) { return r.date == d; });
    return it == rows.end() ? nullptr : &*it;
}

}  // namespace

TEST_CASE("holiday table: day kind names", "[holiday]")
{
    for (const DayKind kind : {DayKind::Normal, DayKind::Holiday, DayKind::Workday})
        REQUIRE(parseDayKind(dayKindName(kind)) == kind);
    REQUIRE(std::string(dayKindName(DayKind::Workday)) == "workday");
    REQUIRE_FALSE(parseDayKind("Holiday").has_value());
    REQUIRE_FALSE(parseDayKind("").has_value());
    REQUIRE_FALSE(parseDayKind("holiday ").has_value());
}

TEST_CASE("holiday table: parses good input", "[holiday]")
{
    SECTION("plain rows, in file order")
    {
        const auto rows = parseHolidayTable(
            kHeader +
            "2026-02-16,holiday,Nghỉ Tết Nguyên đán Bính Ngọ,Thông báo 9441/TB-BNV,no\n"
            "2026-01-10,workday,Làm bù cho ngày 2/1/2026,Công văn 12729/VPCP-KGVX (2025),yes\n");
        REQUIRE(rows.size() == 2);
        REQUIRE(rows[0] == HolidayRow{ymd(2026, 2, 16), DayKind::Holiday,
                                      "Nghỉ Tết Nguyên đán Bính Ngọ", "Thông báo 9441/TB-BNV",
                                      false});
        REQUIRE(rows[1].date == ymd(2026, 1, 10));
        REQUIRE(rows[1].kind == DayKind::Workday);
        REQUIRE(rows[1].verified);
    }
    SECTION("header only")
    {
        REQUIRE(parseHolidayTable(kHeader).empty());
        REQUIRE(parseHolidayTable("date,kind,name,source,verified").empty());
    }
    SECTION("BOM, CRLF, blank lines, quotes, spaces and letter case, as a spreadsheet writes them")
    {
        const auto rows = parseHolidayTable(
            "\xEF\xBB\xBF" "Date, Kind ,Name,Source,Verified\r\n"
            "\r\n"
            " 2027-05-03 ,HOLIDAY,\"Nghỉ bù Ngày Quốc tế Lao động, 1/5 là thứ Bảy\","
            "\"Bộ luật Lao động 2019 Điều 111 khoản 3\",Yes\r\n"
            "2027-04-30,holiday,\"Ngày \"\"Chiến thắng\"\"\",,NO\r\n");
        REQUIRE(rows.size() == 2);
        REQUIRE(rows[0].date == ymd(2027, 5, 3));
        REQUIRE(rows[0].kind == DayKind::Holiday);
        REQUIRE(rows[0].name == "Nghỉ bù Ngày Quốc tế Lao động, 1/5 là thứ Bảy");
        REQUIRE(rows[0].verified);
        REQUIRE(rows[1].name == "Ngày \"Chiến thắng\"");
        REQUIRE(rows[1].source.empty());
        REQUIRE_FALSE(rows[1].verified);
    }
}

TEST_CASE("holiday table: rejects bad input, naming the line", "[holiday]")
{
    SECTION("no header")
    {
        REQUIRE(contains(errorOf(""), "tiêu đề"));
        REQUIRE(contains(errorOf("\n\n"), "tiêu đề"));
        const auto e = errorOf("2026-02-16,holiday,Tết,x,no\n");
        REQUIRE(contains(e, "Bảng ngày nghỉ, dòng 1:"));
        REQUIRE(contains(e, "tiêu đề"));
        REQUIRE(contains(errorOf("date,kind,name,source\n"), "dòng 1:"));
        REQUIRE(contains(errorOf("date,kind,name,verified,source\n"), "dòng 1:"));
    }
    SECTION("impossible date")
    {
        const auto e =
            errorOf(kHeader + "2026-02-16,holiday,Tết,x,no\n2026-02-30,holiday,Tết,x,no\n");
        REQUIRE(contains(e, "Bảng ngày nghỉ, dòng 3:"));
        REQUIRE(contains(e, "2026-02-30"));
        REQUIRE(contains(errorOf(kHeader + "16/02/2026,holiday,Tết,x,no\n"), "dòng 2:"));
        REQUIRE(contains(errorOf(kHeader + ",holiday,Tết,x,no\n"), "dòng 2:"));
    }
    SECTION("unknown kind, including normal")
    {
        const auto e = errorOf(kHeader + "2026-02-16,nghỉ,Tết,x,no\n");
        REQUIRE(contains(e, "dòng 2:"));
        REQUIRE(contains(e, "\"nghỉ\""));
        REQUIRE(contains(errorOf(kHeader + "2026-02-16,normal,Tết,x,no\n"), "dòng 2:"));
        REQUIRE(contains(errorOf(kHeader + "2026-02-16,,Tết,x,no\n"), "dòng 2:"));
    }
    SECTION("wrong column count")
    {
        const auto e = errorOf(kHeader + "2026-02-16,holiday,Tết,x\n");
        REQUIRE(contains(e, "dòng 2:"));
        REQUIRE(contains(e, "5 cột"));
        REQUIRE(contains(errorOf(kHeader + "2026-02-16,holiday,Tết,x,no,extra\n"), "dòng 2:"));
        REQUIRE(contains(errorOf(kHeader + "2026-02-16\n"), "dòng 2:"));
    }
    SECTION("duplicate date names both lines")
    {
        const auto e = errorOf(kHeader +
                               "2026-02-16,holiday,Tết,x,no\n"
                               "2026-02-17,holiday,Tết,x,no\n"
                               "2026-02-16,workday,Làm bù,x,no\n");
        REQUIRE(contains(e, "dòng 4:"));
        REQUIRE(contains(e, "2026-02-16"));
        REQUIRE(contains(e, "dòng 2"));
    }
    SECTION("empty name, bad verified")
    {
        REQUIRE(contains(errorOf(kHeader + "2026-02-16,holiday,,x,no\n"), "dòng 2:"));
        REQUIRE(contains(errorOf(kHeader + "2026-02-16,holiday,   ,x,no\n"), "name"));
        REQUIRE(contains(errorOf(kHeader + "2026-02-16,holiday,Tết,x,maybe\n"), "verified"));
        REQUIRE(contains(errorOf(kHeader + "2026-02-16,holiday,Tết,x,\n"), "dòng 2:"));
    }
    SECTION("invalid UTF-8, on the line it occurs")
    {
        REQUIRE(contains(errorOf(kHeader + "2026-02-16,holiday,T\xC3\x28t,x,no\n"),
                         "dòng 2: không phải UTF-8"));
        REQUIRE(contains(errorOf(kHeader + "\n2026-02-16,holiday,T\xFFt,x,no\n"), "dòng 3:"));
        // Overlong '/', a UTF-16 surrogate, past U+10FFFF, a cut-off sequence at the end.
        REQUIRE(contains(errorOf(kHeader + "2026-02-16,holiday,\xC0\xAF,x,no\n"), "UTF-8"));
        REQUIRE(contains(errorOf(kHeader + "2026-02-16,holiday,\xE0\x80\xAF,x,no\n"), "UTF-8"));
        REQUIRE(contains(errorOf(kHeader + "2026-02-16,holiday,\xED\xA0\x80,x,no\n"), "UTF-8"));
        REQUIRE(contains(errorOf(kHeader + "2026-02-16,holiday,\xF4\x90\x80\x80,x,no\n"), "UTF-8"));
        REQUIRE(contains(errorOf(kHeader + "2026-02-16,holiday,T\xE1\xBA"), "UTF-8"));
    }
    SECTION("control characters")
    {
        REQUIRE(contains(errorOf(kHeader + "2026-02-16,holiday,T\x01t,x,no\n"),
                         "dòng 2: có ký tự điều khiển"));
        REQUIRE(contains(errorOf(kHeader + "2026-02-16,holiday,T\tt,x,no\n"), "điều khiển"));
        REQUIRE(contains(errorOf(kHeader + "2026-02-16,holiday,T\x7Ft,x,no\n"), "điều khiển"));
        REQUIRE(contains(errorOf(kHeader + "2026-02-16,holiday,T\xC2\x85t,x,no\n"), "điều khiển"));
        static constexpr char kWithNul[] = "2026-02-16,holiday,T\0t,x,no\n";
        const std::string withNul(kWithNul, sizeof kWithNul - 1);
        REQUIRE(contains(errorOf(kHeader + withNul), "điều khiển"));
        // A line break inside a quoted cell is a control character in the cell.
        REQUIRE(contains(errorOf(kHeader + "2026-02-16,holiday,\"Tết\nNguyên đán\",x,no\n"),
                         "dòng 2:"));
    }
    SECTION("CSV quoting errors")
    {
        REQUIRE(contains(errorOf(kHeader + "2026-02-16,holiday,\"Tết,x,no\n"), "dòng 2:"));
        REQUIRE(contains(errorOf(kHeader + "2026-02-16,holiday,T\"et,x,no\n"), "dòng 2:"));
    }
    SECTION("a long bad value is cut in the message without splitting a character")
    {
        std::string longKind;
        for (int i = 0; i < 30; ++i) longKind += "ệ";
        const auto e = errorOf(kHeader + "2026-02-16," + longKind + ",Tết,x,no\n");
        REQUIRE(contains(e, "…"));
        REQUIRE(e.size() < 300);
        // The message is itself valid UTF-8: the parser accepts it as a name.
        REQUIRE_NOTHROW(
            parseHolidayTable(kHeader + "2026-02-16,holiday," + csvField(e) + ",x,no\n"));
    }
}

TEST_CASE("holiday table: arbitrary bytes give rows or InvalidInput, nothing else", "[holiday]")
{
    const std::string seed = readFile(MOTCUA_ASSETS_DIR "/holidays/vn-holidays.csv");
    std::mt19937 rng(20260216);
    std::uniform_int_distribution<int> byte(0, 255);
    for (int round = 0; round < 3000; ++round) {
        // A third start from nothing, the rest from a prefix of the real file.
        std::string text;
        if (round % 3 != 0)
            text = seed.substr(0, static_cast<std::size_t>(rng()) % (seed.size() + 1));
        const int edits = 1 + static_cast<int>(rng() % 8);
        for (int k = 0; k < edits; ++k) {
            const std::size_t at = text.empty() ? 0 : static_cast<std::size_t>(rng()) % text.size();
            // Mostly the characters CSV and dates are made of, so edits reach the later checks.
            static constexpr std::string_view kCsvish = ",\"\n\r -0123456789yesnoholidaywork";
            const char c = rng() % 3 == 0 ? static_cast<char>(byte(rng))
                                          : kCsvish[static_cast<std::size_t>(rng()) % kCsvish.size()];
            switch (rng() % 3) {
            case 0: text.insert(text.begin() + static_cast<std::ptrdiff_t>(at), c); break;
            case 1:
                if (!text.empty()) text[at] = c;
                break;
            default:
                if (!text.empty()) text.erase(at, 1);
                break;
            }
        }
        try {
            (void)parseHolidayTable(text);
        } catch (const motcua::Error& e) {
            if (e.code() != motcua::ErrorCode::InvalidInput)
                FAIL("wrong error code for input " << round);
        }
    }
}

TEST_CASE("holiday table: the shipped vn-holidays.csv", "[holiday]")
{
    const auto rows = shippedTable();
    REQUIRE(rows.size() >= 40);

    SECTION("every row has a source, holidays are weekdays, make-up days are Saturdays, in order")
    {
        for (std::size_t i = 0; i < rows.size(); ++i) {
            const auto& r = rows[i];
            INFO(r.date.iso());
            REQUIRE_FALSE(r.source.empty());
            if (r.kind == DayKind::Holiday) REQUIRE(r.date.isoWeekday() <= 5);
            else REQUIRE(r.date.isoWeekday() == 6);
            if (i > 0) REQUIRE(rows[i - 1].date < r.date);
            REQUIRE((r.date.year >= 2024 && r.date.year <= 2027));
        }
    }
    SECTION("known 2026 rows (DOMAIN.md §8)")
    {
        const Date holidays[] = {ymd(2026, 1, 1),  ymd(2026, 1, 2),  ymd(2026, 2, 16),
                                 ymd(2026, 2, 17), ymd(2026, 2, 18), ymd(2026, 2, 19),
                                 ymd(2026, 2, 20), ymd(2026, 4, 27), ymd(2026, 4, 30),
                                 ymd(2026, 5, 1),  ymd(2026, 8, 31), ymd(2026, 9, 1),
                                 ymd(2026, 9, 2),  ymd(2026, 11, 24)};
        for (const auto& d : holidays) {
            INFO(d.iso());
            const auto* r = find(rows, d);
            REQUIRE(r != nullptr);
            REQUIRE(r->kind == DayKind::Holiday);
        }
        for (const auto& d : {ymd(2026, 1, 10), ymd(2026, 8, 22)}) {
            INFO(d.iso());
            const auto* r = find(rows, d);
            REQUIRE(r != nullptr);
            REQUIRE(r->kind == DayKind::Workday);
        }
        REQUIRE(find(rows, ymd(2026, 2, 16))->name == "Nghỉ Tết Nguyên đán Bính Ngọ");
        REQUIRE(find(rows, ymd(2026, 1, 10))->name == "Làm bù cho ngày 2/1/2026");
        REQUIRE(find(rows, ymd(2026, 4, 27))->name == "Nghỉ bù Giỗ Tổ Hùng Vương");
        REQUIRE(find(rows, ymd(2026, 11, 24))->name == "Ngày Văn hóa Việt Nam");
        // Giỗ Tổ itself fell on Sunday 26/4: not a working day, so not in the table.
        REQUIRE(find(rows, ymd(2026, 4, 26)) == nullptr);
    }
    SECTION("known 2027 rows")
    {
        // Tết Đinh Mùi: Thursday 4/2 to Wednesday 10/2; the weekend in between is not listed.
        for (int day = 4; day <= 10; ++day) {
            const Date d = ymd(2027, 2, day);
            INFO(d.iso());
            const auto* r = find(rows, d);
            if (d.isoWeekday() >= 6) {
                REQUIRE(r == nullptr);
            } else {
                REQUIRE(r != nullptr);
                REQUIRE(r->kind == DayKind::Holiday);
            }
        }
        for (const auto& d : {ymd(2027, 1, 1), ymd(2027, 4, 16), ymd(2027, 4, 30), ymd(2027, 5, 3),
                              ymd(2027, 9, 2), ymd(2027, 9, 3), ymd(2027, 11, 24)}) {
            INFO(d.iso());
            REQUIRE(find(rows, d) != nullptr);
        }
    }
    SECTION("known 2024 and 2025 rows")
    {
        for (const auto& d : {ymd(2024, 1, 1), ymd(2024, 2, 8), ymd(2024, 2, 14), ymd(2024, 4, 18),
                              ymd(2024, 4, 29), ymd(2024, 9, 2), ymd(2024, 9, 3), ymd(2025, 1, 1),
                              ymd(2025, 1, 27), ymd(2025, 1, 31), ymd(2025, 4, 7), ymd(2025, 5, 2),
                              ymd(2025, 9, 1), ymd(2025, 9, 2)}) {
            INFO(d.iso());
            const auto* r = find(rows, d);
            REQUIRE(r != nullptr);
            REQUIRE(r->kind == DayKind::Holiday);
        }
        REQUIRE(find(rows, ymd(2024, 5, 4))->kind == DayKind::Workday);
        REQUIRE(find(rows, ymd(2025, 4, 26))->kind == DayKind::Workday);
    }
    SECTION("the lunar calendar agrees: every weekday it suggests is a day off in the table")
    {
        for (int year = 2024; year <= 2027; ++year) {
            for (const auto& s : motcua::domain::suggestLunarHolidays(year)) {
                if (s.date.isoWeekday() >= 6) continue;
                INFO(s.date.iso() << " " << s.name);
                const auto* r = find(rows, s.date);
                REQUIRE(r != nullptr);
                REQUIRE(r->kind == DayKind::Holiday);
            }
        }
    }
}
