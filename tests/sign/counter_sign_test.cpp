// The counter's "Ký số" on a signed apology slip, headless: the PIN field is masked and cleared as
// soon as the button takes it; a wrong PIN writes nothing and says so; the right one saves a copy
// pdfsig accepts where exports go; sending it electronically records that copy's SHA-256.
#include "counter_support.h"
#include "test_token.h"

#include "documents/document.h"
#include "documents/sources.h"
#include "sign/sign.h"

#include <catch2/catch.hpp>

#include <filesystem>

using namespace motcua;
using namespace motcua::counter;

namespace {

constexpr const char* kMai = "000.00.20.H56-261110-0001";  // late in the demo office

void signSlipOnScreen(test::CounterFixture& f)
{
    f.login("lanhdao");
    f.frame();
    REQUIRE(f.click("tab-late"));
    f.applyAll();
    f.frame();
    REQUIRE(f.click(std::string("late-") + kMai));
    f.applyAll();
    f.state.late.editor.reason = "Chờ xác minh thông tin tại Sở Tư pháp";
    f.state.late.editor.newDate = "04/12/2026";
    f.frame();
    REQUIRE(f.click("late-sign"));
    f.frame();
    REQUIRE(f.click("late-sign-confirm"));
    f.applyAll();
    REQUIRE(f.state.late.editor.slip->status == domain::ApologyStatus::Signed);
}

/// The office signs with the test token (sign.position: `position` unless empty); the counter's
/// preferences live in the token's folder.
void useOfficeToken(test::CounterFixture& f, const signtest::TestToken& token, const std::string& position)
{
    auto admin = f.openDesk();
    admin->actAs("admin");
    admin->setSetting("sign.pkcs11_module", signtest::kSoftHsmModule);
    admin->setSetting("sign.token_label", signtest::kTokenLabel);
    if (!position.empty()) admin->setSetting("sign.position", position);
    f.state.prefsDir = token.dir().file("prefs");
}

/// The folder signed copies are saved in (the reports' export folder), made empty.
std::string exportFolder(test::CounterFixture& f, const signtest::TestToken& token)
{
    const auto folder = token.dir().file("exports");
    std::filesystem::create_directory(folder);
    f.state.reports.folder = folder;
    return folder;
}

}  // namespace

TEST_CASE("counter: Ký số signs the apology slip with the office's token and records the copy sent")
{
    const signtest::TestToken token;
    test::CounterFixture f;
    useOfficeToken(f, token, "Chủ tịch UBND xã");
    signSlipOnScreen(f);
    const auto folder = exportFolder(f, token);

    // A wrong PIN: refused with the token's words, the field already empty, nothing saved.
    f.frame();
    f.typeInto("late-sign-pin", "000000");
    REQUIRE(f.state.late.signing.pin == "000000");
    f.frame();
    REQUIRE(f.click("late-sign-copy"));
    CHECK(f.state.late.signing.pin.empty());
    f.applyAll();
    CHECK(f.state.late.messageIsError);
    CHECK_THAT(f.state.late.message, Catch::Contains("Mã PIN không đúng"));
    CHECK(test::filesIn(folder).empty());

    // The right PIN: the signed copy is saved in the export folder and the screen says where.
    f.frame();
    f.typeInto("late-sign-pin", signtest::kPin);
    f.frame();
    REQUIRE(f.click("late-sign-copy"));
    CHECK(f.state.late.signing.pin.empty());
    f.applyAll();
    INFO(f.state.late.message);
    REQUIRE_FALSE(f.state.late.messageIsError);
    const auto& g = f.state.late.signing;
    REQUIRE(test::filesIn(folder).size() == 1);
    CHECK(g.path.rfind(folder, 0) == 0);
    CHECK_THAT(f.state.late.message, Catch::Contains(g.path));
    CHECK(g.signer == signtest::kSignerName);
    CHECK(g.sha256 == sign::sha256Hex(clitest::readFile(g.path)));
    const auto report = signtest::pdfsig(g.path);
    INFO(report.text);
    CHECK(report.valid());
    CHECK(test::CounterFixture::shows(f.frame(), "Đã ký số (người ký " + std::string(signtest::kSignerName) + "): " + g.path));

    // Sent electronically: the delivery record names that copy.
    REQUIRE(f.click("late-deliver-online"));
    f.applyAll();
    const auto slip = f.desk->apologies(domain::ApologyStatus::Signed).front();
    REQUIRE(slip.deliveredAt);
    CHECK(slip.deliveredCopySha256 == g.sha256);
}

TEST_CASE("counter: Ký số in the dossier panel signs the receipt, the stop notice and the digitised result")
{
    const signtest::TestToken token;
    test::CounterFixture f;
    useOfficeToken(f, token, "Công chức một cửa");
    const auto folder = exportFolder(f, token);
    f.login();
    const std::string code = f.receiveAtAnotherCounter();
    f.openDossier(code);
    auto signWith = [&](const char* button, const std::string& pin) {
        f.frame();
        f.typeInto("dossier-sign-pin", pin);
        f.frame();
        REQUIRE(f.click(button));
        CHECK(f.state.dossiers.signPin.empty());  // taken by the command, never kept
        f.applyAll();
        INFO(f.state.dossiers.message);
    };
    CHECK_FALSE(f.click("sign-stop"));  // not stopped: no stop notice to sign
    CHECK_FALSE(f.click("sign-result"));

    signWith("sign-receipt", "000000");  // a wrong PIN: said, nothing written
    CHECK(f.state.dossiers.messageIsError);
    CHECK_THAT(f.state.dossiers.message, Catch::Contains("Mã PIN không đúng"));
    CHECK(test::filesIn(folder).empty());

    signWith("sign-receipt", signtest::kPin);
    REQUIRE_FALSE(f.state.dossiers.messageIsError);
    const auto receipt = folder + "/giay-tiep-nhan-" + code + "-ky-so.pdf";
    REQUIRE(std::filesystem::exists(receipt));
    {
        const auto report = signtest::pdfsig(receipt);
        INFO(report.text);
        CHECK(report.valid());
    }
    CHECK_THAT(f.state.dossiers.signedCopy, Catch::Contains(signtest::kSignerName));

    // The result digitised (a rendered receipt stands in for the decision) and signed.
    {
        auto processor = f.openDesk();
        processor->actAs("motcua2");
        documents::Request r;
        r.kind = documents::Kind::Receipt;
        r.code = code;
        const auto pdf = documents::renderPdf(documents::buildDocument(*processor, r));
        (void)processor->forward(code, "chuyenvien", std::nullopt, "");
        (void)processor->markResult(code);
        (void)processor->attach(service::AttachRequest{code, 0, true, pdf, "quyet-dinh.pdf"});
    }
    f.openDossier(code);
    signWith("sign-result", signtest::kPin);
    REQUIRE_FALSE(f.state.dossiers.messageIsError);
    const auto result = folder + "/ket-qua-" + code + "-ky-so.pdf";
    REQUIRE(std::filesystem::exists(result));
    const auto report = signtest::pdfsig(result);
    INFO(report.text);
    CHECK(report.valid());
}

TEST_CASE("counter: Ký số in the dossier panel signs the stop notice of a stopped dossier")
{
    const signtest::TestToken token;
    test::CounterFixture f;
    useOfficeToken(f, token, "");
    const auto folder = exportFolder(f, token);
    f.login();
    const std::string code = f.receiveAtAnotherCounter();
    {
        auto other = f.openDesk();
        other->actAs("motcua2");
        (void)other->stop(code, "Công dân đề nghị dừng");
    }
    f.openDossier(code);
    f.frame();
    f.typeInto("dossier-sign-pin", signtest::kPin);
    f.frame();
    REQUIRE(f.click("sign-stop"));
    f.applyAll();
    INFO(f.state.dossiers.message);
    const auto path = folder + "/thong-bao-dung-" + code + "-ky-so.pdf";
    REQUIRE(std::filesystem::exists(path));
    const auto report = signtest::pdfsig(path);
    INFO(report.text);
    CHECK(report.valid());
}
