// The intake form's left column as a clerk meets it: a long procedure name wraps inside the column
// (it ran past its edge), and a refused save brings the first red field into view with the
// keyboard in it (it stayed wherever the column was scrolled).
#include "counter_support.h"
#include "draw_geometry.h"

#include <catch2/catch.hpp>

using namespace motcua;
using namespace motcua::counter;
using namespace motcua::counter::test;

namespace {

void resize(float w, float h) { ImGui::GetIO().DisplaySize = ImVec2(w, h); }

/// Whether item `id` lies, top to bottom, in what its window shows.
bool inView(const std::string& id, const char* window)
{
    ImVec2 min, max;
    REQUIRE(ui::itemRect(id, min, max));
    const ImRect view = drawnWindow(window).InnerClipRect;
    return min.y >= view.Min.y && max.y <= view.Max.y;
}

/// The mouse wheel over the left column, `notches` up (positive) or down, as a person scrolls it.
void wheelLeftColumn(CounterFixture& f, float notches)
{
    ImGuiIO& io = ImGui::GetIO();
    io.MousePos = drawnWindow("##intake-left").InnerClipRect.GetCenter();
    f.frame();
    for (int i = 0; i < 10; ++i) {
        io.MouseWheel = notches;
        f.frame();
    }
    io.MouseWheel = 0;
    for (int i = 0; i < 3; ++i) f.frame();
}

}  // namespace

TEST_CASE("intake: the chosen procedure's long name wraps inside the column at 1920x1080 and 1024x768",
          "[counter][small]")
{
    for (const auto& [w, h] : {std::pair{1920.0f, 1080.0f}, std::pair{1024.0f, 768.0f}}) {
        INFO("screen " << w << "x" << h);
        CounterFixture f;
        resize(w, h);
        f.login();
        f.state.tab = Tab::Intake;
        f.state.intake.form.procedureCode = "1.013978";  // "Đăng ký đất đai, tài sản gắn liền với đất, …" (215 letters)
        for (int i = 0; i < 3; ++i) f.frame();
        ImVec2 min, max;
        REQUIRE(ui::itemRect("intake-procedure-name", min, max));
        CHECK(max.x <= windowEdge("##intake-left"));
        CHECK(glyphsPastEdge("##intake-left") == 0);
    }
}

TEST_CASE("intake: a refused save scrolls to the first red field and gives it the keyboard", "[counter][small]")
{
    CounterFixture f;
    resize(1024, 768);
    f.login();
    f.state.tab = Tab::Intake;
    auto& form = f.state.intake.form;
    form.procedureCode = "1.004873";
    form.applicantName = "Phạm Thị Thu Hà";
    form.idNumber = "038185004567";
    form.address = "Xã Hà Tân";
    f.frame();
    REQUIRE(f.click("papers-all"));
    REQUIRE(f.click("intake-rep"));  // someone brings it for her, but nothing of them is typed yet
    REQUIRE(form.hasRepresentative);
    wheelLeftColumn(f, 5);  // back to the top of the form, where the clerk started
    REQUIRE_FALSE(inView("intake-rep-name", "##intake-left"));  // below the fold at 1024×768
    REQUIRE(f.click("intake-save"));
    f.applyAll();
    CHECK(f.state.intake.message.rfind("Chưa lưu: còn ", 0) == 0);
    CHECK(f.state.intake.errors.count("rep-name") == 1);
    for (int i = 0; i < 3; ++i) f.frame();
    CHECK(inView("intake-rep-name", "##intake-left"));
    f.ui.type("Vũ Văn Nam", [&f](const ui::Fonts& fonts) { drawCounter(f.state, f.commands, fonts); });
    f.frame();
    CHECK(form.representative.name == "Vũ Văn Nam");  // typed straight into the red field
}

TEST_CASE("intake: at 1024x768 the representative's checkbox and the fee total stay inside the left column",
          "[counter][small]")
{
    CounterFixture f;
    resize(1024, 768);
    f.login();
    f.state.tab = Tab::Intake;
    f.state.intake.form.procedureCode = "1.004873";
    for (int i = 0; i < 3; ++i) f.frame();
    const float edge = windowEdge("##intake-left");
    for (const char* id : {"intake-rep", "fee-total"}) {
        INFO(id);
        ImVec2 min, max;
        REQUIRE(ui::itemRect(id, min, max));
        CHECK(max.x <= edge);
    }
}
