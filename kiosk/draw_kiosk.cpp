// One kiosk frame: note the input (for the time-outs), open the full-screen root window, draw
// the header, the current screen, its footer and the store notice.
#include "kiosk/screens.h"

#include "ui/widgets.h"

namespace motcua::kiosk {

namespace {

bool anyInput()
{
    const ImGuiIO& io = ImGui::GetIO();
    if (io.InputQueueCharacters.Size > 0) return true;
    for (int b = 0; b < 3; ++b)
        if (io.MouseDown[b]) return true;
    for (bool down : io.KeysDown)
        if (down) return true;
    return false;
}

/// "Quay lại": one level up inside the screen, or home.
void back(KioskState& s, Commands& out)
{
    switch (s.screen) {
    case Screen::Guide:
        if (s.guide.selected) s.guide.selected.reset();
        else if (!s.guide.field.empty()) s.guide.field.clear(), s.guide.page = 0;
        else out.push_back(GoTo{Screen::Home});
        break;
    case Screen::Rating:
        if (s.rating.step == RatingStep::Reasons) s.rating.step = RatingStep::Choose;
        else if (s.rating.step == RatingStep::Choose) s.rating.step = RatingStep::Code, s.rating.error = {};
        else out.push_back(GoTo{Screen::Home});
        break;
    default: out.push_back(GoTo{Screen::Home}); break;
    }
}

bool hasBack(const KioskState& s)
{
    switch (s.screen) {
    case Screen::Guide: return s.guide.selected || !s.guide.field.empty();
    case Screen::Rating: return s.rating.step == RatingStep::Choose || s.rating.step == RatingStep::Reasons;
    default: return false;
    }
}

}  // namespace

void drawKiosk(KioskState& s, Commands& out, const ui::Fonts& fonts)
{
    if (anyInput()) noteInput(s);
    ui::beginRoot("##kiosk");
    const bool footer = s.screen != Screen::Home && s.screen != Screen::Attract && s.screen != Screen::Ticket;
    const Layout l = screenLayout(fonts, footer);
    drawHeader(s, out, fonts, l);
    switch (s.screen) {
    case Screen::Home: drawHome(s, out, fonts, l); break;
    case Screen::Priority: drawPriority(s, out, fonts, l); break;
    case Screen::Ticket: drawTicket(s, out, fonts, l); break;
    case Screen::Lookup: drawLookup(s, out, fonts, l); break;
    case Screen::Guide: drawGuide(s, out, fonts, l); break;
    case Screen::Rating: drawRating(s, out, fonts, l); break;
    case Screen::Attract: drawAttract(s, out, fonts, l); break;
    case Screen::Admin: drawAdmin(s, out, fonts, l); break;
    }
    if (footer && drawFooter(s, out, fonts, l, hasBack(s))) back(s, out);
    drawStoreNotice(s, fonts, l);
    ImGui::End();
}

}  // namespace motcua::kiosk
