// When the kiosk hands out tickets (issue 12, item 8): office hours of working days only, with
// the grace before opening and the cut-off before closing, and the message naming the opening.
#include "domain/ticket_hours.h"

#include <catch2/catch.hpp>

using namespace motcua::domain;

namespace {

Instant at(const char* local) { return *parseLocalDateTime(local); }

}  // namespace

TEST_CASE("ticket hours: open inside office hours, closed in the evening with Monday's opening", "[queue][hours]")
{
    const WorkCalendar cal;  // Mon–Fri 07:30–11:30, 13:30–17:00
    const auto friday = ticketHours(cal, at("2026-11-27 10:00"), 0, 0);
    CHECK(friday.open);
    CHECK(friday.ticketsUntil == at("2026-11-27 11:30"));
    // The report: 18:18 on a Friday issued "khoảng 23 phút".
    const auto evening = ticketHours(cal, at("2026-11-27 18:18"), 0, 0);
    CHECK_FALSE(evening.open);
    CHECK(evening.ticketsFrom == at("2026-11-30 07:30"));
    CHECK(evening.officeOpensAt == at("2026-11-30 07:30"));
    CHECK(closedMessage(evening) == "Bộ phận Một cửa đang nghỉ. Mở cửa lại lúc 07:30 thứ Hai, 30/11/2026.");
    CHECK_FALSE(ticketHours(cal, at("2026-11-28 09:00"), 0, 0).open);  // Saturday
    // Lunch: closed until 13:30 the same day.
    const auto lunch = ticketHours(cal, at("2026-11-27 12:00"), 0, 0);
    CHECK_FALSE(lunch.open);
    CHECK(lunch.officeOpensAt == at("2026-11-27 13:30"));
    CHECK(ticketHours(cal, at("2026-11-27 16:59"), 0, 0).open);
    CHECK_FALSE(ticketHours(cal, at("2026-11-27 17:00"), 0, 0).open);
}

TEST_CASE("ticket hours: holidays, make-up days, grace before opening and cut-off before closing", "[queue][hours]")
{
    std::map<std::int64_t, CalendarOverride> overrides;
    overrides[parseDate("2026-11-30")->toDays()] = CalendarOverride::Holiday;   // Monday off
    overrides[parseDate("2026-11-28")->toDays()] = CalendarOverride::Workday;   // Saturday worked
    const WorkCalendar cal(WeeklySchedule::standard(), overrides);
    CHECK(ticketHours(cal, at("2026-11-28 09:00"), 0, 0).open);
    const auto sunday = ticketHours(cal, at("2026-11-29 09:00"), 0, 0);
    CHECK_FALSE(sunday.open);
    CHECK(sunday.officeOpensAt == at("2026-12-01 07:30"));  // past the Monday holiday
    // 15 minutes' grace: open at 07:15 for the 07:30 opening, still closed at 07:14.
    const WorkCalendar plain;
    CHECK(ticketHours(plain, at("2026-11-27 07:15"), 15, 0).open);
    CHECK_FALSE(ticketHours(plain, at("2026-11-27 07:14"), 15, 0).open);
    CHECK(ticketHours(plain, at("2026-11-27 07:14"), 15, 0).ticketsFrom == at("2026-11-27 07:15"));
    // A 30-minute cut-off: no new tickets from 16:30, nor from 11:00 in the morning.
    CHECK(ticketHours(plain, at("2026-11-27 16:29"), 0, 30).open);
    const auto late = ticketHours(plain, at("2026-11-27 16:30"), 0, 30);
    CHECK_FALSE(late.open);
    CHECK(late.officeOpensAt == at("2026-11-30 07:30"));
    CHECK_FALSE(ticketHours(plain, at("2026-11-27 11:05"), 0, 30).open);
}

TEST_CASE("ticket hours: with no opening known the message says to ask the office", "[queue][hours]")
{
    CHECK(closedMessage(TicketHours{}).find("liên hệ") != std::string::npos);
}
