// The digital dossier at the counter (issue 15), headless: a citizen's earlier digitised paper
// reused at intake by reference (staff only, found by the ID number), and the result digitised
// in the dossier panel once it is recorded.
#include "counter/intake/paper_scans.h"
#include "counter_support.h"

#include <catch2/catch.hpp>

#include <fstream>

using namespace motcua;
using namespace motcua::counter;
using namespace motcua::counter::test;

namespace {

constexpr const char* kAnQr = "038095001234|187654321|Nguyễn Văn An|05021995|Nam|Thôn 3, xã Hà Tân|20042021";

std::string writePdf(const TempDir& dir, const std::string& name)
{
    const std::string path = dir.path() + "/" + name;
    std::ofstream(path, std::ios::binary) << tinyPdf();
    return path;
}

void startKhaiSinh(CounterFixture& f, const char* qr)
{
    f.typeInto("intake-search", "KHAI SINH");
    REQUIRE(f.click("proc-1.001193"));
    f.typeInto("intake-scan", qr);
    f.key(ImGuiKey_Enter);
    (void)f.frame();  // the complete ID number asks for the citizen's earlier papers
    f.applyAll();
}

/// A first dossier of Nguyễn Văn An with paper 1 scanned at intake; its attachment's id.
std::int64_t receiveWithScan(CounterFixture& f)
{
    startKhaiSinh(f, kAnQr);
    CHECK(f.state.intake.citizenPapers.empty());  // nothing digitised for him yet
    REQUIRE(f.click("scan-files-0"));
    f.typeInto("scan-paths-0", writePdf(f.dir, "to-khai.pdf"));
    REQUIRE(f.click("scan-add-0"));
    f.applyAll();
    REQUIRE(f.click("papers-all"));
    REQUIRE(f.click("intake-save"));
    f.applyAll();
    const auto stored = f.desk->attachments(f.state.intake.received);
    REQUIRE(stored.size() == 1);
    return stored[0].id;
}

}  // namespace

TEST_CASE("intake reuse: the citizen's earlier paper is offered by ID number and attached by reference",
          "[counter][scan][reuse]")
{
    CounterFixture f;
    f.login();
    const auto earlierId = receiveWithScan(f);
    const std::string first = f.state.intake.received;
    startKhaiSinh(f, kAnQr);
    REQUIRE(f.state.intake.citizenPapers.size() == 1);
    CHECK(f.state.intake.citizenPapers[0].attachment.id == earlierId);
    auto text = f.frame();
    CHECK(CounterFixture::shows(text, "Công dân đã có 1 giấy tờ số hoá ở hồ sơ trước"));
    REQUIRE(f.click("reuse-open-0"));
    text = f.frame();
    CHECK(CounterFixture::shows(text, "Hồ sơ " + first + " · thành phần 1 – "));
    REQUIRE(f.click("reuse-pick-0-" + std::to_string(earlierId)));
    REQUIRE(f.state.intake.form.reused.count(0) == 1);
    CHECK(f.state.intake.form.papers[0].given);  // ticked by the reuse
    CHECK(f.state.intake.form.scans.count(0) == 0);
    CHECK(CounterFixture::shows(f.frame(), "Dùng lại: Hồ sơ " + first));
    REQUIRE(f.click("papers-all"));
    REQUIRE(f.click("intake-save"));
    f.applyAll();
    const std::string second = f.state.intake.received;
    REQUIRE_FALSE(second.empty());
    REQUIRE(second != first);
    const auto stored = f.desk->attachments(second);
    REQUIRE(stored.size() == 1);  // by reference: a row pointing at the earlier file, no new scan
    CHECK(stored[0].paper == 1);
    CHECK(stored[0].reusedFrom == earlierId);
    CHECK(stored[0].sha256 == f.desk->attachments(first)[0].sha256);
    f.state.tab = Tab::Dossiers;
    f.commands.push_back(cmd(CommandKind::OpenDossier, second));
    f.applyAll();
    CHECK(CounterFixture::shows(f.frame(), "dùng lại bản đã số hoá trước đây"));
}

TEST_CASE("intake reuse: another citizen's number shows nothing, and the choice made for the last one goes",
          "[counter][scan][reuse]")
{
    CounterFixture f;
    f.login();
    const auto earlierId = receiveWithScan(f);
    startKhaiSinh(f, kAnQr);
    REQUIRE(f.click("reuse-open-0"));
    REQUIRE(f.click("reuse-pick-0-" + std::to_string(earlierId)));
    REQUIRE(f.state.intake.form.reused.count(0) == 1);
    f.state.intake.form.idNumber = "038095001235";  // the clerk corrects one digit: another person
    (void)f.frame();
    f.applyAll();
    CHECK(f.state.intake.citizenPapers.empty());
    CHECK(f.state.intake.form.reused.empty());
    const auto text = f.frame();
    CHECK_FALSE(CounterFixture::shows(text, "Công dân đã có"));
    CHECK_FALSE(CounterFixture::shows(text, "Dùng lại"));
    f.state.intake.form.idNumber = "03809500";  // incomplete: nothing asked, nothing shown
    (void)f.frame();
    CHECK(f.commands.empty());
}

TEST_CASE("result digitised: files added in the dossier panel once the result is recorded", "[counter][scan][result]")
{
    CounterFixture f;
    f.login();
    const std::string code = f.receiveAtAnotherCounter();
    f.openDossier(code);
    CHECK_FALSE(CounterFixture::shows(f.frame(), "Số hoá kết quả giải quyết"));  // no result yet
    f.choose("act-to", "chuyenvien");
    REQUIRE(f.click("act-forward"));
    f.applyAll();
    REQUIRE(f.click("act-complete_step"));
    f.applyAll();
    REQUIRE(f.click("act-result"));
    f.applyAll();
    CHECK(CounterFixture::shows(f.frame(), "Số hoá kết quả giải quyết"));
    REQUIRE(f.click("result-files"));
    const std::string bad = f.dir.path() + "/ket-qua.png";
    std::ofstream(bad, std::ios::binary) << "PK\x03\x04 not a picture";
    f.typeInto("result-paths", bad);
    REQUIRE(f.click("result-add"));
    f.applyAll();
    CHECK(f.state.dossiers.messageIsError);
    CHECK(f.desk->attachments(code).empty());  // refused: nothing stored
    f.state.dossiers.resultPaths.clear();
    filesDropped(f.state, f.commands, {writePdf(f.dir, "quyet-dinh.pdf")});  // dropped on the window
    f.applyAll();
    INFO(f.state.dossiers.message);
    const auto stored = f.desk->attachments(code);
    REQUIRE(stored.size() == 1);
    CHECK(stored[0].kind == domain::AttachmentKind::Result);
    CHECK(f.desk->attachmentContent(stored[0].id) == tinyPdf());
    CHECK(f.state.dossiers.message == "Đã số hoá kết quả của hồ sơ " + code + ": 1 trang.");
    CHECK(CounterFixture::shows(f.frame(), "Kết quả giải quyết: 1 trang"));
}
