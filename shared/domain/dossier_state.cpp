#include "domain/dossier_state.h"

#include "domain/error.h"

#include <string>

namespace motcua::domain {

const char* statusName(DossierStatus s)
{
    switch (s) {
    case DossierStatus::Received: return "received";
    case DossierStatus::Processing: return "processing";
    case DossierStatus::WaitingSupplement: return "waiting_supplement";
    case DossierStatus::ResultReady: return "result_ready";
    case DossierStatus::Returned: return "returned";
    case DossierStatus::Refused: return "refused";
    case DossierStatus::Withdrawn: return "withdrawn";
    case DossierStatus::Stopped: return "stopped";
    }
    return "received";
}

const char* statusLabel(DossierStatus s)
{
    switch (s) {
    case DossierStatus::Received: return "Mới tiếp nhận";
    case DossierStatus::Processing: return "Đang xử lý";
    case DossierStatus::WaitingSupplement: return "Chờ bổ sung";
    case DossierStatus::ResultReady: return "Có kết quả, chờ trả";
    case DossierStatus::Returned: return "Đã trả kết quả";
    case DossierStatus::Refused: return "Từ chối";
    case DossierStatus::Withdrawn: return "Rút hồ sơ";
    case DossierStatus::Stopped: return "Dừng giải quyết";
    }
    return "";
}

std::optional<DossierStatus> parseStatus(std::string_view name)
{
    for (auto s : kAllStatuses)
        if (name == statusName(s)) return s;
    return std::nullopt;
}

const char* actionName(DossierAction a)
{
    switch (a) {
    case DossierAction::Forward: return "forward";
    case DossierAction::CompleteStep: return "complete_step";
    case DossierAction::RequestSupplement: return "supplement";
    case DossierAction::Resume: return "resume";
    case DossierAction::MarkResult: return "result";
    case DossierAction::ReturnResult: return "return";
    case DossierAction::Refuse: return "refuse";
    case DossierAction::Withdraw: return "withdraw";
    case DossierAction::Stop: return "stop";
    }
    return "";
}

const char* actionLabel(DossierAction a)
{
    switch (a) {
    case DossierAction::Forward: return "chuyển xử lý";
    case DossierAction::CompleteStep: return "hoàn thành bước xử lý";
    case DossierAction::RequestSupplement: return "yêu cầu bổ sung";
    case DossierAction::Resume: return "tiếp tục xử lý sau bổ sung";
    case DossierAction::MarkResult: return "ghi nhận có kết quả";
    case DossierAction::ReturnResult: return "trả kết quả";
    case DossierAction::Refuse: return "từ chối";
    case DossierAction::Withdraw: return "rút hồ sơ";
    case DossierAction::Stop: return "dừng giải quyết";
    }
    return "";
}

std::optional<DossierStatus> transition(DossierStatus from, DossierAction action)
{
    using S = DossierStatus;
    using A = DossierAction;
    switch (from) {
    case S::Received:
        switch (action) {
        case A::Forward: return S::Processing;
        case A::RequestSupplement: return S::WaitingSupplement;
        case A::MarkResult: return S::ResultReady;  // a same-day procedure settled at the desk
        case A::Refuse: return S::Refused;
        case A::Withdraw: return S::Withdrawn;
        case A::Stop: return S::Stopped;
        default: return std::nullopt;
        }
    case S::Processing:
        switch (action) {
        case A::Forward: return S::Processing;
        case A::CompleteStep: return S::Processing;
        case A::RequestSupplement: return S::WaitingSupplement;
        case A::MarkResult: return S::ResultReady;
        case A::Refuse: return S::Refused;
        case A::Withdraw: return S::Withdrawn;
        case A::Stop: return S::Stopped;
        default: return std::nullopt;
        }
    case S::WaitingSupplement:
        switch (action) {
        case A::Resume: return S::Processing;
        case A::Refuse: return S::Refused;
        case A::Withdraw: return S::Withdrawn;
        case A::Stop: return S::Stopped;
        default: return std::nullopt;
        }
    case S::ResultReady:
        return action == A::ReturnResult ? std::optional(S::Returned) : std::nullopt;
    case S::Returned:
    case S::Refused:
    case S::Withdrawn:
    case S::Stopped: return std::nullopt;
    }
    return std::nullopt;
}

DossierStatus applyAction(DossierStatus from, DossierAction action)
{
    if (auto to = transition(from, action)) return *to;
    throw Error(ErrorCode::IllegalState, std::string("Không thể ") + actionLabel(action) +
                                             " khi hồ sơ đang ở trạng thái \"" + statusLabel(from) + "\"");
}

bool isPending(DossierStatus s)
{
    return s == DossierStatus::Received || s == DossierStatus::Processing ||
           s == DossierStatus::WaitingSupplement;
}

bool isClockRunning(DossierStatus s) { return s == DossierStatus::Received || s == DossierStatus::Processing; }

bool isResolved(DossierStatus s) { return s == DossierStatus::ResultReady || s == DossierStatus::Returned; }

bool isClosedWithoutResult(DossierStatus s)
{
    return s == DossierStatus::Refused || s == DossierStatus::Withdrawn || s == DossierStatus::Stopped;
}

const char* outcomeName(Outcome o)
{
    switch (o) {
    case Outcome::Early: return "early";
    case Outcome::OnTime: return "on_time";
    case Outcome::Late: return "late";
    }
    return "";
}

const char* outcomeLabel(Outcome o)
{
    switch (o) {
    case Outcome::Early: return "Trước hạn";
    case Outcome::OnTime: return "Đúng hạn";
    case Outcome::Late: return "Quá hạn";
    }
    return "";
}

Outcome outcomeOf(Instant resolvedAt, Instant originalDue)
{
    if (resolvedAt > originalDue) return Outcome::Late;
    if (localDate(resolvedAt) < localDate(originalDue)) return Outcome::Early;
    return Outcome::OnTime;
}

}  // namespace motcua::domain
