// The §7 quality score: each indicator's points from its rate, cap and full-marks rate, summed
// over the indicators with data, so that the figures on screen can be checked by hand.
#include "domain/quality_score.h"

#include "domain/settings.h"

#include <algorithm>

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

const std::vector<IndicatorDef>& qualityIndicators()
{
    // Caps and full-marks rates as the portal's "Mô tả công thức tính chỉ số 766" gives them
    // (DOMAIN.md §7). 3.3's cap is not in DOMAIN.md: 4 of the group's 12 is an assumption, kept
    // as a setting like every cap.
    static const std::vector<IndicatorDef> kDefs = {
        {"1.3", QualityGroup::Publicity, "TTHC công khai đủ các bộ phận", 2, 1.0},
        {"2.1", QualityGroup::Progress, "Hồ sơ giải quyết, đang giải quyết trước và đúng hạn", 20, 1.0},
        {"3.3", QualityGroup::Online, "Hồ sơ tiếp nhận trực tuyến", 4, 0.5},
        {"3.6", QualityGroup::Payment, "Hồ sơ nộp phí, lệ phí không dùng tiền mặt (TTHC có phí)", 6, 1.0},
        {"4.1", QualityGroup::Digitised, "Hồ sơ cấp kết quả điện tử", 6, 1.0},
        {"4.2", QualityGroup::Digitised, "Hồ sơ số hoá thành phần và kết quả", 4, 0.8},
        {"4.3", QualityGroup::Digitised, "Hồ sơ tái sử dụng dữ liệu đã số hoá", 2, 0.8},
        {"5.4", QualityGroup::Satisfaction, "Mức độ hài lòng (trừ quá hạn, không hài lòng)", 6, 0.9},
    };
    return kDefs;
}

const IndicatorDef* findIndicator(std::string_view number)
{
    for (const auto& d : qualityIndicators())
        if (d.number == number) return &d;
    return nullptr;
}

std::string qualityCapSetting(std::string_view number) { return "quality.cap." + std::string(number); }

std::optional<Measure> QualityInputs::of(std::string_view number) const
{
    if (number == "1.3") return published;
    if (number == "2.1") return onTime;
    if (number == "3.3") return online;
    if (number == "3.6") return paidOnline;
    if (number == "4.1") return electronicResult;
    if (number == "4.2") return digitised;
    if (number == "4.3") return reusedData;
    if (number == "5.4") return satisfaction;
    return std::nullopt;
}

double QualityWeights::capOf(const IndicatorDef& d) const
{
    const auto it = cap.find(d.number);
    return it == cap.end() ? d.defaultCap : it->second;
}

QualityWeights qualityWeights(const std::map<std::string, std::string>& settings)
{
    QualityWeights w;
    for (const auto g : kQualityGroups) {
        const auto it = settings.find(qualityWeightSetting(g));
        if (it != settings.end()) w.weight.at(static_cast<std::size_t>(g)) = settingNumber(it->second);
    }
    for (const auto& d : qualityIndicators()) {
        const auto it = settings.find(qualityCapSetting(d.number));
        if (it != settings.end()) w.cap[std::string(d.number)] = settingNumber(it->second);
    }
    return w;
}

double indicatorPoints(double rate, double cap, double fullFrom)
{
    if (fullFrom <= 0 || rate >= fullFrom) return cap;
    return cap * std::max(0.0, rate) / fullFrom;
}

std::optional<double> QualityIndicator::rate() const
{
    if (!measure) return std::nullopt;
    return measure->rate;
}

std::optional<double> QualityIndicator::points() const
{
    if (!measure) return std::nullopt;
    return indicatorPoints(measure->rate, cap, fullFrom);
}

const QualityIndicator* QualityScore::find(std::string_view number) const
{
    for (const auto& i : indicators)
        if (i.number == number) return &i;
    return nullptr;
}

QualityScore scoreQuality(const QualityInputs& inputs, const QualityWeights& weights)
{
    QualityScore s;
    for (const auto g : kQualityGroups) s.weightTotal += weights.of(g);
    for (const auto& d : qualityIndicators()) {
        QualityIndicator item{std::string(d.number), d.group, std::string(d.label), weights.capOf(d), d.fullFrom,
                              inputs.of(d.number)};
        if (const auto p = item.points()) {
            s.points += *p;
            s.capWithData += item.cap;
        }
        s.indicators.push_back(std::move(item));
    }
    return s;
}

}  // namespace motcua::domain
