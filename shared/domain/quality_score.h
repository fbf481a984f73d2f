// The service-quality indicators of Quyết định 766/QĐ-TTg as the national portal scores them
// (DOMAIN.md §7): each indicator has a number ("2.1"), a cap in points (a setting) and the rate
// from which it gives full points; indicators the office cannot know are "no data".
#pragma once

#include <array>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace motcua::domain {

enum class QualityGroup { Publicity, Progress, Online, Digitised, Satisfaction, Payment };
inline constexpr std::array<QualityGroup, 6> kQualityGroups = {
    QualityGroup::Publicity, QualityGroup::Progress, QualityGroup::Online,
    QualityGroup::Digitised, QualityGroup::Satisfaction, QualityGroup::Payment};

/// "cong_khai", "tien_do", … (CSV and JSON keys).
[[nodiscard]] const char* qualityGroupKey(QualityGroup g);
/// "Công khai, minh bạch", "Tiến độ giải quyết", … (screens and reports).
[[nodiscard]] const char* qualityGroupLabel(QualityGroup g);
/// The setting that holds the group's weight: "quality.weight.publicity", …
[[nodiscard]] std::string qualityWeightSetting(QualityGroup g);

/// One indicator the office computes or keeps a place for.
struct IndicatorDef {
    std::string_view number;  ///< "2.1", as the portal numbers it
    QualityGroup group;
    std::string_view label;   ///< Vietnamese, for screens and reports
    double defaultCap;        ///< points at full marks (setting quality.cap.<number>)
    double fullFrom;          ///< the rate from which the cap is given (1 = proportional)
};

/// The indicators in report order: 1.3, 2.1, 3.3, 3.6, 4.1, 4.2, 4.3, 5.4.
[[nodiscard]] const std::vector<IndicatorDef>& qualityIndicators();
[[nodiscard]] const IndicatorDef* findIndicator(std::string_view number);
/// "quality.cap.2.1"
[[nodiscard]] std::string qualityCapSetting(std::string_view number);

/// A rate and what it was computed from; `rate` may differ from part ÷ whole (5.4 subtracts).
struct Measure {
    double rate = 0;
    int part = 0;
    int whole = 0;
};

/// The measured rates of a period by indicator; nullopt where the office has no data.
struct QualityInputs {
    std::optional<Measure> published;         ///< 1.3
    std::optional<Measure> onTime;            ///< 2.1
    std::optional<Measure> online;            ///< 3.3
    std::optional<Measure> paidOnline;        ///< 3.6 — fees paid online are not recorded yet
    std::optional<Measure> electronicResult;  ///< 4.1 — digitisation is not recorded yet
    std::optional<Measure> digitised;         ///< 4.2
    std::optional<Measure> reusedData;        ///< 4.3
    std::optional<Measure> satisfaction;      ///< 5.4
    [[nodiscard]] std::optional<Measure> of(std::string_view number) const;
};

/// Caps by indicator and weights by group, read from settings (defaults: the portal's figures).
struct QualityWeights {
    std::array<double, 6> weight{18, 20, 12, 22, 18, 10};
    std::map<std::string, double, std::less<>> cap;  ///< by indicator number; missing = default
    [[nodiscard]] double of(QualityGroup g) const { return weight.at(static_cast<std::size_t>(g)); }
    [[nodiscard]] double capOf(const IndicatorDef& d) const;
};
[[nodiscard]] QualityWeights qualityWeights(const std::map<std::string, std::string>& settings);

/// Points for a rate: the cap from `fullFrom` up, else cap × rate ÷ fullFrom.
[[nodiscard]] double indicatorPoints(double rate, double cap, double fullFrom);

struct QualityIndicator {
    std::string number;  ///< "2.1"
    QualityGroup group = QualityGroup::Progress;
    std::string label;
    double cap = 0;
    double fullFrom = 1;
    std::optional<Measure> measure;  ///< nullopt: no data
    [[nodiscard]] std::optional<double> rate() const;
    [[nodiscard]] std::optional<double> points() const;
};

struct QualityScore {
    std::vector<QualityIndicator> indicators;  ///< in qualityIndicators() order
    double points = 0;       ///< sum over the indicators with data
    double capWithData = 0;  ///< the most those indicators could give
    double weightTotal = 0;  ///< the six group weights (100 with the defaults)
    [[nodiscard]] const QualityIndicator* find(std::string_view number) const;
};

[[nodiscard]] QualityScore scoreQuality(const QualityInputs& inputs, const QualityWeights& weights);

}  // namespace motcua::domain
