// ESC/POS: our bytes read back with an independent reader, to the same image, a QR that still
// decodes, the printer's width, the feed and the cut.
#include "escpos_reader.h"
#include "support.h"

#include "documents/escpos.h"
#include "documents/ticket.h"
#include "domain/error.h"

#include <catch2/catch.hpp>

using namespace motcua;
using namespace motcua::documents;

namespace {

TicketData sampleTicket()
{
    TicketData t;
    t.officeParent = "Ủy ban nhân dân xã Hà Tân";
    t.officeName = "Trung tâm Phục vụ hành chính công xã Hà Tân";
    t.officeCode = "000.00.20.H56";
    t.label = "B017";
    t.groupCode = "DD";
    t.groupName = "Đất đai – Xây dựng";
    t.priorityReason = "Người khuyết tật";
    t.counters = {3, 4};
    t.ahead = 5;
    t.waitMinutes = 40;
    t.issuedAt = *domain::parseLocalDateTime("2026-11-23 08:05");
    return t;
}

/// Decodes the QR of an ESC/POS job after turning its bands back into a PNG.
std::string decodeJob(const testing::EscPosJob& job, const testing::TempDir& dir)
{
    const auto doc = Document::thermal({"job", "job", "", 0}, Paper::Mm80, job.image);
    writePng(doc, dir.file("job.png"));
    return testing::decodeQr(dir.file("job.png"));
}

}  // namespace

TEST_CASE("ESC/POS bands carry the raster bit for bit")
{
    Raster r(20, 300);
    for (int y = 0; y < r.height; ++y)
        for (int x = 0; x < r.width; ++x) r.set(x, y, (x * 7 + y * 3) % 5 == 0);
    EscPosOptions o;
    o.bandRows = 128;
    const auto job = testing::readEscPos(encodeEscPos(r, o));
    REQUIRE(job.error.empty());
    CHECK(job.initialized);
    CHECK(job.bands == 3);  // 128 + 128 + 44 rows
    REQUIRE(job.image.height == 300);
    REQUIRE(job.image.width == 24);  // whole bytes
    for (int y = 0; y < r.height; ++y)
        for (int x = 0; x < job.image.width; ++x) REQUIRE(job.image.black(x, y) == r.black(x, y));
    CHECK(job.feedLines == 4);
    CHECK(job.cutMode == 1);  // partial: the ticket hangs, it does not fall
    CHECK(job.cutIsLast);
}

TEST_CASE("ESC/POS cut options and refusal of an empty image")
{
    Raster r(8, 8);
    EscPosOptions o;
    o.cut = Cut::Full;
    CHECK(testing::readEscPos(encodeEscPos(r, o)).cutMode == 0);
    o.cut = Cut::None;
    o.feedLines = 0;
    const auto job = testing::readEscPos(encodeEscPos(r, o));
    CHECK(job.cutMode == -1);
    CHECK(job.feedLines == 0);
    CHECK_THROWS_AS(encodeEscPos(Raster()), Error);
}

TEST_CASE("80 mm ticket: 576 dots wide, bands, cut, and its QR decodes after the round trip")
{
    testing::TempDir dir;
    const auto ticket = sampleTicket();
    const auto doc = renderTicket(ticket, Paper::Mm80);
    REQUIRE(doc.isThermal());
    const auto job = testing::readEscPos(renderEscPos(doc));
    REQUIRE(job.error.empty());
    CHECK(job.initialized);
    CHECK(job.image.width == kDots80);
    CHECK(job.image.height == doc.raster().height);
    CHECK(job.image.bits == doc.raster().bits);
    CHECK(job.bands == (doc.raster().height + 127) / 128);
    CHECK(job.cutMode == 1);
    CHECK(job.cutIsLast);
    CHECK(decodeJob(job, dir) == ticketQrPayload(ticket));
    // A printable ticket: some ink, not a black slab.
    CHECK(doc.raster().coverage() > 0.03);
    CHECK(doc.raster().coverage() < 0.5);
}

TEST_CASE("58 mm ticket: 384 dots wide and still decodes")
{
    testing::TempDir dir;
    const auto ticket = sampleTicket();
    const auto job = testing::readEscPos(renderEscPos(renderTicket(ticket, Paper::Mm58)));
    REQUIRE(job.error.empty());
    CHECK(job.image.width == kDots58);
    CHECK(decodeJob(job, dir) == ticketQrPayload(ticket));
}

TEST_CASE("a ticket needs thermal paper")
{
    CHECK_THROWS_AS(renderTicket(sampleTicket(), Paper::A5), Error);
}
