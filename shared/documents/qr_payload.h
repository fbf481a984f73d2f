// What the QR codes say (DOMAIN.md §4, Thông tư 01/2023/TT-VPCP): one "KEY:value" line per item,
// the office's look-up address first when it has one, so a phone opens it and a scanner that
// types into the kiosk still finds the dossier code.
#pragma once

#include "domain/date.h"

#include <optional>
#include <string>
#include <string_view>

namespace motcua::documents {

/// The items a document's QR carries (DOMAIN.md §4). On a slip handed to the applicant the
/// applicant's identifier (ID number, organisation code) is there by default; otherwise, or by the
/// office's choice, a masked name. Never a phone or address; a ticket carries no applicant at all.
struct DossierQr {
    std::string lookupUrlTemplate;  ///< setting qr.lookup_url, "https://…?ma={code}", or empty
    std::string code;               ///< MHS
    std::string procedureCode;      ///< TTHC
    std::string applicantId;        ///< MDD, số định danh / mã số tổ chức; empty to leave it out
    std::string applicant;          ///< TEN, already masked; empty to leave the line out
    std::string documentName;       ///< VB, e.g. "Giấy tiếp nhận hồ sơ và hẹn trả kết quả"
    std::optional<domain::Instant> appointment;  ///< HEN, on the receipt (Thông tư 01/2023)
    std::string issuingSystem;      ///< HT, e.g. "motcua 000.00.20.H56"
    domain::Instant issuedAt = 0;   ///< TG
};

struct TicketQr {
    std::string officeCode;  ///< CQ
    std::string label;       ///< VE, "A023"
    std::string groupCode;   ///< NHOM
    domain::Instant issuedAt = 0;
};

/// The look-up URL for a code ({code} replaced), or "" when the office has none.
[[nodiscard]] std::string lookupUrl(std::string_view urlTemplate, std::string_view code);
[[nodiscard]] std::string dossierQrText(const DossierQr& q);
[[nodiscard]] std::string ticketQrText(const TicketQr& q);

/// The dossier code found in a scanned payload (ours, a bare code, or a look-up URL), if any.
[[nodiscard]] std::optional<std::string> dossierCodeFromQr(std::string_view payload);
/// The ticket label in a scanned ticket payload ("VE:A023"), if any.
[[nodiscard]] std::optional<std::string> ticketFromQr(std::string_view payload);

}  // namespace motcua::documents
