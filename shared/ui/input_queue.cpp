// The input queue and the click guard (see input_queue.h for why they exist).
#include "ui/input_queue.h"

#include <imgui.h>
#include <imgui_internal.h>

namespace motcua::ui {

void ClickGuard::afterFrame(double now, const double (&pressedAt)[5], const bool (&held)[5])
{
    const ImGuiIO& io = ImGui::GetIO();
    const unsigned hovered = ImGui::GetHoveredID();
    const bool still = io.MousePos.x == m_lastX && io.MousePos.y == m_lastY;
    // A different item under a pointer that stayed put: the screen changed under it. (An item
    // that went away leaves nothing to press, so only a new one counts.)
    if (still && hovered != 0 && hovered != m_lastHovered) {
        m_changedAt = now;
        // A press already delivered this frame or the one before landed on the new item unseen:
        // no longer active, its release activates nothing.
        for (int b = 0; b < 5; ++b)
            if (held[b] && voids(pressedAt[b])) ImGui::ClearActiveID();
    }
    m_lastHovered = hovered;
    m_lastX = io.MousePos.x;
    m_lastY = io.MousePos.y;
}

/// What has changed so far in the frame being fed.
struct InputQueue::FrameChanges {
    bool keys[512] = {};
    bool nonTextKey = false;
    unsigned buttons = 0;
};

namespace {

void setKey(ImGuiIO& io, int code, bool down)
{
    io.KeysDown[code] = down;
    // The modifiers from the keys (GLFW: 340/344 Shift, 341/345 Ctrl, 342/346 Alt, 343/347 Super).
    io.KeyShift = io.KeysDown[340] || io.KeysDown[344];
    io.KeyCtrl = io.KeysDown[341] || io.KeysDown[345];
    io.KeyAlt = io.KeysDown[342] || io.KeysDown[346];
    io.KeySuper = io.KeysDown[343] || io.KeysDown[347];
}

}  // namespace

bool InputQueue::take(ImGuiIO& io, const InputEvent& e, FrameChanges& changed, const ClickGuard& guard)
{
    switch (e.kind) {
    case InputEvent::Kind::Key:
        if (e.code < 0 || e.code >= 512 || io.KeysDown[e.code] == e.down) return true;  // a repeat, a stale release
        // A typing key acts through its character, not its state: it may go down and up in one
        // frame, so a scanned line takes a frame or two, not one frame a letter.
        if ((changed.keys[e.code] && !e.text) || changed.buttons) return false;
        setKey(io, e.code, e.down);
        changed.keys[e.code] = true;
        // Shift, Ctrl, Alt, Super (GLFW 340–347) change one step a frame, so Ctrl+Enter is seen
        // with Ctrl down, but characters need not wait for them.
        if (!e.text && (e.code < 340 || e.code > 347)) {
            changed.nonTextKey = true;
            // Tab moves the keyboard focus only at the next frame: characters typed after a
            // non-typing key wait one frame more, or they land in the field being left.
            if (e.down) m_charWait = 2;
        }
        return true;
    case InputEvent::Kind::Char:
        // Text widgets read a frame's characters before its keys: a character typed after Enter
        // waits for the next frame, or it would land before the Enter.
        if (changed.nonTextKey || m_charWait > 0 || changed.buttons) return false;
        io.AddInputCharacter(static_cast<unsigned>(e.code));
        return true;
    case InputEvent::Kind::Button: {
        const int b = e.code;
        if (b < 0 || b >= 5) return true;
        if (m_dropped[b]) {  // the release of a voided press goes too
            if (!e.down) m_dropped[b] = false;
            return true;
        }
        if (m_held[b] == e.down) return true;
        if (changed.buttons & (1u << b)) return false;
        if (e.down && guard.voids(e.time)) {
            m_dropped[b] = true;
            return true;
        }
        m_held[b] = e.down;
        if (e.down) m_pressedAt[b] = e.time;
        changed.buttons |= 1u << b;
        return true;
    }
    case InputEvent::Kind::Move:
        if (changed.buttons) return false;  // a press or release happens where the pointer was
        m_x = e.x;
        m_y = e.y;
        return true;
    case InputEvent::Kind::Wheel:
        io.MouseWheelH += e.x;
        io.MouseWheel += e.y;
        return true;
    case InputEvent::Kind::Focus:
        io.AddFocusEvent(e.down);  // ImGui lets go of the keys at its next frame
        if (!e.down)
            for (bool& h : m_held) h = false;
        return true;
    case InputEvent::Kind::Drop:
        m_droppedPaths.insert(m_droppedPaths.end(), e.paths.begin(), e.paths.end());
        return true;
    }
    return true;
}

void InputQueue::deliver(ImGuiIO& io, const ClickGuard& guard)
{
    FrameChanges changed;
    if (m_charWait > 0) --m_charWait;
    while (!m_events.empty() && take(io, m_events.front(), changed, guard)) m_events.pop_front();
    io.MousePos = ImVec2(m_x, m_y);
    for (int b = 0; b < 5; ++b) io.MouseDown[b] = m_held[b];
}

void InputQueue::hold(ImGuiIO& io) const
{
    io.MousePos = ImVec2(m_x, m_y);
    for (int b = 0; b < 5; ++b) io.MouseDown[b] = m_held[b];
}

}  // namespace motcua::ui
