// libFuzzer: settings values. The first line picks the key (by index into the known settings),
// the rest is the value; a value that validates must validate again to itself.
#include "domain/settings.h"
#include "fuzz_support.h"

#include <cstdlib>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using namespace motcua::domain;
    if (size == 0) return 0;
    const auto& specs = settingSpecs();
    const std::string key = data[0] < 200 ? specs[data[0] % specs.size()].key : std::string("no.such.key");
    const auto value = motcua::fuzz::asText(data + 1, size - 1);
    motcua::fuzz::expectParseOrError([&] {
        const std::string once = validateSetting(key, value);
        if (validateSetting(key, once) != once) std::abort();
    });
    return 0;
}
