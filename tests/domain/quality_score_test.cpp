// The §7 quality score (QĐ 766/QĐ-TTg): weights from settings, groups without data left out,
// the published-completely rate of a catalog; every expected figure worked out by hand.
#include "domain/error.h"
#include "domain/quality_score.h"
#include "domain/report.h"
#include "domain/settings.h"

#include <catch2/catch.hpp>

using namespace motcua::domain;

namespace {

Procedure procedure(std::vector<motcua::domain::CatalogPaper> papers, std::int64_t fee, std::string feeNote, std::string unit)
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

}  // namespace

TEST_CASE("quality score: default weights, three groups with data", "[domain][quality]")
{
    QualityInputs in;
    in.published = 0.75;     // 18 × 0.75 = 13.5
    in.onTime = 0.9;         // 20 × 0.9  = 18
    in.online = 0.25;        // 12 × 0.25 = 3
    in.satisfaction = 0.5;   // 18 × 0.5  = 9
    const auto s = scoreQuality(in, QualityWeights{});
    REQUIRE(s.indicators.size() == 6);
    CHECK(s.points == Approx(43.5));
    CHECK(s.weightWithData == Approx(68));  // 18 + 20 + 12 + 18
    CHECK(s.weightTotal == Approx(100));
    CHECK(s.indicators[0].group == QualityGroup::Publicity);
    CHECK(*s.indicators[0].points() == Approx(13.5));
    CHECK_FALSE(s.indicators[3].points());  // digitised: no data
    CHECK_FALSE(s.indicators[5].points());  // paid online: no data
}

TEST_CASE("quality score: weights come from the settings, and are settings like any other", "[domain][quality]")
{
    const std::map<std::string, std::string> settings{{"quality.weight.progress", "40"},
                                                      {"quality.weight.payment", "0"},
                                                      {"office.name", "x"}};
    const auto w = qualityWeights(settings);
    CHECK(w.of(QualityGroup::Progress) == 40);
    CHECK(w.of(QualityGroup::Payment) == 0);
    CHECK(w.of(QualityGroup::Publicity) == 18);  // default kept
    QualityInputs in;
    in.onTime = 0.5;
    const auto s = scoreQuality(in, w);
    CHECK(s.points == Approx(20));
    CHECK(s.weightWithData == Approx(40));
    CHECK(s.weightTotal == Approx(18 + 40 + 12 + 22 + 18 + 0));

    CHECK(validateSetting("quality.weight.digitised", "22") == "22");
    CHECK(findSetting("quality.weight.satisfaction")->defaultValue == std::string("18"));
    CHECK_THROWS_AS((void)validateSetting("quality.weight.digitised", "-1"), motcua::Error);
    CHECK_THROWS_AS((void)validateSetting("quality.weight.digitised", "101"), motcua::Error);
    CHECK_THROWS_AS((void)validateSetting("quality.weight.digitised", "mười"), motcua::Error);
}

TEST_CASE("quality score: a procedure is published completely with papers, a fee and a unit", "[domain][quality]")
{
    const auto complete = procedure({{"Tờ khai"}}, 8000, "", "UBND xã");
    const auto freeOfCharge = procedure({{"Tờ khai"}}, 0, "Miễn phí", "UBND xã");
    const auto noPapers = procedure({}, 8000, "", "UBND xã");
    const auto noFee = procedure({{"Tờ khai"}}, 0, "", "UBND xã");
    const auto noUnit = procedure({{"Tờ khai"}}, 8000, "", "");
    CHECK(isPublishedCompletely(complete));
    CHECK(isPublishedCompletely(freeOfCharge));
    CHECK_FALSE(isPublishedCompletely(noPapers));
    CHECK_FALSE(isPublishedCompletely(noFee));
    CHECK_FALSE(isPublishedCompletely(noUnit));
    CHECK(*publishedRate({complete, freeOfCharge, noPapers, noFee, noUnit}) == Approx(0.4));
    CHECK_FALSE(publishedRate({}));
}

TEST_CASE("quality score: the inputs of a period's figures", "[domain][quality]")
{
    ReportFigures f;
    f.resolved = 4;
    f.early = 1;
    f.onTime = 2;
    f.late = 1;
    f.receivedOnline = 1;
    f.receivedDirect = 3;
    f.rated = 0;
    const auto in = qualityInputsOf(f, 0.5);
    CHECK(*in.published == Approx(0.5));
    CHECK(*in.onTime == Approx(0.75));
    CHECK(*in.online == Approx(0.25));
    CHECK_FALSE(in.satisfaction);
    CHECK_FALSE(in.digitised);
    CHECK_FALSE(in.paidOnline);
}
