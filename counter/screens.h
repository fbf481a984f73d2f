// The counter's draw functions: each reads its state, draws, and pushes commands; none calls the
// Desk or the printer (apply() does, after the frame).
#pragma once

#include "counter/counter_state.h"
#include "ui/fonts.h"

namespace motcua::counter {

/// The whole window: login, or the header, the queue panel and the tab in use.
void drawCounter(CounterState& state, Commands& commands, const ui::Fonts& fonts);

void drawLogin(CounterState& state, Commands& commands, const ui::Fonts& fonts);
void drawQueuePanel(CounterState& state, Commands& commands, const ui::Fonts& fonts);
void drawQueueTab(CounterState& state, Commands& commands, const ui::Fonts& fonts);
void drawIntake(CounterState& state, Commands& commands, const ui::Fonts& fonts);
/// The intake form's fee lines for procedure `p`, `width` wide (screen_intake_fees.cpp).
void drawIntakeFees(CounterState& state, const domain::Procedure& p, float width);
void drawDossiers(CounterState& state, Commands& commands, const ui::Fonts& fonts);
void drawDossierDetail(CounterState& state, Commands& commands, const ui::Fonts& fonts);
/// The open dossier's fee lines, its VietQR and the payment buttons (screen_dossier_fees.cpp).
void drawDossierFees(CounterState& state, Commands& commands, const domain::DossierDetail& detail);
void drawOfficer(CounterState& state, Commands& commands, const ui::Fonts& fonts);
void drawLate(CounterState& state, Commands& commands, const ui::Fonts& fonts);
void drawApologyEditor(CounterState& state, Commands& commands, const ui::Fonts& fonts);
void drawReports(CounterState& state, Commands& commands, const ui::Fonts& fonts);
/// The "Quản trị" tab (screen_admin.cpp): shown when the role manages any of its sections.
[[nodiscard]] bool adminVisible(const CounterState& state);
void drawAdmin(CounterState& state, Commands& commands, const ui::Fonts& fonts);

/// The queue shortcuts (F5–F9), handled whatever has the keyboard focus.
void queueShortcuts(CounterState& state, Commands& commands);

/// "10:15 thứ Hai 23/11/2026"
[[nodiscard]] std::string timeAndDate(domain::Instant t);

}  // namespace motcua::counter
