// libFuzzer: what a scanner types from a QR (a receipt's payload, a look-up URL, a ticket):
// whatever code is read back must be a well-formed dossier code or ticket label.
#include "documents/qr_payload.h"
#include "domain/dossier_code.h"
#include "domain/queue_rules.h"
#include "fuzz_support.h"

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const auto text = motcua::fuzz::asText(data, size);
    if (const auto code = motcua::documents::dossierCodeFromQr(text))
        if (!motcua::domain::parseDossierCode(*code)) std::abort();
    if (const auto label = motcua::documents::ticketFromQr(text))
        if (!motcua::domain::parseTicketLabel(*label)) std::abort();
    return 0;
}
