// `motcua case fees|pay|fee-correct|fee-waive` and `qr vietqr` (issue 16): what a dossier owes,
// payments recorded once per line, a supervisor's correction or waiver, the VietQR payload.
#include "cli.h"
#include "cli_output.h"

#include <iostream>

namespace motcua::cli {

namespace {

const OptionSpec kCode{"--code", true, "mã hồ sơ"};
const OptionSpec kLine{"--line", true, "số thứ tự khoản phí (theo `case fees`)"};

int lineOption(Context& c)
{
    const auto line = c.args.getInt("--line", 1, 20);
    if (!line) throw UsageError("Thiếu tuỳ chọn bắt buộc --line (số khoản phí, theo `motcua case fees`)");
    return static_cast<int>(*line);
}

void printLineText(std::ostream& os, const domain::FeeLine& l)
{
    os << l.line << ". " << l.label << "  " << domain::formatVnd(l.amountVnd);
    if (!l.exemptReason.empty()) os << "  miễn: " << l.exemptReason;
    else if (l.payment)
        os << "  đã nộp " << domain::paymentWayLabel(l.payment->way) << " " << domain::formatLocal(l.payment->at)
           << (l.payment->reference.empty() ? "" : " mã " + l.payment->reference);
    else if (!l.waivedBy.empty()) os << "  cho trả khi chưa nộp (" << l.waivedBy << "): " << l.waivedReason;
    else if (l.amountVnd > 0) os << "  CHƯA NỘP";
    os << "\n";
}

int printLine(Context& c, const domain::FeeLine& l)
{
    if (c.json) printJson(c.out, feeLineJson(l));
    else printLineText(c.out, l);
    return kOk;
}

int cmdFees(Context& c)
{
    const auto code = c.args.require("--code");
    const auto lines = c.desk().fees(code);
    if (c.json) {
        Json arr = Json::array();
        for (const auto& l : lines) arr.push_back(feeLineJson(l));
        printJson(c.out, Json{{"code", code}, {"owed", domain::amountOwed(lines)}, {"lines", arr}});
        return kOk;
    }
    if (lines.empty()) c.out << "Hồ sơ " << code << " không có khoản phí, lệ phí nào\n";
    for (const auto& l : lines) printLineText(c.out, l);
    if (!lines.empty()) c.out << "Còn phải nộp: " << domain::formatVnd(domain::amountOwed(lines)) << "\n";
    return kOk;
}

int cmdPay(Context& c)
{
    const auto wayText = c.args.require("--way");
    const auto way = domain::parsePaymentWay(wayText);
    if (!way) throw UsageError("--way chỉ nhận cash (tiền mặt), transfer (chuyển khoản) hoặc portal (Cổng dịch vụ công)");
    const auto ref = c.args.get("--ref").value_or("");
    if (*way != domain::PaymentWay::Cash && ref.empty())
        throw UsageError(*way == domain::PaymentWay::Transfer ? "Chuyển khoản cần --ref (mã tham chiếu trên sao kê)"
                                                              : "Nộp trên Cổng dịch vụ công cần --ref (mã giao dịch)");
    return printLine(c, c.desk().payFee(c.args.require("--code"), lineOption(c), *way, ref));
}

int cmdCorrect(Context& c)
{
    return printLine(c, c.desk().correctFeePayment(c.args.require("--code"), lineOption(c), c.args.require("--reason")));
}

int cmdWaive(Context& c)
{
    return printLine(c, c.desk().waiveFee(c.args.require("--code"), lineOption(c), c.args.require("--reason")));
}

int cmdVietQr(Context& c)
{
    const auto payload = c.desk().feeQrPayload(c.args.require("--code"));
    if (c.json) printJson(c.out, Json{{"payload", payload}});
    else c.out << payload << "\n";
    return kOk;
}

}  // namespace

void addFeeCommands(std::vector<Command>& c)
{
    c.push_back({"case fees", "phí, lệ phí của hồ sơ: số tiền, miễn, đã nộp thế nào", {kCode}, cmdFees});
    c.push_back({"case pay", "ghi nhận nộp một khoản phí (tiền mặt, chuyển khoản, Cổng dịch vụ công)",
                 {kCode, kLine, {"--way", true, "cash|transfer|portal"},
                  {"--ref", true, "mã tham chiếu chuyển khoản hoặc mã giao dịch trên Cổng"}},
                 cmdPay});
    c.push_back({"case fee-correct", "lãnh đạo huỷ ghi nhận nộp phí nhầm (cần lý do)",
                 {kCode, kLine, {"--reason", true, "lý do"}}, cmdCorrect});
    c.push_back({"case fee-waive", "lãnh đạo cho trả kết quả khi khoản phí chưa nộp (cần lý do)",
                 {kCode, kLine, {"--reason", true, "lý do"}}, cmdWaive});
    c.push_back({"qr vietqr", "nội dung mã VietQR để chuyển khoản số phí hồ sơ còn phải nộp", {kCode}, cmdVietQr});
}

}  // namespace motcua::cli
