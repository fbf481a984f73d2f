// SqliteDesk: the working calendar as the office keeps it (DESIGN.md §3.1, DOMAIN.md §8): the
// stored table, which years of it are confirmed, and suggested holidays for the years that are not
// — so no year is ever silently treated as all working days.
#include "service/sqlite_desk.h"

#include "domain/error.h"
#include "domain/holiday_suggestions.h"
#include "domain/holiday_table.h"
#include "store/settings_store.h"

#include <map>
#include <mutex>
#include <set>

namespace motcua::service {

using domain::Permission;

namespace {

/// Unconfirmed years from one before now to this many after get suggested holidays.
constexpr int kYearsAhead = 3;

/// suggestYearHolidays() per year, computed once per process (the lunar arithmetic is not free
/// and calendar() runs on every call).
const std::vector<domain::HolidaySuggestion>& suggestionsFor(int year)
{
    static std::mutex mutex;
    static std::map<int, std::vector<domain::HolidaySuggestion>> cache;
    const std::lock_guard<std::mutex> lock(mutex);
    auto it = cache.find(year);
    if (it == cache.end()) {
        std::vector<domain::HolidaySuggestion> list;
        try {
            list = domain::suggestYearHolidays(year);
        } catch (const Error&) {
            // Outside the lunar calendar's range: nothing to suggest (the warning still shows).
        }
        it = cache.emplace(year, std::move(list)).first;
    }
    return it->second;
}

}  // namespace

domain::WorkCalendar SqliteDesk::calendar()
{
    auto overrides = store::calendarOverrides(*m_db);
    const auto confirmed = store::confirmedYears(*m_db);
    const int year = domain::localDate(now()).year;
    for (int y = year - 1; y <= year + kYearsAhead; ++y) {
        if (confirmed.count(y) > 0) continue;
        // DOMAIN.md §8: fixed-date holidays plus lunar suggestions; a supervisor's row wins.
        for (const auto& s : suggestionsFor(y)) overrides.emplace(s.date.toDays(), domain::CalendarOverride::Holiday);
    }
    return domain::WorkCalendar(domain::WeeklySchedule::parse(store::getSetting(*m_db, "calendar.schedule")),
                                std::move(overrides));
}

std::vector<int> SqliteDesk::unconfirmedYearsIn(Instant from, Instant to)
{
    const auto confirmed = store::confirmedYears(*m_db);
    std::vector<int> out;
    const int last = domain::localDate(std::max(from, to)).year;
    for (int y = domain::localDate(std::min(from, to)).year; y <= last; ++y)
        if (confirmed.count(y) == 0) out.push_back(y);
    return out;
}

std::vector<int> SqliteDesk::unconfirmedYears(Instant from, Instant to)
{
    store::Transaction tx(*m_db, store::Transaction::Kind::Deferred);
    auto out = unconfirmedYearsIn(from, to);
    tx.commit();
    return out;
}

std::vector<int> SqliteDesk::confirmedCalendarYears()
{
    store::Transaction tx(*m_db, store::Transaction::Kind::Deferred);
    const auto years = store::confirmedYears(*m_db);
    tx.commit();
    return {years.begin(), years.end()};
}

void SqliteDesk::confirmCalendarYear(int year)
{
    require(Permission::ManageCalendar);
    if (year < 1900 || year > 2199) throw Error(ErrorCode::InvalidInput, "Năm phải trong khoảng 1900–2199");
    store::Transaction tx(*m_db);
    bool anyDayOff = false;
    for (const auto& d : store::calendarDays(*m_db, year)) anyDayOff |= d.kind == domain::CalendarOverride::Holiday;
    // Confirming an empty year would make it all working days — the very thing §8 forbids.
    if (!anyDayOff)
        throw Error(ErrorCode::InvalidInput, "Lịch năm " + std::to_string(year) +
                                                 " chưa có ngày nghỉ nào: nhập bảng ngày nghỉ hoặc thêm các ngày "
                                                 "nghỉ (có thể theo gợi ý) trước khi xác nhận");
    store::confirmYear(*m_db, year, now(), actor(), "supervisor");
    audit("calendar.confirm", std::to_string(year), "");
    tx.commit();
}

std::vector<CalendarSuggestion> SqliteDesk::suggestHolidays(int year)
{
    if (year < 1900 || year > 2199) throw Error(ErrorCode::InvalidInput, "Năm phải trong khoảng 1900–2199");
    store::Transaction tx(*m_db, store::Transaction::Kind::Deferred);
    const auto overrides = store::calendarOverrides(*m_db);
    std::vector<CalendarSuggestion> out;
    // DOMAIN.md §8: fixed-date and lunar holidays, with compensatory days for weekend ones.
    for (const auto& s : domain::suggestYearHolidays(year)) {
        const auto it = overrides.find(s.date.toDays());
        out.push_back({s.date, s.name, s.reason, it != overrides.end() && it->second == domain::CalendarOverride::Holiday});
    }
    tx.commit();
    return out;
}

int SqliteDesk::importHolidays(const std::string& csvText)
{
    require(Permission::ManageCalendar);
    const auto rows = domain::parseHolidayTable(csvText);
    store::Transaction tx(*m_db);
    int written = 0;
    std::set<int> years;
    for (const auto& r : rows) {
        if (r.kind == domain::DayKind::Normal) {
            store::removeCalendarDay(*m_db, r.date);
        } else {
            store::putCalendarDay(*m_db, {r.date,
                                          r.kind == domain::DayKind::Workday ? domain::CalendarOverride::Workday
                                                                             : domain::CalendarOverride::Holiday,
                                          r.name, r.source, r.verified});
        }
        years.insert(r.date.year);
        ++written;
    }
    // An imported table is the office's table for those years (DOMAIN.md §8).
    for (const int y : years) store::confirmYear(*m_db, y, now(), actor(), "import");
    audit("calendar.import", "holidays", std::to_string(written) + " rows");
    tx.commit();
    return written;
}

}  // namespace motcua::service
