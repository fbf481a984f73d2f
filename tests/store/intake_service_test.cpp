// What the citizen brings, through the service (issue 13 item 3, issue 12 item 4): papers handed
// in checked against the catalog's kinds, the applicant as person or organisation, the
// representative and the collection way; and a store from before these columns upgraded.
#include "test_store.h"

#include "domain/error.h"
#include "store/database.h"
#include "store/migrations.h"

#include <catch2/catch.hpp>

using namespace motcua;

namespace {

/// A procedure with one paper of each kind: required, shown, conditional.
void addThreeKinds(service::Desk& admin)
{
    const auto r = admin.importProcedures(std::string(domain::kProcedureCsvHeader) +
                                          "\n1.000894,Đăng ký kết hôn,Hộ tịch,HT,0,0,,Công chức Tư pháp - Hộ tịch,pause,"
                                          "\"Tờ khai (bản chính), 1 | Giấy tờ tùy thân – xuất trình (bản chính), 2 | "
                                          "Văn bản ủy quyền (bản chính), 1\",required | shown | conditional,test\n");
    REQUIRE(r.errors.empty());
}

service::ReceiveRequest request()
{
    service::ReceiveRequest r;
    r.procedureCode = "1.000894";
    r.applicantName = "Nguyễn Văn An";
    r.idNumber = "038095001234";
    r.address = "Hà Tân";
    return r;
}

domain::SubmittedPaper paper(int index, domain::PaperForm form = domain::PaperForm::Original, int quantity = 1, bool shown = false)
{
    return {index, "", domain::PaperKind::Required, form, quantity, shown};
}

}  // namespace

TEST_CASE("receive: a missing required or shown paper refuses the dossier and writes nothing, a conditional one is optional",
          "[dossier][intake]")
{
    test::TestStore s;
    s.now = test::at("2026-11-16 10:00");
    addThreeKinds(*s.open());
    auto clerk = s.open("clerk");
    auto r = request();
    r.papers = std::vector{paper(0)};
    try {
        (void)clerk->receive(r);
        FAIL("received without the ID card shown");
    } catch (const Error& e) {
        CHECK(e.code() == ErrorCode::InvalidInput);
        CHECK_THAT(e.what(), Catch::Contains("Còn thiếu giấy tờ bắt buộc số 2: Giấy tờ tùy thân – xuất trình"));
        CHECK_THAT(e.what(), Catch::Contains("phiếu hướng dẫn bổ sung (mẫu 02)"));
    }
    r.papers = std::vector{paper(0), paper(1), paper(1)};
    CHECK_THROWS_WITH(clerk->receive(r), Catch::Contains("Giấy tờ số 2 được ghi hai lần"));
    CHECK(clerk->dossiers({}).empty());  // nothing written, no code used

    r.papers = std::vector{paper(0, domain::PaperForm::CertifiedCopy, 3), paper(1, domain::PaperForm::Original, 1, true)};
    const auto d = clerk->receive(r);  // no authorisation: it is conditional
    CHECK(d.code == "000.00.20.H56-261116-0001");
    const auto detail = clerk->dossier(d.code);
    CHECK(detail.dossier.papersRecorded);
    REQUIRE(detail.papers.size() == 2);
    CHECK(detail.papers[0].name == "Tờ khai");
    CHECK(detail.papers[0].form == domain::PaperForm::CertifiedCopy);
    CHECK(detail.papers[0].quantity == 3);
    CHECK(detail.papers[1].shown);
    CHECK(detail.papers[1].kind == domain::PaperKind::Shown);

    auto legacy = request();  // a caller that does not itemise papers is still served
    const auto old = clerk->dossier(clerk->receive(legacy).code);
    CHECK_FALSE(old.dossier.papersRecorded);
    CHECK(old.papers.empty());
}

TEST_CASE("receive: an organisation through a representative, e-mail and collection are kept, bad ones refused",
          "[dossier][intake]")
{
    test::TestStore s;
    s.now = test::at("2026-11-16 10:00");
    auto clerk = s.open("clerk");
    auto r = request();
    r.procedureCode = "1.004873";
    r.applicantKind = domain::ApplicantKind::Organisation;
    r.applicantName = "Công ty TNHH Xây dựng Hà Tân";
    r.idNumber = "038095001234";  // a CCCD is not a tax code
    CHECK_THROWS_WITH(clerk->receive(r), Catch::Contains("Mã số doanh nghiệp/mã số thuế phải gồm 10 chữ số"));
    r.idNumber = "2801234567001";
    r.email = "ketoan@xaydung";
    CHECK_THROWS_WITH(clerk->receive(r), Catch::Contains("Thư điện tử \"ketoan@xaydung\" không đúng dạng"));
    r.email = "ketoan@xaydunghatan.vn";
    r.representative = {"Trần Thị Bích Ngọc", "038196002345", "0987654321", "Hà Tân", ""};
    CHECK_THROWS_WITH(clerk->receive(r), Catch::Contains("Chưa ghi văn bản ủy quyền"));
    CHECK(clerk->dossiers({}).empty());
    r.representative.authorisation = "Giấy giới thiệu số 15/GGT-XDHT";
    r.channel = domain::Channel::Postal;  // collection not given: by post, like the dossier came
    const auto d = clerk->dossier(clerk->receive(r).code).dossier;
    CHECK(d.applicantKind == domain::ApplicantKind::Organisation);
    CHECK(d.idNumber == "2801234567-001");
    CHECK(d.email == "ketoan@xaydunghatan.vn");
    CHECK(d.representative == r.representative);
    CHECK(d.collection == domain::Collection::Post);
    r.collection = domain::Collection::Online;
    CHECK(clerk->dossier(clerk->receive(r).code).dossier.collection == domain::Collection::Online);
}

TEST_CASE("upgrade: a store from before paper kinds and intake details opens with its data intact", "[sqlite][migrations][intake]")
{
    test::TestStore s;
    const std::string path = s.dir() + "/older.db";
    {
        store::Database db(path);
        store::migrate(db, 7);  // the step before what the citizen brings
        db.exec("INSERT INTO staff(username, full_name, role, password_hash) VALUES ('admin','Quản trị','admin','x');"
                "INSERT INTO procedures(code, name, name_folded, field, group_code, days, papers) VALUES ('1.001193',"
                "'Đăng ký khai sinh','dang ky khai sinh','Hộ tịch','HT',0,"
                "'Tờ khai (bản chính), 1 | Văn bản ủy quyền nếu ủy quyền (bản chính), 1');"
                "INSERT INTO dossiers(code, office, day, seq, procedure_code, applicant_name, name_folded, channel, status,"
                " received_at, original_due_at, due_at, receiver) VALUES ('000.00.20.H56-261116-0001','000.00.20.H56',"
                "'2026-11-16',1,'1.001193','Nguyễn Văn An','nguyen van an','postal','received',1,2,2,'admin');"
                "INSERT INTO intake_drafts(username, procedure_code, papers, saved_at) VALUES ('admin','1.001193','10',5);");
    }
    auto desk = service::openSqliteDesk(path);
    desk->actAs("admin");
    const auto p = desk->procedure("1.001193");
    REQUIRE(p.papers.size() == 2);
    CHECK(p.papers[1].kind == domain::PaperKind::Conditional);  // inferred from "nếu"
    const auto d = desk->dossier("000.00.20.H56-261116-0001");
    CHECK_FALSE(d.dossier.papersRecorded);
    CHECK(d.dossier.applicantKind == domain::ApplicantKind::Person);
    CHECK(d.dossier.collection == domain::Collection::Post);  // its receipt said so
    const auto draft = desk->loadDraft();
    REQUIRE(draft);
    REQUIRE(draft->papers.size() == 2);
    CHECK(draft->papers[0].given);
    CHECK_FALSE(draft->papers[1].given);
}
