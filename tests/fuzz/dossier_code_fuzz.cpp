// libFuzzer: dossier codes and ticket labels. Whatever parses must print back to the same text,
// less the two-letter channel prefix of a longer national form (DOMAIN.md §5).
#include "domain/dossier_code.h"
#include "domain/queue_rules.h"
#include "fuzz_support.h"

#include <cstdlib>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const auto text = motcua::fuzz::asText(data, size);
    if (const auto code = motcua::domain::parseDossierCode(text)) {
        std::string plain(text);
        if (!code->prefix.empty()) plain.erase(plain.rfind('-') + 1, 2);
        if (code->str() != plain || code->sequence < 1) std::abort();
        if (!motcua::domain::parseDossierCode(code->str())) std::abort();
    }
    if (const auto label = motcua::domain::parseTicketLabel(text))
        if (label->number < 1 || label->number > 9999) std::abort();
    return 0;
}
