// Scans the host did not take when their dossier was received, kept on this PC (issue 15: the
// receive and the attachments are separate calls over the network): picked up again after a
// restart, sent once, and never stored twice; a scan the store refuses for good is named to the
// clerk and not tried forever. The loop's own retry is in counter_worker_test.cpp.
#include "counter/intake/apply_unsent_scans.h"
#include "counter_support.h"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

using namespace motcua;
using namespace motcua::counter;
using namespace motcua::counter::test;

namespace {

/// A dossier with its form handed in and the ID card shown, received by motcua2 at another PC; its code.
std::string receivedWithOnePaper(const CounterFixture& f)
{
    auto other = f.openDesk();
    other->actAs("motcua2");
    service::ReceiveRequest r{"1.004873", "Trịnh Văn Sơn", "038095009999", "0912345678", "Hà Tân", domain::Channel::Direct, ""};
    r.papers = std::vector<domain::SubmittedPaper>{{0, "", domain::PaperKind::Required, domain::PaperForm::Original, 1, false},
                                                   {1, "", domain::PaperKind::Required, domain::PaperForm::Original, 1, true}};
    return other->receive(r).code;
}

/// A scan of paper line `paper` of `code` kept on the fixture's PC, as a counter that crashed left it.
UnsentScan keptScan(CounterFixture& f, const std::string& code, int paper)
{
    UnsentScan u{code, paper, tinyPdf(), "to-khai.pdf", {}};
    keepUnsentScan(unsentScansDirOf(f.state), u);
    return u;
}

bool noticeSays(const CounterFixture& f, const std::string& needle)
{
    for (const auto& n : f.state.notices.items())
        if (n.text.find(needle) != std::string::npos) return true;
    return false;
}

}  // namespace

TEST_CASE("unsent scans: kept before a restart, picked up at the next login and sent once", "[counter][scan][unsent]")
{
    CounterFixture f;
    const std::string code = receivedWithOnePaper(f);
    (void)keptScan(f, code, 1);
    (void)keptScan(f, code, 1);  // the same scan kept twice (two failed tries) is one file pair
    CHECK(filesIn(unsentScansDirOf(f.state)).size() == 2);
    f.login();
    REQUIRE(f.state.unsentScans.size() == 1);
    CHECK(f.state.unsentScans[0].code == code);
    CHECK(f.state.unsentScans[0].pdf == tinyPdf());
    CHECK(CounterFixture::shows(f.frame(), "1 bản quét chưa gửi được lên máy chủ"));
    REQUIRE(f.click("unsent-send"));
    f.applyAll();
    CHECK(f.state.unsentScans.empty());
    const auto stored = f.desk->attachments(code);
    REQUIRE(stored.size() == 1);
    CHECK(stored[0].paper == 1);
    CHECK(f.desk->attachmentContent(stored[0].id) == tinyPdf());
    CHECK(filesIn(unsentScansDirOf(f.state)).empty());
    CHECK(noticeSays(f, "Đã gửi bản quét giấy tờ số 1 của hồ sơ " + code));
}

TEST_CASE("unsent scans: one the store already has (its answer was lost) is not stored twice", "[counter][scan][unsent]")
{
    CounterFixture f;
    const std::string code = receivedWithOnePaper(f);
    f.login();
    (void)f.desk->attach(service::AttachRequest{code, 1, false, tinyPdf(), "to-khai.pdf"});
    f.state.unsentScans.push_back(keptScan(f, code, 1));
    sendUnsentScans(*f.desk, f.state);
    CHECK(f.state.unsentScans.empty());
    CHECK(f.desk->attachments(code).size() == 1);
    CHECK(filesIn(unsentScansDirOf(f.state)).empty());
}

TEST_CASE("unsent scans: one the store refuses for good is named to the clerk and forgotten", "[counter][scan][unsent]")
{
    CounterFixture f;
    const std::string code = receivedWithOnePaper(f);
    f.login();
    f.state.unsentScans.push_back(keptScan(f, code, 99));  // no paper 99 on that dossier's checklist
    sendUnsentScans(*f.desk, f.state);
    CHECK(f.state.unsentScans.empty());
    CHECK(f.desk->attachments(code).empty());
    CHECK(filesIn(unsentScansDirOf(f.state)).empty());
    CHECK(noticeSays(f, "Máy chủ không nhận bản quét giấy tờ số 99 của hồ sơ " + code));
    CHECK(noticeSays(f, "Hãy quét lại"));
}

TEST_CASE("unsent scans: a damaged kept file is never sent", "[counter][scan][unsent]")
{
    CounterFixture f;
    const std::string code = receivedWithOnePaper(f);
    const auto u = keptScan(f, code, 1);
    {
        std::ofstream out(u.file, std::ios::binary | std::ios::trunc);
        out << "%PDF-1.4 torn";
    }
    f.login();
    CHECK(f.state.unsentScans.empty());
    CHECK(f.desk->attachments(code).empty());
}
