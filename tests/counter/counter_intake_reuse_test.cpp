// The intake's reuse of earlier digitised papers (issue 15) as a clerk drives it: a hurried double
// click on "Dùng lại bản đã số hoá" leaves the list open, its lines wrap inside the papers column
// at 1920×1080 and 1024×768, and the earlier paper matching the checklist line comes first.
#include "counter_support.h"
#include "draw_geometry.h"

#include "documents/sample_pdf.h"

#include <catch2/catch.hpp>

using namespace motcua;
using namespace motcua::counter;
using namespace motcua::counter::test;

namespace {

constexpr const char* kCitizen = "038185009876";

/// An earlier dossier of procedure 1.004873 for kCitizen, received at another counter with its
/// papers itemised, paper 1 (the Tờ khai) digitised before paper 2 (so paper 2 is the newer);
/// their attachment ids.
std::pair<std::int64_t, std::int64_t> earlierDossierWithTwoScans(const CounterFixture& f)
{
    auto other = f.openDesk();
    other->actAs("motcua2");
    const auto procedure = other->procedure("1.004873");
    std::vector<domain::PaperEntry> entries;
    for (const auto& paper : procedure.papers) {
        auto e = domain::defaultPaperEntry(paper);
        e.given = paper.kind != domain::PaperKind::Conditional;
        entries.push_back(e);
    }
    service::ReceiveRequest r{"1.004873", "Phạm Thị Thu Hà", kCitizen, "0978111222", "Xã Hà Tân", domain::Channel::Direct, ""};
    r.papers = domain::submittedPapers(procedure.papers, entries);
    const auto code = other->receive(r).code;
    const auto first = other->attach({code, 1, false, documents::samplePaperPdf("Tờ khai", 1), "to-khai.pdf"});
    const auto second = other->attach({code, 2, false, documents::samplePaperPdf("Căn cước", 2), "can-cuoc.pdf"});
    return {first.id, second.id};
}

/// The intake of procedure 1.004873 with kCitizen's ID number typed: the earlier papers found.
void intakeForCitizen(CounterFixture& f)
{
    f.login();
    f.state.tab = Tab::Intake;
    f.state.intake.form.procedureCode = "1.004873";
    f.frame();
    f.typeInto("intake-id", kCitizen);
    f.applyAll();  // LookupCitizenPapers
    REQUIRE(f.state.intake.citizenPapers.size() == 2);
    for (int i = 0; i < 3; ++i) f.frame();  // the papers box takes its height from the last frame
}

/// Two clicks 50 ms apart on the same spot: one double click to ImGui (and to a clerk's hand).
/// The item is first brought into the papers box's view with the mouse wheel, as a person would.
void doubleClick(CounterFixture& f, const std::string& id)
{
    const auto draw = [&f](const ui::Fonts& fonts) { drawCounter(f.state, f.commands, fonts); };
    ImGuiIO& io = ImGui::GetIO();
    ImVec2 min, max;
    for (int turn = 0; turn < 30; ++turn) {
        f.frame();
        REQUIRE(ui::itemRect(id, min, max));
        const ImRect view = drawnWindow("##papers").InnerClipRect;
        if (min.y >= view.Min.y && max.y <= view.Max.y) break;
        io.MousePos = view.GetCenter();
        f.frame();
        io.MouseWheel = max.y > view.Max.y ? -1.0f : 1.0f;
        f.frame();
        io.MouseWheel = 0.0f;
    }
    const ImVec2 at((min.x + max.x) * 0.5f, (min.y + max.y) * 0.5f);
    f.ui.click(at, draw);
    f.ui.click(at, draw);
    f.applyAll();
    f.frame();
}

float top(const std::string& id)
{
    ImVec2 min, max;
    REQUIRE(ui::itemRect(id, min, max));
    return min.y;
}

}  // namespace

TEST_CASE("intake reuse: a double click on Dùng lại bản đã số hoá leaves the list open", "[counter][reuse]")
{
    CounterFixture f;
    const auto [tokhai, cancuoc] = earlierDossierWithTwoScans(f);
    intakeForCitizen(f);
    doubleClick(f, "reuse-open-0");
    CHECK(f.state.intake.reuseFor == 0);
    CHECK(CounterFixture::shows(f.frame(), "thành phần 1 – Tờ khai"));
    doubleClick(f, "reuse-open-0");  // again: still open, never toggled shut
    CHECK(f.state.intake.reuseFor == 0);
    // Choosing by a double click: the second click falls on whatever replaced the line, and acts not.
    doubleClick(f, "reuse-pick-0-" + std::to_string(tokhai));
    REQUIRE(f.state.intake.form.reused.count(0) == 1);
    CHECK(f.state.intake.form.reused.at(0).attachmentId == tokhai);
    CHECK(f.state.intake.reuseFor == -1);
    // Closing is its own control.
    REQUIRE(f.click("reuse-open-1"));
    CHECK(f.state.intake.reuseFor == 1);
    REQUIRE(f.click("reuse-close-1"));
    CHECK(f.state.intake.reuseFor == -1);
    f.frame();
    ImVec2 min, max;
    CHECK_FALSE(ui::itemRect("reuse-pick-1-" + std::to_string(cancuoc), min, max));  // the list is gone
}

TEST_CASE("intake reuse: a double click on an earlier paper keeps the choice at 1920x1080 and 1024x768",
          "[counter][reuse][small]")
{
    for (const auto& [w, h] : {std::pair{1920.0f, 1080.0f}, std::pair{1024.0f, 768.0f}}) {
        for (int line = 0; line < 2; ++line) {
            INFO("screen " << w << "x" << h << ", the list's line " << line + 1);
            CounterFixture f;
            ImGui::GetIO().DisplaySize = ImVec2(w, h);
            const auto [tokhai, cancuoc] = earlierDossierWithTwoScans(f);
            intakeForCitizen(f);
            REQUIRE(f.click("reuse-open-0"));
            for (int i = 0; i < 3; ++i) f.frame();
            // The chosen paper's wrapped line and "Bỏ dùng lại" take the list's place: the second
            // click falls on one of them, and must not undo the choice the first one made.
            const auto id = line == 0 ? tokhai : cancuoc;
            doubleClick(f, "reuse-pick-0-" + std::to_string(id));
            REQUIRE(f.state.intake.form.reused.count(0) == 1);
            CHECK(f.state.intake.form.reused.at(0).attachmentId == id);
        }
    }
}

TEST_CASE("intake reuse: the earlier papers' lines wrap inside the papers column at 1920x1080 and 1024x768",
          "[counter][reuse][small]")
{
    for (const auto& [w, h] : {std::pair{1920.0f, 1080.0f}, std::pair{1024.0f, 768.0f}}) {
        INFO("screen " << w << "x" << h);
        CounterFixture f;
        ImGui::GetIO().DisplaySize = ImVec2(w, h);
        const auto [tokhai, cancuoc] = earlierDossierWithTwoScans(f);
        intakeForCitizen(f);
        REQUIRE(f.click("reuse-open-1"));
        for (int i = 0; i < 3; ++i) f.frame();
        const float edge = windowEdge("##papers");
        for (const auto id : {tokhai, cancuoc}) {
            ImVec2 min, max;
            REQUIRE(ui::itemRect("reuse-pick-1-" + std::to_string(id), min, max));
            CHECK(max.x <= edge);
        }
        CHECK(glyphsPastEdge("##papers") == 0);
    }
}

TEST_CASE("intake reuse: the earlier paper of the same paper is listed first, then the newest", "[counter][reuse]")
{
    CounterFixture f;
    const auto [tokhai, cancuoc] = earlierDossierWithTwoScans(f);
    intakeForCitizen(f);
    CHECK(f.state.intake.citizenPapers[0].attachment.id == cancuoc);  // the store's order: newest first
    REQUIRE(f.click("reuse-open-0"));  // line 1, "Tờ khai cấp Giấy xác nhận … theo mẫu (bản chính), 1"
    f.frame();
    CHECK(top("reuse-pick-0-" + std::to_string(tokhai)) < top("reuse-pick-0-" + std::to_string(cancuoc)));
    REQUIRE(f.click("reuse-close-0"));
    REQUIRE(f.click("reuse-open-1"));  // line 2, "Giấy tờ tùy thân – xuất trình (bản chính), 1"
    f.frame();
    CHECK(top("reuse-pick-1-" + std::to_string(cancuoc)) < top("reuse-pick-1-" + std::to_string(tokhai)));
}
