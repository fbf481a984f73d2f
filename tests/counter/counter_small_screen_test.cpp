// Issue 12 items 17 and 22: the counter at 1024×768 (nothing that matters clipped or off screen),
// the intake's papers in their own scrolling box at 1920×1080, and the small layout defects:
// clipped list columns, the transfer message, "?" for nobody served, the draft banner's
// scrollbar, checklist text on the panel's edge.
#include "counter_support.h"

#include "counter/supervisor/apply_reports.h"

#include <catch2/catch.hpp>

using namespace motcua;
using namespace motcua::counter;
using test::CounterFixture;

namespace {

void resize(float w, float h) { ImGui::GetIO().DisplaySize = ImVec2(w, h); }

struct Rect {
    ImVec2 min, max;
};

Rect rect(const std::string& id)
{
    Rect r;
    REQUIRE(ui::itemRect(id, r.min, r.max));
    return r;
}

bool inside(const Rect& r, float w, float h) { return r.min.x >= 0 && r.min.y >= 0 && r.max.x <= w && r.max.y <= h; }

/// The intake with a five-paper procedure, every paper ticked (each shows its form and number).
void intakeWithAllPapers(CounterFixture& f)
{
    f.login();
    f.state.tab = Tab::Intake;
    f.state.intake.form.procedureCode = "1.004772";
    f.frame();
    REQUIRE(f.click("papers-all"));
    for (auto& e : f.state.intake.form.papers) e.given = true;
    for (int i = 0; i < 3; ++i) f.frame();  // the papers box takes its height from the last frame
}

}  // namespace

TEST_CASE("1024×768: the header's time and name never run under Đăng xuất", "[counter][issue12][small]")
{
    CounterFixture f;
    resize(1024, 768);
    f.login();
    f.frame();
    const auto time = rect("header-time");
    const auto logout = rect("logout");
    CHECK(time.max.x <= logout.min.x);
    CHECK(inside(logout, 1024, 768));
}

TEST_CASE("1024×768: the intake's Save is on screen, the papers scroll in their own box", "[counter][issue12][small]")
{
    CounterFixture f;
    resize(1024, 768);
    intakeWithAllPapers(f);
    const auto save = rect("intake-save");
    CHECK(inside(save, 1024, 768));
    const auto papers = rect("intake-papers");
    CHECK(papers.max.y <= save.min.y);
    CHECK(inside(rect("intake-clear"), 1024, 768));
    CHECK(inside(rect("intake-refuse-open"), 1024, 768));
    // The last paper is below the box's fold: it scrolls there, not the whole column.
    const auto last = rect("paper-4");
    CHECK(last.min.y > papers.max.y);
}

TEST_CASE("1920×1080: with many papers ticked Save stays above the fold", "[counter][issue12][small]")
{
    CounterFixture f;
    intakeWithAllPapers(f);
    CHECK(inside(rect("intake-save"), 1920, 1080));
    CHECK(rect("intake-papers").max.y <= rect("intake-save").min.y);
}

TEST_CASE("intake: the Số lượng box has room for its number beside the −/+ buttons", "[counter][issue12][small]")
{
    CounterFixture f;
    intakeWithAllPapers(f);
    const auto qty = rect("paper-0-qty");
    const float buttons = 2 * (ImGui::GetFrameHeight() + ImGui::GetStyle().ItemInnerSpacing.x);
    CHECK(qty.max.x - qty.min.x - buttons >= ImGui::CalcTextSize("99").x + 2 * ImGui::GetStyle().FramePadding.x + 20);
}

TEST_CASE("intake: checklist text wraps short of the papers box's edge", "[counter][issue12][small]")
{
    for (const float w : {1024.0f, 1920.0f}) {
        CounterFixture f;
        resize(w, w == 1024.0f ? 768.0f : 1080.0f);
        intakeWithAllPapers(f);
        const auto box = rect("intake-papers");
        for (int i = 0; i < 5; ++i) CHECK(rect("paper-text-" + std::to_string(i)).max.x <= box.max.x - 8);
    }
}

TEST_CASE("1024×768: the queue panel's buttons and the dossier list fit", "[counter][issue12][small]")
{
    CounterFixture f;
    resize(1024, 768);
    f.login();
    f.state.tab = Tab::Dossiers;
    f.commands.push_back(cmd(CommandKind::SearchDossiers));
    f.applyAll();
    f.frame();
    for (const char* id : {"q-next", "q-recall", "q-skip", "q-transfer", "q-finish"}) CHECK(inside(rect(id), 1024, 768));
    REQUIRE_FALSE(f.state.dossiers.list.empty());
    const auto table = rect("list");
    CHECK(table.max.x <= 1024);
    for (const auto& row : f.state.dossiers.list) CHECK(rect("list-due-" + row.dossier.code).max.x <= table.max.x);
    // Opening one shows its detail in the whole width, with a way back to the list.
    f.click("list-" + f.state.dossiers.list.front().dossier.code);
    f.applyAll();
    f.frame();
    REQUIRE(f.click("dossier-back"));
    f.frame();
    CHECK(inside(rect("list"), 1024, 768));
}

TEST_CASE("dossier list: no column is clipped while the detail pane has room", "[counter][issue12][small]")
{
    CounterFixture f;
    f.login();
    f.state.tab = Tab::Dossiers;
    f.state.dossiers.filter = DossierFilter::Late;  // the longest due texts: "… · trễ"
    f.commands.push_back(cmd(CommandKind::SearchDossiers));
    f.applyAll();
    REQUIRE_FALSE(f.state.dossiers.list.empty());
    f.click("list-" + f.state.dossiers.list.front().dossier.code);
    f.applyAll();
    f.frame();
    const auto table = rect("list");
    for (const auto& row : f.state.dossiers.list) CHECK(rect("list-due-" + row.dossier.code).max.x <= table.max.x - 4);
}

TEST_CASE("queue: the transfer message names the group by its letter and name", "[counter][issue12]")
{
    CounterFixture f;
    f.login();
    f.key(kKeyF5);
    f.applyAll();
    REQUIRE(f.state.queue.serving);
    const auto label = f.state.queue.serving->label;
    f.key(kKeyF8);
    const std::string target = f.state.queue.serving->groupCode == "DD" ? "HT" : "DD";
    REQUIRE(f.click("q-to-group-" + target));
    f.applyAll();
    std::string title;
    for (const auto& g : f.state.queue.allGroups)
        if (g.group.code == target) title = g.group.prefix + " · " + g.group.name;
    REQUIRE_FALSE(title.empty());
    CHECK(f.state.queue.message == "Đã chuyển số " + label + " sang nhóm " + title);
}

TEST_CASE("queue: nobody being served is said in words, not a lone sign", "[counter][issue12]")
{
    CounterFixture f;
    f.login();
    REQUIRE_FALSE(f.state.queue.serving);
    const auto text = f.frame();
    CHECK(CounterFixture::shows(text, "Chưa phục vụ ai"));
    for (const auto& line : text) {
        CHECK(line != "—");
        CHECK(line != "?");
    }
}

TEST_CASE("intake: the draft banner holds its text and buttons without a scrollbar", "[counter][issue12][draft]")
{
    for (const float w : {1024.0f, 1920.0f}) {
        CounterFixture f;
        resize(w, w == 1024.0f ? 768.0f : 1080.0f);
        f.login();
        domain::IntakeDraft d;
        d.procedureCode = "2.001406";  // a long name: the banner's text wraps
        d.applicantName = "Nguyễn Thị Phương Thảo";
        d.savedAt = f.state.now;
        f.state.intake.offeredDraft = d;
        f.state.tab = Tab::Intake;
        f.frame();
        f.frame();
        const auto banner = rect("draft-banner");
        const auto text = rect("draft-text");
        CHECK(text.max.x <= banner.max.x);
        CHECK(rect("draft-discard").max.y <= banner.max.y - 4);
        CHECK(rect("draft-accept").max.y <= banner.max.y - 4);
    }
}

TEST_CASE("1024×768: the reports tab keeps the QĐ 766 table and the quarter buttons inside the window",
          "[counter][issue12][small][reports]")
{
    // Seen live: the table sat in the right half of the summary and its figures ran off the edge;
    // the last quarter button was cut too.
    CounterFixture f;
    resize(1024, 768);
    f.login("lanhdao");
    f.state.tab = Tab::Reports;
    f.commands.push_back(cmd(CommandKind::ReportRun));
    f.applyAll();
    REQUIRE(f.state.reports.report);
    f.frame();
    f.frame();
    const auto table = rect("reports-quality");
    CHECK(table.max.x <= 1024 - 16);
    CHECK(table.max.x - table.min.x >= 600);  // the whole width, not a squeezed half
    for (const auto& q : recentQuarters(domain::localDate(f.state.now))) {
        INFO(q << " ends at " << rect("reports-" + q).max.x);
        CHECK(inside(rect("reports-" + q), 1000, 768));  // left of the tab's scrollbar
    }
    // At 1920×1080 the totals and the table still stand side by side.
    resize(1920, 1080);
    f.frame();
    f.frame();
    CHECK(rect("reports-quality").min.x >= 900);
}
