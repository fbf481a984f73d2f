// What a dossier owes (lệ phí/phí, issue 16): fee lines confirmed at intake from the catalog —
// an amount in đồng, or exempt with a reason — each paid once (cash, bank transfer with its
// reference, or on the public-service portal with its transaction number) or, exceptionally,
// waived by a supervisor so the result can be returned unpaid.
#pragma once

#include "domain/date.h"
#include "domain/procedure.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace motcua::domain {

enum class PaymentWay { Cash, Transfer, Portal };
[[nodiscard]] const char* paymentWayName(PaymentWay w);   ///< "cash" | "transfer" | "portal"
[[nodiscard]] const char* paymentWayLabel(PaymentWay w);  ///< "Tiền mặt" | "Chuyển khoản" | "Cổng dịch vụ công"
[[nodiscard]] std::optional<PaymentWay> parsePaymentWay(std::string_view name);

struct FeePayment {
    PaymentWay way = PaymentWay::Cash;
    Instant at = 0;
    std::string reference;  ///< bank reference or portal transaction number; empty for cash
    std::string by;         ///< username of the clerk who recorded it
};

struct FeeLine {
    int line = 0;            ///< 1, 2, … within the dossier
    std::string label;       ///< "Lệ phí đăng ký kết hôn"
    std::int64_t amountVnd = 0;
    std::string exemptReason;  ///< non-empty: nothing is owed (the catalog says who is exempt)
    std::optional<FeePayment> payment;
    std::string waivedBy;      ///< a supervisor let the result go back unpaid …
    std::string waivedReason;  ///< … and why

    /// Still to be paid: not exempt, not zero, not paid, not waived.
    [[nodiscard]] bool owing() const { return exemptReason.empty() && amountVnd > 0 && !payment && waivedBy.empty(); }
};

/// The largest fee line accepted (100 million đồng): anything above is a typing slip.
inline constexpr std::int64_t kMaxFeeVnd = 100'000'000;

/// Sum of the lines still owing.
[[nodiscard]] std::int64_t amountOwed(const std::vector<FeeLine>& lines);
/// "15.000 đ"
[[nodiscard]] std::string formatVnd(std::int64_t amount);

/// The lines as the clerk confirmed them, cleaned and numbered 1…n: labels and reasons as text
/// fields, amounts 0…kMaxFeeVnd (an exempt line may carry the amount it would have been).
/// Error(InvalidInput) names the line and what is wrong.
[[nodiscard]] std::vector<FeeLine> validateFeeLines(std::vector<FeeLine> lines);
/// The catalog's fee as one line ("Lệ phí <procedure>"), none for a free procedure.
[[nodiscard]] std::vector<FeeLine> catalogFeeLines(const Procedure& procedure);
/// The reference a payment needs: none for cash (must be empty), a bank reference for a transfer
/// (6–30 letters, digits or '-'), a portal transaction number (6–40 letters, digits or '-').
[[nodiscard]] std::string validatePaymentReference(PaymentWay way, std::string_view reference);

/// One payment as the report counts it.
struct FeePaymentRecord {
    std::string field;  ///< the procedure's field
    std::int64_t amountVnd = 0;
    PaymentWay way = PaymentWay::Cash;
};

/// Fees collected in a period (issue 16): the total, per field and per payment way, and for QĐ 766
/// indicator 3.6 the dossiers received in the period that carry a fee and how they were paid.
struct FeeCollection {
    std::int64_t totalVnd = 0;
    int payments = 0;
    std::vector<std::pair<std::string, std::int64_t>> byField;  ///< Vietnamese order
    std::vector<std::pair<PaymentWay, std::int64_t>> byWay;     ///< cash, transfer, portal
    int dossiersWithFee = 0;
    int paidCashless = 0;  ///< by transfer or on the portal
    int paidOnPortal = 0;
};
[[nodiscard]] FeeCollection collectFees(const std::vector<FeePaymentRecord>& payments);

}  // namespace motcua::domain
