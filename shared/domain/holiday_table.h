// The holiday table: the days off and make-up working days a supervisor maintains, read from CSV
// (the shipped assets/holidays/vn-holidays.csv or an edited copy). Pure: text in, rows out.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/date.h"

namespace motcua::domain {

enum class DayKind {
    Normal,   ///< the weekly schedule decides (only used in code, never in a table row)
    Holiday,  ///< a day off: public holiday, compensatory day off, swapped day off
    Workday,  ///< a make-up working day, e.g. a Saturday declared working
};

/// "normal", "holiday", "workday".
[[nodiscard]] const char* dayKindName(DayKind kind);
/// The inverse of dayKindName (exact, lower case); nullopt for anything else.
[[nodiscard]] std::optional<DayKind> parseDayKind(std::string_view text);

struct HolidayRow {
    Date date;
    DayKind kind = DayKind::Holiday;
    std::string name;    ///< Vietnamese, e.g. "Nghỉ Tết Nguyên đán Bính Ngọ"
    std::string source;  ///< the legal document, e.g. "Thông báo 9441/TB-BNV"; may be empty
    bool verified = false;  ///< someone checked the row against the source's own text

    friend bool operator==(const HolidayRow&, const HolidayRow&) = default;
};

/// The CSV header a holiday table starts with.
inline constexpr std::string_view kHolidayTableHeader = "date,kind,name,source,verified";

/// Parses a holiday table: the header row `date,kind,name,source,verified`, then one row per date
/// (YYYY-MM-DD; holiday|workday; a non-empty name; the source; yes|no — kind and verified in any
/// letter case). Spaces around a field are ignored. Rows come back in file order. Throws
/// motcua::Error(InvalidInput) with a Vietnamese message naming the line ("Bảng ngày nghỉ, dòng
/// N: …") for invalid UTF-8, control characters, a missing or wrong header, a wrong column count,
/// an impossible date, an unknown kind or verified value, an empty name, or a date listed twice.
/// Never crashes on any input.
[[nodiscard]] std::vector<HolidayRow> parseHolidayTable(std::string_view csvText);

}  // namespace motcua::domain
