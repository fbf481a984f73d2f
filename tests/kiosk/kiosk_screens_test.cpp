// Headless tests of the other screens: look-up (typed and scanned codes, bad and unknown codes,
// masked name only), the procedure guide, the rating (recorded once), the admin gesture and PIN,
// the language switch and the time-outs.
#include "kiosk_support.h"

#include <catch2/catch.hpp>

using namespace motcua;
using namespace motcua::kiosk;
using namespace motcua::kiosk::test;

namespace {

constexpr const char* kLateCode = "000.00.20.H56-261120-0001";      // late, apology #1
constexpr const char* kReturnedCode = "000.00.20.H56-261118-0001";  // returned, not rated

template <class T>
const T* findCommand(const Commands& commands)
{
    for (const auto& c : commands)
        if (const T* t = std::get_if<T>(&c)) return t;
    return nullptr;
}

void open(KioskFixture& k, const char* button)
{
    REQUIRE(k.click(button));
    k.applyAll();
}

/// What a scanner does: types the characters, then presses Enter.
void scan(KioskFixture& k, const std::string& text)
{
    auto draw = [&k](const ui::Fonts& f) { drawKiosk(k.state, k.commands, f); };
    k.ui.type(text, draw);
    k.ui.key(ImGuiKey_Enter, draw);
}

}  // namespace

TEST_CASE("look-up: a malformed code and an unknown code each get a clear message", "[kiosk][lookup]")
{
    KioskFixture k;
    open(k, "##lookup");
    REQUIRE(k.state.screen == Screen::Lookup);
    CHECK(k.state.lookup.entry.text == "000.00.20.H56-");  // the office prefix is typed for you
    scan(k, "ABC-1");
    const auto* look = findCommand<LookUp>(k.commands);
    REQUIRE(look);
    CHECK(look->code == "ABC-1");  // the scanner replaced the prefix
    k.applyAll();
    CHECK(k.state.lookup.error.text == &txt::kMalformedCode);
    CHECK(KioskFixture::shows(k.frame(), "Mã hồ sơ chưa đúng"));

    // On the keypad: clear, then an unknown but well-formed code.
    REQUIRE(k.click("##clear-lookup"));
    for (const char* key : {"0", "0", "0", ".", "0", "0", ".", "2", "0", ".", "H", "5", "6", "-", "2", "6", "1", "1", "2", "0", "-", "0",
                            "0", "0", "9"})
        REQUIRE(k.click(std::string("lookup:") + key));
    CHECK(k.state.lookup.entry.text == "000.00.20.H56-261120-0009");
    REQUIRE(k.click("##search-lookup"));
    k.applyAll();
    CHECK(k.state.lookup.error.text == &txt::kUnknownCode);
    CHECK(KioskFixture::shows(k.frame(), "Không tìm thấy hồ sơ"));
}

TEST_CASE("look-up: a scanned receipt QR shows status, appointment, steps and the signed apology", "[kiosk][lookup]")
{
    KioskFixture k;
    // The late dossier's draft, by its code: drafts are numbered in the sweep's order, not intake's.
    std::string lateId;
    for (const auto& a : k.openDesk("lanhdao")->apologies(domain::ApologyStatus::Draft))
        if (a.dossierCode == kLateCode) lateId = std::to_string(a.id);
    REQUIRE_FALSE(lateId.empty());
    REQUIRE(motcuaAt(k.db, {"--as", "lanhdao", "apology", "sign", "--id", lateId, "--reason", "Chờ xác minh thông tin"}).status == 0);
    open(k, "##lookup");
    scan(k, std::string("MHS:") + kLateCode);
    k.applyAll();
    REQUIRE(k.state.lookup.result);
    const auto text = k.frame();
    CHECK(KioskFixture::shows(text, "Đăng ký kết hôn"));
    CHECK(KioskFixture::shows(text, "Lê H. M."));
    CHECK_FALSE(KioskFixture::shows(text, "Lê Hoàng Minh"));  // never the full name
    CHECK(KioskFixture::shows(text, "Hẹn lại: 10:15 ngày 01/12/2026"));
    CHECK(KioskFixture::shows(text, "Chờ xác minh thông tin"));
    CHECK(KioskFixture::shows(text, "Quá trình xử lý"));
    // In English too.
    REQUIRE(k.click("##lang"));
    k.applyAll();
    CHECK(KioskFixture::shows(k.frame(), "Processing steps"));
}

TEST_CASE("guide: field, procedure, papers and fee, then a number for its group", "[kiosk][guide]")
{
    KioskFixture k;
    open(k, "##guide");
    REQUIRE(k.state.screen == Screen::Guide);
    REQUIRE_FALSE(k.state.guide.procedures.empty());
    CHECK(KioskFixture::shows(k.frame(), "Hộ tịch"));
    REQUIRE(k.click("##field-Hộ tịch"));
    CHECK(KioskFixture::shows(k.frame(), "Đăng ký khai sinh"));
    REQUIRE(k.click("##proc-1.001193"));
    REQUIRE(findCommand<ShowProcedure>(k.commands));
    k.applyAll();
    REQUIRE(k.state.guide.selected);
    const auto text = k.frame();
    CHECK(KioskFixture::shows(text, "Giấy tờ cần chuẩn bị"));
    CHECK(KioskFixture::shows(text, "Lệ phí"));
    CHECK(KioskFixture::shows(text, "Trong ngày"));
    CHECK(KioskFixture::shows(text, "Tư pháp – Hộ tịch – Chứng thực – Quầy 1, 2"));
    // Back goes up one level, not home.
    REQUIRE(k.click("##back"));
    CHECK_FALSE(k.state.guide.selected);
    CHECK(k.state.guide.field == "Hộ tịch");
    REQUIRE(k.click("##proc-1.001193"));
    k.applyAll();
    REQUIRE(k.click("##take-number"));
    const auto* issue = findCommand<IssueTicket>(k.commands);
    REQUIRE(issue);
    CHECK(issue->groupCode == "HT");
}

TEST_CASE("rating: code, choice, reasons, thanks, recorded once", "[kiosk][rating]")
{
    KioskFixture k;
    open(k, "##rating");
    REQUIRE(k.state.screen == Screen::Rating);
    scan(k, kReturnedCode);
    REQUIRE(findCommand<OpenRating>(k.commands));
    k.applyAll();
    REQUIRE(k.state.rating.step == RatingStep::Choose);
    CHECK(KioskFixture::shows(k.frame(), "Rất hài lòng"));
    REQUIRE(k.click("##dissatisfied"));
    REQUIRE(k.state.rating.step == RatingStep::Reasons);
    CHECK(KioskFixture::shows(k.frame(), "Chờ đợi lâu"));
    REQUIRE(k.click("##reason-0"));
    REQUIRE(k.click("##reason-1"));
    REQUIRE(k.click("##send"));
    const auto* submit = findCommand<SubmitRating>(k.commands);
    REQUIRE(submit);
    CHECK(submit->rating == domain::Rating::Dissatisfied);
    CHECK(submit->reasons == "Chờ đợi lâu; Trả kết quả trễ hẹn");
    k.applyAll();
    CHECK(k.state.rating.step == RatingStep::Thanks);
    CHECK(KioskFixture::shows(k.frame(), "Cảm ơn bạn đã đánh giá"));
    CHECK(k.desk->publicLookup(kReturnedCode).rated);

    // A second rating of the same dossier is refused with a message.
    goTo(k.state, Screen::Rating);
    scan(k, kReturnedCode);
    k.applyAll();
    CHECK(k.state.rating.step == RatingStep::Code);
    CHECK(k.state.rating.error.text == &txt::kAlreadyRated);
    CHECK(KioskFixture::shows(k.frame(), "đã được đánh giá"));
}

TEST_CASE("admin: five taps on the corner, a wrong PIN stays locked, the right one opens", "[kiosk][admin]")
{
    KioskFixture k;
    for (int i = 0; i < kAdminTaps - 1; ++i) REQUIRE(k.click("##admin-corner"));
    CHECK(k.commands.empty());
    REQUIRE(k.click("##admin-corner"));
    k.applyAll();
    REQUIRE(k.state.screen == Screen::Admin);
    for (const char* key : {"1", "2", "3", "4", "OK"}) REQUIRE(k.click(std::string("pin:") + key));
    REQUIRE(findCommand<UnlockAdmin>(k.commands));
    k.applyAll();
    CHECK_FALSE(k.state.admin.unlocked);
    CHECK(KioskFixture::shows(k.frame(), "Mã PIN không đúng"));
    // Quit means nothing while locked.
    k.commands.push_back(Quit{});
    k.applyAll();
    CHECK_FALSE(k.state.quit);
    // Three wrong PINs lock the pad for a while, even against the right one.
    for (int i = 0; i < 2; ++i) {
        k.commands.push_back(UnlockAdmin{"0000"});
        k.applyAll();
    }
    k.commands.push_back(UnlockAdmin{"246810"});
    k.applyAll();
    CHECK_FALSE(k.state.admin.unlocked);
    CHECK(k.state.admin.message.text == &txt::kPinLocked);
    k.state.seconds += kPinLockSeconds + 1;
    for (const char* key : {"2", "4", "6", "8", "1", "0", "OK"}) REQUIRE(k.click(std::string("pin:") + key));
    k.applyAll();
    REQUIRE(k.state.admin.unlocked);
    REQUIRE(k.click("##printer-test"));
    k.applyAll();
    CHECK(k.state.admin.messageOk);
    CHECK(KioskFixture::shows(filesIn(k.printDir), "ticket-TEST"));
    REQUIRE(k.click("##quit"));
    k.applyAll();
    CHECK(k.state.quit);
}

TEST_CASE("time-outs: ticket after 20 s, other screens after 60 s, home to attract and back", "[kiosk][timeout]")
{
    KioskFixture k;
    REQUIRE(k.click("##group-HT"));
    k.applyAll();
    k.settle();
    REQUIRE(k.state.ticket.status == PrintStatus::Printed);
    const double t0 = k.state.seconds;
    tick(k.state, t0 + kTicketTimeout - 1);
    CHECK(k.state.screen == Screen::Ticket);
    CHECK(KioskFixture::shows(k.frame(), "Tự động về trang chủ sau 1 giây"));
    tick(k.state, t0 + kTicketTimeout + 0.1);
    CHECK(k.state.screen == Screen::Home);

    goTo(k.state, Screen::Guide);
    tick(k.state, k.state.seconds + kScreenTimeout - 1);
    CHECK(k.state.screen == Screen::Guide);
    tick(k.state, k.state.seconds + 1.1);
    CHECK(k.state.screen == Screen::Home);
    tick(k.state, k.state.seconds + kAttractAfter + 0.1);
    CHECK(k.state.screen == Screen::Attract);
    CHECK(KioskFixture::shows(k.frame(), "Chạm vào màn hình để bắt đầu"));
    REQUIRE(k.click("##attract"));
    k.applyAll();
    CHECK(k.state.screen == Screen::Home);
}

TEST_CASE("the English switch is on every screen and translates it", "[kiosk][lang]")
{
    for (Screen s : {Screen::Home, Screen::Priority, Screen::Lookup, Screen::Guide, Screen::Rating, Screen::Attract, Screen::Admin}) {
        KioskFixture k;
        k.commands.push_back(GoTo{s});
        k.applyAll();
        REQUIRE(k.click("##lang"));
        k.applyAll();
        CHECK(k.state.lang == Lang::En);
        CHECK(KioskFixture::shows(k.frame(), "Tiếng Việt"));
    }
    KioskFixture k;
    k.state.lang = Lang::En;
    const auto text = k.frame();
    CHECK(KioskFixture::shows(text, "Touch a service to take a number"));
    CHECK(KioskFixture::shows(text, "Waiting: 3 people"));
}

TEST_CASE("every screen draws at both orientations without emitting commands by itself", "[kiosk][layout]")
{
    for (auto [w, h] : {std::pair{1080.0f, 1920.0f}, std::pair{1920.0f, 1080.0f}}) {
        KioskFixture k("", w, h);
        for (Screen s : {Screen::Home, Screen::Priority, Screen::Ticket, Screen::Lookup, Screen::Guide, Screen::Rating,
                         Screen::Attract, Screen::Admin}) {
            prepareScreen(s, *k.desk, k.state);
            const auto text = k.frame();
            CHECK_FALSE(text.empty());
            CHECK(k.commands.empty());
        }
    }
}
