// libFuzzer: the holiday table (assets/holidays and supervisor imports).
#include "domain/holiday_table.h"
#include "fuzz_support.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    motcua::fuzz::expectParseOrError([&] { (void)motcua::domain::parseHolidayTable(motcua::fuzz::asText(data, size)); });
    return 0;
}
