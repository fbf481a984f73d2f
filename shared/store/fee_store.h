// Fee lines of a dossier and their payments (issue 16): one row per line; a payment fills the
// line once (the WHERE clause refuses a second), a correction clears it, a waiver marks it.
#pragma once

#include "domain/payment/fees.h"
#include "store/database.h"

#include <string>
#include <vector>

namespace motcua::store {

void insertFeeLines(Database& db, std::int64_t dossierId, const std::vector<domain::FeeLine>& lines);
[[nodiscard]] std::vector<domain::FeeLine> listFeeLines(Database& db, std::int64_t dossierId);
/// Records the payment of a line still owing; false if the line is missing, exempt, zero,
/// waived or already paid.
bool recordFeePayment(Database& db, std::int64_t dossierId, int line, const domain::FeePayment& payment);
/// Clears a recorded payment (a supervisor's correction); false if the line was not paid.
bool clearFeePayment(Database& db, std::int64_t dossierId, int line);
/// Lets the result go back with this line unpaid; false if the line does not owe anything.
bool waiveFee(Database& db, std::int64_t dossierId, int line, const std::string& by, const std::string& reason);

/// One paid line for the report: when, how much, how, and the dossier's procedure field.
struct FeePaymentFact {
    std::int64_t dossierId = 0;
    std::string field;
    std::int64_t amountVnd = 0;
    domain::PaymentWay way = domain::PaymentWay::Cash;
    domain::Instant at = 0;
};
/// Payments made in [from, to).
[[nodiscard]] std::vector<FeePaymentFact> feePaymentsBetween(Database& db, domain::Instant from, domain::Instant to);

/// For QĐ 766 indicator 3.6: dossiers received in [from, to) that carry a fee (a line with an
/// amount, not exempt), and of those the ones paid without cash and the ones paid on the portal.
struct FeeDossierCounts {
    int withFee = 0;
    int paidCashless = 0;
    int paidOnPortal = 0;
};
[[nodiscard]] FeeDossierCounts feeDossierCounts(Database& db, domain::Instant from, domain::Instant to);

}  // namespace motcua::store
