// The §7 quality score: a plain weighted sum, so that the figures on screen can be checked by hand
// from the rates printed beside them.
#include "domain/quality_score.h"

#include "domain/settings.h"

namespace motcua::domain {

const char* qualityGroupKey(QualityGroup g)
{
    switch (g) {
    case QualityGroup::Publicity: return "cong_khai";
    case QualityGroup::Progress: return "tien_do";
    case QualityGroup::Online: return "truc_tuyen";
    case QualityGroup::Digitised: return "so_hoa";
    case QualityGroup::Satisfaction: return "hai_long";
    case QualityGroup::Payment: return "thanh_toan_truc_tuyen";
    }
    return "";
}

const char* qualityGroupLabel(QualityGroup g)
{
    switch (g) {
    case QualityGroup::Publicity: return "Công khai, minh bạch";
    case QualityGroup::Progress: return "Tiến độ giải quyết";
    case QualityGroup::Online: return "Dịch vụ công trực tuyến";
    case QualityGroup::Digitised: return "Số hoá hồ sơ";
    case QualityGroup::Satisfaction: return "Mức độ hài lòng";
    case QualityGroup::Payment: return "Thanh toán trực tuyến";
    }
    return "";
}

std::string qualityWeightSetting(QualityGroup g)
{
    switch (g) {
    case QualityGroup::Publicity: return "quality.weight.publicity";
    case QualityGroup::Progress: return "quality.weight.progress";
    case QualityGroup::Online: return "quality.weight.online";
    case QualityGroup::Digitised: return "quality.weight.digitised";
    case QualityGroup::Satisfaction: return "quality.weight.satisfaction";
    case QualityGroup::Payment: return "quality.weight.payment";
    }
    return "";
}

QualityWeights qualityWeights(const std::map<std::string, std::string>& settings)
{
    QualityWeights w;
    for (const auto g : kQualityGroups) {
        const auto it = settings.find(qualityWeightSetting(g));
        if (it != settings.end()) w.weight.at(static_cast<std::size_t>(g)) = settingNumber(it->second);
    }
    return w;
}

std::optional<double> QualityInputs::of(QualityGroup g) const
{
    switch (g) {
    case QualityGroup::Publicity: return published;
    case QualityGroup::Progress: return onTime;
    case QualityGroup::Online: return online;
    case QualityGroup::Digitised: return digitised;
    case QualityGroup::Satisfaction: return satisfaction;
    case QualityGroup::Payment: return paidOnline;
    }
    return std::nullopt;
}

std::optional<double> QualityIndicator::points() const
{
    if (!rate) return std::nullopt;
    return weight * *rate;
}

QualityScore scoreQuality(const QualityInputs& inputs, const QualityWeights& weights)
{
    QualityScore s;
    for (const auto g : kQualityGroups) {
        QualityIndicator item{g, weights.of(g), inputs.of(g)};
        s.weightTotal += item.weight;
        if (const auto p = item.points()) {
            s.points += *p;
            s.weightWithData += item.weight;
        }
        s.indicators.push_back(item);
    }
    return s;
}

bool isPublishedCompletely(const Procedure& p)
{
    return !p.papers.empty() && (p.feeVnd > 0 || !p.feeNote.empty()) && !p.unit.empty();
}

std::optional<double> publishedRate(const std::vector<Procedure>& procedures)
{
    if (procedures.empty()) return std::nullopt;
    std::size_t complete = 0;
    for (const auto& p : procedures)
        if (isPublishedCompletely(p)) ++complete;
    return static_cast<double>(complete) / static_cast<double>(procedures.size());
}

}  // namespace motcua::domain
