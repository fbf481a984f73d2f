// Fixed-date holidays and compensatory days around the lunar suggestions of lunar.cpp.
#include "domain/holiday_suggestions.h"

#include <algorithm>
#include <set>

namespace motcua::domain {

namespace {

constexpr const char* kCheck = " Chính phủ công bố lịch nghỉ hằng năm: cần đối chiếu trước khi xác nhận.";

bool isWeekend(const Date& d) { return d.isoWeekday() >= 6; }

void addFixed(std::vector<HolidaySuggestion>& out, int year, int month, int day, const std::string& name,
              const char* law)
{
    out.push_back({Date{year, month, day}, name, std::string("Ngày nghỉ lễ cố định (") + law + ")." + kCheck});
}

/// Quốc khánh: 2/9 and one adjacent day (Điều 112). The government usually picks the day that
/// joins a weekend: Monday 1/9 when 2/9 is a Tuesday, otherwise 3/9.
Date nationalDayCompanion(int year)
{
    const Date national{year, 9, 2};
    return national.isoWeekday() == 2 ? Date{year, 9, 1} : Date{year, 9, 3};
}

}  // namespace

std::vector<HolidaySuggestion> suggestYearHolidays(int year)
{
    std::vector<HolidaySuggestion> out;
    // The lunar list brings its own Giỗ Tổ compensation; all compensation is redone below.
    for (auto& s : suggestLunarHolidays(year))
        if (s.name.rfind("Nghỉ bù", 0) != 0) out.push_back(std::move(s));
    addFixed(out, year, 1, 1, "Tết Dương lịch", "Bộ luật Lao động 2019 Điều 112");
    addFixed(out, year, 4, 30, "Ngày Chiến thắng 30/4", "Bộ luật Lao động 2019 Điều 112");
    addFixed(out, year, 5, 1, "Ngày Quốc tế Lao động 1/5", "Bộ luật Lao động 2019 Điều 112");
    addFixed(out, year, 9, 2, "Quốc khánh 2/9", "Bộ luật Lao động 2019 Điều 112");
    const Date companion = nationalDayCompanion(year);
    out.push_back({companion, "Quốc khánh (ngày liền kề)",
                   std::string("Quốc khánh được nghỉ 2/9 và 01 ngày liền kề trước hoặc sau (Bộ luật Lao động 2019 "
                               "Điều 112).") + kCheck});
    if (year >= 2026) addFixed(out, year, 11, 24, "Ngày Văn hóa Việt Nam 24/11", "Nghị quyết 28/2026/QH16");
    std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.date < b.date; });

    // Điều 111 khoản 3: each holiday on a weekly day off gives the next working day that is not
    // itself a holiday (nor already someone's compensatory day).
    std::set<std::int64_t> taken;
    for (const auto& s : out) taken.insert(s.date.toDays());
    std::vector<HolidaySuggestion> compensations;
    for (const auto& s : out) {
        if (!isWeekend(s.date)) continue;
        Date next = s.date.addDays(1);
        while (isWeekend(next) || taken.count(next.toDays()) > 0) next = next.addDays(1);
        taken.insert(next.toDays());
        compensations.push_back({next, "Nghỉ bù " + s.name,
                                 s.name + " (" + s.date.vn() + ") rơi vào ngày nghỉ hằng tuần nên được nghỉ bù vào "
                                          "ngày làm việc kế tiếp (Bộ luật Lao động 2019 Điều 111 khoản 3)." + kCheck});
    }
    out.insert(out.end(), compensations.begin(), compensations.end());
    std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.date < b.date; });
    return out;
}

std::string unconfirmedYearsWarning(const std::vector<int>& years)
{
    if (years.empty()) return "";
    std::string list;
    for (const int y : years) list += (list.empty() ? "" : ", ") + std::to_string(y);
    return "Lịch nghỉ năm " + list +
           " chưa được xác nhận: hạn trả được tính theo các ngày lễ cố định và ngày nghỉ âm lịch gợi ý, có thể "
           "lệch với lịch Chính phủ công bố. Lãnh đạo cần nhập hoặc xác nhận lịch nghỉ năm đó (Quản trị › Ngày "
           "nghỉ, hoặc motcua calendar confirm --year " + std::to_string(years.front()) + ").";
}

}  // namespace motcua::domain
