// libFuzzer: command-line parsing. NUL-separated words become argv for a command that takes
// every kind of option; any argv either parses or is refused with a usage error.
#include "cli_args.h"
#include "fuzz_support.h"

#include <string>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using namespace motcua::cli;
    std::vector<std::string> argv(1);
    for (std::size_t i = 0; i < size; ++i) {
        if (data[i] == 0) argv.emplace_back();
        else argv.back() += static_cast<char>(data[i]);
    }
    const std::vector<OptionSpec> known = {{"--db", true, ""},    {"--json", false, ""}, {"--now", true, ""},
                                           {"--counter", true, ""}, {"--days", true, ""}, {"--from", true, ""},
                                           {"--date", true, ""}};
    motcua::fuzz::expectParseOrError([&] {
        const auto words = commandWords(argv, {"--db", "--now", "--counter", "--days", "--from", "--date"});
        const auto args = Arguments::parse(argv, words, known);
        (void)args.getInt("--counter", 1, 999);
        (void)args.getNumber("--days", 0, 365);
        (void)args.getTime("--from");
        (void)args.getDate("--date");
    });
    return 0;
}
