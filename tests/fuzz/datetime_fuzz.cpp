// libFuzzer: dates, times, clock times and weekly schedules as typed on the command line or
// stored in settings. What parses must format back and be a real date.
#include "domain/date.h"
#include "domain/work_calendar.h"
#include "fuzz_support.h"

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using namespace motcua::domain;
    const auto text = motcua::fuzz::asText(data, size);
    if (const auto d = parseDate(text)) {
        if (!isValidDate(d->year, d->month, d->day) || d->iso() != text) std::abort();
    }
    if (const auto t = parseLocalDateTime(text)) {
        if (!parseLocalDateTime(formatLocal(*t))) std::abort();
    }
    if (const auto m = parseClock(text)) {
        if (*m < 0 || *m > 24 * 60) std::abort();
    }
    motcua::fuzz::expectParseOrError([&] {
        const auto s = WeeklySchedule::parse(text);
        if (!(WeeklySchedule::parse(s.format()) == s)) std::abort();
    });
    return 0;
}
