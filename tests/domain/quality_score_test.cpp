// The QĐ 766/QĐ-TTg indicators (DOMAIN.md §7) over a small office whose every figure is worked out
// by hand in the comments: 2.1 over all dossiers of the period (not over the resolved ones), 3.3
// full from 50 %, 5.4 full from 90 %, 1.3 from the catalog, 3.6 and 4.x from their hooks; caps
// and weights as settings; the one lateness predicate.
#include "domain/error.h"
#include "domain/lateness.h"
#include "domain/quality_indicators.h"
#include "domain/quality_score.h"
#include "domain/report.h"
#include "domain/settings.h"
#include "report_facts.h"

#include <catch2/catch.hpp>

#include <stdexcept>

using namespace motcua::domain;
using namespace motcua::domain::test;

namespace {

ReportDossier resolvedAt(ReportDossier d, const char* at)
{
    d.status = DossierStatus::ResultReady;
    d.resolvedAt = t(at);
    return d;
}

ReportDossier waiting(ReportDossier d, const char* requested)
{
    d.status = DossierStatus::WaitingSupplement;
    d.supplementRequestedAt = t(requested);
    d.supplementCount = 1;
    return d;
}

/// November 2026 at a small office, judged on 10/12 (the period is over).
std::vector<ReportDossier> smallOffice()
{
    auto g = resolvedAt(hoTich(Channel::Direct, "2026-11-03 09:00", "2026-11-06 17:00"), "2026-11-05 10:00");
    g.supplementCount = 2;  // a second supplement request
    auto j = hoTich(Channel::Direct, "2026-11-03 09:00", "2026-11-10 17:00");
    j.status = DossierStatus::Withdrawn;
    j.closedAt = t("2026-11-04 10:00");
    return {
        resolvedAt(hoTich(Channel::Direct, "2026-11-02 09:00", "2026-11-05 17:00"), "2026-11-05 10:00"),  // A on time
        resolvedAt(hoTich(Channel::Direct, "2026-11-02 09:00", "2026-11-05 17:00"), "2026-11-06 09:00"),  // B late
        hoTich(Channel::Direct, "2026-11-20 09:00", "2026-12-05 17:00"),                  // C running, within
        hoTich(Channel::Direct, "2026-11-10 09:00", "2026-11-16 17:00"),                  // D running, past due
        waiting(hoTich(Channel::Direct, "2026-11-10 09:00", "2026-11-20 17:00"), "2026-11-18 09:00"),  // E
        waiting(hoTich(Channel::Direct, "2026-11-10 09:00", "2026-11-20 17:00"), "2026-11-25 09:00"),  // F
        g,                                                                                 // G late: 2 requests
        resolvedAt(hoTich(Channel::Direct, "2026-10-28 09:00", "2026-11-03 17:00"), "2026-11-02 09:00"),  // H carried
        resolvedAt(hoTich(Channel::Direct, "2026-10-10 09:00", "2026-10-15 17:00"), "2026-10-14 09:00"),  // I October
        j,                                                                                 // J withdrawn in time
        resolvedAt(hoTich(Channel::Online, "2026-11-12 09:00", "2026-11-19 17:00"), "2026-11-18 09:00"),  // K online
    };
}

Report novemberReport()
{
    const std::vector<ReportRating> ratings = {{"Hộ tịch", "Tư pháp", Rating::Satisfied, t("2026-11-06 10:00")},
                                               {"Hộ tịch", "Tư pháp", Rating::VerySatisfied, t("2026-11-18 10:00")},
                                               {"Hộ tịch", "Tư pháp", Rating::Dissatisfied, t("2026-11-07 10:00")}};
    return computeReport(t("2026-11-01 00:00"), t("2026-12-01 00:00"), t("2026-12-10 08:00"), smallOffice(), {}, ratings);
}

Procedure procedure(std::vector<CatalogPaper> papers, std::int64_t fee, std::string feeNote, std::string unit)
{
    Procedure p;
    p.code = "1.000001";
    p.name = "Thủ tục thử";
    p.papers = std::move(papers);
    p.feeVnd = fee;
    p.feeNote = std::move(feeNote);
    p.unit = std::move(unit);
    return p;
}

/// Four procedures, three published completely: 1.3 = 75 %.
std::vector<Procedure> catalog()
{
    return {procedure({{"Tờ khai"}}, 8000, "", "UBND xã"), procedure({{"Tờ khai"}}, 0, "Miễn phí", "UBND xã"),
            procedure({{"Tờ khai"}}, 0, "Miễn phí", "Công an xã"), procedure({}, 8000, "", "UBND xã")};
}

}  // namespace

TEST_CASE("quality 2.1: every dossier of the period counts, the unfinished ones judged at its end", "[domain][quality]")
{
    const auto f = novemberReport().total;
    // In the period: A B C D E F G H J K = 10 (I finished in October).
    CHECK(f.receivedTotal() == 10);
    // On time: A (resolved before due), C (running, due 5/12 after the end), E (waiting: judged at
    // its request 18/11, before due 20/11), H, J (withdrawn before due), K = 6. Late: B (resolved
    // after due), D (running past due at the end), F (asked for a supplement after due), G (two
    // supplement requests).
    CHECK(f.onTime21 == 6);
    const auto m = indicator21(f);
    REQUIRE(m);
    CHECK(m->part == 6);
    CHECK(m->whole == 10);
    CHECK(m->rate == Approx(0.6));
    // The TT 01/2020 column stays as it was: of the 5 resolved (A B G H K), 4 on or before due.
    CHECK(f.resolved == 5);
    CHECK(*f.onTimeRate() == Approx(0.8));
    const auto q = scoreQuality(qualityInputsOf(f, catalog()), QualityWeights{});
    CHECK(*q.find("2.1")->points() == Approx(12.0));  // 20 × 60 %, not 20 × 80 %
}

TEST_CASE("quality 2.1: a dossier waiting for a supplement is judged at the request", "[domain][quality]")
{
    const Instant end = t("2026-12-01 00:00");
    const auto e = waiting(hoTich(Channel::Direct, "2026-11-10 09:00", "2026-11-20 17:00"), "2026-11-20 17:00");
    CHECK(judgeIndicator21(e, end, end) == Judgement21::Late);  // asked at the due minute: the time had come
    const auto early = waiting(hoTich(Channel::Direct, "2026-11-10 09:00", "2026-11-20 17:00"), "2026-11-20 16:59");
    CHECK(judgeIndicator21(early, end, end) == Judgement21::OnTime);
    // Asked after the period ended: at its end the dossier was running and past due.
    const auto later = waiting(hoTich(Channel::Direct, "2026-11-10 09:00", "2026-11-20 17:00"), "2026-12-03 09:00");
    CHECK(judgeIndicator21(later, end, end) == Judgement21::Late);
    // A result handed over without a "ready" time is judged by the return.
    auto returned = hoTich(Channel::Direct, "2026-11-10 09:00", "2026-11-20 17:00");
    returned.status = DossierStatus::Returned;
    returned.returnedAt = t("2026-11-20 17:00");
    CHECK(judgeIndicator21(returned, end, end) == Judgement21::OnTime);
}

TEST_CASE("report: a dossier waiting for a supplement is not past due, as in the late list", "[domain][quality]")
{
    const auto f = novemberReport().total;
    // Running at the end: C D E F; past due only D — E and F wait for the citizen (clock paused).
    CHECK(f.inProgress == 4);
    CHECK(f.inProgressPast == 1);
    CHECK(f.inProgressWithin == 3);
    CHECK(isOverdue(DossierStatus::Processing, t("2026-11-20 17:00"), t("2026-11-20 17:00")));
    CHECK_FALSE(isOverdue(DossierStatus::Processing, t("2026-11-20 17:00"), t("2026-11-20 16:59")));
    CHECK_FALSE(isOverdue(DossierStatus::WaitingSupplement, t("2026-11-20 17:00"), t("2026-11-25 09:00")));
    CHECK_FALSE(isOverdue(DossierStatus::ResultReady, t("2026-11-20 17:00"), t("2026-11-25 09:00")));
}

TEST_CASE("quality 3.3, 5.4 and 1.3 of the small office, and the total", "[domain][quality]")
{
    const auto f = novemberReport().total;
    const auto q = scoreQuality(qualityInputsOf(f, catalog()), QualityWeights{});
    // 3.3: newly received A B C D E F G J K = 9, online K = 1: 11,1 %; full from 50 %:
    // 4 × (1/9) ÷ 0,5 = 8/9 points.
    const auto* online = q.find("3.3");
    CHECK(online->measure->part == 1);
    CHECK(online->measure->whole == 9);
    CHECK(*online->points() == Approx(8.0 / 9.0));
    // 5.4: finished late B G = 2, one "không hài lòng" = 1, of 10: 100 % − 30 % = 70 %; full from
    // 90 %: 6 × 0,7 ÷ 0,9 = 4,667.
    const auto* happy = q.find("5.4");
    CHECK(happy->measure->part == 3);
    CHECK(happy->measure->whole == 10);
    CHECK(*happy->rate() == Approx(0.7));
    CHECK(*happy->points() == Approx(6.0 * 0.7 / 0.9));
    // 1.3: 3 of 4 published completely: 2 × 75 % = 1,5.
    CHECK(*q.find("1.3")->points() == Approx(1.5));
    // No data today: 3.6 (fees) and 4.1–4.3 (digitisation).
    for (const char* none : {"3.6", "4.1", "4.2", "4.3"}) {
        INFO(none);
        CHECK_FALSE(q.find(none)->points());
    }
    CHECK(q.indicators.size() == 8);
    CHECK(q.points == Approx(1.5 + 12.0 + 8.0 / 9.0 + 6.0 * 0.7 / 0.9));
    CHECK(q.capWithData == Approx(2 + 20 + 4 + 6));
    CHECK(q.weightTotal == Approx(100));
}

TEST_CASE("quality 5.4 never goes below zero, and an empty period has no data", "[domain][quality]")
{
    ReportFigures f;
    f.receivedDirect = 2;
    f.finishedLate21 = 2;
    f.dissatisfied = 1;
    CHECK(indicator54(f)->rate == 0.0);
    CHECK_FALSE(indicator54(ReportFigures{}));
    CHECK_FALSE(indicator21(ReportFigures{}));
    CHECK_FALSE(indicator33(ReportFigures{}));
    CHECK_FALSE(indicator13({}));
}

TEST_CASE("quality hooks: 4.1, 4.2, 4.3 and 3.6 from the counts later issues record", "[domain][quality]")
{
    // 4.1: 2 electronic results of 5 paper-result dossiers = 40 % → 6 × 0,4 = 2,4.
    // 4.2: 9 of 10 digitised = 90 %, full from 80 % → 4. 4.3: 4 of 10 = 40 % → 2 × 0,4 ÷ 0,8 = 1.
    // 3.6: 1 of 4 fee dossiers paid online = 25 % → 6 × 0,25 = 1,5.
    const DigitisationCounts d{5, 2, 10, 9, 4};
    const PaymentCounts p{4, 1};
    const auto q = scoreQuality(qualityInputsOf(ReportFigures{}, {}, d, p), QualityWeights{});
    CHECK(*q.find("4.1")->points() == Approx(2.4));
    CHECK(*q.find("4.2")->points() == Approx(4.0));
    CHECK(*q.find("4.2")->rate() == Approx(0.9));
    CHECK(*q.find("4.3")->points() == Approx(1.0));
    CHECK(*q.find("3.6")->points() == Approx(1.5));
    CHECK(*q.find("3.6")->rate() == Approx(0.25));
    CHECK(q.points == Approx(2.4 + 4 + 1 + 1.5));
    CHECK_FALSE(indicator41(DigitisationCounts{}));
    CHECK_FALSE(indicator36(PaymentCounts{}));
}

TEST_CASE("quality: caps and weights are settings like any other", "[domain][quality]")
{
    const std::map<std::string, std::string> settings{{"quality.cap.2.1", "40"},
                                                      {"quality.weight.payment", "0"},
                                                      {"office.name", "x"}};
    const auto w = qualityWeights(settings);
    CHECK(w.capOf(*findIndicator("2.1")) == 40);
    CHECK(w.capOf(*findIndicator("5.4")) == 6);  // default kept
    CHECK(w.of(QualityGroup::Payment) == 0);
    QualityInputs in;
    in.onTime = Measure{0.5, 1, 2};
    const auto s = scoreQuality(in, w);
    CHECK(s.points == Approx(20));
    CHECK(s.capWithData == Approx(40));
    CHECK(s.weightTotal == Approx(90));

    CHECK(indicatorPoints(0.6, 4, 0.5) == 4);
    CHECK(indicatorPoints(0.25, 4, 0.5) == Approx(2));
    for (const auto& d : qualityIndicators()) {
        INFO(d.number);
        CHECK(findSetting(qualityCapSetting(d.number))->defaultValue == std::to_string(static_cast<int>(d.defaultCap)));
    }
    CHECK(validateSetting("quality.cap.4.2", "4") == "4");
    CHECK_THROWS_AS((void)validateSetting("quality.cap.4.2", "-1"), motcua::Error);
    CHECK_THROWS_AS((void)validateSetting("quality.weight.digitised", "101"), motcua::Error);
}

TEST_CASE("quality 1.3: a procedure is published completely with its name, papers, fee and unit", "[domain][quality]")
{
    const auto complete = procedure({{"Tờ khai"}}, 8000, "", "UBND xã");
    auto noName = complete;
    noName.name.clear();
    CHECK(isPublishedCompletely(complete));
    CHECK(isPublishedCompletely(procedure({{"Tờ khai"}}, 0, "Miễn phí", "UBND xã")));
    CHECK_FALSE(isPublishedCompletely(noName));
    CHECK_FALSE(isPublishedCompletely(procedure({}, 8000, "", "UBND xã")));
    CHECK_FALSE(isPublishedCompletely(procedure({{"Tờ khai"}}, 0, "", "UBND xã")));
    CHECK_FALSE(isPublishedCompletely(procedure({{"Tờ khai"}}, 8000, "", "")));
}
