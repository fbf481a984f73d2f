// The kiosk's screens: one draw function each, reading KioskState and pushing Commands. None of
// them calls the Desk; drawKiosk picks the screen, draws the header, footer and notices.
#pragma once

#include "kiosk/kiosk_state.h"
#include "kiosk/kiosk_widgets.h"
#include "ui/fonts.h"

namespace motcua::kiosk {

/// One whole frame: notes input, draws the current screen inside a full-screen root window.
void drawKiosk(KioskState& state, Commands& out, const ui::Fonts& fonts);

void drawHome(KioskState& state, Commands& out, const ui::Fonts& fonts, const Layout& l);
void drawPriority(KioskState& state, Commands& out, const ui::Fonts& fonts, const Layout& l);
void drawAttract(KioskState& state, Commands& out, const ui::Fonts& fonts, const Layout& l);
void drawTicket(KioskState& state, Commands& out, const ui::Fonts& fonts, const Layout& l);
void drawLookup(KioskState& state, Commands& out, const ui::Fonts& fonts, const Layout& l);
void drawGuide(KioskState& state, Commands& out, const ui::Fonts& fonts, const Layout& l);
void drawRating(KioskState& state, Commands& out, const ui::Fonts& fonts, const Layout& l);
void drawAdmin(KioskState& state, Commands& out, const ui::Fonts& fonts, const Layout& l);

/// "No numbers now; the office opens at …" in place of the group buttons, within [top, bottom).
void closedPanel(const KioskState& state, const ui::Fonts& fonts, const Layout& l, float top, float bottom);
/// The big button of a service group: its ticket letter, name, people waiting and the wait.
bool groupButton(const char* id, const service::GroupStatus& g, Lang lang, ImVec2 pos, ImVec2 size,
                 const ui::Fonts& fonts, ImU32 fill, bool priority);
/// A dossier's public view (look-up result and the rating's confirmation): status, procedure,
/// masked name, code and, when `full`, the dates; returns the height.
float dossierSummary(const domain::PublicDossierView& v, Lang lang, const ui::Fonts& fonts, ImVec2 pos, float width,
                     bool full);
/// Its signed apology slips (new dates, reasons) and processing steps; returns the height.
float dossierHistory(const domain::PublicDossierView& v, Lang lang, const ui::Fonts& fonts, ImVec2 pos, float width);

}  // namespace motcua::kiosk
