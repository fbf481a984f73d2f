// The queue ticket (DESIGN.md §3.4, §5): office, service group, the number very large, priority
// mark, time issued, people ahead and wait, serving counters, the QR and a line of guidance,
// on 58 or 80 mm thermal paper. The kiosk renders it right after issuing a pending ticket.
#pragma once

#include "documents/document.h"
#include "documents/form_texts.h"
#include "service/desk.h"

#include <string>
#include <vector>

namespace motcua::documents {

struct TicketData {
    std::string officeParent;  ///< "Ủy ban nhân dân xã Hà Tân"
    std::string officeName;    ///< "Trung tâm Phục vụ hành chính công xã Hà Tân"
    std::string officeCode;    ///< for the QR
    std::string label;         ///< "A023"
    std::string groupCode;
    std::string groupName;     ///< "Tư pháp – Hộ tịch"
    std::string priorityReason;  ///< empty for a normal ticket
    std::vector<int> counters;
    int ahead = 0;
    int waitMinutes = 0;
    domain::Instant issuedAt = 0;
};

/// From what Desk::issueTicket / Desk::ticketInfo return and the office settings.
[[nodiscard]] TicketData ticketData(const service::IssuedTicket& issued, const std::map<std::string, std::string>& settings);

/// The thermal paper of tickets and slips from the ticket.paper setting (58 or 80 mm; 80 by default).
[[nodiscard]] Paper ticketPaper(const std::map<std::string, std::string>& settings);

/// The ticket as the printer's 1-bit raster: 384 dots wide on 58 mm, 576 on 80 mm.
/// Throws Error(InvalidInput) for a paper that is not thermal.
[[nodiscard]] Raster renderTicketRaster(const TicketData& ticket, Paper paper, const FormTexts& texts = defaultFormTexts());
[[nodiscard]] Document renderTicket(const TicketData& ticket, Paper paper, const FormTexts& texts = defaultFormTexts());
/// What the ticket's QR says.
[[nodiscard]] std::string ticketQrPayload(const TicketData& ticket);

}  // namespace motcua::documents
