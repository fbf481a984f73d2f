// The dossier state machine (DESIGN.md §3.2): which action moves a dossier from which status to
// which, and the outcome classes of a resolved dossier.
#pragma once

#include "domain/date.h"

#include <optional>
#include <string_view>

namespace motcua::domain {

enum class DossierStatus {
    Received,           ///< mới tiếp nhận
    Processing,         ///< đang xử lý
    WaitingSupplement,  ///< chờ bổ sung
    ResultReady,        ///< có kết quả, chờ trả
    Returned,           ///< đã trả kết quả
    Refused,            ///< từ chối
    Withdrawn,          ///< rút hồ sơ
    Stopped,            ///< dừng giải quyết
};

enum class DossierAction {
    Forward,            ///< hand over to a unit or officer (a new processing step)
    CompleteStep,       ///< the current step is done
    RequestSupplement,  ///< ask the citizen for more papers (form 02)
    Resume,             ///< the supplement came back
    MarkResult,         ///< the result is ready
    ReturnResult,       ///< handed to the citizen
    Refuse,             ///< not eligible (form 03)
    Withdraw,           ///< the citizen takes the dossier back
    Stop,               ///< processing stopped (form 05)
};

inline constexpr DossierStatus kAllStatuses[] = {
    DossierStatus::Received, DossierStatus::Processing, DossierStatus::WaitingSupplement,
    DossierStatus::ResultReady, DossierStatus::Returned, DossierStatus::Refused,
    DossierStatus::Withdrawn, DossierStatus::Stopped};
inline constexpr DossierAction kAllActions[] = {
    DossierAction::Forward, DossierAction::CompleteStep, DossierAction::RequestSupplement,
    DossierAction::Resume, DossierAction::MarkResult, DossierAction::ReturnResult,
    DossierAction::Refuse, DossierAction::Withdraw, DossierAction::Stop};

/// Stable machine name ("waiting_supplement"), stored in the database.
[[nodiscard]] const char* statusName(DossierStatus s);
/// Vietnamese label ("Chờ bổ sung").
[[nodiscard]] const char* statusLabel(DossierStatus s);
[[nodiscard]] std::optional<DossierStatus> parseStatus(std::string_view name);
[[nodiscard]] const char* actionName(DossierAction a);
/// Vietnamese verb phrase for messages ("chuyển xử lý").
[[nodiscard]] const char* actionLabel(DossierAction a);

/// The status after the action, or nullopt if the move is illegal.
[[nodiscard]] std::optional<DossierStatus> transition(DossierStatus from, DossierAction action);
/// Like transition() but throws Error(IllegalState) with a message a clerk understands.
DossierStatus applyAction(DossierStatus from, DossierAction action);

/// Not yet resolved or closed: the deadline still matters.
[[nodiscard]] bool isPending(DossierStatus s);
/// Pending and the clock is running (not paused for a supplement).
[[nodiscard]] bool isClockRunning(DossierStatus s);
/// The office has produced the result (ready or handed over).
[[nodiscard]] bool isResolved(DossierStatus s);
/// Refused, withdrawn or stopped: closed without a result and never late.
[[nodiscard]] bool isClosedWithoutResult(DossierStatus s);

enum class Outcome { Early, OnTime, Late };
[[nodiscard]] const char* outcomeName(Outcome o);  // "early", "on_time", "late"
[[nodiscard]] const char* outcomeLabel(Outcome o); // "Trước hạn", "Đúng hạn", "Quá hạn"
/// Against the original due time: late after it; early if resolved on an earlier local date.
[[nodiscard]] Outcome outcomeOf(Instant resolvedAt, Instant originalDue);

}  // namespace motcua::domain
