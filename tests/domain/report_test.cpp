// The periodic report from hand-made facts: every category, the judging instant of a period not
// yet over, fields and units, apologies and ratings in the period only, quarters and the CSV.
#include "domain/report.h"
#include "report_facts.h"

#include <catch2/catch.hpp>

#include <stdexcept>

using namespace motcua::domain;
using namespace motcua::domain::test;

namespace {

ReportDossier datDai(Channel ch, const char* received, const char* due)
{
    auto d = hoTich(ch, received, due);
    d.field = "Đất đai";
    d.unit = "Địa chính";
    return d;
}

ReportDossier resolved(ReportDossier d, const char* at, const char* returned = nullptr)
{
    d.status = returned ? DossierStatus::Returned : DossierStatus::ResultReady;
    d.resolvedAt = t(at);
    if (returned) d.returnedAt = t(returned);
    return d;
}

/// November 2026; the figures below are counted by hand from this list.
std::vector<ReportDossier> november()
{
    auto withdrawn = datDai(Channel::Direct, "2026-11-12 09:00", "2026-11-17 09:00");
    withdrawn.status = DossierStatus::Withdrawn;
    withdrawn.closedAt = t("2026-11-13 10:00");
    return {
        // a: finished and returned in October: not in the period at all
        resolved(hoTich(Channel::Direct, "2026-10-20 09:00", "2026-10-23 09:00"), "2026-10-22 09:00", "2026-10-26 09:00"),
        // b: carried over, resolved the day it was due (on time), returned in the period
        resolved(hoTich(Channel::Online, "2026-10-28 09:00", "2026-11-02 17:00"), "2026-11-02 09:00", "2026-11-04 09:00"),
        // c: resolved in October, returned in November: only "returned"
        resolved(hoTich(Channel::Direct, "2026-10-28 09:00", "2026-11-02 09:00"), "2026-10-30 09:00", "2026-11-03 09:00"),
        // d: new online, resolved a day early
        resolved(hoTich(Channel::Online, "2026-11-05 09:00", "2026-11-10 17:00"), "2026-11-09 15:00"),
        // e: new direct, resolved late
        resolved(hoTich(Channel::Direct, "2026-11-05 09:00", "2026-11-10 17:00"), "2026-11-11 08:00"),
        // f: new by post, in progress within due at the end
        datDai(Channel::Postal, "2026-11-20 09:00", "2026-12-05 09:00"),
        // g: new direct, in progress past due
        datDai(Channel::Direct, "2026-11-10 09:00", "2026-11-15 09:00"),
        // h: new direct, withdrawn
        withdrawn,
        // i: received after the period
        datDai(Channel::Direct, "2026-12-02 09:00", "2026-12-05 09:00"),
        // j: new direct, due 28/11, resolved only in December: in progress past due
        resolved(datDai(Channel::Direct, "2026-11-25 09:00", "2026-11-28 09:00"), "2026-12-03 09:00"),
    };
}

const ReportRow& row(const std::vector<ReportRow>& rows, const std::string& key)
{
    for (const auto& r : rows)
        if (r.key == key) return r;
    throw std::runtime_error("no row " + key);
}

}  // namespace

TEST_CASE("report: every category of a month counted by hand", "[report]")
{
    const std::vector<ReportApology> apologies = {{"Đất đai", "Địa chính", t("2026-11-12 10:00")},
                                                  {"Hộ tịch", "Tư pháp", t("2026-10-30 10:00")}};
    const std::vector<ReportRating> ratings = {{"Hộ tịch", "Tư pháp", Rating::VerySatisfied, t("2026-11-03 10:00")},
                                               {"Hộ tịch", "Tư pháp", Rating::Satisfied, t("2026-11-04 10:00")},
                                               {"Hộ tịch", "Tư pháp", Rating::Dissatisfied, t("2026-11-05 10:00")},
                                               {"Đất đai", "Địa chính", Rating::VerySatisfied, t("2026-12-02 10:00")}};
    const auto r = computeReport(t("2026-11-01 00:00"), t("2026-12-01 00:00"), t("2026-12-10 08:00"), november(),
                                 apologies, ratings);
    const auto& f = r.total;
    CHECK(f.carriedOver == 1);     // b
    CHECK(f.receivedOnline == 1);  // d
    CHECK(f.receivedDirect == 5);  // e f g h j
    CHECK(f.receivedTotal() == 7);
    CHECK(f.resolved == 3);  // b d e
    CHECK(f.early == 1);
    CHECK(f.onTime == 1);
    CHECK(f.late == 1);
    CHECK(f.closed == 1);  // h
    CHECK(f.inProgress == 3);
    CHECK(f.inProgressWithin == 1);  // f
    CHECK(f.inProgressPast == 2);    // g j
    CHECK(f.returned == 2);          // b c
    CHECK(f.apologies == 1);
    CHECK(f.rated == 3);
    CHECK(f.satisfied == 2);
    // Every dossier received is resolved, closed or still in progress.
    CHECK(f.receivedTotal() == f.resolved + f.closed + f.inProgress);
    CHECK(*f.onTimeRate() == Approx(2.0 / 3.0));
    CHECK(*f.onlineRate() == Approx(1.0 / 6.0));
    CHECK(*f.satisfactionRate() == Approx(2.0 / 3.0));

    REQUIRE(r.byField.size() == 2);
    CHECK(r.byField[0].key == "Đất đai");  // Vietnamese order: Đ right after D, before H (issue 12 item 21)
    const auto& ht = row(r.byField, "Hộ tịch").figures;
    CHECK(ht.receivedTotal() == 3);
    CHECK(ht.resolved == 3);
    CHECK(ht.returned == 2);
    CHECK(ht.rated == 3);
    CHECK(ht.apologies == 0);
    const auto& dd = row(r.byUnit, "Địa chính").figures;
    CHECK(dd.receivedDirect == 4);
    CHECK(dd.closed == 1);
    CHECK(dd.inProgress == 3);
    CHECK(dd.apologies == 1);
    CHECK_FALSE(dd.onTimeRate().has_value());
    CHECK_FALSE(dd.satisfactionRate().has_value());
}

TEST_CASE("report: a period not yet over judges past due as of now", "[report]")
{
    const auto r = computeReport(t("2026-11-01 00:00"), t("2026-12-01 00:00"), t("2026-11-26 08:00"), november(), {}, {});
    // j is due 28/11: not past due on 26/11; g (due 15/11) is.
    CHECK(r.total.inProgressPast == 1);
    CHECK(r.total.inProgressWithin == 2);
    CHECK(r.asOf == t("2026-11-26 08:00"));
}

TEST_CASE("report: an empty period has no rates and no rows", "[report]")
{
    const auto r = computeReport(t("2027-01-01 00:00"), t("2027-02-01 00:00"), t("2027-03-01 00:00"), {}, {}, {});
    CHECK(r.total.receivedTotal() == 0);
    CHECK_FALSE(r.total.onTimeRate());
    CHECK_FALSE(r.total.onlineRate());
    CHECK(r.byField.empty());
    CHECK(r.byUnit.empty());
}

TEST_CASE("report: quarters", "[report]")
{
    const auto q4 = parseQuarter("2026-Q4");
    REQUIRE(q4);
    CHECK(q4->first == Date{2026, 10, 1});
    CHECK(q4->second == Date{2026, 12, 31});
    const auto q1 = parseQuarter("2028-q1");
    REQUIRE(q1);
    CHECK(q1->second == Date{2028, 3, 31});
    for (const char* bad : {"", "2026-Q5", "2026-Q0", "2026Q4", "26-Q4", "2026-Q44", "abcd-Q1"}) CHECK_FALSE(parseQuarter(bad));
}

TEST_CASE("report: CSV has a header, the total, then fields and units", "[report]")
{
    const auto r = computeReport(t("2026-11-01 00:00"), t("2026-12-01 00:00"), t("2026-12-10 08:00"), november(), {}, {});
    const auto csv = reportCsv(r);
    CHECK(csv.rfind("phan_loai,ten,tong_tiep_nhan,", 0) == 0);
    // The last column is QĐ 766 indicator 2.1: b d f h on time of the 7 (e g j late) = 57,1 %.
    CHECK(csv.find("\ntong,,7,1,6,1,5,3,1,1,1,1,3,1,2,2,0,0,0,66.7,16.7,,57.1\n") != std::string::npos);
    // After a blank line, the indicators table (the quality here is not scored: no rows).
    CHECK(csv.find("\n\nchi_so,nhom,ten,ty_le_pct,tu_so,mau_so,diem_toi_da,du_diem_tu_pct,diem\n") != std::string::npos);
    CHECK(csv.find("\nlinh_vuc,Hộ tịch,3,") != std::string::npos);
    CHECK(csv.find("\ndon_vi,Địa chính,4,") != std::string::npos);
}
