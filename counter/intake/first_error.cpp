#include "counter/intake/first_error.h"

#include <imgui.h>

#include <utility>

namespace motcua::counter {

namespace {

/// Whether `key` is the first red item of the revealing frame (it then stops revealing).
bool takeReveal(IntakeState& in, const std::string& key)
{
    if (!in.revealing || !in.errors.count(key)) return false;
    in.revealing = false;
    return true;
}

void scrollHere() { ImGui::SetScrollHereY(0.35f); }  // its label above, the input and its red text in view

}  // namespace

void beginRevealFrame(IntakeState& in) { in.revealing = std::exchange(in.revealError, false); }

bool revealedInput(IntakeState& in, const std::string& key, const std::function<bool()>& draw)
{
    const bool first = takeReveal(in, key);
    // Before it: with this ImGui, SetKeyboardFocusHere(-1) after the field would pick its red
    // text (the last item), which takes no keyboard.
    if (first) ImGui::SetKeyboardFocusHere();
    const bool changed = draw();
    if (first) scrollHere();
    return changed;
}

void revealIfFirstError(IntakeState& in, const std::string& key)
{
    if (takeReveal(in, key)) scrollHere();
}

}  // namespace motcua::counter
