// `motcua report` (DOMAIN.md §6, §7): the periodic report for a date range or a quarter, in
// total, per procedure field and per unit; text, --json, or CSV to a file with --csv.
#include "cli.h"
#include "cli_files.h"
#include "cli_output.h"

#include "domain/error.h"
#include "domain/report.h"

#include <cstdio>
#include <fstream>
#include <ostream>

namespace motcua::cli {

namespace {

Json rateJson(std::optional<double> r) { return r ? Json(*r) : Json(nullptr); }

Json figuresJson(const domain::ReportFigures& f)
{
    return {{"received_total", f.receivedTotal()},
            {"carried_over", f.carriedOver},
            {"received_new", f.newlyReceived()},
            {"received_online", f.receivedOnline},
            {"received_direct_postal", f.receivedDirect},
            {"resolved", f.resolved},
            {"early", f.early},
            {"on_time", f.onTime},
            {"late", f.late},
            {"closed_without_result", f.closed},
            {"in_progress", f.inProgress},
            {"in_progress_within_due", f.inProgressWithin},
            {"in_progress_past_due", f.inProgressPast},
            {"returned", f.returned},
            {"apologies_signed", f.apologies},
            {"rated", f.rated},
            {"satisfied", f.satisfied},
            {"on_time_rate", rateJson(f.onTimeRate())},
            {"online_rate", rateJson(f.onlineRate())},
            {"satisfaction_rate", rateJson(f.satisfactionRate())},
            {"dissatisfied", f.dissatisfied},
            {"indicator_2_1_on_time", f.onTime21},
            {"indicator_2_1_rate", rateJson(f.indicator21Rate())}};
}

Json rowsJson(const std::vector<domain::ReportRow>& rows)
{
    Json arr = Json::array();
    for (const auto& r : rows) {
        Json j = {{"name", r.key}};
        j.update(figuresJson(r.figures));
        arr.push_back(j);
    }
    return arr;
}

std::string percentText(std::optional<double> r)
{
    if (!r) return "—";
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.1f%%", *r * 100.0);
    return buf;
}

void printFigures(std::ostream& os, const domain::ReportFigures& f, const std::string& indent)
{
    os << indent << "Tiếp nhận: " << f.receivedTotal() << " (kỳ trước chuyển sang " << f.carriedOver << ", mới "
       << f.newlyReceived() << ": trực tuyến " << f.receivedOnline << ", trực tiếp/bưu chính " << f.receivedDirect << ")\n"
       << indent << "Đã giải quyết: " << f.resolved << " (trước hạn " << f.early << ", đúng hạn " << f.onTime
       << ", quá hạn " << f.late << "); từ chối/rút/dừng " << f.closed << "\n"
       << indent << "Đang giải quyết: " << f.inProgress << " (trong hạn " << f.inProgressWithin << ", quá hạn "
       << f.inProgressPast << ")\n"
       << indent << "Đã trả kết quả: " << f.returned << "; phiếu xin lỗi đã ký: " << f.apologies << "\n"
       << indent << "Tỷ lệ đúng hạn (chỉ số 2.1, trên tổng tiếp nhận) " << percentText(f.indicator21Rate())
       << ", trong số đã giải quyết " << percentText(f.onTimeRate()) << ", trực tuyến " << percentText(f.onlineRate())
       << ", hài lòng " << percentText(f.satisfactionRate()) << " (" << f.satisfied << "/" << f.rated << " lượt)\n";
}

/// QĐ 766: one entry per indicator, keyed by its number ("indicator": "2.1"), with rate, cap
/// and points (null where the office has no data), then the total over those with data.
Json qualityJson(const domain::QualityScore& q)
{
    Json list = Json::array();
    for (const auto& i : q.indicators) {
        const auto points = i.points();
        const auto& m = i.measure;
        list.push_back({{"indicator", i.number},
                        {"group", domain::qualityGroupKey(i.group)},
                        {"label", i.label},
                        {"rate", rateJson(i.rate())},
                        {"part", m ? Json(m->part) : Json(nullptr)},
                        {"whole", m ? Json(m->whole) : Json(nullptr)},
                        {"cap", i.cap},
                        {"full_from", i.fullFrom},
                        {"points", points ? Json(*points) : Json(nullptr)}});
    }
    return {{"indicators", list}, {"points", q.points}, {"cap_with_data", q.capWithData},
            {"weight_total", q.weightTotal}};
}

std::string pointsText(double v)
{
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.1f", v);
    return buf;
}

void printQuality(std::ostream& os, const domain::QualityScore& q)
{
    os << "\nChỉ số chất lượng (QĐ 766/QĐ-TTg): " << pointsText(q.points) << " / " << pointsText(q.capWithData)
       << " điểm của các chỉ số có số liệu (tổng thang " << pointsText(q.weightTotal) << ")\n";
    for (const auto& i : q.indicators) {
        os << "  " << i.number << " " << i.label << " [" << domain::qualityGroupLabel(i.group) << "]: ";
        if (const auto p = i.points()) {
            os << percentText(i.rate()) << " (" << i.measure->part << "/" << i.measure->whole << ") → "
               << pointsText(*p) << " / " << pointsText(i.cap) << " điểm";
            if (i.fullFrom < 1) os << " (đủ điểm từ " << percentText(i.fullFrom) << ")";
        } else {
            os << "chưa có số liệu (tối đa " << pointsText(i.cap) << " điểm)";
        }
        os << "\n";
    }
}

/// Fees collected (issue 16) and, beside indicator 3.6, the portal-only share.
Json feesJson(const domain::FeeCollection& f)
{
    Json byField = Json::array();
    for (const auto& [field, amount] : f.byField) byField.push_back({{"field", field}, {"amount", amount}});
    Json byWay = Json::object();
    for (const auto& [way, amount] : f.byWay) byWay[domain::paymentWayName(way)] = amount;
    const auto share = [&](int part) { return f.dossiersWithFee > 0 ? Json(double(part) / f.dossiersWithFee) : Json(nullptr); };
    return {{"collected", f.totalVnd},
            {"payments", f.payments},
            {"by_field", byField},
            {"by_way", byWay},
            {"dossiers_with_fee", f.dossiersWithFee},
            {"paid_cashless", f.paidCashless},
            {"paid_on_portal", f.paidOnPortal},
            {"cashless_rate", share(f.paidCashless)},
            {"portal_rate", share(f.paidOnPortal)}};
}

void printFees(std::ostream& os, const domain::FeeCollection& f)
{
    os << "\nPhí, lệ phí đã thu: " << domain::formatVnd(f.totalVnd) << " (" << f.payments << " khoản)\n";
    for (const auto& [way, amount] : f.byWay) os << "  " << domain::paymentWayLabel(way) << ": " << domain::formatVnd(amount) << "\n";
    for (const auto& [field, amount] : f.byField) os << "  - " << field << ": " << domain::formatVnd(amount) << "\n";
    if (f.dossiersWithFee > 0)
        os << "  Hồ sơ có phí tiếp nhận trong kỳ: " << f.dossiersWithFee << "; nộp không dùng tiền mặt "
           << f.paidCashless << " (" << percentText(double(f.paidCashless) / f.dossiersWithFee) << "), riêng Cổng dịch vụ công "
           << f.paidOnPortal << " (" << percentText(double(f.paidOnPortal) / f.dossiersWithFee) << ")\n";
}

/// The period's first and last day (inclusive) from --quarter or --from/--to.
std::pair<domain::Date, domain::Date> periodOf(const Context& c)
{
    if (const auto q = c.args.get("--quarter")) {
        if (c.args.get("--from") || c.args.get("--to")) throw UsageError("Dùng --quarter hoặc --from/--to, không dùng cả hai");
        const auto p = domain::parseQuarter(*q);
        if (!p) throw UsageError("--quarter phải dạng YYYY-Qn (n từ 1 đến 4), nhận được \"" + *q + "\"");
        return *p;
    }
    const auto from = c.args.getDate("--from");
    const auto to = c.args.getDate("--to");
    if (!from || !to) throw UsageError("Cần cả --from và --to (YYYY-MM-DD), hoặc --quarter YYYY-Qn");
    if (*to < *from) throw UsageError("--to phải không sớm hơn --from");
    return {*from, *to};
}

int cmdReport(Context& c)
{
    const auto [first, last] = periodOf(c);
    const auto r = c.desk().report(domain::fromLocal(first, 0), domain::fromLocal(last.addDays(1), 0));
    if (const auto path = c.args.get("--csv")) writeOutputFile(*path, domain::reportCsv(r));
    if (c.json) {
        Json j = {{"from", first.iso()}, {"to", last.iso()}, {"as_of", timeJson(r.asOf)}};
        j["total"] = figuresJson(r.total);
        j["by_field"] = rowsJson(r.byField);
        j["by_unit"] = rowsJson(r.byUnit);
        j["quality"] = qualityJson(r.quality);
        j["fees"] = feesJson(r.fees);
        for (auto& i : j["quality"]["indicators"])
            if (i["indicator"] == "3.6") i["portal_only_rate"] = j["fees"]["portal_rate"];
        printJson(c.out, j);
        return kOk;
    }
    c.out << "Báo cáo tình hình, kết quả giải quyết TTHC từ " << first.vn() << " đến " << last.vn() << "\n";
    printFigures(c.out, r.total, "  ");
    printQuality(c.out, r.quality);
    printFees(c.out, r.fees);
    c.out << "\nTheo lĩnh vực:\n";
    for (const auto& row : r.byField) {
        c.out << "- " << row.key << "\n";
        printFigures(c.out, row.figures, "    ");
    }
    c.out << "\nTheo đơn vị:\n";
    for (const auto& row : r.byUnit) {
        c.out << "- " << (row.key.empty() ? "(chưa ghi đơn vị)" : row.key) << "\n";
        printFigures(c.out, row.figures, "    ");
    }
    if (const auto path = c.args.get("--csv")) c.out << "\nĐã ghi " << *path << "\n";
    return kOk;
}

}  // namespace

void addReportCommands(std::vector<Command>& c)
{
    c.push_back({"report", "báo cáo tình hình, kết quả giải quyết TTHC theo kỳ (TT 01/2020) và chỉ số chất lượng",
                 {{"--from", true, "từ ngày YYYY-MM-DD"},
                  {"--to", true, "đến ngày YYYY-MM-DD (tính cả ngày này)"},
                  {"--quarter", true, "cả quý, ví dụ 2026-Q4"},
                  {"--csv", true, "ghi thêm bảng số liệu ra tệp CSV"}},
                 cmdReport});
}

}  // namespace motcua::cli
