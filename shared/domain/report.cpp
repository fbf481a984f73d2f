// The periodic report (DOMAIN.md §6) and quality rates (§7) from plain dossier facts: each dossier
// is counted once per category in the total, in its procedure field and in its unit.
#include "domain/report.h"

#include "domain/csv.h"
#include "domain/lateness.h"
#include "domain/quality_indicators.h"
#include "domain/text.h"

#include <algorithm>
#include <cstdio>
#include <map>

namespace motcua::domain {

namespace {

std::optional<double> ratio(int part, int whole)
{
    if (whole <= 0) return std::nullopt;
    return static_cast<double>(part) / static_cast<double>(whole);
}

bool inPeriod(std::optional<Instant> t, Instant from, Instant to) { return t && *t >= from && *t < to; }

/// When the dossier stopped counting as "being resolved": its result (ready, else handed over),
/// or its closing — the same end as QĐ 766 indicator 2.1 takes.
std::optional<Instant> finishedAt(const ReportDossier& d)
{
    if (d.resolvedAt) return d.resolvedAt;
    if (d.returnedAt) return d.returnedAt;
    if (isClosedWithoutResult(d.status)) return d.closedAt;
    return std::nullopt;
}

/// The status the dossier had at `at` as far as lateness goes: waiting for a supplement if it is
/// waiting now and was asked before `at`, else running (it was unfinished then).
DossierStatus statusAt(const ReportDossier& d, Instant at)
{
    const bool waiting = d.status == DossierStatus::WaitingSupplement && d.supplementRequestedAt &&
                         *d.supplementRequestedAt < at;
    return waiting ? DossierStatus::WaitingSupplement : DossierStatus::Processing;
}

void countDossier(ReportFigures& f, const ReportDossier& d, Instant from, Instant to, Instant judgeAt)
{
    const auto done = finishedAt(d);
    if (d.receivedAt >= to) return;
    if (inPeriod(d.returnedAt, from, to)) ++f.returned;
    if (done && *done < from) return;  // finished before the period: not part of it
    if (d.receivedAt < from) {
        ++f.carriedOver;
    } else if (d.channel == Channel::Online) {
        ++f.receivedOnline;
    } else {
        ++f.receivedDirect;
    }
    const bool onTime21 = judgeIndicator21(d, to, judgeAt) == Judgement21::OnTime;
    if (onTime21) ++f.onTime21;
    if (done && *done < to && !onTime21) ++f.finishedLate21;
    const auto result = d.resolvedAt ? d.resolvedAt : d.returnedAt;
    if (result && *result < to) {
        ++f.resolved;
        switch (outcomeOf(*result, d.originalDueAt)) {
        case Outcome::Early: ++f.early; break;
        case Outcome::OnTime: ++f.onTime; break;
        case Outcome::Late: ++f.late; break;
        }
    } else if (done && *done < to) {
        ++f.closed;
    } else {
        ++f.inProgress;
        // Past due as the lists judge it: a dossier waiting for a supplement is not late.
        if (isOverdue(statusAt(d, judgeAt), d.originalDueAt, judgeAt)) {
            ++f.inProgressPast;
        } else {
            ++f.inProgressWithin;
        }
    }
}

using Rows = std::map<std::string, ReportFigures>;

std::vector<ReportRow> rowsOf(const Rows& m)
{
    std::vector<ReportRow> out;
    out.reserve(m.size());
    for (const auto& [key, f] : m) out.push_back({key, f});
    std::stable_sort(out.begin(), out.end(), [](const ReportRow& a, const ReportRow& b) { return collateLess(a.key, b.key); });
    return out;
}

std::string percent(std::optional<double> r)
{
    if (!r) return "";
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.1f", *r * 100.0);
    return buf;
}

CsvRow csvRow(const std::string& kind, const std::string& key, const ReportFigures& f)
{
    const int numbers[] = {f.receivedTotal(), f.carriedOver, f.newlyReceived(), f.receivedOnline,
                           f.receivedDirect,  f.resolved,    f.early,           f.onTime,
                           f.late,            f.closed,      f.inProgress,      f.inProgressWithin,
                           f.inProgressPast,  f.returned,    f.apologies,       f.rated,
                           f.satisfied};
    CsvRow row{kind, key};
    for (int n : numbers) row.push_back(std::to_string(n));
    row.push_back(percent(f.onTimeRate()));
    row.push_back(percent(f.onlineRate()));
    row.push_back(percent(f.satisfactionRate()));
    row.push_back(percent(f.indicator21Rate()));
    return row;
}

std::string number(double v)
{
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.2f", v);
    return buf;
}

/// The QĐ 766 table: one row per indicator, empty rate and points where there is no data.
std::string qualityCsv(const QualityScore& q)
{
    std::string out = csvLine({"chi_so", "nhom", "ten", "ty_le_pct", "tu_so", "mau_so", "diem_toi_da",
                               "du_diem_tu_pct", "diem"});
    for (const auto& i : q.indicators) {
        const auto& m = i.measure;
        const auto p = i.points();
        out += csvLine({i.number, qualityGroupKey(i.group), i.label, percent(i.rate()),
                        m ? std::to_string(m->part) : "", m ? std::to_string(m->whole) : "", number(i.cap),
                        percent(i.fullFrom), p ? number(*p) : ""});
    }
    out += csvLine({"tong", "", "Tổng điểm các chỉ số có số liệu", "", "", "", number(q.capWithData), "",
                    number(q.points)});
    return out;
}

}  // namespace

std::optional<double> ReportFigures::onTimeRate() const { return ratio(early + onTime, resolved); }
std::optional<double> ReportFigures::onlineRate() const { return ratio(receivedOnline, newlyReceived()); }
std::optional<double> ReportFigures::satisfactionRate() const { return ratio(satisfied, rated); }
std::optional<double> ReportFigures::indicator21Rate() const { return ratio(onTime21, receivedTotal()); }

Report computeReport(Instant from, Instant to, Instant asOf, const std::vector<ReportDossier>& dossiers,
                     const std::vector<ReportApology>& apologies, const std::vector<ReportRating>& ratings)
{
    Report r;
    r.from = from;
    r.to = to;
    r.asOf = asOf;
    const Instant judgeAt = std::min(to, asOf);
    Rows byField;
    Rows byUnit;
    for (const auto& d : dossiers) {
        countDossier(r.total, d, from, to, judgeAt);
        countDossier(byField[d.field], d, from, to, judgeAt);
        countDossier(byUnit[d.unit], d, from, to, judgeAt);
    }
    for (const auto& a : apologies) {
        if (!inPeriod(a.signedAt, from, to)) continue;
        for (auto* f : {&r.total, &byField[a.field], &byUnit[a.unit]}) ++f->apologies;
    }
    for (const auto& x : ratings) {
        if (!inPeriod(x.at, from, to)) continue;
        const bool ok = x.rating == Rating::VerySatisfied || x.rating == Rating::Satisfied;
        // A visit rated by ticket has no field or unit: it counts in the total only.
        std::vector<ReportFigures*> rows{&r.total};
        if (!x.field.empty()) rows.push_back(&byField[x.field]);
        if (!x.unit.empty()) rows.push_back(&byUnit[x.unit]);
        for (auto* f : rows) {
            ++f->rated;
            if (ok) ++f->satisfied;
            if (x.rating == Rating::Dissatisfied) ++f->dissatisfied;
        }
    }
    // A field or unit with nothing in the period is left out.
    std::erase_if(byField, [](const auto& kv) { return kv.second.receivedTotal() == 0 && kv.second.returned == 0 &&
                                                      kv.second.apologies == 0 && kv.second.rated == 0; });
    std::erase_if(byUnit, [](const auto& kv) { return kv.second.receivedTotal() == 0 && kv.second.returned == 0 &&
                                                     kv.second.apologies == 0 && kv.second.rated == 0; });
    r.byField = rowsOf(byField);
    r.byUnit = rowsOf(byUnit);
    return r;
}

std::optional<std::pair<Date, Date>> parseQuarter(std::string_view text)
{
    if (text.size() != 7 || text[4] != '-' || (text[5] != 'Q' && text[5] != 'q')) return std::nullopt;
    int year = 0;
    for (int i = 0; i < 4; ++i) {
        if (text[static_cast<std::size_t>(i)] < '0' || text[static_cast<std::size_t>(i)] > '9') return std::nullopt;
        year = year * 10 + (text[static_cast<std::size_t>(i)] - '0');
    }
    const int q = text[6] - '0';
    if (year < 1900 || q < 1 || q > 4) return std::nullopt;
    const int lastMonth = q * 3;
    return std::pair{Date{year, lastMonth - 2, 1}, Date{year, lastMonth, daysInMonth(year, lastMonth)}};
}

std::string reportCsv(const Report& r)
{
    std::string out = csvLine({"phan_loai", "ten", "tong_tiep_nhan", "ky_truoc_chuyen_sang", "moi_tiep_nhan",
                               "truc_tuyen", "truc_tiep_buu_chinh", "da_giai_quyet", "truoc_han", "dung_han",
                               "qua_han", "tu_choi_rut_dung", "dang_giai_quyet", "trong_han", "qua_han_dang_giai_quyet",
                               "da_tra_ket_qua", "phieu_xin_loi", "luot_danh_gia", "hai_long", "ty_le_dung_han_pct",
                               "ty_le_truc_tuyen_pct", "ty_le_hai_long_pct", "chi_so_2_1_pct"});
    out += csvLine(csvRow("tong", "", r.total));
    for (const auto& row : r.byField) out += csvLine(csvRow("linh_vuc", row.key, row.figures));
    for (const auto& row : r.byUnit) out += csvLine(csvRow("don_vi", row.key, row.figures));
    // A second table after a blank line: the QĐ 766 indicators, as the screen and the CLI show them.
    out += "\n" + qualityCsv(r.quality);
    // A third table: fees collected (issue 16), per payment way and per field, in đồng.
    out += "\n" + csvLine({"phi_le_phi", "ten", "so_tien_dong"});
    out += csvLine({"tong", "", std::to_string(r.fees.totalVnd)});
    for (const auto& [way, amount] : r.fees.byWay) out += csvLine({"hinh_thuc", paymentWayName(way), std::to_string(amount)});
    for (const auto& [field, amount] : r.fees.byField) out += csvLine({"linh_vuc", field, std::to_string(amount)});
    return out;
}

}  // namespace motcua::domain
