// Layout beyond one page: a long receipt and a 200-row ledger break into pages that all render,
// with the table header and page numbers on each.
#include "support.h"
#include "office_context.h"

#include "documents/slips.h"
#include "domain/dossier_code.h"

#include <catch2/catch.hpp>

using namespace motcua;
using namespace motcua::documents;

namespace {

SlipContext context() { return testing::haTanContext(); }

int count(const std::string& text, const std::string& what)
{
    int n = 0;
    for (auto at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
    return n;
}

}  // namespace

TEST_CASE("a 200-row ledger spans pages, each with its header and number, and every page renders")
{
    testing::TempDir dir;
    std::vector<LedgerRow> rows;
    const auto start = *domain::parseLocalDateTime("2026-10-01 08:00");
    for (int i = 0; i < 200; ++i) {
        LedgerRow r;
        r.line = i + 1;
        r.dossier.receivedAt = start + i * 3600;
        r.dossier.code = domain::makeDossierCode("000.00.20.H56", domain::localDate(r.dossier.receivedAt), i + 1);
        r.dossier.procedureName = "Đăng ký khai sinh";
        r.dossier.applicantName = "Nguyễn Thị Ánh Tuyết";
        r.dossier.dueAt = r.dossier.receivedAt + 86400;
        r.leadUnit = "Công chức Tư pháp - Hộ tịch";
        rows.push_back(r);
    }
    const auto doc = renderLedger(context(), rows, {2026, 10, 1}, {2026, 11, 30}, 2026);
    REQUIRE(doc.pageCount() > 5);
    const auto pdf = dir.file("ledger.pdf");
    writePdf(doc, pdf);
    CHECK(testing::pdfPages(pdf) == doc.pageCount());
    const auto text = testing::pdfText(pdf);
    CHECK(count(text, "Nhận và trả kết quả") == doc.pageCount());
    CHECK(text.find("Trang " + std::to_string(doc.pageCount()) + "/" + std::to_string(doc.pageCount())) != std::string::npos);
    CHECK(text.find(rows.back().dossier.code) != std::string::npos);
    const auto r = testing::run({"pdftoppm", "-r", "20", "-png", pdf, dir.file("p")});
    CHECK(r.status == 0);
    CHECK(r.err.empty());
}

TEST_CASE("a receipt with many papers continues on a second page with its signatures whole")
{
    testing::TempDir dir;
    domain::DossierDetail detail;
    auto& d = detail.dossier;
    d.code = "000.00.20.H56-261120-0009";
    d.procedureCode = "1.000894";
    d.procedureName = "Đăng ký kết hôn";
    d.applicantName = "Phạm Quỳnh Hương";
    d.receivedAt = *domain::parseLocalDateTime("2026-11-20 09:10");
    d.dueAt = d.originalDueAt = *domain::parseLocalDateTime("2026-11-20 17:00");
    domain::Procedure p;
    for (int i = 1; i <= 25; ++i) p.papers.push_back({"Giấy tờ số " + std::to_string(i) + " (bản sao), 1", domain::PaperKind::Required});
    const auto doc = renderReceipt(context(), detail, p, {2026, 9});
    REQUIRE(doc.pageCount() == 2);
    const auto pdf = dir.file("r.pdf");
    writePdf(doc, pdf);
    const auto text = testing::pdfText(pdf);
    CHECK(text.find("Giấy tờ số 25") != std::string::npos);
    CHECK(count(text, "NGƯỜI TIẾP NHẬN HỒ SƠ") == 1);
    CHECK(text.find("1/2") != std::string::npos);
}
