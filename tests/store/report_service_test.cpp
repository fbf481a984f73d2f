// The periodic report through the Desk on a week seeded with a moving clock; the expected figures
// are counted by hand below. Also: permissions, the period check, and a period not yet over.
#include "test_store.h"

#include "domain/error.h"

#include <catch2/catch.hpp>

using namespace motcua;
using domain::Channel;

namespace {

constexpr const char* kHoTich = "1.004873";  // Hộ tịch, 3 days, Công chức Tư pháp - Hộ tịch
constexpr const char* kDatDai = "1.000002";  // Đất đai, 3 days, Phòng Kinh tế

domain::Dossier receiveAt(test::TestStore& s, service::Desk& clerk, const char* when, const char* procedure,
                          Channel channel = Channel::Direct)
{
    s.now = test::at(when);
    return clerk.receive({procedure, "Trần Thị Bích", "", "", "", channel, ""});
}

/// The week of Monday 16/11/2026 to Friday 20/11/2026, and a dossier after it.
void seedWeek(test::TestStore& s)
{
    auto clerk = s.open("clerk");
    auto boss = s.open("boss");
    const auto d1 = receiveAt(s, *clerk, "2026-11-09 09:00", kHoTich);  // due 12/11 09:00
    const auto d4 = receiveAt(s, *clerk, "2026-11-09 09:30", kDatDai);  // due 12/11 09:30
    s.now = test::at("2026-11-10 10:00");
    clerk->markResult(d1.code);                                          // early, before the week
    const auto d2 = receiveAt(s, *clerk, "2026-11-13 10:00", kHoTich);  // due 18/11 10:00
    const auto d3 = receiveAt(s, *clerk, "2026-11-16 08:30", kHoTich, Channel::Online);
    const auto d5 = receiveAt(s, *clerk, "2026-11-16 10:00", kDatDai);  // due 19/11 10:00
    s.now = test::at("2026-11-17 09:00");
    clerk->returnResult(d1.code, "");
    clerk->rate(d1.code, domain::Rating::Satisfied, "");
    clerk->markResult(d3.code);  // early
    const auto d7 = receiveAt(s, *clerk, "2026-11-17 09:15", kHoTich);
    s.now = test::at("2026-11-17 10:00");
    clerk->withdraw(d7.code, "Công dân rút");
    clerk->sweep();
    for (const auto& a : boss->apologies(domain::ApologyStatus::Draft))
        if (a.dossierCode == d4.code) boss->signApology({a.id, "Chờ xác minh thực địa", std::nullopt});
    s.now = test::at("2026-11-18 09:00");
    clerk->markResult(d2.code);  // on the due date: on time
    clerk->rate(d2.code, domain::Rating::VerySatisfied, "");
    receiveAt(s, *clerk, "2026-11-18 14:00", kHoTich, Channel::Postal);  // d6, due 23/11: within
    s.now = test::at("2026-11-20 10:00");
    clerk->markResult(d5.code);  // late
    clerk->rate(d5.code, domain::Rating::Dissatisfied, "");
    receiveAt(s, *clerk, "2026-11-23 08:00", kHoTich);  // d8: after the week
}

const domain::ReportRow& row(const std::vector<domain::ReportRow>& rows, const std::string& key)
{
    for (const auto& r : rows)
        if (r.key == key) return r;
    throw std::runtime_error("no row " + key);
}

}  // namespace

TEST_CASE("report: a seeded week through the Desk, counted by hand", "[report]")
{
    test::TestStore s;
    seedWeek(s);
    s.now = test::at("2026-11-23 09:00");
    auto boss = s.open("boss");
    const auto r = boss->report(test::at("2026-11-16 00:00"), test::at("2026-11-21 00:00"));
    const auto& f = r.total;
    CHECK(f.carriedOver == 2);     // d2 d4 (d1 was resolved before the week)
    CHECK(f.receivedOnline == 1);  // d3
    CHECK(f.receivedDirect == 3);  // d5 d6 (post) d7
    CHECK(f.resolved == 3);        // d2 on time, d3 early, d5 late
    CHECK(f.early == 1);
    CHECK(f.onTime == 1);
    CHECK(f.late == 1);
    CHECK(f.closed == 1);            // d7
    CHECK(f.inProgress == 2);        // d4 d6
    CHECK(f.inProgressPast == 1);    // d4: the signed apology moved its appointment, not its legal due
    CHECK(f.inProgressWithin == 1);  // d6
    CHECK(f.returned == 1);          // d1
    CHECK(f.apologies == 1);         // d4's slip
    CHECK(f.rated == 3);
    CHECK(f.satisfied == 2);
    CHECK(*f.onTimeRate() == Approx(2.0 / 3.0));
    CHECK(*f.onlineRate() == Approx(1.0 / 4.0));
    CHECK(*f.satisfactionRate() == Approx(2.0 / 3.0));

    REQUIRE(r.byField.size() == 2);
    const auto& ht = row(r.byField, "Hộ tịch").figures;
    CHECK(ht.carriedOver == 1);
    CHECK(ht.newlyReceived() == 3);
    CHECK(ht.resolved == 2);
    CHECK(ht.closed == 1);
    CHECK(ht.inProgressWithin == 1);
    CHECK(ht.returned == 1);
    CHECK(ht.satisfied == 2);
    const auto& dd = row(r.byUnit, "Phòng Kinh tế").figures;
    CHECK(dd.carriedOver == 1);
    CHECK(dd.receivedDirect == 1);
    CHECK(dd.late == 1);
    CHECK(dd.inProgressPast == 1);
    CHECK(dd.apologies == 1);
    CHECK(*dd.satisfactionRate() == Approx(0.0));
}

TEST_CASE("report: needs ViewReports and a real period", "[report]")
{
    test::TestStore s;
    auto clerk = s.open("clerk");
    const auto from = test::at("2026-11-16 00:00");
    const auto to = test::at("2026-11-21 00:00");
    REQUIRE_THROWS_AS(clerk->report(from, to), Error);
    auto boss = s.open("boss");
    REQUIRE_THROWS_AS(boss->report(to, from), Error);
    REQUIRE(boss->report(from, to).total.receivedTotal() == 0);
}

TEST_CASE("report: works on a read-only desk", "[sqlite][report]")
{
    test::TestStore s;
    seedWeek(s);
    service::DeskOptions options;
    options.readOnly = true;
    options.clock = [] { return test::at("2026-11-19 12:00"); };
    auto desk = service::openSqliteDesk(s.path(), options);
    desk->actAs("boss");
    // The wall screen opens the store read-only: the report reads the same facts.
    const auto r = desk->report(test::at("2026-11-16 00:00"), test::at("2026-11-21 00:00"));
    CHECK(r.total.carriedOver == 2);
    CHECK(r.total.resolved == 3);
    CHECK(r.total.inProgressPast == 1);
}
