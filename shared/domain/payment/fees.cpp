// Fee lines and payments: names, validation, what is owed.
#include "domain/payment/fees.h"

#include "domain/error.h"
#include "domain/text.h"

#include <algorithm>

namespace motcua::domain {

const char* paymentWayName(PaymentWay w)
{
    switch (w) {
    case PaymentWay::Cash: return "cash";
    case PaymentWay::Transfer: return "transfer";
    case PaymentWay::Portal: return "portal";
    }
    return "cash";
}

const char* paymentWayLabel(PaymentWay w)
{
    switch (w) {
    case PaymentWay::Cash: return "Tiền mặt";
    case PaymentWay::Transfer: return "Chuyển khoản";
    case PaymentWay::Portal: return "Cổng dịch vụ công";
    }
    return "Tiền mặt";
}

std::optional<PaymentWay> parsePaymentWay(std::string_view name)
{
    for (const auto w : {PaymentWay::Cash, PaymentWay::Transfer, PaymentWay::Portal})
        if (name == paymentWayName(w)) return w;
    return std::nullopt;
}

std::int64_t amountOwed(const std::vector<FeeLine>& lines)
{
    std::int64_t sum = 0;
    for (const auto& l : lines)
        if (l.owing()) sum += l.amountVnd;
    return sum;
}

std::string formatVnd(std::int64_t amount)
{
    std::string digits = std::to_string(amount < 0 ? -amount : amount);
    for (int i = static_cast<int>(digits.size()) - 3; i > 0; i -= 3) digits.insert(static_cast<std::size_t>(i), ".");
    return (amount < 0 ? "-" : "") + digits + " đ";
}

std::vector<FeeLine> validateFeeLines(std::vector<FeeLine> lines)
{
    if (lines.size() > 20) throw Error(ErrorCode::InvalidInput, "Một hồ sơ có tối đa 20 khoản phí");
    int n = 0;
    for (auto& l : lines) {
        const std::string which = "Khoản phí " + std::to_string(++n);
        l.line = n;
        l.label = cleanText(l.label, which + " – tên", 200);
        if (l.amountVnd < 0 || l.amountVnd > kMaxFeeVnd)
            throw Error(ErrorCode::InvalidInput,
                        which + ": số tiền phải từ 0 đến " + formatVnd(kMaxFeeVnd) + " (nhập số đồng, không dấu chấm)");
        l.exemptReason = cleanText(l.exemptReason, which + " – lý do miễn", 300, true);
        l.payment.reset();
        l.waivedBy.clear();
        l.waivedReason.clear();
    }
    return lines;
}

std::vector<FeeLine> catalogFeeLines(const Procedure& procedure)
{
    if (procedure.feeVnd <= 0) return {};
    FeeLine l;
    l.line = 1;
    l.label = "Lệ phí " + procedure.name;
    if (utf8Length(l.label) > 200) l.label = "Lệ phí";
    l.amountVnd = std::min(procedure.feeVnd, kMaxFeeVnd);
    return {l};
}

std::string validatePaymentReference(PaymentWay way, std::string_view reference)
{
    std::string ref(reference);
    ref.erase(0, ref.find_first_not_of(' '));
    ref.erase(ref.find_last_not_of(' ') + 1);
    const auto simple = [](const std::string& s) {
        return std::all_of(s.begin(), s.end(), [](char c) {
            return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '-';
        });
    };
    switch (way) {
    case PaymentWay::Cash:
        if (!ref.empty()) throw Error(ErrorCode::InvalidInput, "Nộp tiền mặt không có mã tham chiếu: bỏ --ref");
        return ref;
    case PaymentWay::Transfer:
        if (ref.size() < 6 || ref.size() > 30 || !simple(ref))
            throw Error(ErrorCode::InvalidInput,
                        "Mã tham chiếu chuyển khoản: 6–30 chữ cái, chữ số hoặc dấu '-', như trên sao kê ngân hàng");
        return ref;
    case PaymentWay::Portal:
        if (ref.size() < 6 || ref.size() > 40 || !simple(ref))
            throw Error(ErrorCode::InvalidInput,
                        "Mã giao dịch trên Cổng dịch vụ công: 6–40 chữ cái, chữ số hoặc dấu '-'");
        return ref;
    }
    return ref;
}

FeeCollection collectFees(const std::vector<FeePaymentRecord>& payments)
{
    FeeCollection c;
    std::vector<std::pair<std::string, std::int64_t>> fields;
    std::int64_t byWay[3] = {0, 0, 0};
    for (const auto& p : payments) {
        c.totalVnd += p.amountVnd;
        ++c.payments;
        byWay[static_cast<int>(p.way)] += p.amountVnd;
        auto it = std::find_if(fields.begin(), fields.end(), [&](const auto& f) { return f.first == p.field; });
        if (it == fields.end()) fields.emplace_back(p.field, p.amountVnd);
        else it->second += p.amountVnd;
    }
    std::sort(fields.begin(), fields.end(), [](const auto& a, const auto& b) { return collateLess(a.first, b.first); });
    c.byField = std::move(fields);
    for (const auto w : {PaymentWay::Cash, PaymentWay::Transfer, PaymentWay::Portal})
        c.byWay.emplace_back(w, byWay[static_cast<int>(w)]);
    return c;
}

}  // namespace motcua::domain
