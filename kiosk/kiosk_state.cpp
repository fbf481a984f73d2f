// Screen changes and time-outs: plain state logic, no ImGui and no store, so tests drive it by
// setting the clock.
#include "kiosk/kiosk_state.h"

#include <algorithm>
#include <array>
#include <utility>

namespace motcua::kiosk {

namespace {

constexpr std::array<std::pair<Screen, const char*>, 8> kScreens = {{{Screen::Home, "home"},
                                                                    {Screen::Priority, "priority"},
                                                                    {Screen::Ticket, "ticket"},
                                                                    {Screen::Lookup, "lookup"},
                                                                    {Screen::Guide, "guide"},
                                                                    {Screen::Rating, "rating"},
                                                                    {Screen::Attract, "attract"},
                                                                    {Screen::Admin, "admin"}}};

/// How long the current screen may stay untouched before tick() moves on.
double timeoutOf(const KioskState& s)
{
    switch (s.screen) {
    case Screen::Home: return kAttractAfter;
    case Screen::Attract: return -1;
    case Screen::Ticket: return s.ticket.status == PrintStatus::Printing ? -1 : kTicketTimeout;
    case Screen::Rating: return s.rating.step == RatingStep::Thanks ? kThanksTimeout : kScreenTimeout;
    default: return kScreenTimeout;
    }
}

}  // namespace

const char* screenName(Screen s)
{
    for (const auto& [screen, name] : kScreens)
        if (screen == s) return name;
    return "";
}

std::optional<Screen> parseScreen(std::string_view name)
{
    for (const auto& [screen, n] : kScreens)
        if (name == n) return screen;
    return std::nullopt;
}

std::string KioskState::setting(const std::string& key) const
{
    const auto it = settings.find(key);
    return it == settings.end() ? std::string() : it->second;
}

std::string KioskState::officePrefix() const
{
    const std::string code = setting("office.code");
    return code.empty() ? std::string() : code + "-";
}

void goTo(KioskState& s, Screen screen)
{
    s.screen = screen;
    s.screenSince = s.seconds;
    s.lastInputAt = s.seconds;
    switch (screen) {
    case Screen::Priority: s.priority = {}; break;
    case Screen::Lookup:
        s.lookup = {};
        s.lookup.entry.text = s.officePrefix();
        break;
    case Screen::Rating:
        s.rating = {};
        s.rating.entry.text = s.officePrefix();
        break;
    case Screen::Admin: s.admin.pin.clear(), s.admin.unlocked = false, s.admin.message = {}; break;
    case Screen::Guide: s.guide.field.clear(), s.guide.selected.reset(), s.guide.page = 0; break;
    case Screen::Attract: s.lang = s.defaultLang; break;
    default: break;
    }
}

void noteInput(KioskState& s) { s.lastInputAt = s.seconds; }

void tick(KioskState& s, double seconds)
{
    s.seconds = seconds;
    const double limit = timeoutOf(s);
    if (limit < 0) return;
    const double since = std::max(s.lastInputAt, s.screenSince);
    if (seconds - since < limit) return;
    if (s.screen == Screen::Home) goTo(s, Screen::Attract);
    else goTo(s, Screen::Home);
    s.lang = s.defaultLang;  // whoever touches the kiosk next is a new citizen
}

bool ticketsOpen(const KioskState& s)
{
    if (!s.hours) return true;
    if (s.hours->open) return s.now < s.hours->ticketsUntil;
    return s.hours->ticketsFrom != 0 && s.now >= s.hours->ticketsFrom;
}

double secondsToTimeout(const KioskState& s)
{
    const double limit = timeoutOf(s);
    if (limit < 0) return -1;
    const double since = std::max(s.lastInputAt, s.screenSince);
    return std::max(0.0, since + limit - s.seconds);
}

}  // namespace motcua::kiosk
