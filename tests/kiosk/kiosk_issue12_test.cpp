// Issue 12 on the kiosk ("tried as real users would"): no tickets out of hours, English does not
// outlive its citizen, honest waits on the buttons, the landscape priority cards keep their
// counters, and the attract screen says what its circle means.
#include "kiosk_support.h"

#include <catch2/catch.hpp>

using namespace motcua;
using namespace motcua::kiosk;
using namespace motcua::kiosk::test;

namespace {

/// The fixture's kiosk, its clock moved to `local` (another Desk on the same file).
void moveClock(KioskFixture& k, const char* local)
{
    service::DeskOptions o;
    o.clock = service::fixedClock(*domain::parseLocalDateTime(local));
    o.migrate = false;
    k.desk = service::openSqliteDesk(k.db, o);
    k.desk->actAs("kiosk");
    refresh(*k.desk, k.state);
}

}  // namespace

TEST_CASE("closed: Friday 18:18 shows Monday's opening, no group buttons, and the Desk refuses", "[kiosk][hours]")
{
    KioskFixture k;
    moveClock(k, "2026-11-27 18:18");
    REQUIRE(k.state.hours);
    CHECK_FALSE(ticketsOpen(k.state));
    const auto text = k.frame();
    CHECK(KioskFixture::shows(text, "Bộ phận Một cửa đang nghỉ. Mở cửa lại lúc 07:30 thứ Hai, 30/11/2026."));
    CHECK_FALSE(KioskFixture::shows(text, "Chạm vào lĩnh vực để lấy số"));
    CHECK_FALSE(k.click("##group-HT"));  // no button to take a number
    CHECK(k.click("##lookup"));          // the rest still works
    // A tap that raced the closing: the Desk refuses and the kiosk goes home saying why.
    k.commands.clear();
    k.commands.push_back(IssueTicket{"HT", {}});
    k.applyAll();
    CHECK(k.state.screen == Screen::Home);
    CHECK(k.state.ticket.issued.ticket.label.empty());
    REQUIRE_THROWS_AS(k.desk->issueTicket({"HT", "", true}), Error);
    // The priority screen and the guide's "take a number" button say so too.
    goTo(k.state, Screen::Priority);
    CHECK(KioskFixture::shows(k.frame(), "Mở cửa lại lúc 07:30"));
    k.state.lang = Lang::En;
    CHECK(KioskFixture::shows(k.frame(), "It opens again at 07:30 on Monday, 30/11/2026."));
}

TEST_CASE("closed: the kiosk opens by itself when the hours begin", "[kiosk][hours]")
{
    KioskFixture k;
    moveClock(k, "2026-11-30 07:29");
    CHECK_FALSE(ticketsOpen(k.state));
    k.state.now = *domain::parseLocalDateTime("2026-11-30 07:30");
    CHECK(ticketsOpen(k.state));  // the app sees the flip and refreshes
}

TEST_CASE("language: a time-out or the attract screen brings the next citizen back to Vietnamese", "[kiosk][lang]")
{
    KioskFixture k;
    k.state.lang = Lang::En;
    goTo(k.state, Screen::Guide);
    tick(k.state, k.state.seconds + kScreenTimeout + 0.1);
    CHECK(k.state.screen == Screen::Home);
    CHECK(k.state.lang == Lang::Vi);
    k.state.lang = Lang::En;
    tick(k.state, k.state.seconds + kAttractAfter + 0.1);
    CHECK(k.state.screen == Screen::Attract);
    CHECK(k.state.lang == Lang::Vi);
    // A configured English kiosk returns to English.
    k.state.defaultLang = Lang::En;
    k.state.lang = Lang::Vi;
    goTo(k.state, Screen::Attract);
    CHECK(k.state.lang == Lang::En);
}

TEST_CASE("waits: a busy counter with nobody waiting is not 'no wait', the priority card has its own estimate", "[kiosk][wait]")
{
    KioskFixture k;
    // The demo serves A001 at counter 1; counter 2 takes the next HT ticket: both HT counters busy.
    auto clerk = k.openDesk("motcua2");
    clerk->callNext(2);
    refresh(*k.desk, k.state);
    service::GroupStatus ht;
    for (const auto& g : k.state.home.groups)
        if (g.group.code == "HT") ht = g;
    REQUIRE(ht.group.code == "HT");
    CHECK(ht.waitMinutes > 0);
    CHECK(ht.priorityWaitMinutes > 0);  // the priority card used to say "Không phải chờ" here
    const std::string card = waitingText(Lang::Vi, ht.priorityWaiting, ht.priorityWaitMinutes);
    CHECK(card.find("khoảng") != std::string::npos);
    goTo(k.state, Screen::Priority);
    k.state.priority.reason = 0;
    CHECK(KioskFixture::shows(k.frame(), card));
}

TEST_CASE("landscape priority: every card shows its counters inside the card", "[kiosk][layout]")
{
    KioskFixture k("", 1920, 1080);
    goTo(k.state, Screen::Priority);
    k.state.priority.reason = 0;
    const auto text = k.frame();
    CHECK(KioskFixture::shows(text, "Quầy 1, 2"));
    int cards = 0;
    for (const auto& g : k.state.home.groups) {
        ImVec2 c0, c1, t0, t1;
        REQUIRE(ui::itemRect("##pgroup-" + g.group.code, c0, c1));
        REQUIRE(ui::itemRect("##pgroup-" + g.group.code + "-text", t0, t1));
        INFO(g.group.code << ": text to " << t1.y << ", card to " << c1.y);
        CHECK(t1.y <= c1.y - 8);
        ++cards;
    }
    CHECK(cards >= 3);
}

TEST_CASE("attract: the circle says what it is for", "[kiosk][attract]")
{
    KioskFixture k;
    goTo(k.state, Screen::Attract);
    const auto text = k.frame();
    CHECK(KioskFixture::shows(text, "LẤY SỐ"));
    CHECK(KioskFixture::shows(text, "TAKE A NUMBER"));
}

TEST_CASE("rating by ticket: a citizen with only a ticket rates the visit once", "[kiosk][rating]")
{
    KioskFixture k;
    REQUIRE(k.click("##rating"));
    k.applyAll();
    REQUIRE(k.state.screen == Screen::Rating);
    CHECK(KioskFixture::shows(k.frame(), "ví dụ A023"));
    // A001 is being served at counter 1 in the demo; A004 has not been called yet.
    k.state.rating.entry.text += "A004";
    k.commands.push_back(OpenRating{k.state.rating.entry.text});
    k.applyAll();
    CHECK(k.state.rating.step == RatingStep::Code);
    CHECK(k.state.rating.error.text == &txt::kNotServedYet);
    k.commands.push_back(OpenRating{"A001"});
    k.applyAll();
    REQUIRE(k.state.rating.step == RatingStep::Choose);
    CHECK(KioskFixture::shows(k.frame(), "Lượt phục vụ theo vé A001"));
    REQUIRE(k.click("##very-satisfied"));
    REQUIRE(k.click("##send"));
    k.applyAll();
    CHECK(k.state.rating.step == RatingStep::Thanks);
    // Once per ticket.
    goTo(k.state, Screen::Rating);
    k.commands.push_back(OpenRating{"A001"});
    k.applyAll();
    REQUIRE(k.state.rating.step == RatingStep::Choose);
    REQUIRE(k.click("##satisfied"));
    REQUIRE(k.click("##send"));
    k.applyAll();
    CHECK(k.state.rating.step == RatingStep::Code);
    CHECK(k.state.rating.error.text == &txt::kAlreadyRated);
    // An unknown ticket is said so.
    k.commands.push_back(OpenRating{"A999"});
    k.applyAll();
    CHECK(k.state.rating.error.text == &txt::kUnknownTicket);
}
