// Headless counter tests (issue 5): intake — procedure search without diacritics, validation
// messages, the CCCD scan, save → code, due time and receipt printed; missing papers → the
// guidance slip and no dossier; a print failure with retry; the draft that survives a crash.
#include "counter_support.h"

#include "domain/error.h"

#include <catch2/catch.hpp>

#include <cstdio>

using namespace motcua;
using namespace motcua::counter;
using test::CounterFixture;

namespace {

std::size_t dossierCount(service::Desk& desk) { return desk.dossiers({}).size(); }

void chooseKhaiSinh(CounterFixture& f)
{
    f.typeInto("intake-search", "KHAI SINH");
    REQUIRE(CounterFixture::shows(f.frame(), "Đăng ký khai sinh"));
    REQUIRE(f.click("proc-1.001193"));
    REQUIRE(f.state.intake.form.procedureCode == "1.001193");
}

}  // namespace

TEST_CASE("intake: search ignores diacritics and case", "[counter][intake]")
{
    CounterFixture f;
    f.login();
    for (const char* q : {"khai sinh", "dang ky khai sinh", "Khai Sinh"}) {
        f.state.intake.form.query = q;
        CHECK(CounterFixture::shows(f.frame(), "1.001193 · Đăng ký khai sinh"));
    }
    f.state.intake.form.query = "khong co thu tuc nay";
    CHECK(CounterFixture::shows(f.frame(), "Không có thủ tục nào khớp"));
}

TEST_CASE("intake: Down and Enter pick a search result, the exact name comes first (issue 12)", "[counter][intake]")
{
    CounterFixture f;
    f.login();
    f.typeInto("intake-search", "khai tu");
    ImVec2 a0, a1, b0, b1;
    REQUIRE(ui::itemRect("proc-1.000656", a0, a1));  // Đăng ký khai tử
    REQUIRE(ui::itemRect("proc-1.005461", b0, b1));  // Đăng ký lại khai tử
    CHECK(a0.y < b0.y);
    f.key(ImGuiKey_DownArrow);
    f.key(ImGuiKey_Enter);
    CHECK(f.state.intake.form.procedureCode == "1.005461");
    CHECK(f.state.intake.form.query.empty());
    f.typeInto("intake-search", "dang ky khai tu");
    f.key(ImGuiKey_Enter);
    CHECK(f.state.intake.form.procedureCode == "1.000656");
}

TEST_CASE("intake: a long search result wraps inside the form's column", "[counter][intake]")
{
    CounterFixture f;
    f.login();
    f.typeInto("intake-search", "khai tu");
    ImVec2 field0, field1, r0, r1;
    REQUIRE(ui::itemRect("intake-search", field0, field1));
    REQUIRE(ui::itemRect("proc-1.004656", r0, r1));  // the CITES procedure, a very long name
    CHECK(r1.x <= field1.x + 12);  // the selectable pads by half an item spacing
    CHECK(r1.y - r0.y > ImGui::GetFontSize() * 1.5f);  // more than one line tall
}

TEST_CASE("intake: missing and wrong fields are shown in clear Vietnamese, nothing is saved", "[counter][intake]")
{
    CounterFixture f;
    f.login();
    const auto before = dossierCount(*f.desk);
    REQUIRE(f.click("intake-save"));
    auto text = f.frame();
    CHECK(CounterFixture::shows(text, "Chưa chọn thủ tục"));
    CHECK(CounterFixture::shows(text, "Chưa nhập họ tên người nộp hồ sơ"));
    CHECK(CounterFixture::shows(text, "Chưa nhập số định danh cá nhân"));
    CHECK(CounterFixture::shows(text, "Chưa nhập địa chỉ thường trú"));
    chooseKhaiSinh(f);
    f.typeInto("intake-id", "12345");
    f.typeInto("intake-phone", "12345");
    f.click("papers-all");
    REQUIRE(f.click("intake-save"));
    f.applyAll();
    text = f.frame();
    CHECK(CounterFixture::shows(text, "phải gồm đúng 12 chữ số (đang có 5 ký tự)"));
    CHECK(CounterFixture::shows(text, "Số điện thoại phải gồm 10 chữ số"));
    CHECK(dossierCount(*f.desk) == before);
}

TEST_CASE("intake: a scan fills the applicant, save gives the code, the due time and a printed receipt", "[counter][intake]")
{
    CounterFixture f;
    f.login();
    f.commands.push_back(cmd(CommandKind::CallNext));
    f.applyAll();
    REQUIRE(f.state.queue.serving);
    REQUIRE(f.click("q-intake"));
    CHECK(f.state.intake.form.ticket == f.state.queue.serving->label);
    chooseKhaiSinh(f);
    f.applyAll();
    REQUIRE(f.state.intake.due);
    CHECK(domain::formatLocal(f.state.intake.due->due) == "2026-11-23 17:00");  // trong ngày, before the cut-off
    CHECK(CounterFixture::shows(f.frame(), "Hẹn trả: 17:00 thứ Hai 23/11/2026"));

    // The scanner types the line and presses Enter.
    f.typeInto("intake-scan", "038095001234|187654321|Nguyễn Văn An|05021995|Nam|Thôn 3, xã Hà Tân|20042021");
    f.key(ImGuiKey_Enter);
    CHECK(f.state.intake.form.applicantName == "Nguyễn Văn An");
    CHECK(f.state.intake.form.idNumber == "038095001234");
    CHECK(f.state.intake.form.address == "Thôn 3, xã Hà Tân");
    f.typeInto("intake-phone", "0912345678");
    REQUIRE(f.click("papers-all"));
    REQUIRE(f.click("intake-save"));
    f.applyAll();
    const std::string code = f.state.intake.received;
    REQUIRE(code == "000.00.20.H56-261123-0003");
    CHECK(f.state.intake.printError.empty());
    CHECK(CounterFixture::shows(f.frame(), "Đã tiếp nhận hồ sơ " + code));
    const auto d = f.desk->dossier(code).dossier;
    CHECK(domain::formatLocal(d.dueAt) == "2026-11-23 17:00");
    CHECK(d.applicantName == "Nguyễn Văn An");
    CHECK(d.ticketId.has_value());
    CHECK(d.receiver == "motcua1");
    CHECK(test::filesIn(f.printDir).size() == 1);  // the receipt
    CHECK_FALSE(f.desk->loadDraft());               // the draft went with the save
    CHECK(f.state.intake.form.applicantName.empty());
}

TEST_CASE("intake: the ticket being served shows from the first frame, without a click (issue 12)", "[counter][intake]")
{
    CounterFixture f;
    f.login();
    f.commands.push_back(cmd(CommandKind::CallNext));
    f.applyAll();
    REQUIRE(f.state.queue.serving);
    const std::string label = f.state.queue.serving->label;
    f.state.tab = Tab::Intake;  // straight to the tab, not through "Tiếp nhận hồ sơ cho …"
    const auto text = f.frame();
    CHECK(CounterFixture::shows(text, "Số thứ tự đang phục vụ: " + label));
    CHECK_FALSE(CounterFixture::shows(text, "(không có)"));
    // The dossier received from that form is linked to the ticket it showed.
    chooseKhaiSinh(f);
    f.applyAll();
    f.typeInto("intake-scan", "038095001234|187654321|Nguyễn Văn An|05021995|Nam|Thôn 3, xã Hà Tân|20042021");
    f.key(ImGuiKey_Enter);
    f.typeInto("intake-phone", "0912345678");
    REQUIRE(f.click("papers-all"));
    REQUIRE(f.click("intake-save"));
    f.applyAll();
    REQUIRE_FALSE(f.state.intake.received.empty());
    const auto d = f.desk->dossier(f.state.intake.received).dossier;
    CHECK(d.ticketId == f.state.queue.serving->id);
}

TEST_CASE("intake: a bad scan line is refused and changes nothing", "[counter][intake]")
{
    CounterFixture f;
    f.login();
    f.state.intake.form.applicantName = "Trần Thị Bình";
    f.typeInto("intake-scan", "038095001234|Nguyễn Văn An|05021995");
    f.key(ImGuiKey_Enter);
    CHECK(CounterFixture::shows(f.frame(), "cần đúng 7 trường"));
    CHECK(f.state.intake.form.applicantName == "Trần Thị Bình");
}

TEST_CASE("intake: papers missing → guidance slip, the dossier is not received", "[counter][intake]")
{
    CounterFixture f;
    f.login();
    chooseKhaiSinh(f);
    f.state.intake.form.applicantName = "Lê Thị Cúc";
    f.state.intake.form.idNumber = "038195004321";
    f.state.intake.form.address = "Hà Tân";
    const auto before = dossierCount(*f.desk);
    CHECK(CounterFixture::shows(f.frame(), "Còn thiếu giấy tờ"));
    REQUIRE(f.click("intake-guidance"));
    f.applyAll();
    CHECK(f.state.intake.printError.empty());
    CHECK(f.state.intake.message == "Đã in phiếu hướng dẫn bổ sung. Hồ sơ chưa được tiếp nhận.");
    CHECK(dossierCount(*f.desk) == before);
    CHECK(test::filesIn(f.printDir).size() == 1);
}

TEST_CASE("intake: a failed receipt print keeps the dossier and offers a retry", "[counter][intake]")
{
    CounterFixture f("escpos:/nonexistent-dir/lp0");
    f.login();
    chooseKhaiSinh(f);
    f.state.intake.form.applicantName = "Lê Thị Cúc";
    f.state.intake.form.idNumber = "038195004321";
    f.state.intake.form.address = "Hà Tân";
    f.click("papers-all");
    REQUIRE(f.click("intake-save"));
    f.applyAll();
    REQUIRE_FALSE(f.state.intake.received.empty());
    CHECK_THAT(f.state.intake.printError, Catch::StartsWith("Không in được"));
    const auto text = f.frame();
    CHECK(CounterFixture::shows(text, "rồi bấm In lại"));
    REQUIRE(f.click("intake-retry-print"));
    f.applyAll();
    CHECK_FALSE(f.state.intake.printError.empty());  // still no printer: still offered
    f.printer = documents::openPrinter("pdf:" + f.printDir);
    f.click("intake-retry-print");
    f.applyAll();
    CHECK(f.state.intake.printError.empty());
    CHECK(test::filesIn(f.printDir).size() == 1);
}

TEST_CASE("intake: a half-filled form survives a crash and is offered back at the next login", "[counter][intake][draft]")
{
    {
        CounterFixture f;
        f.login();
        chooseKhaiSinh(f);
        f.typeInto("intake-name", "Phan Văn Đức");
        f.state.seconds = 100;  // the debounce has passed
        saveDraftIfDue(*f.desk, f.state);
        CHECK_FALSE(f.state.intake.dirty);

        // "Crash": a new process on the same file logs in as the same clerk.
        CounterState fresh;
        fresh.counter = 2;
        Commands c{cmd(CommandKind::Login, {}, "motcua1", test::kPassword)};
        auto other = f.openDesk();
        apply(c, *other, *f.printer, fresh);
        REQUIRE(fresh.intake.offeredDraft);
        CHECK(fresh.intake.offeredDraft->applicantName == "Phan Văn Đức");
        Commands accept{cmd(CommandKind::AcceptDraft)};
        apply(accept, *other, *f.printer, fresh);
        CHECK(fresh.intake.form.applicantName == "Phan Văn Đức");
        CHECK(fresh.intake.form.procedureCode == "1.001193");
        CHECK_FALSE(fresh.intake.offeredDraft);

        // Another clerk does not get it.
        CounterState second;
        Commands c2{cmd(CommandKind::Login, {}, "motcua2", test::kPassword)};
        auto third = f.openDesk();
        apply(c2, *third, *f.printer, second);
        CHECK_FALSE(second.intake.offeredDraft);
    }
}

TEST_CASE("intake: a request refused at the counter prints form 03 and is not received", "[counter][intake]")
{
    CounterFixture f;
    f.login();
    chooseKhaiSinh(f);
    const auto before = dossierCount(*f.desk);
    REQUIRE(f.click("intake-refuse-open"));
    f.frame();
    REQUIRE(f.click("intake-refuse"));  // no name yet: refused with a message, nothing printed
    f.applyAll();
    CHECK(test::filesIn(f.printDir).empty());
    CHECK(f.state.intake.errors.count("name") == 1);
    f.state.intake.form.applicantName = "Lê Thị Cúc";
    f.typeInto("intake-refuse-reason", "Không thuộc thẩm quyền của xã");
    REQUIRE(f.click("intake-refuse"));
    f.applyAll();
    CHECK(f.state.intake.printError.empty());
    CHECK(f.state.intake.message == "Đã in phiếu từ chối tiếp nhận (mẫu 03). Hồ sơ không được tiếp nhận.");
    CHECK(dossierCount(*f.desk) == before);
    const auto files = test::filesIn(f.printDir);
    REQUIRE(files.size() == 1);
    CHECK(files[0].find("refusal") != std::string::npos);
    std::string text;
    if (FILE* p = ::popen(("pdftotext -enc UTF-8 '" + f.printDir + "/" + files[0] + "' -").c_str(), "r")) {
        char buf[4096];
        for (std::size_t n; (n = std::fread(buf, 1, sizeof buf, p)) > 0;) text.append(buf, n);
        ::pclose(p);
    }
    CHECK(text.find("PHIẾU TỪ CHỐI TIẾP NHẬN GIẢI QUYẾT HỒ SƠ") != std::string::npos);
    CHECK(text.find("Lê Thị Cúc") != std::string::npos);
    CHECK(text.find("Không thuộc thẩm quyền của xã") != std::string::npos);
    CHECK(text.find("Đăng ký khai sinh") != std::string::npos);
}

TEST_CASE("intake: a conditional paper left unticked does not block, only the papers given are recorded (issue 12 item 4)",
          "[counter][intake]")
{
    CounterFixture f;
    f.login();
    chooseKhaiSinh(f);
    f.typeInto("intake-name", "Nguyễn Văn An");
    f.typeInto("intake-id", "038095001234");
    f.typeInto("intake-address", "Thôn 3, xã Hà Tân");
    // Khai sinh: two required papers, the ID card shown, the authorisation only "nếu ủy quyền".
    const auto text = f.frame();
    CHECK(CounterFixture::shows(text, "[nếu có] Văn bản ủy quyền nếu ủy quyền"));
    CHECK(CounterFixture::shows(text, "[xuất trình] Giấy tờ tùy thân"));
    for (const char* id : {"paper-0", "paper-1"}) REQUIRE(f.click(id));
    CHECK(CounterFixture::shows(f.frame(), "Còn thiếu giấy tờ"));  // the ID card is not shown yet
    REQUIRE(f.click("paper-2"));
    f.frame();
    CHECK(f.state.intake.form.papers[2].shown);  // a shown paper starts as "Chỉ xuất trình"
    REQUIRE(f.click("paper-1-copy"));
    REQUIRE(f.click("intake-save"));  // no guidance slip: the authorisation is not required
    f.applyAll();
    const std::string code = f.state.intake.received;
    REQUIRE_FALSE(code.empty());
    const auto d = f.desk->dossier(code);
    CHECK(d.dossier.papersRecorded);
    REQUIRE(d.papers.size() == 3);
    CHECK(d.papers[0].name == "Tờ khai đăng ký khai sinh theo mẫu");
    CHECK(d.papers[1].form == domain::PaperForm::Copy);
    CHECK(d.papers[2].shown);
}

TEST_CASE("intake: an organisation through a representative, with e-mail, papers and collection by post (issue 13 item 3)",
          "[counter][intake]")
{
    CounterFixture f;
    f.login();
    chooseKhaiSinh(f);
    REQUIRE(f.click("applicant-organisation"));
    CHECK(CounterFixture::shows(f.frame(), "Mã số doanh nghiệp/mã số thuế *"));
    f.typeInto("intake-name", "Công ty TNHH Xây dựng Hà Tân");
    f.typeInto("intake-id", "12345");
    f.typeInto("intake-address", "Số 12 Lê Lợi, xã Hà Tân");
    f.typeInto("intake-email", "ketoan@congty");
    REQUIRE(f.click("intake-rep"));
    f.typeInto("intake-rep-name", "Trần Thị Bích Ngọc");
    f.typeInto("intake-rep-id", "038196002345");
    f.typeInto("intake-rep-phone", "098765");
    REQUIRE(f.click("papers-all"));
    const auto before = dossierCount(*f.desk);
    REQUIRE(f.click("intake-save"));
    f.applyAll();
    auto text = f.frame();
    CHECK(CounterFixture::shows(text, "Mã số doanh nghiệp/mã số thuế phải gồm 10 chữ số, hoặc 13 chữ số dạng 0101234567-001"));
    CHECK(CounterFixture::shows(text, "Thư điện tử \"ketoan@congty\" không đúng dạng"));
    CHECK(CounterFixture::shows(text, "Chưa ghi văn bản ủy quyền"));
    CHECK(CounterFixture::shows(text, "Số điện thoại người được ủy quyền phải gồm 10 chữ số"));
    CHECK(dossierCount(*f.desk) == before);  // bad input changes nothing
    // The representative's part, lower on the form, is fixed first (red lines below push it down).
    f.state.intake.errors.clear();
    f.frame();
    // The fields below the fold of the 1080-line screen are scrolled to (clickItem), then typed.
    f.typeInto("intake-authorisation", "Giấy giới thiệu số 15/GGT ngày 20/11/2026");
    f.state.intake.form.representative.phone.clear();
    f.typeInto("intake-rep-phone", "0987654321");

    f.state.intake.form.idNumber.clear();
    f.typeInto("intake-id", "0101234567001");
    f.state.intake.form.email.clear();
    f.typeInto("intake-email", "ketoan@xaydunghatan.vn");
    REQUIRE(f.click("paper-3"));  // the authorisation was handed in this time
    f.state.intake.form.papers[0].quantity = 2;
    REQUIRE(f.click("collect-post"));
    REQUIRE(f.click("intake-save"));
    f.applyAll();
    const std::string code = f.state.intake.received;
    REQUIRE_FALSE(code.empty());
    const auto d = f.desk->dossier(code);
    CHECK(d.dossier.applicantKind == domain::ApplicantKind::Organisation);
    CHECK(d.dossier.idNumber == "0101234567-001");
    CHECK(d.dossier.email == "ketoan@xaydunghatan.vn");
    CHECK(d.dossier.representative.name == "Trần Thị Bích Ngọc");
    CHECK(d.dossier.representative.phone == "0987654321");
    CHECK(d.dossier.representative.authorisation == "Giấy giới thiệu số 15/GGT ngày 20/11/2026");
    CHECK(d.dossier.collection == domain::Collection::Post);
    REQUIRE(d.papers.size() == 4);
    CHECK(d.papers[0].quantity == 2);
    CHECK(d.papers[3].kind == domain::PaperKind::Conditional);
}

TEST_CASE("intake: the draft keeps the organisation, representative, e-mail, collection and paper details", "[counter][intake]")
{
    IntakeForm form;
    form.procedureCode = "1.001193";
    form.applicantKind = domain::ApplicantKind::Organisation;
    form.email = "a@b.vn";
    form.hasRepresentative = true;
    form.representative = {"Trần Văn Bình", "038096001111", "", "", "Giấy ủy quyền"};
    form.collection = domain::Collection::Online;
    form.papers = {{true, domain::PaperForm::CertifiedCopy, 3, false}, {}};
    domain::Procedure p;
    p.code = "1.001193";
    p.papers = {{"A (bản chính), 1", domain::PaperKind::Required}, {"B (bản sao), 2", domain::PaperKind::Required},
                {"C (bản sao), 4", domain::PaperKind::Required}};
    IntakeForm back;
    fillForm(back, draftOf(form), &p);
    CHECK(back.applicantKind == form.applicantKind);
    CHECK(back.email == form.email);
    CHECK(back.hasRepresentative);
    CHECK(back.representative == form.representative);
    CHECK(back.collection == form.collection);
    REQUIRE(back.papers.size() == 3);  // fitted to the procedure: the new third paper takes its catalog defaults
    CHECK(back.papers[0] == form.papers[0]);
    CHECK(back.papers[2].quantity == 4);
    CHECK(back.papers[2].form == domain::PaperForm::Copy);
}
