// A realistic A5 receipt (issue 16 item 2): procedure 1.000689 with its five papers, a fee owed
// and its VietQR, long names and addresses. Read back from the PDF: every paper and the fee, the
// VietQR decoded from the page image, and the signatures never alone at the top of a page.
#include "support.h"
#include "office_context.h"

#include "documents/slips.h"
#include "domain/payment/fees.h"
#include "domain/payment/vietqr.h"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace motcua;
using namespace motcua::documents;

namespace {

SlipContext context()
{
    auto ctx = testing::haTanContext();
    ctx.payment = {"970415", "113366668888", "UBND XA HA TAN"};
    return ctx;
}

domain::Procedure khaiSinhNhanCha()
{
    domain::Procedure p;
    p.code = "1.000689";
    p.name = "Đăng ký khai sinh kết hợp đăng ký nhận cha, mẹ, con";
    p.days = 3;
    p.feeVnd = 15000;
    return p;
}

const std::vector<std::string> kPapers = {
    "Tờ khai đăng ký khai sinh theo mẫu", "Tờ khai đăng ký nhận cha mẹ con theo mẫu",
    "Giấy chứng sinh hoặc giấy tờ thay thế",
    "Chứng cứ quan hệ cha con hoặc mẹ con – văn bản giám định hoặc cam đoan có hai người làm chứng",
    "Giấy tờ tùy thân – xuất trình"};

domain::DossierDetail dossier(const std::string& address)
{
    domain::DossierDetail detail;
    auto& d = detail.dossier;
    d.code = "000.00.20.H56-261123-0003";
    d.procedureCode = "1.000689";
    d.procedureName = khaiSinhNhanCha().name;
    d.applicantName = "Nguyễn Thị Phương Thảo Ngọc Hoàng Yến";
    d.idNumber = "038095001234";
    d.phone = "0912345678";
    d.email = "nguyenthiphuongthao.ngochoangyen@example.com.vn";
    d.address = address;
    d.checkCode = "ACKZQR";
    d.receivedAt = *domain::parseLocalDateTime("2026-11-23 10:15");
    d.dueAt = d.originalDueAt = *domain::parseLocalDateTime("2026-11-27 10:15");
    d.papersRecorded = true;
    int n = 0;
    for (const auto& name : kPapers) {
        const bool shown = name.find("xuất trình") != std::string::npos;
        detail.papers.push_back({++n, name, shown ? domain::PaperKind::Shown : domain::PaperKind::Required,
                                 domain::PaperForm::Original, 1, shown});
    }
    detail.fees = domain::catalogFeeLines(khaiSinhNhanCha());
    return detail;
}

const std::string kLongAddress =
    "Số 123/45/6 đường Nguyễn Văn Linh, tổ dân phố 12, khu phố Tân Thành Đông, xã Hà Tân, tỉnh Hà Tĩnh";

std::string flat(const std::string& text)
{
    std::string out;
    for (const char c : text) {
        const bool space = c == '\n' || c == ' ';
        if (space && (out.empty() || out.back() == ' ')) continue;
        out += space ? ' ' : c;
    }
    return out;
}

std::vector<std::string> pages(const std::string& text)
{
    std::vector<std::string> out(1);
    for (const char c : text) {
        if (c == '\f') out.emplace_back();
        else out.back() += c;
    }
    if (out.size() > 1 && out.back().find_first_not_of(" \n") == std::string::npos) out.pop_back();
    return out;
}

/// The signatures start a page with nothing of the body above them.
bool signaturesAlone(const std::vector<std::string>& pageTexts)
{
    for (std::size_t i = 1; i < pageTexts.size(); ++i) {
        // pdftotext may read either signer's title first.
        const auto at = std::min(pageTexts[i].find("NGƯỜI NỘP HỒ SƠ"), pageTexts[i].find("NGƯỜI TIẾP NHẬN HỒ SƠ"));
        if (at != std::string::npos && pageTexts[i].substr(0, at).find_first_not_of(" \n") == std::string::npos) return true;
    }
    return false;
}

}  // namespace

TEST_CASE("receipt fit: the 1.000689 receipt with five papers, a fee and its VietQR, read back from the A5 PDF")
{
    testing::TempDir dir;
    const auto pdf = dir.file("receipt.pdf");
    const auto detail = dossier(kLongAddress);
    writePdf(renderReceipt(context(), detail, khaiSinhNhanCha(), {2026, 11}, Paper::A5), pdf);
    const std::string text = testing::pdfText(pdf);
    const auto byPage = pages(text);
    INFO(text);
    CHECK(testing::pdfPages(pdf) == static_cast<int>(byPage.size()));
    CHECK_FALSE(signaturesAlone(byPage));
    const auto all = flat(text);
    for (const auto& p : kPapers) CHECK(all.find(flat(p)) != std::string::npos);
    CHECK(all.find("Phí, lệ phí: 15.000 đ (chưa nộp)") != std::string::npos);
    CHECK(all.find("NGƯỜI TIẾP NHẬN HỒ SƠ") != std::string::npos);

    // The page image carries the same VietQR `motcua qr vietqr` prints for what is owed.
    const auto expected = domain::vietQrPayload(context().payment, domain::amountOwed(detail.fees), detail.dossier.code);
    bool found = false;
    for (int page = 1; page <= static_cast<int>(byPage.size()); ++page) {
        const auto stem = dir.file("page" + std::to_string(page));
        REQUIRE(testing::run({"pdftoppm", "-r", "200", "-png", "-singlefile", "-f", std::to_string(page), "-l",
                              std::to_string(page), pdf, stem})
                    .status == 0);
        const auto r = testing::run({"zbarimg", "--quiet", "--raw", "-Sdisable", "-Sqrcode.enable", stem + ".png"});
        if (r.out.find(expected) != std::string::npos) found = true;
    }
    CHECK(found);
}

TEST_CASE("receipt fit: however many papers, the signatures never start a page alone")
{
    // Each added paper row moves the body's end down a little: some counts put it right at the
    // foot of a page, where the signatures used to go over alone.
    for (int extra = 0; extra < 24; ++extra) {
        testing::TempDir dir;
        const auto pdf = dir.file("receipt.pdf");
        auto detail = dossier(kLongAddress);
        for (int i = 0; i < extra; ++i)
            detail.papers.push_back({6 + i, "Bản sao giấy tờ chứng minh nơi cư trú số " + std::to_string(i + 1),
                                     domain::PaperKind::Required, domain::PaperForm::Copy, 1, false});
        writePdf(renderReceipt(context(), detail, khaiSinhNhanCha(), {2026, 11}, Paper::A5), pdf);
        INFO(extra << " papers more");
        CHECK_FALSE(signaturesAlone(pages(testing::pdfText(pdf))));
    }
}
