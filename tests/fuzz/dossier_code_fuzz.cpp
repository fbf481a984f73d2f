// libFuzzer: dossier codes and ticket labels. Whatever parses must print back to the same text.
#include "domain/dossier_code.h"
#include "domain/queue_rules.h"
#include "fuzz_support.h"

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const auto text = motcua::fuzz::asText(data, size);
    if (const auto code = motcua::domain::parseDossierCode(text))
        if (code->str() != text) std::abort();
    if (const auto label = motcua::domain::parseTicketLabel(text))
        if (label->number < 1 || label->number > 9999) std::abort();
    return 0;
}
