// Headless counter tests (issue 16): the intake form lists the catalog's fee when the procedure is
// chosen; the clerk edits an amount, adds or removes a line, marks a line exempt with a reason;
// what is received is what the clerk confirmed. Negative or absurd amounts are refused with a
// Vietnamese message and nothing is received. The draft keeps the lines.
#include "counter_support.h"

#include "domain/error.h"

#include <catch2/catch.hpp>

using namespace motcua;
using namespace motcua::counter;
using test::CounterFixture;

namespace {

std::size_t dossierCount(service::Desk& desk) { return desk.dossiers({}).size(); }

/// "Cấp Giấy xác nhận tình trạng hôn nhân" (1.004873): 15 000 đ in the catalog, the poor exempt.
void chooseNhanCha(CounterFixture& f)
{
    f.typeInto("intake-search", "1.004873");
    REQUIRE(f.click("proc-1.004873"));
    REQUIRE(f.state.intake.form.procedureCode == "1.004873");
    auto& form = f.state.intake.form;
    form.applicantName = "Lê Thị Cúc";
    form.idNumber = "038195004321";
    form.address = "Thôn 1, xã Hà Tân";
    f.frame();
    REQUIRE(f.click("papers-all"));
}

void retype(CounterFixture& f, const std::string& id, std::string& value, const std::string& text)
{
    value.clear();
    f.frame();
    f.typeInto(id, text);
}

}  // namespace

TEST_CASE("intake fees: the catalog's fee is listed, edited, a line added, one exempt with a reason, that is received",
          "[counter][intake][fees]")
{
    CounterFixture f;
    f.login();
    chooseNhanCha(f);
    REQUIRE(f.state.intake.form.fees);
    auto& fees = *f.state.intake.form.fees;
    REQUIRE(fees.size() == 1);
    CHECK(fees[0].amount == "15000");
    CHECK(fees[0].label == "Lệ phí Cấp Giấy xác nhận tình trạng hôn nhân");
    auto text = f.frame();
    CHECK(CounterFixture::shows(text, "Phải nộp: 15.000 đ"));
    CHECK(CounterFixture::shows(text, "Miễn cho hộ nghèo"));  // the catalog's note, where the clerk sees it

    REQUIRE(f.click("fee-add"));
    REQUIRE(fees.size() == 2);
    f.typeInto("fee-1-label", "Bản sao trích lục");
    f.typeInto("fee-1-amount", "8.000");
    CHECK(CounterFixture::shows(f.frame(), "Phải nộp: 23.000 đ"));
    REQUIRE(f.click("fee-0-exempt"));
    CHECK(fees[0].exempt);
    CHECK(CounterFixture::shows(f.frame(), "Phải nộp: 8.000 đ"));

    // Exempt without a reason: not received, the reason asked for.
    const auto before = dossierCount(*f.desk);
    REQUIRE(f.click("intake-save"));
    f.applyAll();
    CHECK(dossierCount(*f.desk) == before);
    CHECK(CounterFixture::shows(f.frame(), "Khoản phí 1 – lý do miễn: không được để trống"));

    f.typeInto("fee-0-reason", "Hộ nghèo (sổ số 12)");
    REQUIRE(f.click("intake-save"));
    f.applyAll();
    const std::string code = f.state.intake.received;
    REQUIRE_FALSE(code.empty());
    const auto lines = f.desk->fees(code);
    REQUIRE(lines.size() == 2);
    CHECK(lines[0].amountVnd == 15000);
    CHECK(lines[0].exemptReason == "Hộ nghèo (sổ số 12)");
    CHECK(lines[1].label == "Bản sao trích lục");
    CHECK(lines[1].amountVnd == 8000);
    CHECK(domain::amountOwed(lines) == 8000);
}

TEST_CASE("intake fees: a negative or absurd amount is refused in Vietnamese and nothing is received",
          "[counter][intake][fees]")
{
    CounterFixture f;
    f.login();
    chooseNhanCha(f);
    auto& fee = f.state.intake.form.fees->at(0);
    const auto before = dossierCount(*f.desk);
    const std::pair<const char*, const char*> cases[] = {{"-15000", "không được âm"},
                                                         {"150000000", "quá lớn"},
                                                         {"15,5", "không hợp lệ"},
                                                         {"", "Nhập số tiền"}};
    for (const auto& [typed, says] : cases) {
        retype(f, "fee-0-amount", fee.amount, typed);
        REQUIRE(f.click("intake-save"));
        f.applyAll();
        const auto text = f.frame();
        INFO(typed);
        CHECK(CounterFixture::shows(text, says));
        CHECK(CounterFixture::shows(text, "Chưa lưu"));
        CHECK(f.state.intake.received.empty());
    }
    CHECK(dossierCount(*f.desk) == before);
    // Corrected: the message goes as the amount is fixed, and the dossier owes what was typed.
    retype(f, "fee-0-amount", fee.amount, "10.000");
    CHECK_FALSE(CounterFixture::shows(f.frame(), "quá lớn"));
    REQUIRE(f.click("intake-save"));
    f.applyAll();
    REQUIRE_FALSE(f.state.intake.received.empty());
    CHECK(domain::amountOwed(f.desk->fees(f.state.intake.received)) == 10000);
}

TEST_CASE("intake fees: a removed line is not charged, another procedure brings its own fee", "[counter][intake][fees]")
{
    CounterFixture f;
    f.login();
    chooseNhanCha(f);
    REQUIRE(f.click("fee-0-remove"));
    CHECK(f.state.intake.form.fees->empty());
    CHECK(CounterFixture::shows(f.frame(), "Không phải nộp phí, lệ phí"));
    // Choosing again starts from that procedure's catalog fee, not the edited lines.
    f.typeInto("intake-search", "1.004746");
    REQUIRE(f.click("proc-1.004746"));
    REQUIRE(f.state.intake.form.fees->size() == 1);
    CHECK(f.state.intake.form.fees->at(0).amount == "30000");
    REQUIRE(f.click("fee-0-remove"));
    f.frame();
    REQUIRE(f.click("papers-all"));
    REQUIRE(f.click("intake-save"));
    f.applyAll();
    REQUIRE_FALSE(f.state.intake.received.empty());
    CHECK(f.desk->fees(f.state.intake.received).empty());
}

TEST_CASE("intake fees: the draft keeps the lines as typed, a draft without them gets the catalog's",
          "[counter][intake][fees][draft]")
{
    CounterFixture f;
    f.login();
    chooseNhanCha(f);
    auto& fees = *f.state.intake.form.fees;
    fees[0].exempt = true;
    fees[0].exemptReason = "Người có công";
    fees.push_back({"Bản sao", "8.00", false, ""});  // half-typed: kept as typed
    f.state.seconds = 100;
    f.state.intake.dirty = true;
    saveDraftIfDue(*f.desk, f.state);
    REQUIRE_FALSE(f.state.intake.dirty);

    const auto draft = f.desk->loadDraft();
    REQUIRE(draft);
    REQUIRE(draft->fees);
    CHECK(*draft->fees == fees);
    IntakeForm back;
    fillForm(back, *draft, f.state.procedure("1.004873"));
    CHECK(back.fees == f.state.intake.form.fees);

    auto old = *draft;
    old.fees.reset();  // saved before the form confirmed fees
    fillForm(back, old, f.state.procedure("1.004873"));
    REQUIRE(back.fees);
    REQUIRE(back.fees->size() == 1);
    CHECK(back.fees->at(0).amount == "15000");
}
