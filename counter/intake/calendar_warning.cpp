// See calendar_warning.h.
#include "counter/intake/calendar_warning.h"

#include "domain/holiday_suggestions.h"
#include "ui/headless.h"
#include "ui/theme.h"
#include "ui/widgets.h"

#include <imgui.h>

namespace motcua::counter {

void drawCalendarWarning(const service::DueEstimate& due)
{
    const std::string text = domain::unconfirmedYearsWarning(due.unconfirmedYears);
    if (text.empty()) return;
    ImGui::PushTextWrapPos(0.0f);
    ui::labelColored(ui::colors::kPriority, "Cảnh báo: " + text);
    ImGui::PopTextWrapPos();
    ui::recordItem("calendar-warning");
}

}  // namespace motcua::counter
