// Headless counter tests (issue 5): the dossier panel — search by code or folded name, filters,
// detail with time left or late by, each action through its button (forward, step done,
// supplement + slip, resume, result, return, refuse + slip, withdraw, stop), printing again,
// the conflict between two counters, and the officer's list.
#include "counter_support.h"

#include <catch2/catch.hpp>

using namespace motcua;
using namespace motcua::counter;
using domain::DossierStatus;
using test::CounterFixture;

namespace {

/// Receives a fresh dossier (as another counter would) and opens it in the panel.
std::string receiveAndOpen(CounterFixture& f, const char* procedure = "1.004873")
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

DossierStatus statusOf(CounterFixture& f, const std::string& code) { return f.desk->dossier(code).dossier.status; }

}  // namespace

TEST_CASE("dossier panel: search by folded name or code, filters, late by", "[counter][dossier]")
{
    CounterFixture f;
    f.login();
    f.state.tab = Tab::Dossiers;
    f.typeInto("dossier-search", "vu thi mai");
    REQUIRE(f.click("dossier-search-go"));
    f.applyAll();
    REQUIRE(f.state.dossiers.list.size() == 1);
    CHECK(f.state.dossiers.list[0].dossier.applicantName == "Vũ Thị Mai");
    const std::string code = f.state.dossiers.list[0].dossier.code;
    REQUIRE(f.click("list-" + code));
    f.applyAll();
    REQUIRE(f.state.dossiers.detail);
    CHECK(f.state.dossiers.late);
    CHECK_THAT(f.state.dossiers.timeText, Catch::StartsWith("Trễ ") && Catch::Contains("ngày"));
    const auto text = f.frame();
    CHECK(CounterFixture::shows(text, "Quá trình xử lý (phiếu kiểm soát)"));
    CHECK(CounterFixture::shows(text, f.state.dossiers.timeText));

    f.state.dossiers.search = code;
    f.commands.push_back(cmd(CommandKind::SearchDossiers));
    f.applyAll();
    REQUIRE(f.state.dossiers.list.size() == 1);
    CHECK(f.state.dossiers.list[0].dossier.code == code);

    f.state.dossiers.search.clear();
    REQUIRE(f.click("filter-" + std::to_string(static_cast<int>(DossierFilter::Supplement))));
    f.applyAll();
    REQUIRE_FALSE(f.state.dossiers.list.empty());
    for (const auto& r : f.state.dossiers.list) CHECK(r.dossier.status == DossierStatus::WaitingSupplement);
    REQUIRE(f.click("filter-" + std::to_string(static_cast<int>(DossierFilter::Late))));
    f.applyAll();
    REQUIRE_FALSE(f.state.dossiers.list.empty());
    for (const auto& r : f.state.dossiers.list) CHECK(r.late);
}

TEST_CASE("dossier actions: forward, step done, result, return — each through its button", "[counter][dossier]")
{
    CounterFixture f;
    f.login();
    const auto code = receiveAndOpen(f);
    CHECK_THAT(f.state.dossiers.timeText, Catch::StartsWith("Còn "));
    REQUIRE(f.click("act-forward"));  // nowhere to forward to yet
    CHECK(f.state.dossiers.message == "Chọn đơn vị hoặc cán bộ nhận trước khi chuyển");
    f.choose("act-to", "chuyenvien");
    REQUIRE(f.click("act-forward"));
    f.applyAll();
    CHECK(statusOf(f, code) == DossierStatus::Processing);
    REQUIRE(f.state.dossiers.detail->steps.size() == 1);
    CHECK(f.state.dossiers.detail->steps[0].toUnit == "chuyenvien");
    CHECK(f.state.dossiers.detail->steps[0].dueAt.has_value());  // 8 working hours by default
    REQUIRE(f.click("act-complete_step"));
    f.applyAll();
    CHECK(f.state.dossiers.detail->steps[0].doneAt.has_value());
    REQUIRE(f.click("act-result"));
    f.applyAll();
    CHECK(statusOf(f, code) == DossierStatus::ResultReady);
    f.typeInto("act-recipient", "Trịnh Văn Sơn");
    REQUIRE(f.click("act-return"));
    f.applyAll();
    const auto d = f.desk->dossier(code).dossier;
    CHECK(d.status == DossierStatus::Returned);
    CHECK(d.returnedTo == "Trịnh Văn Sơn");
    CHECK(CounterFixture::shows(f.frame(), "Không còn thao tác nào"));
}

TEST_CASE("dossier actions: supplement prints its slip, resume; refuse needs a reason and prints", "[counter][dossier]")
{
    CounterFixture f;
    f.login();
    const auto code = receiveAndOpen(f);
    REQUIRE(f.click("act-supplement"));
    CHECK_THAT(f.state.dossiers.message, Catch::StartsWith("Ghi rõ lý do"));
    f.typeInto("act-note", "Bổ sung bản sao sổ hộ khẩu");
    REQUIRE(f.click("act-supplement"));
    f.applyAll();
    CHECK(statusOf(f, code) == DossierStatus::WaitingSupplement);
    CHECK(f.state.dossiers.printError.empty());
    CHECK(test::filesIn(f.printDir).size() == 1);
    CHECK(f.state.dossiers.timeText == "Đang tạm dừng tính thời hạn (chờ công dân bổ sung)");
    REQUIRE(f.click("act-resume"));
    f.applyAll();
    CHECK(statusOf(f, code) != DossierStatus::WaitingSupplement);
    REQUIRE(f.click("print-receipt"));
    f.applyAll();
    CHECK(test::filesIn(f.printDir).size() == 2);

    const auto other = receiveAndOpen(f);
    f.typeInto("act-note", "Không thuộc thẩm quyền giải quyết của xã");
    REQUIRE(f.click("act-refuse"));
    f.applyAll();
    CHECK(statusOf(f, other) == DossierStatus::Refused);
    CHECK(test::filesIn(f.printDir).size() == 3);
    REQUIRE(f.click("print-refusal-notice"));
    f.applyAll();
    CHECK(f.state.dossiers.printError.empty());
    CHECK_THAT(f.state.dossiers.message, Catch::StartsWith("Đã in lại thông báo từ chối giải quyết"));
}

TEST_CASE("dossier actions: withdraw and stop", "[counter][dossier]")
{
    CounterFixture f;
    f.login();
    const auto a = receiveAndOpen(f);
    REQUIRE(f.click("act-withdraw"));
    f.applyAll();
    CHECK(statusOf(f, a) == DossierStatus::Withdrawn);
    const auto b = receiveAndOpen(f);
    f.typeInto("act-note", "Công dân đề nghị dừng");
    REQUIRE(f.click("act-stop"));
    f.applyAll();
    CHECK(statusOf(f, b) == DossierStatus::Stopped);
    CHECK(test::filesIn(f.printDir).size() == 1);  // the notice of stopping
}

TEST_CASE("conflict: the second counter acting on a stale view gets a clear message and a fresh view", "[counter][dossier][conflict]")
{
    CounterFixture f;
    f.login();
    const auto code = receiveAndOpen(f);
    const auto shownVersion = f.state.dossiers.detail->dossier.version;

    // Counter 3, another process, forwards the dossier first.
    CounterState other;
    other.counter = 3;
    auto otherDesk = f.openDesk();
    Commands c{cmd(CommandKind::Login, {}, "motcua2", test::kPassword), cmd(CommandKind::OpenDossier, code)};
    apply(c, *otherDesk, *f.printer, other);
    Command fwd = cmd(CommandKind::Act, code, "Phòng Kinh tế");
    fwd.action = domain::DossierAction::Forward;
    fwd.version = other.dossiers.detail->dossier.version;
    Commands c2{fwd};
    apply(c2, *otherDesk, *f.printer, other);
    REQUIRE(other.dossiers.message.starts_with("Đã chuyển xử lý"));

    // This counter still shows the old version and refuses it.
    REQUIRE(f.state.dossiers.detail->dossier.version == shownVersion);
    REQUIRE(f.click("act-refuse") );  // needs a reason first
    f.typeInto("act-note", "Hồ sơ không hợp lệ");
    REQUIRE(f.click("act-refuse"));
    f.applyAll();
    CHECK(statusOf(f, code) == DossierStatus::Processing);  // nothing overwritten
    CHECK_THAT(f.state.dossiers.message, Catch::StartsWith("Hồ sơ vừa được người khác thay đổi trước bạn"));
    CHECK(f.state.dossiers.messageIsError);
    CHECK(f.state.dossiers.detail->dossier.version > shownVersion);  // the refreshed view
    CHECK(f.state.dossiers.detail->dossier.unit == "Phòng Kinh tế");
    CHECK(CounterFixture::shows(f.frame(), "màn hình đã cập nhật"));
}

TEST_CASE("officer view: dossiers assigned to me, nearest due first", "[counter][officer]")
{
    CounterFixture f;
    f.login("chuyenvien");
    CHECK(f.state.tab == Tab::Officer);
    const auto& list = f.state.officer.list;
    REQUIRE(list.size() >= 2);
    for (std::size_t i = 1; i < list.size(); ++i) CHECK(list[i - 1].dossier.dueAt <= list[i].dossier.dueAt);
    const auto text = f.frame();
    CHECK(CounterFixture::shows(text, "Hồ sơ giao cho tôi — gần hạn nhất trước"));
    CHECK(CounterFixture::shows(text, "trễ "));
    CHECK_FALSE(CounterFixture::shows(text, "Gọi tiếp  [F5]"));  // an officer has no queue panel
    REQUIRE(f.click("mine-" + list.front().dossier.code));
    f.applyAll();
    CHECK(f.state.tab == Tab::Dossiers);
    REQUIRE(f.state.dossiers.detail);
    CHECK(f.state.dossiers.detail->dossier.code == list.front().dossier.code);
}

TEST_CASE("dossier panel: a fee owed shows its VietQR, a transfer needs its reference and is recorded once",
          "[counter][dossier][fees]")
{
    CounterFixture f;
    {
        auto admin = f.openDesk();
        admin->actAs("admin");
        admin->setSettings({{"payment.bank_bin", "970415"}, {"payment.account", "113366668888"},
                            {"payment.account_name", "UBND XA HA TAN"}});
    }
    f.login();
    const auto code = receiveAndOpen(f, "1.000689");  // 15 000 đ in the demo catalog
    CHECK_FALSE(f.state.dossiers.paymentQr.empty());
    auto text = f.frame();
    CHECK(CounterFixture::shows(text, "Phí, lệ phí"));
    CHECK(CounterFixture::shows(text, "CHƯA NỘP"));
    REQUIRE(f.click("fee-pay-1-transfer"));  // no reference typed yet
    f.applyAll();
    CHECK(f.state.dossiers.messageIsError);
    CHECK(f.desk->fees(code)[0].owing());
    f.typeInto("fee-ref", "FT26331XYZ");
    REQUIRE(f.click("fee-pay-1-transfer"));
    f.applyAll();
    const auto line = f.desk->fees(code)[0];
    REQUIRE(line.payment);
    CHECK(line.payment->way == domain::PaymentWay::Transfer);
    CHECK(line.payment->reference == "FT26331XYZ");
    CHECK(f.state.dossiers.paymentQr.empty());  // nothing owed any more
    text = f.frame();
    CHECK(CounterFixture::shows(text, "đã nộp Chuyển khoản"));
    CHECK_FALSE(f.click("fee-pay-1-cash"));  // no button for a line already paid
}
