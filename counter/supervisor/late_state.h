// State of the supervisor's "Trễ hạn" tab (DESIGN.md §3.3): late and at-risk dossiers with their
// apology slip's state, signed slips not yet handed over, and the open slip being edited.
#pragma once

#include "domain/entities.h"
#include "service/desk.h"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace motcua::counter {

/// Where a dossier's latest (not void) apology slip stands.
enum class ApologyState { None, Draft, Signed, Delivered };
[[nodiscard]] const char* apologyStateLabel(ApologyState s);
[[nodiscard]] ApologyState apologyStateOf(const domain::Apology& a);

struct LateRow {
    service::DossierSummary summary;
    std::string timeText;  ///< late: "1 ngày 2 giờ"; at risk: time left
    std::optional<domain::Apology> slip;  ///< the latest slip that is not void
    /// "17:00 17/11/2026 · còn 5 giờ": when the slip must be signed (DOMAIN.md §2)
    std::string signByText;
    bool signByPassed = false;  ///< unsigned and past sign-by (or signed after it)
    [[nodiscard]] ApologyState apology() const { return slip ? apologyStateOf(*slip) : ApologyState::None; }
};

/// The slip opened from a row: its reason and new appointment as typed, checked before signing.
struct ApologyEditor {
    std::optional<domain::Apology> slip;
    std::string dossierCode;
    std::string reason;
    std::string newDate;  ///< "dd/mm/yyyy"
    std::string newTime;  ///< "HH:MM"
    std::map<std::string, std::string> errors;  ///< "reason", "date", "time" → message
    std::string distanceText;  ///< "2 ngày làm việc sau hẹn cũ (…)"
    bool confirming = false;   ///< the sign button asked for confirmation
};

/// "Ký số" on a signed slip (issue 15 item 2): the PIN as typed in the masked field (cleared when
/// the button takes it) and the electronic copy last signed here, recorded when it is delivered.
struct SlipSigning {
    std::string pin;
    std::int64_t slipId = 0;  ///< the slip the copy is of (0: none signed yet)
    std::string path;         ///< where the signed PDF was saved
    std::string sha256;       ///< its SHA-256
    std::string signer;       ///< the certificate's name
};

struct LateState {
    std::vector<LateRow> late;
    std::vector<LateRow> atRisk;
    std::vector<domain::Apology> undelivered;  ///< signed, not yet handed to the citizen
    ApologyEditor editor;
    std::string sweepText;  ///< what the last sweep did
    std::string message;
    bool messageIsError = false;
    std::optional<std::int64_t> failedPrint;  ///< slip id whose print failed, to retry
    std::string printError;
    SlipSigning signing;
};

}  // namespace motcua::counter
