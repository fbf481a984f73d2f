// Believable data for --screen NAME: every screen shown as a citizen would see it, using only the
// public Desk calls a kiosk may make (an existing ticket via ticketInfo, dossiers via the masked
// public look-up), so screenshots never issue a ticket or write to the store.
#include "kiosk/kiosk_app.h"

#include "documents/qr.h"
#include "documents/ticket.h"
#include "domain/dossier_code.h"
#include "domain/error.h"

#include <algorithm>
#include <functional>

namespace motcua::kiosk {

namespace {

/// The first dossier of the last few weeks (codes …-0001 to …-0003 per day) that `want`
/// accepts; the kiosk may not list dossiers, so it asks for them one code at a time.
std::optional<domain::PublicDossierView> findDossier(service::Desk& desk, const KioskState& s,
                                                     const std::function<bool(const domain::PublicDossierView&)>& want)
{
    const std::string office = s.setting("office.code");
    if (!domain::isValidOfficeCode(office)) return std::nullopt;
    const domain::Date today = domain::localDate(desk.now());
    for (int back = 0; back < 40; ++back)
        for (int seq = 1; seq <= 3; ++seq) {
            try {
                auto v = desk.publicLookup(domain::makeDossierCode(office, today.addDays(-back), seq));
                if (want(v)) return v;
            } catch (const Error&) {
                // not that day's number; keep looking
            }
        }
    return std::nullopt;
}

void demoTicket(service::Desk& desk, KioskState& s)
{
    // The newest waiting ticket: it has people ahead, as a fresh one would.
    auto waiting = desk.tickets(domain::TicketStatus::Waiting);
    std::stable_sort(waiting.begin(), waiting.end(), [](const auto& a, const auto& b) { return a.issuedAt < b.issuedAt; });
    if (waiting.empty()) throw Error(ErrorCode::NotFound, "Không có vé nào đang chờ trong ngày để hiển thị màn hình vé");
    s.ticket = {};
    s.ticket.issued = desk.ticketInfo(waiting.back().label);
    s.ticket.qr = documents::makeQr(documents::ticketQrPayload(documents::ticketData(s.ticket.issued, s.settings)));
    s.ticket.status = s.printerIsNone ? PrintStatus::Shown : PrintStatus::Printed;
    s.ticket.printRequested = true;
}

void demoGuide(service::Desk& desk, KioskState& s)
{
    s.guide.procedures = desk.procedures("");
    std::stable_sort(s.guide.procedures.begin(), s.guide.procedures.end(),
                     [](const auto& a, const auto& b) { return a.field < b.field; });
    if (s.guide.procedures.empty()) return;
    // Khai sinh: the procedure most citizens come for.
    auto it = std::find_if(s.guide.procedures.begin(), s.guide.procedures.end(), [](const auto& p) { return p.code == "1.001193"; });
    const auto& p = it != s.guide.procedures.end() ? *it : s.guide.procedures.front();
    s.guide.field = p.field;
    s.guide.selected = desk.procedure(p.code);
}

}  // namespace

void prepareScreen(Screen screen, service::Desk& desk, KioskState& s)
{
    goTo(s, screen);
    switch (screen) {
    case Screen::Priority: s.priority.reason = 0; break;
    case Screen::Ticket: demoTicket(desk, s); break;
    case Screen::Guide: demoGuide(desk, s); break;
    case Screen::Lookup: {
        // A late dossier with a signed apology shows everything the screen can show.
        s.lookup.result = findDossier(desk, s, [](const auto& v) { return !v.apologies.empty(); });
        if (!s.lookup.result) s.lookup.result = findDossier(desk, s, [](const auto& v) { return !v.steps.empty(); });
        break;
    }
    case Screen::Rating: {
        auto v = findDossier(desk, s, [](const auto& d) { return d.status == domain::DossierStatus::Returned && !d.rated; });
        if (v) {
            s.rating.dossier = std::move(v);
            s.rating.step = RatingStep::Choose;
        }
        break;
    }
    default: break;
    }
}

}  // namespace motcua::kiosk
