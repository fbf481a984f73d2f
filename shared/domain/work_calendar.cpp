// Deadline arithmetic: walks forward day by day through office hours, so holidays, make-up days
// and lunch breaks are all skipped the same way. Bounded: no calendar may lack working days for
// more than ten years.
#include "domain/work_calendar.h"

#include "domain/error.h"

#include <algorithm>
#include <cmath>
#include <sstream>

namespace motcua::domain {

namespace {

constexpr int kMaxDaysSearched = 3660;
constexpr const char* kDayNames[] = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"};

int weekdayIndex(const std::string& name)
{
    for (int i = 0; i < 7; ++i)
        if (name == kDayNames[i]) return i;
    return -1;
}

std::int64_t daySeconds(const std::vector<TimeInterval>& hours)
{
    std::int64_t total = 0;
    for (const auto& iv : hours) total += (iv.end - iv.begin) * kSecondsPerMinute;
    return total;
}

[[noreturn]] void badSchedule(const std::string& why)
{
    throw Error(ErrorCode::InvalidInput, "Lịch làm việc không hợp lệ: " + why);
}

}  // namespace

WeeklySchedule WeeklySchedule::standard()
{
    WeeklySchedule s;
    for (int d = 0; d < 5; ++d) s.days[static_cast<std::size_t>(d)] = {{7 * 60 + 30, 11 * 60 + 30}, {13 * 60 + 30, 17 * 60}};
    return s;
}

WeeklySchedule WeeklySchedule::parse(std::string_view text)
{
    WeeklySchedule s;
    std::array<bool, 7> seen{};
    std::string all(text);
    std::stringstream groups(all);
    std::string group;
    bool any = false;
    while (std::getline(groups, group, ';')) {
        std::stringstream words(group);
        std::string daySpec;
        if (!(words >> daySpec)) continue;
        const auto dash = daySpec.find('-');
        const int first = weekdayIndex(daySpec.substr(0, dash));
        const int last = dash == std::string::npos ? first : weekdayIndex(daySpec.substr(dash + 1));
        if (first < 0 || last < 0 || last < first)
            badSchedule("ngày \"" + daySpec + "\" (dùng mon, tue, wed, thu, fri, sat, sun hoặc mon-fri)");
        std::vector<TimeInterval> hours;
        std::string range;
        while (words >> range) {
            const auto p = range.find('-');
            const auto b = p == std::string::npos ? std::nullopt : parseClock(range.substr(0, p));
            const auto e = p == std::string::npos ? std::nullopt : parseClock(range.substr(p + 1));
            if (!b || !e || *b >= *e) badSchedule("khoảng giờ \"" + range + "\" (dạng 07:30-11:30)");
            if (!hours.empty() && *b < hours.back().end) badSchedule("các khoảng giờ phải tăng dần, không chồng nhau");
            hours.push_back({*b, *e});
        }
        if (hours.empty()) badSchedule("thiếu giờ làm việc cho \"" + daySpec + "\"");
        for (int d = first; d <= last; ++d) {
            if (seen[static_cast<std::size_t>(d)]) badSchedule(std::string("ngày ") + kDayNames[d] + " khai báo hai lần");
            seen[static_cast<std::size_t>(d)] = true;
            s.days[static_cast<std::size_t>(d)] = hours;
        }
        any = true;
    }
    if (!any) badSchedule("không có ngày làm việc nào");
    return s;
}

std::string WeeklySchedule::format() const
{
    std::string out;
    std::size_t d = 0;
    while (d < 7) {
        if (days[d].empty()) {
            ++d;
            continue;
        }
        std::size_t e = d;
        while (e + 1 < 7 && days[e + 1] == days[d]) ++e;
        if (!out.empty()) out += "; ";
        out += kDayNames[d];
        if (e != d) out += std::string("-") + kDayNames[e];
        for (const auto& iv : days[d]) out += " " + formatClock(iv.begin) + "-" + formatClock(iv.end);
        d = e + 1;
    }
    return out;
}

WorkCalendar::WorkCalendar(WeeklySchedule schedule, std::map<std::int64_t, CalendarOverride> overrides)
    : m_schedule(std::move(schedule)), m_overrides(std::move(overrides))
{
    for (const auto& day : m_schedule.days) {
        const std::int64_t s = daySeconds(day);
        if (s > m_daySeconds) {
            m_daySeconds = s;
            m_makeUpHours = day;
        }
    }
    if (m_daySeconds == 0) badSchedule("không có ngày làm việc nào");
}

const std::vector<TimeInterval>& WorkCalendar::hoursOn(const Date& d) const
{
    static const std::vector<TimeInterval> kNone;
    const auto& weekly = m_schedule.days[static_cast<std::size_t>(d.isoWeekday() - 1)];
    const auto it = m_overrides.find(d.toDays());
    if (it == m_overrides.end()) return weekly;
    if (it->second == CalendarOverride::Holiday) return kNone;
    if (weekly.empty()) return m_makeUpHours;
    return weekly;
}

bool WorkCalendar::isWorkingDay(const Date& d) const { return !hoursOn(d).empty(); }

Instant WorkCalendar::nextOpening(Instant t) const
{
    const LocalDateTime local = toLocal(t);
    Date d = local.date;
    for (int i = 0; i < kMaxDaysSearched; ++i, d = d.addDays(1)) {
        for (const auto& iv : hoursOn(d)) {
            const Instant begin = fromLocal(d, iv.begin);
            const Instant end = fromLocal(d, iv.end);
            if (t < end) return std::max(t, begin);
        }
    }
    throw Error(ErrorCode::InvalidInput, "Lịch làm việc không có ngày làm việc nào trong mười năm tới");
}

Instant WorkCalendar::effectiveStart(Instant received, int cutoffMinute) const
{
    const LocalDateTime local = toLocal(received);
    const auto& hours = hoursOn(local.date);
    // DOMAIN.md §2: received "sau 15 giờ" moves to the next working day; 15:00:00 is not after.
    if (!hours.empty() && received > fromLocal(local.date, cutoffMinute))
        return nextOpening(fromLocal(local.date.addDays(1), 0));
    return nextOpening(received);
}

Instant WorkCalendar::addWorkingSeconds(Instant from, std::int64_t seconds) const
{
    if (seconds < 0) throw Error(ErrorCode::InvalidInput, "Thời gian xử lý không được âm");
    Instant t = nextOpening(from);
    if (seconds == 0) return t;
    std::int64_t left = seconds;
    Date d = toLocal(t).date;
    for (int i = 0; i < kMaxDaysSearched; ++i, d = d.addDays(1)) {
        for (const auto& iv : hoursOn(d)) {
            const Instant begin = std::max(t, fromLocal(d, iv.begin));
            const Instant end = fromLocal(d, iv.end);
            if (begin >= end) continue;
            if (end - begin >= left) return begin + left;
            left -= end - begin;
        }
    }
    throw Error(ErrorCode::InvalidInput, "Thời hạn vượt quá mười năm làm việc");
}

Instant WorkCalendar::subtractWorkingSeconds(Instant to, std::int64_t seconds) const
{
    if (seconds < 0) throw Error(ErrorCode::InvalidInput, "Thời gian xử lý không được âm");
    std::int64_t left = seconds;
    Date d = toLocal(to).date;
    for (int i = 0; i < kMaxDaysSearched; ++i, d = d.addDays(-1)) {
        const auto& hours = hoursOn(d);
        for (auto iv = hours.rbegin(); iv != hours.rend(); ++iv) {
            const Instant begin = fromLocal(d, iv->begin);
            const Instant end = std::min(to, fromLocal(d, iv->end));
            if (end <= begin) continue;
            // Strictly more: landing on an opening moves on to the previous closing (the earliest
            // instant with that much working time left).
            if (end - begin > left) return end - left;
            left -= end - begin;
        }
    }
    throw Error(ErrorCode::InvalidInput, "Thời hạn vượt quá mười năm làm việc");
}

std::int64_t WorkCalendar::toSeconds(double workingDays) const
{
    if (!(workingDays >= 0) || workingDays > 3650)
        throw Error(ErrorCode::InvalidInput, "Số ngày làm việc phải từ 0 đến 3650");
    return std::llround(workingDays * static_cast<double>(m_daySeconds));
}

Instant WorkCalendar::dueForDays(Instant received, double days, int cutoffMinute) const
{
    const std::int64_t seconds = toSeconds(days);
    const Instant start = effectiveStart(received, cutoffMinute);
    if (seconds == 0) return endOfWorkingDay(start);
    return addWorkingSeconds(start, seconds);
}

Instant WorkCalendar::dueForHours(Instant from, double hours) const
{
    if (!(hours > 0) || hours > 24.0 * 3650)
        throw Error(ErrorCode::InvalidInput, "Số giờ làm việc phải lớn hơn 0");
    return addWorkingSeconds(from, std::llround(hours * 3600.0));
}

Instant WorkCalendar::endOfWorkingDay(Instant t) const
{
    const Date d = toLocal(t).date;
    const auto& hours = hoursOn(d);
    return hours.empty() ? t : fromLocal(d, hours.back().end);
}

std::int64_t WorkCalendar::workingSecondsBetween(Instant a, Instant b) const
{
    if (b < a) return -workingSecondsBetween(b, a);
    std::int64_t total = 0;
    const Date last = toLocal(b).date;
    for (Date d = toLocal(a).date; d <= last; d = d.addDays(1)) {
        for (const auto& iv : hoursOn(d)) {
            const Instant begin = std::max(a, fromLocal(d, iv.begin));
            const Instant end = std::min(b, fromLocal(d, iv.end));
            if (end > begin) total += end - begin;
        }
    }
    return total;
}

Instant WorkCalendar::atRiskHorizon(Instant now, double thresholdDays) const
{
    return addWorkingSeconds(now, toSeconds(thresholdDays));
}

bool WorkCalendar::isAtRisk(Instant now, Instant due, double thresholdDays) const
{
    return now < due && due < atRiskHorizon(now, thresholdDays);
}

Instant WorkCalendar::dueAfterSupplement(SupplementRule rule, Instant requestedAt, Instant resumedAt,
                                         Instant dueBefore, double days, int cutoffMinute) const
{
    if (rule == SupplementRule::Restart) return dueForDays(resumedAt, days, cutoffMinute);
    const std::int64_t left = std::max<std::int64_t>(0, workingSecondsBetween(requestedAt, dueBefore));
    const Instant start = effectiveStart(resumedAt, cutoffMinute);
    return left == 0 ? endOfWorkingDay(start) : addWorkingSeconds(start, left);
}

std::string formatWorkingDuration(std::int64_t seconds, std::int64_t workingDaySeconds)
{
    if (seconds < 0) seconds = -seconds;
    const std::int64_t minutes = seconds / 60;
    const std::int64_t dayMinutes = std::max<std::int64_t>(1, workingDaySeconds / 60);
    const std::int64_t days = minutes / dayMinutes;
    const std::int64_t hours = (minutes % dayMinutes) / 60;
    const std::int64_t mins = (minutes % dayMinutes) % 60;
    std::string out;
    auto part = [&](std::int64_t n, const char* unit) {
        if (n == 0) return;
        if (!out.empty()) out += ' ';
        out += std::to_string(n) + " " + unit;
    };
    part(days, "ngày");
    part(hours, "giờ");
    part(mins, "phút");
    return out.empty() ? "0 phút" : out;
}

}  // namespace motcua::domain
