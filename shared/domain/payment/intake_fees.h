// The fee lines on the intake form (issue 16): filled from the catalog when the clerk chooses the
// procedure, then confirmed with the citizen — an amount edited, a line added or removed, a line
// exempt with a reason. Kept as typed (the amount is still text) so a draft keeps a half-typed
// figure; converted to FeeLine only when the dossier is received.
#pragma once

#include "domain/payment/fees.h"
#include "domain/procedure.h"

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace motcua::domain {

struct IntakeFee {
    std::string label;         ///< "Lệ phí đăng ký khai sinh"
    std::string amount;        ///< đồng as typed: "15000" or "15.000"
    bool exempt = false;       ///< nothing owed; exemptReason says why
    std::string exemptReason;  ///< "Hộ nghèo"
    friend bool operator==(const IntakeFee&, const IntakeFee&) = default;
};

/// The most fee lines one dossier carries.
inline constexpr std::size_t kMaxFeeLines = 20;

/// The catalog's fee as the form starts it: one line, none for a free procedure.
[[nodiscard]] std::vector<IntakeFee> intakeFeesOf(const Procedure& procedure);
/// What the catalog's fee note says about who is exempt ("Miễn cho hộ nghèo, người có công…"):
/// its sentences that speak of an exemption; empty when it says nothing of one.
[[nodiscard]] std::string exemptionNote(std::string_view feeNote);

/// The amount typed, in đồng: digits, optionally grouped by '.' or spaces ("15.000", "15 000").
/// Error(InvalidInput) with a Vietnamese message for a negative, malformed or absurd amount
/// (above kMaxFeeVnd).
[[nodiscard]] std::int64_t parseFeeAmount(std::string_view typed);
/// Problems per line, keyed "fee-N-amount", "fee-N-label", "fee-N-reason" (N from 0), and
/// "fees" for the list as a whole; empty when the lines can be received.
[[nodiscard]] std::map<std::string, std::string> intakeFeeProblems(const std::vector<IntakeFee>& fees);
/// The lines for ReceiveRequest::fees; Error(InvalidInput) when intakeFeeProblems finds any.
[[nodiscard]] std::vector<FeeLine> confirmedFeeLines(const std::vector<IntakeFee>& fees);

/// One text for the intake_drafts row, and back (a malformed text reads as no lines).
[[nodiscard]] std::string encodeIntakeFees(const std::vector<IntakeFee>& fees);
[[nodiscard]] std::vector<IntakeFee> decodeIntakeFees(std::string_view text);

}  // namespace motcua::domain
