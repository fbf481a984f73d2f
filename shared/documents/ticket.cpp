// Queue ticket layout on a thermal strip.
#include "documents/ticket.h"

#include "documents/qr_payload.h"
#include "documents/thermal.h"
#include "domain/error.h"

namespace motcua::documents {

namespace {

std::string setting(const std::map<std::string, std::string>& s, const std::string& key)
{
    const auto it = s.find(key);
    return it == s.end() ? std::string() : it->second;
}

std::string counterList(const std::vector<int>& counters)
{
    std::string out;
    for (int c : counters) out += (out.empty() ? "" : ", ") + std::to_string(c);
    return out;
}

TextStyle sans(double size, bool bold = false, Align align = Align::Center)
{
    TextStyle s;
    s.family = Family::Sans;
    s.size = size;
    s.bold = bold;
    s.align = align;
    return s;
}

}  // namespace

Paper ticketPaper(const std::map<std::string, std::string>& settings)
{
    const auto it = settings.find("ticket.paper");
    return it != settings.end() && it->second == "58" ? Paper::Mm58 : Paper::Mm80;
}

TicketData ticketData(const service::IssuedTicket& issued, const std::map<std::string, std::string>& settings)
{
    TicketData t;
    t.officeParent = setting(settings, "office.parent");
    t.officeName = setting(settings, "office.name");
    t.officeCode = setting(settings, "office.code");
    t.label = issued.ticket.label;
    t.groupCode = issued.ticket.groupCode;
    t.groupName = issued.groupName;
    t.priorityReason = issued.ticket.priorityReason;
    t.counters = issued.counters;
    t.ahead = issued.ahead;
    t.waitMinutes = issued.waitMinutes;
    t.issuedAt = issued.ticket.issuedAt;
    return t;
}

std::string ticketQrPayload(const TicketData& t)
{
    return ticketQrText({t.officeCode, t.label, t.groupCode, t.issuedAt});
}

Raster renderTicketRaster(const TicketData& t, Paper paper, const FormTexts& texts)
{
    if (!isThermal(paper))
        throw Error(ErrorCode::InvalidInput, "Vé số thứ tự chỉ in trên giấy nhiệt 58 hoặc 80 mm");
    Strip s(paper == Paper::Mm58 ? kDots58 : kDots80);
    const double k = s.scale();
    const auto local = domain::toLocal(t.issuedAt);
    const Vars vars = {{"reason", t.priorityReason},
                       {"ahead", std::to_string(t.ahead)},
                       {"wait", std::to_string(t.waitMinutes)},
                       {"counters", counterList(t.counters)},
                       {"time", domain::formatClock(local.minuteOfDay)},
                       {"date", local.date.vn()}};

    s.space(6 * k);
    if (!t.officeParent.empty()) s.text(escapeMarkup(t.officeParent), sans(22 * k));
    s.text(escapeMarkup(t.officeName), sans(26 * k, true));
    s.rule(2, true);
    s.space(4 * k);
    s.text(escapeMarkup(t.groupName), sans(30 * k, true));
    s.space(4 * k);
    s.text(fillMarkup(texts.ticketText("heading"), vars), sans(22 * k));
    // The number is what a citizen compares with the wall screen from across the room.
    s.text(escapeMarkup(t.label), sans(150 * k, true));
    if (!t.priorityReason.empty()) {
        s.inverted(fillMarkup(texts.ticketText("priority"), vars), sans(26 * k, true));
        s.space(8 * k);
    }
    s.text(fillMarkup(texts.ticketText("ahead"), vars), sans(24 * k));
    // 0 means a counter is free for this ticket (domain/wait_estimate.h): never "khoảng 0 phút".
    s.text(fillMarkup(texts.ticketText(t.waitMinutes > 0 ? "wait" : "wait_now"), vars), sans(24 * k));
    if (!t.counters.empty()) s.text(fillMarkup(texts.ticketText("counters"), vars), sans(24 * k));
    s.space(12 * k);
    s.qr(makeQr(ticketQrPayload(t)), 200 * k);
    s.space(6 * k);
    s.text(fillMarkup(texts.ticketText("issued"), vars), sans(22 * k));
    s.rule(2, true);
    TextStyle guidance = sans(20 * k);
    guidance.italic = true;
    s.text(fillMarkup(texts.ticketText("guidance"), vars), guidance);
    return s.finish(10);
}

Document renderTicket(const TicketData& t, Paper paper, const FormTexts& texts)
{
    DocumentInfo info{"ticket", "Phiếu số thứ tự " + t.label, t.label, t.issuedAt};
    return Document::thermal(std::move(info), paper, renderTicketRaster(t, paper, texts));
}

}  // namespace motcua::documents
