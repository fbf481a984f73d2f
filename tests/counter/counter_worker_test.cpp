// The counter's loop with its worker thread (issue 14 item 3): frames keep coming while a slow
// host answers, the screen shows it is working, a double-clicked "Gọi tiếp" calls once, a host
// that is away keeps what the clerk typed (on screen and in a local draft file) and the counter
// carries on by itself when it is back; the local draft is offered back at the next login.
#include "counter_support.h"
#include "counter/counter_loop.h"
#include "counter/intake/local_draft.h"
#include "tests/common/faults.h"
#include "ui/working_badge.h"

#include <catch2/catch.hpp>

#include <sys/stat.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <thread>

using namespace motcua;
using namespace motcua::counter;
using namespace motcua::counter::test;
using motcua::service::test::Faults;

namespace {

using Clock = std::chrono::steady_clock;

/// The demo office, the counter's loop on a Desk behind `faults`, driven by headless frames.
struct LoopRig {
    LoopRig()
    {
        CounterLoopSetup setup;
        setup.desk = service::test::faultyDesk(f.openDesk(), faults);
        setup.printer = documents::openPrinter("pdf:" + f.printDir);
        setup.connect = [this] { return service::test::faultyDesk(f.openDesk(), faults); };
        setup.clock = service::fixedClock(*domain::parseLocalDateTime(kNow));
        setup.draftDir = draftDir;
        loop = std::make_unique<CounterLoop>(f.state, std::move(setup));
    }
    void login(const std::string& user = "motcua1")
    {
        loop->commands().push_back(cmd(CommandKind::Login, {}, user, kPassword));
        REQUIRE(loop->finishAll(10));
        REQUIRE(loop->state().user);
    }
    std::function<void(const ui::Fonts&)> drawer()
    {
        return [this](const ui::Fonts& fonts) { loop->draw(fonts); };
    }
    std::vector<std::string> frame()
    {
        auto text = f.ui.frame(drawer());
        loop->afterFrame();
        loop->storeChanged();
        return text;
    }
    bool click(const std::string& id)
    {
        const bool found = f.ui.clickItem(id, drawer());
        loop->afterFrame();
        return found;
    }
    /// Typing as the runner delivers it: only once no job holds the state.
    void typeInto(const std::string& id, const std::string& text)
    {
        REQUIRE(loop->finishAll(10));
        REQUIRE(click(id));
        f.ui.type(text, drawer());
        frame();
        REQUIRE(loop->finishAll(10));
    }
    template <class Done>
    void frames(double seconds, Done done, const std::string& watch = {})
    {
        const auto until = Clock::now() + std::chrono::duration<double>(seconds);
        while (Clock::now() < until && !done()) {
            const bool during = faults.inFlight > 0 || loop->working();
            const auto text = frame();
            if (during) ++framesWhileWorking;
            if (!watch.empty() && CounterFixture::shows(text, watch)) sawWatch = true;
            std::this_thread::sleep_for(std::chrono::milliseconds(5));
        }
    }
    int called()
    {
        int n = 0;
        for (const auto& t : f.desk->tickets(domain::TicketStatus::Called)) n += t.counter && *t.counter == 2;
        return n;
    }

    CounterFixture f;
    std::string draftDir = f.dir.path() + "/config";
    Faults faults;
    std::unique_ptr<CounterLoop> loop;
    int framesWhileWorking = 0;
    bool sawWatch = false;
};

void fillBirthRegistration(LoopRig& r)
{
    r.typeInto("intake-search", "KHAI SINH");
    REQUIRE(r.click("proc-1.001193"));
    REQUIRE(r.loop->finishAll(10));
    r.typeInto("intake-scan", "038095001234|187654321|Nguyễn Văn An|05021995|Nam|Thôn 3, xã Hà Tân|20042021");
    r.f.ui.key(ImGuiKey_Enter, r.drawer());
    r.typeInto("intake-phone", "0912345678");
    REQUIRE(r.click("papers-all"));
    REQUIRE(r.loop->finishAll(10));
    REQUIRE(r.loop->state().intake.form.applicantName == "Nguyễn Văn An");
}

}  // namespace

TEST_CASE("counter, slow host: frames keep coming, it shows it is working, a double-clicked call calls once",
          "[counter][worker]")
{
    LoopRig r;
    r.login();
    REQUIRE(r.called() == 0);
    r.faults.delayMs = 400;
    REQUIRE(r.click("q-next"));
    r.frames(0.15, [] { return false; });
    REQUIRE(r.loop->working());
    REQUIRE(r.click("q-next"));  // the second half of a double click, while the first call is in flight
    r.frames(15, [&] { return !r.loop->working() && r.loop->state().queue.serving.has_value(); }, ui::kWorkingText);
    REQUIRE(r.loop->finishAll(15));
    CHECK(r.sawWatch);
    CHECK(r.framesWhileWorking >= 20);
    CHECK(r.loop->state().queue.serving.has_value());
    CHECK(r.called() == 1);
    CHECK(r.faults.writes == 1);  // one callNext reached the store, not two
}

TEST_CASE("counter, host away: the typed form stays, a calm notice, the draft kept locally, saved once it is back",
          "[counter][worker][draft]")
{
    LoopRig r;
    r.login();
    fillBirthRegistration(r);
    r.faults.down = true;
    REQUIRE(r.click("intake-save"));
    r.frames(3, [&] { return !r.loop->working() && !r.loop->state().storeNotice.empty(); });
    REQUIRE(r.loop->finishAll(10));
    const auto& s = r.loop->state();
    CHECK(s.intake.received.empty());
    CHECK(s.intake.form.applicantName == "Nguyễn Văn An");  // nothing typed is lost
    CHECK(s.intake.form.phone == "0912345678");
    CHECK(s.intake.message.find("Không kết nối được máy chủ") != std::string::npos);
    // The draft went to this PC's disk although the host refused it.
    const std::string path = localDraftPath(r.draftDir, "motcua1", 2);
    r.frames(3, [&] { return std::filesystem::exists(path); });
    REQUIRE(std::filesystem::exists(path));
    struct stat st{};
    REQUIRE(::stat(path.c_str(), &st) == 0);
    CHECK((st.st_mode & 0777) == 0600);
    CHECK(loadLocalDraft(r.draftDir, "motcua1", 2)->applicantName == "Nguyễn Văn An");
    r.frames(3, [&] { return !r.loop->state().storeNotice.empty(); });
    INFO(r.loop->state().storeNotice);
    CHECK(CounterFixture::shows(r.frame(), "tự thử lại"));

    r.faults.down = false;  // the host is back: the notice goes by itself, nobody restarts anything
    r.frames(8, [&] { return r.loop->state().storeNotice.empty() && !r.loop->state().intake.dirty; });
    CHECK(r.loop->state().storeNotice.empty());
    CHECK_FALSE(r.loop->state().intake.dirty);  // the draft reached the store too
    REQUIRE(r.loop->finishAll(10));
    REQUIRE(r.click("intake-save"));
    REQUIRE(r.loop->finishAll(10));
    CHECK_FALSE(r.loop->state().intake.received.empty());
    r.frames(1, [&] { return !std::filesystem::exists(path); });
    CHECK_FALSE(std::filesystem::exists(path));  // received: nothing left to offer
}

TEST_CASE("counter: a draft kept only on this PC is offered back at login, a newer one in the store wins",
          "[counter][worker][draft]")
{
    LoopRig r;
    domain::IntakeDraft d;
    d.procedureCode = "1.001193";
    d.applicantName = "Lê Thị Hoa";
    d.idNumber = "038195004321";
    d.channel = domain::Channel::Postal;
    d.collection = domain::Collection::Post;
    d.representative.name = "Lê Văn Bình";
    d.papers = {{true, domain::PaperForm::Copy, 2, false}};
    d.savedAt = 1000;
    saveLocalDraft(r.draftDir, "motcua1", 2, d);
    CHECK(loadLocalDraft(r.draftDir, "motcua1", 2) == d);  // every field round-trips
    CHECK_FALSE(std::filesystem::exists(localDraftPath(r.draftDir, "motcua1", 2) + ".tmp"));
    r.login();
    REQUIRE(r.loop->state().intake.offeredDraft);
    CHECK(r.loop->state().intake.offeredDraft->applicantName == "Lê Thị Hoa");

    // The store has a newer one (saved from this clerk's session elsewhere): that one is offered.
    auto newer = d;
    newer.applicantName = "Lê Thị Hoa Mai";
    LoopRig again;
    saveLocalDraft(again.draftDir, "motcua1", 2, d);
    auto store = again.f.openDesk();
    store->login("motcua1", kPassword);
    store->saveDraft(newer);
    again.login();
    REQUIRE(again.loop->state().intake.offeredDraft);
    CHECK(again.loop->state().intake.offeredDraft->applicantName == "Lê Thị Hoa Mai");
}

TEST_CASE("counter: a draft kept on this PC for the account at another counter is not offered here",
          "[counter][worker][draft][issue12]")
{
    // Issue 12 item 6: one account at counters 1 and 2 on one PC's folder; counter 2 (the rig's)
    // used to offer counter 1's applicant, and to delete counter 1's file when its own form was blank.
    LoopRig r;
    domain::IntakeDraft d;
    d.applicantName = "Trần Văn An";
    d.savedAt = 1000;
    saveLocalDraft(r.draftDir, "motcua1", 1, d);
    r.login();
    CHECK_FALSE(r.loop->state().intake.offeredDraft);
    r.frames(0.5, [] { return false; });  // a blank form at counter 2 removes only counter 2's file
    REQUIRE(r.loop->finishAll(10));
    REQUIRE(loadLocalDraft(r.draftDir, "motcua1", 1));
    CHECK(loadLocalDraft(r.draftDir, "motcua1", 1)->applicantName == "Trần Văn An");
    CHECK_FALSE(loadLocalDraft(r.draftDir, "motcua1", 2));
}

TEST_CASE("counter, files cut off: a scan the host did not take is kept on this PC and sent once it is back",
          "[counter][worker][scan]")
{
    LoopRig r;
    r.login();
    fillBirthRegistration(r);
    const std::string pdf = r.f.dir.path() + "/to-khai.pdf";
    std::ofstream(pdf, std::ios::binary) << tinyPdf();
    REQUIRE(r.click("scan-files-0"));
    r.typeInto("scan-paths-0", pdf);
    REQUIRE(r.click("scan-add-0"));
    REQUIRE(r.loop->finishAll(10));
    REQUIRE(r.loop->state().intake.form.scans.count(0) == 1);
    r.faults.filesDown = true;  // the dossier reaches the host, its scan does not
    REQUIRE(r.click("intake-save"));
    REQUIRE(r.loop->finishAll(10));
    const std::string code = r.loop->state().intake.received;
    REQUIRE_FALSE(code.empty());
    const std::string kept = r.f.state.prefsDir + "/unsent-scans";
    CHECK(filesIn(kept).size() == 2);  // the PDF and what it belongs to, on this PC's disk
    REQUIRE(r.loop->state().unsentScans.size() == 1);
    CHECK(CounterFixture::shows(r.frame(), "1 bản quét chưa gửi được lên máy chủ"));
    r.frames(3, [] { return false; });  // tries while the host still refuses files: kept
    CHECK(r.loop->state().unsentScans.size() == 1);

    r.faults.filesDown = false;  // back: sent by itself, nobody clicks anything
    r.frames(15, [&] { return r.loop->state().unsentScans.empty(); });
    REQUIRE(r.loop->finishAll(10));
    CHECK(r.loop->state().unsentScans.empty());
    auto office = r.f.openDesk();
    office->actAs("motcua1");
    const auto stored = office->attachments(code);
    REQUIRE(stored.size() == 1);
    CHECK(stored[0].paper == 1);
    CHECK(filesIn(kept).empty());
    CHECK_FALSE(CounterFixture::shows(r.frame(), "bản quét chưa gửi được"));
}
