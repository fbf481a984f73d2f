// From the Desk to a document: gathers what each kind of document needs (ticket info, dossier
// detail, procedure, office settings, staff names, ledger lines) and renders it. This is what
// `motcua render|print|qr` call; the kiosk and counter apps call the same.
#pragma once

#include "documents/slips.h"
#include "documents/ticket.h"
#include "service/desk.h"

#include <optional>
#include <string>

namespace motcua::documents {

enum class Kind { Ticket, Receipt, Supplement, Refusal, RefusalNotice, Apology, Stop, Control, Ledger };
[[nodiscard]] const char* kindName(Kind k);  ///< "ticket", "receipt", "refusal-notice", …
[[nodiscard]] std::optional<Kind> parseKind(std::string_view name);

struct Request {
    Kind kind = Kind::Ticket;
    std::string ticket;               ///< Ticket: today's label
    std::string code;                 ///< dossier kinds (Refusal: a code from elsewhere, if any)
    IntakeRefusal refusal;            ///< Refusal: the request refused at the counter (no dossier)
    std::int64_t apologyId = 0;       ///< Apology
    domain::Date from;                ///< Ledger: received on or after
    domain::Date to;                  ///< Ledger: received on or before
    std::string field;                ///< Ledger: one field's book (lĩnh vực); empty: every field
    std::optional<Paper> paper;       ///< default: 80 mm for tickets, A5 for slips; the ledger is A4 landscape
};

/// The office, texts, time and staff names a slip needs; staff names come from Desk::staff()
/// when the caller's role may list staff, and from the caller's own account otherwise.
[[nodiscard]] SlipContext slipContext(service::Desk& desk, const FormTexts& texts = defaultFormTexts());
/// Where the dossier stands in its year's ledger (lines numbered by time of receipt).
[[nodiscard]] LedgerPosition ledgerPosition(service::Desk& desk, const domain::Dossier& dossier);
/// Dossiers received from `from` to `to` inclusive, oldest first, with their ledger lines; only
/// the procedures of `field` when given. Lines keep the office book's numbers (what the receipt
/// cites as Số thứ tự), so a field's book skips the other fields' lines.
[[nodiscard]] std::vector<LedgerRow> ledgerRows(service::Desk& desk, domain::Date from, domain::Date to,
                                                const std::string& field = {});

/// Throws Error(NotFound) for an unknown ticket, code or apology; Error(InvalidInput) for a paper
/// the kind cannot use; Error(IllegalState) for a slip the dossier has no reason for.
[[nodiscard]] Document buildDocument(service::Desk& desk, const Request& request, const FormTexts& texts = defaultFormTexts());
/// The QR text the document of that request carries (tickets and dossier slips).
[[nodiscard]] std::string qrPayload(service::Desk& desk, const Request& request, const FormTexts& texts = defaultFormTexts());

}  // namespace motcua::documents
