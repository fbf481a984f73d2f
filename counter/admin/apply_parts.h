// Internal to apply_admin*.cpp: the message helpers and the second half of the dispatch
// (procedures and staff, in apply_admin_people.cpp).
#pragma once

#include "counter/counter_state.h"
#include "service/desk.h"

#include <string>

namespace motcua::counter {

void done(AdminState& a, const std::string& text);
void fail(AdminState& a, const std::string& text);
/// cleanText's message for a field, or "" when the value is fine.
[[nodiscard]] std::string textProblem(const std::string& value, const char* label, std::size_t maxChars,
                                      bool allowEmpty = false);
/// Procedure and staff commands.
void applyAdminPeople(service::Desk& desk, CounterState& state, const Command& command);

}  // namespace motcua::counter
