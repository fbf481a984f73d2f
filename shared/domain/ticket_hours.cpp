// The ticket window: walk the working days from t's date and take the first window not yet over.
#include "domain/ticket_hours.h"

#include <algorithm>

namespace motcua::domain {

TicketHours ticketHours(const WorkCalendar& calendar, Instant t, int earlyMinutes, int stopBeforeMinutes)
{
    const Instant early = static_cast<Instant>(std::max(0, earlyMinutes)) * 60;
    const Instant stop = static_cast<Instant>(std::max(0, stopBeforeMinutes)) * 60;
    const Date first = localDate(t);
    for (int k = 0; k <= 366; ++k) {
        const Date d = first.addDays(k);
        for (const auto& iv : calendar.hoursOn(d)) {
            const Instant opens = fromLocal(d, iv.begin);
            const Instant from = opens - early;
            const Instant until = fromLocal(d, iv.end) - stop;
            if (until <= from || t >= until) continue;  // a cut-off longer than the interval, or over
            return {t >= from, from, until, opens};
        }
    }
    return {};
}

std::string weekdayDateVi(const Date& d)
{
    static const char* const kNames[] = {"thứ Hai", "thứ Ba", "thứ Tư", "thứ Năm", "thứ Sáu", "thứ Bảy", "Chủ nhật"};
    return std::string(kNames[std::clamp(d.isoWeekday(), 1, 7) - 1]) + ", " + d.vn();
}

std::string closedMessage(const TicketHours& h)
{
    if (h.officeOpensAt == 0)
        return "Bộ phận Một cửa đang nghỉ và chưa có lịch làm việc. Xin liên hệ cơ quan để biết giờ mở cửa.";
    const auto local = toLocal(h.officeOpensAt);
    return "Bộ phận Một cửa đang nghỉ. Mở cửa lại lúc " + formatClock(local.minuteOfDay) + " " + weekdayDateVi(local.date) + ".";
}

}  // namespace motcua::domain
