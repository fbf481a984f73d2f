// Issue 12 ("tried as real users would"), the counter's items: forwarding chosen from what exists
// (5), the step deadline past the appointment (7), glyphs the font lacks (19), and the rest of
// the small defects found by using the app (15, 22).
#include "counter_support.h"

#include <catch2/catch.hpp>

using namespace motcua;
using namespace motcua::counter;
using test::CounterFixture;

namespace {

/// Receives a dossier as another counter would, and opens it in the panel.
std::string receiveAndOpen(CounterFixture& f, const char* procedure)
{
    auto other = f.openDesk();
    other->actAs("motcua2");
    const auto d = other->receive({procedure, "Trịnh Văn Sơn", "038095009999", "0912345678", "Hà Tân",
                                   domain::Channel::Direct, ""});
    f.state.tab = Tab::Dossiers;
    f.commands.push_back(cmd(CommandKind::OpenDossier, d.code));
    f.applyAll();
    return d.code;
}

/// Every character the frame showed that the body font cannot draw (it would be a "?").
std::u32string missingGlyphs(CounterFixture& f, const std::vector<std::string>& text)
{
    std::u32string missing;
    for (const auto& line : text) missing += ui::uncoveredChars(*f.ui.fonts().body, line);
    return missing;
}

}  // namespace

TEST_CASE("forward: the target is chosen from the units and officers that exist, afresh per dossier",
          "[counter][dossier][issue12]")
{
    CounterFixture f;
    f.login();
    const auto first = receiveAndOpen(f, "1.004873");
    auto& p = f.state.dossiers;
    REQUIRE_FALSE(p.targets.empty());
    f.click("act-to");  // the list opens: units first, then the officers
    const auto text = f.frame();
    CHECK(CounterFixture::shows(text, "Phòng Văn hóa - Xã hội"));
    CHECK(CounterFixture::shows(text, "Phạm Thị Hoa (chuyenvien) – Phòng Văn hóa - Xã hội"));
    f.click("act-to-chuyenvien");
    CHECK(p.forwardTo == "chuyenvien");

    // Another dossier opens with nothing chosen: the previous one's target does not carry over.
    const auto second = receiveAndOpen(f, "1.004873");
    CHECK(p.forwardTo.empty());
    REQUIRE(f.click("act-forward"));
    CHECK(p.messageIsError);
    CHECK(f.desk->dossier(second).steps.empty());

    // A target that is not in the list (an old screen, a script) is refused by the service.
    Command c = cmd(CommandKind::Act, second, "Phòng Văn hoá - Xã hộ");
    c.action = domain::DossierAction::Forward;
    c.version = p.detail->dossier.version;
    f.commands.push_back(c);
    f.applyAll();
    CHECK(p.messageIsError);
    CHECK_THAT(p.message, Catch::Contains("Không có đơn vị hay cán bộ"));
    CHECK(f.desk->dossier(second).steps.empty());
    CHECK(f.desk->dossier(first).steps.empty());
}

TEST_CASE("forward: a step running past the dossier's appointment is warned about, then capped",
          "[counter][dossier][issue12]")
{
    CounterFixture f;
    f.login();
    const auto code = receiveAndOpen(f, "1.001193");  // "trong ngày": due today 17:00
    auto& p = f.state.dossiers;
    REQUIRE(p.stepHours == 8);
    f.frame();
    f.applyAll();  // the app estimates the step's due time after each frame
    REQUIRE(p.stepDue);
    CHECK(CounterFixture::shows(f.frame(), "sau hạn trả hồ sơ"));
    f.choose("act-to", "chuyenvien");
    REQUIRE(f.click("act-forward"));
    f.applyAll();
    CHECK_FALSE(p.messageIsError);
    CHECK_THAT(p.message, Catch::Contains("hạn bước đã rút về hạn trả hồ sơ"));
    const auto d = f.desk->dossier(code);
    REQUIRE(d.steps.size() == 1);
    CHECK(d.steps[0].dueAt == d.dossier.dueAt);
}

TEST_CASE("fonts: every text the counter shows after a dossier action has its glyphs (no \"?\" for →)",
          "[counter][fonts][issue12]")
{
    CounterFixture f;
    // The check itself: the face has no arrows, and says so.
    CHECK(ui::uncoveredChars(*f.ui.fonts().body, "Đã chuyển → Đang xử lý") == U"→");
    CHECK(ui::uncoveredChars(*f.ui.fonts().body, "– “ ” … ₫ · Đặng Thị Hương").empty());
    f.login();
    receiveAndOpen(f, "1.004873");
    f.choose("act-to", "chuyenvien");
    REQUIRE(f.click("act-forward"));
    f.applyAll();
    const auto text = f.frame();
    REQUIRE(CounterFixture::shows(text, "Trạng thái: Đang xử lý"));
    CHECK(missingGlyphs(f, text).empty());
    for (const Tab tab : {Tab::Queue, Tab::Intake, Tab::Officer}) {
        f.state.tab = tab;
        CHECK(missingGlyphs(f, f.frame()).empty());
    }
}

TEST_CASE("intake draft: one limit in characters, one message, gone once the problem is", "[counter][intake][issue12]")
{
    CounterFixture f;
    f.login();
    f.state.tab = Tab::Intake;
    auto& in = f.state.intake;
    // 101 letters of two bytes each: 202 bytes, under the old 400-byte draft limit, over the form's.
    std::string tooLong;
    for (int i = 0; i < 101; ++i) tooLong += "Đ";
    f.typeInto("intake-name", tooLong);
    saveDraftIfDue(*f.desk, f.state, 0);
    CHECK(in.draftError == "Chưa lưu được bản nháp: Họ tên người nộp: dài quá 100 ký tự");
    CHECK(f.state.storeNotice.empty());  // said beside the form, not in the banner over every tab
    const auto errors = validateIntake(in.form, nullptr);
    REQUIRE(errors.count("name"));
    CHECK_THAT(errors.at("name"), Catch::Contains("dài quá 100 ký tự"));
    CHECK(CounterFixture::shows(f.frame(), "dài quá 100 ký tự"));

    in.form.applicantName = "Đặng Thị Hương";
    touch(in, f.state.seconds);
    saveDraftIfDue(*f.desk, f.state, 0);
    CHECK(in.draftError.empty());
    CHECK_FALSE(CounterFixture::shows(f.frame(), "Chưa lưu được bản nháp"));
    REQUIRE(f.desk->loadDraft());
    CHECK(f.desk->loadDraft()->applicantName == "Đặng Thị Hương");
}
