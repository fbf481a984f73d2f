// After a refused save ("còn 2 mục cần sửa") the intake form shows where to start: on the next
// frame the first field drawn with an error scrolls into view in its column and takes the keyboard,
// so the clerk types the fix at once instead of hunting for the red text.
#pragma once

#include "counter/counter_state.h"

#include <functional>
#include <string>

namespace motcua::counter {

/// At the start of the intake's frame: a refusal asked last frame is revealed in this one.
void beginRevealFrame(IntakeState& in);
/// Draws the input whose error key is `key` (`draw` returns whether it was edited). When it is the
/// first one with an error on the frame after a refusal, the keyboard goes to it and its window
/// scrolls to it.
bool revealedInput(IntakeState& in, const std::string& key, const std::function<bool()>& draw);
/// Right after drawing something with an error that takes no typing (a paper's choices, the fee
/// total): scrolls its window there when it is the first red item after a refusal.
void revealIfFirstError(IntakeState& in, const std::string& key);

}  // namespace motcua::counter
