// Form 01's content (issue 13 item 3, issue 12 item 4), read back with pdftotext: the papers
// actually handed in (form, quantity, "Xuất trình"; a conditional paper only when given), the
// e-mail, the organisation and its code, the "Trường hợp ủy quyền" block, where the result is
// collected, and who signs as NGƯỜI NỘP HỒ SƠ.
#include "support.h"
#include "office_context.h"

#include "documents/slips.h"

#include <catch2/catch.hpp>

using namespace motcua;
using namespace motcua::documents;

namespace {

SlipContext context() { return testing::haTanContext(); }

domain::Procedure khaiSinh()
{
    domain::Procedure p;
    p.code = "1.001193";
    p.name = "Đăng ký khai sinh";
    p.papers = {{"Tờ khai đăng ký khai sinh (bản chính), 1", domain::PaperKind::Required},
                {"Giấy chứng sinh (bản chính), 1", domain::PaperKind::Required},
                {"Giấy tờ tùy thân – xuất trình (bản chính), 1", domain::PaperKind::Shown},
                {"Văn bản ủy quyền nếu ủy quyền (bản chính), 1", domain::PaperKind::Conditional}};
    return p;
}

domain::DossierDetail dossier()
{
    domain::DossierDetail detail;
    auto& d = detail.dossier;
    d.code = "000.00.20.H56-261123-0007";
    d.procedureCode = "1.001193";
    d.procedureName = "Đăng ký khai sinh";
    d.applicantName = "Nguyễn Văn An";
    d.idNumber = "038095001234";
    d.address = "Thôn 3, xã Hà Tân";
    d.receivedAt = *domain::parseLocalDateTime("2026-11-23 10:15");
    d.dueAt = d.originalDueAt = *domain::parseLocalDateTime("2026-11-23 17:00");
    return detail;
}

std::string receiptText(const domain::DossierDetail& detail, Paper paper = Paper::A5)
{
    testing::TempDir dir;
    const auto pdf = dir.file("receipt.pdf");
    writePdf(renderReceipt(context(), detail, khaiSinh(), {2026, 7}, paper), pdf);
    // Table cells and long lines wrap: read the words as one line.
    std::string flat;
    for (const char c : testing::pdfText(pdf)) {
        const bool space = c == '\n' || c == ' ' || c == '\f';
        if (space && (flat.empty() || flat.back() == ' ')) continue;
        flat += space ? ' ' : c;
    }
    return flat;
}

bool has(const std::string& text, const std::string& what) { return text.find(what) != std::string::npos; }

}  // namespace

TEST_CASE("receipt: the papers handed in with their form and quantity, shown ones as such, the conditional one only when given")
{
    auto detail = dossier();
    detail.dossier.papersRecorded = true;
    detail.papers = {{0, "Tờ khai đăng ký khai sinh", domain::PaperKind::Required, domain::PaperForm::Original, 1, false},
                     {1, "Giấy chứng sinh", domain::PaperKind::Required, domain::PaperForm::CertifiedCopy, 3, false},
                     {2, "Giấy tờ tùy thân – xuất trình", domain::PaperKind::Shown, domain::PaperForm::Original, 1, true}};
    const auto text = receiptText(detail);
    INFO(text);
    CHECK(has(text, "Tờ khai đăng ký khai sinh"));
    CHECK(has(text, "Giấy chứng sinh Bản sao có chứng thực 03"));  // the certified copy, as recorded (the catalog said bản chính)
    CHECK(has(text, "Tờ khai đăng ký khai sinh Bản chính 01"));
    CHECK(has(text, "Giấy tờ tùy thân – xuất trình Xuất trình"));
    CHECK_FALSE(has(text, "Văn bản ủy quyền"));  // conditional, not handed in: not on the receipt
    CHECK_FALSE(has(text, "Trường hợp ủy quyền"));
    CHECK(has(text, "Nhận kết quả tại: Trung tâm Phục vụ hành chính công xã Hà Tân"));

    // Not itemised (a dossier from before): the catalog's required and shown papers, never the conditional one.
    const auto old = receiptText(dossier());
    INFO(old);
    CHECK(has(old, "Giấy chứng sinh"));
    CHECK(has(old, "Xuất trình"));
    CHECK_FALSE(has(old, "Văn bản ủy quyền"));
}

TEST_CASE("receipt: an organisation with its code and e-mail, the representative block, collection by post")
{
    auto detail = dossier();
    auto& d = detail.dossier;
    d.applicantKind = domain::ApplicantKind::Organisation;
    d.applicantName = "Công ty TNHH Xây dựng Hà Tân";
    d.idNumber = "2801234567-001";
    d.email = "ketoan@xaydunghatan.vn";
    d.representative = {"Trần Thị Bích Ngọc", "038196002345", "0987654321", "Thôn Đông, xã Hà Tân",
                        "Giấy giới thiệu số 15/GGT-XDHT"};
    d.collection = domain::Collection::Post;
    d.papersRecorded = true;
    detail.papers = {{3, "Văn bản ủy quyền nếu ủy quyền", domain::PaperKind::Conditional, domain::PaperForm::Original, 1, false}};
    for (const auto paper : {Paper::A5, Paper::A4}) {
        const auto text = receiptText(detail, paper);
        INFO(text);
        CHECK(has(text, "Công ty TNHH Xây dựng Hà Tân"));
        CHECK(has(text, "mã số tổ chức: 2801234567-001"));
        CHECK(has(text, "Thư điện tử: ketoan@xaydunghatan.vn"));
        CHECK(has(text, "Trường hợp ủy quyền"));
        CHECK(has(text, "Người được ủy quyền: Trần Thị Bích Ngọc"));
        CHECK(has(text, "Số định danh cá nhân: 038196002345"));
        CHECK(has(text, "0987654321"));
        CHECK(has(text, "Văn bản ủy quyền: Giấy giới thiệu số 15/GGT-XDHT"));
        CHECK(has(text, "Văn bản ủy quyền nếu ủy quyền"));  // the conditional paper, given this time
        CHECK(has(text, "qua dịch vụ bưu chính công ích, gửi về Thôn 3, xã Hà Tân"));
        // The representative signs as NGƯỜI NỘP HỒ SƠ: their name is printed under it.
        CHECK(text.rfind("Trần Thị Bích Ngọc") > text.find("NGƯỜI NỘP HỒ SƠ"));
    }
    // The thermal receipt draws the same blocks.
    CHECK_NOTHROW(renderReceipt(context(), detail, khaiSinh(), {2026, 7}, Paper::Mm80));
    d.collection = domain::Collection::Online;
    CHECK(has(receiptText(detail), "trực tuyến (Cổng Dịch vụ công, thư điện tử ketoan@xaydunghatan.vn)"));
}
