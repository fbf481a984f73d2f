// libFuzzer: the procedure catalog import. Valid rows must export and re-import unchanged.
#include "domain/procedure.h"
#include "fuzz_support.h"

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using namespace motcua::domain;
    motcua::fuzz::expectParseOrError([&] {
        const auto r = parseProcedureCsv(motcua::fuzz::asText(data, size));
        const auto again = parseProcedureCsv(procedureCsv(r.procedures));
        if (!again.errors.empty() || again.procedures.size() != r.procedures.size()) std::abort();
    });
    return 0;
}
