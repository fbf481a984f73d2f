// QR matrices and payloads: quiet zone, error levels, limits, the payload format, reading a
// code back from what a scanner typed, and a real decode with zbar.
#include "support.h"

#include "documents/document.h"
#include "documents/qr.h"
#include "documents/qr_payload.h"
#include "domain/error.h"

#include <catch2/catch.hpp>

using namespace motcua;
using namespace motcua::documents;

namespace {

/// The matrix drawn as a thermal-style raster, `scale` dots a module.
Raster rasterOf(const QrMatrix& qr, int scale)
{
    Raster r(qr.size() * scale, qr.size() * scale);
    for (int y = 0; y < r.height; ++y)
        for (int x = 0; x < r.width; ++x) r.set(x, y, qr.dark(x / scale, y / scale));
    return r;
}

std::string decodeMatrix(const QrMatrix& qr, const testing::TempDir& dir)
{
    const auto doc = Document::thermal({"qr", "qr", "", 0}, Paper::Mm80, rasterOf(qr, 4));
    const auto path = dir.file("qr.png");
    writePng(doc, path);
    return testing::decodeQr(path);
}

}  // namespace

TEST_CASE("QR matrix has the quiet zone and the size of its version")
{
    const auto qr = makeQr("MHS:000.00.20.H56-261120-0001");
    REQUIRE(qr.version() >= 1);
    CHECK(qr.size() == 17 + 4 * qr.version() + 2 * kQrQuietZone);
    for (int i = 0; i < qr.size(); ++i)
        for (int q = 0; q < kQrQuietZone; ++q) {
            CHECK_FALSE(qr.dark(i, q));
            CHECK_FALSE(qr.dark(q, i));
            CHECK_FALSE(qr.dark(i, qr.size() - 1 - q));
            CHECK_FALSE(qr.dark(qr.size() - 1 - q, i));
        }
    // The finder pattern's corner starts right inside the quiet zone.
    CHECK(qr.dark(kQrQuietZone, kQrQuietZone));
    CHECK_FALSE(qr.dark(-1, 0));
    CHECK_FALSE(qr.dark(qr.size(), 0));
}

TEST_CASE("QR error correction: H needs a larger symbol than L for the same text")
{
    const std::string text(200, 'A');
    CHECK(makeQr(text, Ecc::H).version() > makeQr(text, Ecc::L).version());
}

TEST_CASE("QR refuses empty and too long input with a clear error")
{
    CHECK_THROWS_AS(makeQr(""), Error);
    try {
        (void)makeQr(std::string(kQrMaxBytes + 1, 'x'));
        FAIL("no error");
    } catch (const Error& e) {
        CHECK(e.code() == ErrorCode::InvalidInput);
        CHECK(std::string(e.what()).find("quá dài") != std::string::npos);
    }
    // Fits at L but not at H.
    CHECK_NOTHROW(makeQr(std::string(2900, 'x'), Ecc::L));
    CHECK_THROWS_AS(makeQr(std::string(2900, 'x'), Ecc::H), Error);
}

TEST_CASE("dossier QR payload: look-up URL first, one item a line, no personal data but a masked name")
{
    DossierQr q;
    q.lookupUrlTemplate = "https://dichvucong.example/tra-cuu?ma={code}";
    q.code = "000.00.20.H56-261120-0001";
    q.procedureCode = "1.000894";
    q.applicant = "Lê H. M.";
    q.documentName = "Giấy tiếp nhận hồ sơ và hẹn trả kết quả";
    q.appointment = domain::parseLocalDateTime("2026-11-20 17:00");
    q.issuingSystem = "motcua 000.00.20.H56";
    q.issuedAt = *domain::parseLocalDateTime("2026-11-20 09:10");
    CHECK(dossierQrText(q) ==
          "https://dichvucong.example/tra-cuu?ma=000.00.20.H56-261120-0001\n"
          "MHS:000.00.20.H56-261120-0001\n"
          "TTHC:1.000894\n"
          "TEN:Lê H. M.\n"
          "VB:Giấy tiếp nhận hồ sơ và hẹn trả kết quả\n"
          "HEN:2026-11-20 17:00\n"
          "HT:motcua 000.00.20.H56\n"
          "TG:2026-11-20 09:10");
    // A newline inside a value cannot forge another item.
    q.lookupUrlTemplate.clear();
    q.applicant = "X\nHEN:2099-01-01 00:00";
    const auto text = dossierQrText(q);
    CHECK(text.rfind("MHS:", 0) == 0);
    CHECK(text.find("\nHEN:2099") == std::string::npos);
}

TEST_CASE("a scanned payload gives back the dossier code or the ticket")
{
    CHECK(dossierCodeFromQr("MHS:000.00.20.H56-261120-0001\nTTHC:1.000894") == "000.00.20.H56-261120-0001");
    CHECK(dossierCodeFromQr("https://x.example/tra-cuu?ma=000.00.20.H56-261120-0001") == "000.00.20.H56-261120-0001");
    CHECK(dossierCodeFromQr("000.00.20.H56-261120-0001") == "000.00.20.H56-261120-0001");
    // DOMAIN.md §5: a wide sequence and the longer national form are read as they were scanned.
    CHECK(dossierCodeFromQr("MHS:000.00.20.H56-261120-10000\nTTHC:1.000894") == "000.00.20.H56-261120-10000");
    CHECK(dossierCodeFromQr("MHS:000.00.20.H56-261120-TT0001\nMDD:038090003456") == "000.00.20.H56-261120-TT0001");
    CHECK_FALSE(dossierCodeFromQr("MHS:000.00.20.H56-261399-0001").has_value());  // no 99th day
    CHECK_FALSE(dossierCodeFromQr("").has_value());
    CHECK(ticketFromQr("VE:A023\nCQ:000.00.20.H56") == "A023");
    CHECK_FALSE(ticketFromQr("MHS:000.00.20.H56-261120-0001").has_value());
}

TEST_CASE("QR matrix decodes with zbar to the exact UTF-8 text")
{
    testing::TempDir dir;
    const std::string text = "MHS:000.00.20.H56-261120-0001\nTEN:Nguyễn V. A.\nVB:Phiếu xin lỗi và hẹn lại ngày trả kết quả";
    CHECK(decodeMatrix(makeQr(text), dir) == text);
    CHECK(decodeMatrix(makeQr(text, Ecc::H), dir) == text);
}

TEST_CASE("a scanned ticket payload yields a label only when it is one", "[qr]")
{
    using motcua::documents::ticketFromQr;
    REQUIRE(ticketFromQr("VE:A023\nCQ:000.00.20.H56\n") == std::optional<std::string>("A023"));
    REQUIRE(ticketFromQr("VE:A023\r\nCQ:000.00.20.H56\r\n") == std::optional<std::string>("A023"));
    REQUIRE_FALSE(ticketFromQr("VE:A026-CQ:000.\xd4\xdf" "10:15\n"));  // found by the qr_payload fuzzer
    REQUIRE_FALSE(ticketFromQr("VE:\n"));
    REQUIRE_FALSE(ticketFromQr("MHS:000.00.20.H56-261120-0001"));
}
