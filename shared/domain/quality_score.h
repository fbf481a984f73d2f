// The service-quality score of Quyết định 766/QĐ-TTg (DOMAIN.md §7): six indicator groups, each a
// rate weighted by a setting; groups without data are shown as such and left out of the score.
#pragma once

#include "domain/procedure.h"

#include <array>
#include <map>
#include <optional>
#include <string>
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

/// Weights by group, read from settings (defaults: the portal's 18/20/12/22/18/10).
struct QualityWeights {
    std::array<double, 6> weight{18, 20, 12, 22, 18, 10};
    [[nodiscard]] double of(QualityGroup g) const { return weight.at(static_cast<std::size_t>(g)); }
};
[[nodiscard]] QualityWeights qualityWeights(const std::map<std::string, std::string>& settings);

/// The rates that feed the score; nullopt where the office has no data for the period.
struct QualityInputs {
    std::optional<double> published;     ///< procedures published with complete papers, fee and time
    std::optional<double> onTime;        ///< resolved on or before due ÷ resolved
    std::optional<double> online;        ///< received online ÷ newly received
    std::optional<double> digitised;     ///< dossiers digitised ÷ received (not recorded yet)
    std::optional<double> satisfaction;  ///< satisfied ÷ rated
    std::optional<double> paidOnline;    ///< fees paid online ÷ fees paid (not recorded yet)
    [[nodiscard]] std::optional<double> of(QualityGroup g) const;
};

struct QualityIndicator {
    QualityGroup group = QualityGroup::Publicity;
    double weight = 0;
    std::optional<double> rate;
    [[nodiscard]] std::optional<double> points() const;  ///< weight × rate
};

struct QualityScore {
    std::vector<QualityIndicator> indicators;  ///< in kQualityGroups order
    double points = 0;          ///< sum over the groups with data
    double weightWithData = 0;  ///< the most those groups could give
    double weightTotal = 0;     ///< all six weights (100 with the defaults)
};

[[nodiscard]] QualityScore scoreQuality(const QualityInputs& inputs, const QualityWeights& weights);

/// A procedure counts as published completely when it lists its papers, states its fee (an amount,
/// or a note such as "Miễn phí") and names the unit that resolves it.
[[nodiscard]] bool isPublishedCompletely(const Procedure& p);
/// Share of `procedures` published completely; nullopt for an empty catalog.
[[nodiscard]] std::optional<double> publishedRate(const std::vector<Procedure>& procedures);

}  // namespace motcua::domain
