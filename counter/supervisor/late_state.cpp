// The late tab's pure helpers: a slip's state and its label in the list.
#include "counter/supervisor/late_state.h"

namespace motcua::counter {

const char* apologyStateLabel(ApologyState s)
{
    switch (s) {
    case ApologyState::None: return "Chưa có phiếu";
    case ApologyState::Draft: return "Dự thảo, chờ ký";
    case ApologyState::Signed: return "Đã ký, chưa trao";
    case ApologyState::Delivered: return "Đã trao công dân";
    }
    return "";
}

ApologyState apologyStateOf(const domain::Apology& a)
{
    if (a.status == domain::ApologyStatus::Draft) return ApologyState::Draft;
    if (a.status == domain::ApologyStatus::Signed) return a.deliveredAt ? ApologyState::Delivered : ApologyState::Signed;
    return ApologyState::None;
}

}  // namespace motcua::counter
