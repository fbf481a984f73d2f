// What the citizen brings (issue 13 item 3, issue 12 item 4): catalog paper kinds, submitted
// papers checked against the catalog, draft encoding, and the applicant's identifiers.
#include "domain/applicant.h"
#include "domain/papers.h"

#include <catch2/catch.hpp>

using namespace motcua::domain;

namespace {

const std::vector<CatalogPaper> kKhaiSinh = {
    {"Tờ khai đăng ký khai sinh theo mẫu (bản chính), 1", PaperKind::Required},
    {"Giấy chứng sinh (bản sao có chứng thực), 2", PaperKind::Required},
    {"Giấy tờ tùy thân – xuất trình (bản chính), 1", PaperKind::Shown},
    {"Văn bản ủy quyền nếu ủy quyền (bản chính), 1", PaperKind::Conditional},
};

}  // namespace

TEST_CASE("a catalog paper's text gives its name, form and quantity", "[papers]")
{
    const auto p = splitPaperText(kKhaiSinh[1].text);
    CHECK(p.name == "Giấy chứng sinh");
    CHECK(p.form == PaperForm::CertifiedCopy);
    CHECK(p.quantity == 2);
    CHECK(splitPaperText("Đơn đề nghị").name == "Đơn đề nghị");
    CHECK(splitPaperText("Giấy tờ (bản chính hoặc bản sao), 1").formLabel == "Bản chính hoặc bản sao");
    const auto e = defaultPaperEntry(kKhaiSinh[1]);
    CHECK_FALSE(e.given);
    CHECK(e.form == PaperForm::CertifiedCopy);
    CHECK(e.quantity == 2);
    CHECK(defaultPaperEntry(kKhaiSinh[2]).shown);
}

TEST_CASE("only required and shown papers block intake, conditional ones never do", "[papers]")
{
    std::vector<SubmittedPaper> papers = {{0, "", PaperKind::Required, PaperForm::Original, 1, false},
                                          {1, "", PaperKind::Required, PaperForm::Copy, 2, false},
                                          {2, "", PaperKind::Required, PaperForm::Original, 1, true}};
    CHECK(checkSubmittedPapers(kKhaiSinh, papers).empty());
    CHECK(papers[1].name == "Giấy chứng sinh");  // names and kinds come from the catalog
    CHECK(papers[2].kind == PaperKind::Shown);

    std::vector<SubmittedPaper> noId = {papers[0], papers[1]};
    const auto missing = checkSubmittedPapers(kKhaiSinh, noId);
    REQUIRE(missing.size() == 1);
    CHECK(missing[0] == "Còn thiếu giấy tờ bắt buộc số 3: Giấy tờ tùy thân – xuất trình (phải nộp hoặc xuất trình)");

    std::vector<SubmittedPaper> bad = {papers[0], papers[0], {9, "", PaperKind::Required, PaperForm::Original, 1, false},
                                       {1, "", PaperKind::Required, PaperForm::Copy, 0, false}, papers[2]};
    const auto problems = checkSubmittedPapers(kKhaiSinh, bad);
    REQUIRE(problems.size() == 3);
    CHECK(problems[0] == "Giấy tờ số 1 được ghi hai lần");
    CHECK(problems[1].find("Giấy tờ số 10 không có trong danh mục") == 0);
    CHECK(problems[2] == "Số lượng giấy tờ số 2 phải từ 1 đến 99");

    std::vector<PaperEntry> entries(4);
    entries[0].given = entries[1].given = true;
    CHECK(missingPapersText(kKhaiSinh, entries) == kKhaiSinh[2].text);  // not the authorisation
    entries[2].given = true;
    CHECK(missingPapersText(kKhaiSinh, entries).empty());
    entries[3] = {true, PaperForm::Copy, 1, false};
    const auto submitted = submittedPapers(kKhaiSinh, entries);
    REQUIRE(submitted.size() == 4);
    CHECK(submitted[3].name == "Văn bản ủy quyền nếu ủy quyền");
    CHECK(submitted[3].kind == PaperKind::Conditional);
}

TEST_CASE("draft paper entries encode every choice and old 0/1 drafts still read", "[papers]")
{
    const std::vector<PaperEntry> e = {{true, PaperForm::Copy, 12, false}, {}, {true, PaperForm::Original, 1, true},
                                       {true, PaperForm::CertifiedCopy, 3, false}};
    CHECK(encodePaperEntries(e) == "c12,-,s,t3");
    CHECK(decodePaperEntries(encodePaperEntries(e)) == e);
    const auto old = decodePaperEntries("101");
    REQUIRE(old.size() == 3);
    CHECK(old[0].given);
    CHECK_FALSE(old[1].given);
    CHECK(decodePaperEntries("").empty());
}

TEST_CASE("tax codes, e-mails and the applicant's fields are checked with clear messages", "[applicant]")
{
    CHECK(isValidTaxCode("0101234567"));
    CHECK(isValidTaxCode("0101234567-001"));
    CHECK_FALSE(isValidTaxCode("010123456"));
    CHECK_FALSE(isValidTaxCode("0101234567001"));  // 13 digits need the dash…
    CHECK(normaliseTaxCode("0101234567001") == "0101234567-001");  // …which is added for them
    CHECK(isValidEmail("an.nguyen@gmail.com"));
    CHECK_FALSE(isValidEmail("an.nguyen@gmail"));
    CHECK_FALSE(isValidEmail("an nguyen@gmail.com"));
    CHECK_FALSE(isValidEmail("@gmail.com"));
    CHECK_FALSE(isValidEmail("a@b@c.vn"));

    ApplicantFields f{ApplicantKind::Organisation, "Công ty TNHH Hà Tân", "12345", "", "", "ketoan@", {}};
    auto p = applicantProblems(f, true);
    CHECK(p["id"] == "Mã số doanh nghiệp/mã số thuế phải gồm 10 chữ số, hoặc 13 chữ số dạng 0101234567-001");
    CHECK(p["address"] == "Chưa nhập địa chỉ trụ sở của tổ chức");
    CHECK(p["email"].find("không đúng dạng") != std::string::npos);
    f = {ApplicantKind::Person, "Nguyễn Văn An", "03809500123", "", "Hà Tân", "", {"", "", "", "", "Giấy ủy quyền"}};
    p = applicantProblems(f, true);
    CHECK(p["id"] == "Số định danh cá nhân (CCCD) phải gồm đúng 12 chữ số (đang có 11 ký tự)");
    CHECK(p["rep-name"] == "Chưa nhập họ tên người được ủy quyền");
    CHECK(p["rep-id"] == "Chưa nhập số CCCD của người được ủy quyền (12 chữ số)");
    CHECK_FALSE(p.count("authorisation"));
    f.idNumber = "038095001234";
    f.representative = {"Trần Văn Bình", "038096001111", "", "", ""};
    p = applicantProblems(f, false);
    REQUIRE(p.size() == 1);
    CHECK(p["authorisation"].find("Chưa ghi văn bản ủy quyền") == 0);
    f.representative.authorisation = "Giấy ủy quyền số 12/GUQ";
    CHECK(applicantProblems(f, true).empty());
    f.kind = ApplicantKind::Organisation;
    f.idNumber = "0101234567001";
    CHECK(cleanApplicant(f).idNumber == "0101234567-001");
}
