// The administration tab's sections (internal to the counter): one draw function per section,
// each reading AdminState and pushing CommandKind::Admin commands, plus the small helpers they share.
#pragma once

#include "counter/counter_state.h"
#include "ui/fonts.h"

#include <string>

namespace motcua::counter {

/// Office, schedule and printer: the settings of the section as fields, with Lưu.
void drawAdminSettings(CounterState& state, Commands& commands, const ui::Fonts& fonts);
void drawAdminHolidays(CounterState& state, Commands& commands, const ui::Fonts& fonts);
void drawAdminGroups(CounterState& state, Commands& commands, const ui::Fonts& fonts);
void drawAdminProcedures(CounterState& state, Commands& commands, const ui::Fonts& fonts);
void drawAdminStaff(CounterState& state, Commands& commands, const ui::Fonts& fonts);
void drawAdminBackup(CounterState& state, Commands& commands, const ui::Fonts& fonts);

[[nodiscard]] Command adminCmd(AdminAction action, std::string code = {}, std::string text = {}, int number = 0);
/// The error shown under field `key`, or "".
[[nodiscard]] const std::string& adminError(const AdminState& a, const std::string& key);
/// A radio button recorded under `id` for tests; true when clicked.
bool adminRadio(const std::string& label, const std::string& id, bool active);
/// A checkbox recorded under `id`; true when toggled.
bool adminCheckbox(const std::string& label, const std::string& id, bool& value);

}  // namespace motcua::counter
