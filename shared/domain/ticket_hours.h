// When the kiosk may hand out queue tickets (issue 12, item 8): inside the office hours of a
// working day (weekly schedule, holidays, make-up days), from a grace period before each opening
// until a cut-off before its closing. Out of hours the citizen is told when the office opens.
#pragma once

#include "domain/date.h"
#include "domain/work_calendar.h"

#include <string>

namespace motcua::domain {

struct TicketHours {
    bool open = false;
    Instant ticketsFrom = 0;  ///< the current or next window: tickets from here …
    Instant ticketsUntil = 0; ///< … until here (exclusive)
    Instant officeOpensAt = 0;  ///< the office-hours opening of that window (without the grace)
};

/// The ticket window at `t`: open when t lies in [opening − earlyMinutes, closing − stopBeforeMinutes)
/// of an office-hours interval on a working day; otherwise the next such window (searched up to
/// a year ahead; none found leaves open false and the instants 0).
[[nodiscard]] TicketHours ticketHours(const WorkCalendar& calendar, Instant t, int earlyMinutes, int stopBeforeMinutes);

/// "Bộ phận Một cửa đang nghỉ. Mở cửa lại lúc 07:30 thứ Hai, 30/11/2026." (or, with no opening
/// known, a message to ask the office).
[[nodiscard]] std::string closedMessage(const TicketHours& hours);
/// "thứ Hai, 30/11/2026"
[[nodiscard]] std::string weekdayDateVi(const Date& d);

}  // namespace motcua::domain
