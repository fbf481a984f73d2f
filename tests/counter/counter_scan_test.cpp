// The intake checklist's scans (issue 15), headless: "Thêm tệp" with typed paths and with files
// dropped on the window, the paper ticked, thumbnails listed, a hostile file refused with the
// form unchanged, and "Quét" through SANE's test backend.
#include "counter/intake/paper_scans.h"
#include "counter_support.h"

#include <catch2/catch.hpp>

#include <cstdlib>
#include <filesystem>
#include <fstream>

using namespace motcua;
using namespace motcua::counter;
using namespace motcua::counter::test;

namespace {

void chooseKhaiSinh(CounterFixture& f)
{
    f.typeInto("intake-search", "KHAI SINH");
    REQUIRE(CounterFixture::shows(f.frame(), "Đăng ký khai sinh"));
    REQUIRE(f.click("proc-1.001193"));
}

// A one-page PDF written with the motcua binary is more than we need: a PNG made by hand is the
// clerk's photo of a paper (8×8 grey pixels; libpng reads it).
std::string writeFile(const TempDir& dir, const std::string& name, const std::string& bytes)
{
    const std::string path = dir.path() + "/" + name;
    std::ofstream(path, std::ios::binary) << bytes;
    return path;
}

}  // namespace

TEST_CASE("intake scans: files typed under a paper are attached, the paper ticked, its pages shown", "[counter][scan]")
{
    CounterFixture f;
    f.login();
    chooseKhaiSinh(f);
    REQUIRE(f.click("scan-files-0"));
    const std::string pdf = writeFile(f.dir, "to-khai.pdf", tinyPdf());
    f.typeInto("scan-paths-0", pdf);
    REQUIRE(f.click("scan-add-0"));
    f.applyAll();
    INFO(f.state.intake.scanMessage);
    REQUIRE(f.state.intake.form.scans.count(0) == 1);
    CHECK(f.state.intake.form.scans[0].pages == 1);
    CHECK(f.state.intake.form.scans[0].pdf == tinyPdf());  // a lone PDF is kept byte for byte
    CHECK(f.state.intake.form.papers[0].given);
    const auto text = f.frame();
    CHECK(CounterFixture::shows(text, "Đã số hoá giấy tờ số 1: 1 trang."));
    REQUIRE(f.click("scan-thumb-0-0"));
    CHECK(f.state.intake.viewPaper == 0);
    CHECK(CounterFixture::shows(f.frame(), "Giấy tờ số 1 · trang 1/1"));
}

TEST_CASE("intake scans: files dropped on the window go to the paper whose \"Thêm tệp\" is open", "[counter][scan]")
{
    CounterFixture f;
    f.login();
    chooseKhaiSinh(f);
    const std::string pdf = writeFile(f.dir, "a.pdf", tinyPdf());
    filesDropped(f.state, f.commands, {pdf});
    CHECK(f.commands.empty());  // no paper chosen: a hint, nothing attached
    CHECK(f.state.intake.scanMessageIsError);
    REQUIRE(f.click("scan-files-1"));
    filesDropped(f.state, f.commands, {pdf, pdf});
    f.applyAll();
    REQUIRE(f.state.intake.form.scans.count(1) == 1);
    CHECK(f.state.intake.form.scans[1].pages == 2);
    CHECK(f.state.intake.form.papers[1].given);
}

TEST_CASE("intake scans: a hostile file is refused by position and the form is unchanged", "[counter][scan]")
{
    CounterFixture f;
    f.login();
    chooseKhaiSinh(f);
    const auto papersBefore = f.state.intake.form.papers;
    REQUIRE(f.click("scan-files-0"));
    const std::string good = writeFile(f.dir, "good.pdf", tinyPdf());
    const std::string bad = writeFile(f.dir, "anh.jpg", "PK\x03\x04 not a picture");
    filesDropped(f.state, f.commands, {good, bad});
    f.applyAll();
    CHECK(f.state.intake.form.scans.empty());
    CHECK(f.state.intake.form.papers == papersBefore);
    CHECK(f.state.intake.scanMessage.find("Tệp thứ 2: tệp không phải PDF") != std::string::npos);
    filesDropped(f.state, f.commands, {"/dev/zero"});
    f.applyAll();
    CHECK(f.state.intake.scanMessage.find("không phải một tệp đọc được") != std::string::npos);
    CHECK(f.state.intake.form.scans.empty());
}

TEST_CASE("intake scans: \"Quét\" scans the paper through SANE (test backend)", "[counter][scan][sane]")
{
    const std::filesystem::path config = std::filesystem::temp_directory_path() / ("motcua-counter-sane-" + std::to_string(::getpid()));
    std::filesystem::create_directories(config);
    std::ofstream(config / "dll.conf") << "test\n";
    ::setenv("SANE_CONFIG_DIR", config.c_str(), 1);
    CounterFixture f;
    f.login();
    chooseKhaiSinh(f);
    REQUIRE(f.click("scan-paper-0"));
    f.applyAll();
    ::unsetenv("SANE_CONFIG_DIR");
    std::filesystem::remove_all(config);
    INFO(f.state.intake.scanMessage);
    REQUIRE(f.state.intake.form.scans.count(0) == 1);
    CHECK(f.state.intake.form.scans[0].pages == 10);  // the test backend's feeder holds 10 sheets
    CHECK(f.state.intake.form.papers[0].given);
    REQUIRE(f.click("scan-remove-0"));
    f.applyAll();
    CHECK(f.state.intake.form.scans.empty());
}

TEST_CASE("intake scans: received with the dossier, stored in the case store and listed in the dossier panel",
          "[counter][scan]")
{
    CounterFixture f;
    f.login();
    chooseKhaiSinh(f);
    REQUIRE(f.click("scan-files-0"));
    f.typeInto("scan-paths-0", writeFile(f.dir, "to-khai.pdf", tinyPdf()));
    REQUIRE(f.click("scan-add-0"));
    f.applyAll();
    REQUIRE(f.state.intake.form.scans.count(0) == 1);
    f.typeInto("intake-scan", "038095001234|187654321|Nguyễn Văn An|05021995|Nam|Thôn 3, xã Hà Tân|20042021");
    f.key(ImGuiKey_Enter);
    REQUIRE(f.click("papers-all"));
    REQUIRE(f.click("intake-save"));
    f.applyAll();
    const std::string code = f.state.intake.received;
    REQUIRE_FALSE(code.empty());
    const auto stored = f.desk->attachments(code);
    REQUIRE(stored.size() == 1);  // the scan waited in the form and went to the store with the code
    CHECK(stored[0].paper == 1);
    CHECK(stored[0].pages == 1);
    CHECK(f.desk->attachmentContent(stored[0].id) == tinyPdf());
    f.state.tab = Tab::Dossiers;
    f.commands.push_back(cmd(CommandKind::OpenDossier, code));
    f.applyAll();
    const auto text = f.frame();
    CHECK(CounterFixture::shows(text, "Giấy tờ đã số hoá"));
    CHECK(CounterFixture::shows(text, "Thành phần 1 – "));
}
