// Input events queued between frames and fed to Dear ImGui one state change per frame (what ImGui
// 1.87 later built in as its input queue), and the click guard that keeps a press off a widget the
// person could not yet have seen. No GLFW here: the runner pushes events, tests push them by hand.
#pragma once

#include <cfloat>
#include <deque>
#include <string>
#include <utility>
#include <vector>

struct ImGuiIO;

namespace motcua::ui {

/// One thing a keyboard, scanner, mouse or touch screen did, stamped with the runner's clock.
struct InputEvent {
    enum class Kind { Key, Char, Button, Move, Wheel, Focus, Drop };
    Kind kind = Kind::Key;
    int code = 0;         ///< Key: the io.KeysDown index (GLFW key code); Button: 0–4; Char: the code point
    bool down = false;    ///< Key/Button: pressed; Focus: gained
    bool text = false;    ///< Key: a key that types a character (no Ctrl/Alt/Super): it acts
                          ///< through its character, so it may go down and up within one frame
    float x = 0, y = 0;   ///< Move: the position; Wheel: the offsets
    double time = 0;      ///< seconds, the runner's clock
    std::vector<std::string> paths;  ///< Drop: the files dropped onto the window, in order

    static InputEvent key(int code, bool down, bool text, double time) { return {Kind::Key, code, down, text, 0, 0, time, {}}; }
    static InputEvent character(unsigned c, double time) { return {Kind::Char, static_cast<int>(c), false, false, 0, 0, time, {}}; }
    static InputEvent button(int b, bool down, double time) { return {Kind::Button, b, down, false, 0, 0, time, {}}; }
    static InputEvent move(float x, float y, double time) { return {Kind::Move, 0, false, false, x, y, time, {}}; }
    static InputEvent wheel(float dx, float dy, double time) { return {Kind::Wheel, 0, false, false, dx, dy, time, {}}; }
    static InputEvent focus(bool gained, double time) { return {Kind::Focus, 0, gained, false, 0, 0, time, {}}; }
    static InputEvent drop(std::vector<std::string> paths, double time) { return {Kind::Drop, 0, false, false, 0, 0, time, std::move(paths)}; }
};

/// A click must never act on a widget that was not on screen when the press began. The guard
/// notices, after each frame, that the item under a pointer which did not move has changed (a
/// new screen, a dialog, a list that refreshed, whatever caused it: nothing per button), and
/// voids every press that began before that change or within the double-click time after it —
/// the second half of a double click, or a tap made before the person could see the new screen.
class ClickGuard {
public:
    explicit ClickGuard(double window = 0.30) : m_window(window) {}
    /// True when a press that began at `pressTime` must not reach ImGui.
    [[nodiscard]] bool voids(double pressTime) const { return pressTime < m_changedAt + m_window; }
    /// After each frame (ImGui's context current): looks for a change under a still pointer and,
    /// when it finds one, cancels a press already delivered that it voids (ImGui's active item).
    void afterFrame(double now, const double (&pressedAt)[5], const bool (&held)[5]);
    [[nodiscard]] double changedAt() const { return m_changedAt; }

private:
    double m_window;
    double m_changedAt = -1e9;
    unsigned m_lastHovered = 0;
    float m_lastX = -1e30f, m_lastY = -1e30f;
};

/// The queue: events wait here until a frame can take them without losing one.
class InputQueue {
public:
    void push(const InputEvent& e) { m_events.push_back(e); }
    [[nodiscard]] bool empty() const { return m_events.empty(); }
    /// Before ImGui::NewFrame (after the platform backend's NewFrame, whose mouse state this
    /// replaces): applies queued events to `io` until one would make a second change of the same
    /// button or non-typing key this frame, put a character after a non-typing key (Enter, Tab,
    /// Backspace) changed, or move the pointer after a button changed. Presses the guard voids
    /// are dropped with their release.
    void deliver(ImGuiIO& io, const ClickGuard& guard);
    /// Instead of deliver() while the app holds input (a background job has its state): the mouse
    /// stays as the last delivered event left it (not the backend's live state), nothing is taken.
    void hold(ImGuiIO& io) const;
    /// Files dropped onto the window that deliver() let through, in order; the app takes them once
    /// a frame (a drop held while a job runs arrives after it, like a click).
    [[nodiscard]] std::vector<std::string> takeDropped() { return std::exchange(m_droppedPaths, {}); }
    /// The guard's look after the frame, with the presses this queue delivered.
    void afterFrame(ClickGuard& guard, double now) const { guard.afterFrame(now, m_pressedAt, m_held); }

private:
    struct FrameChanges;
    /// Applies one event; false when it must wait for the next frame.
    bool take(ImGuiIO& io, const InputEvent& e, FrameChanges& changed, const ClickGuard& guard);

    std::deque<InputEvent> m_events;
    float m_x = -FLT_MAX, m_y = -FLT_MAX;  // no pointer yet
    bool m_held[5] = {};                   // delivered down and not yet up
    bool m_dropped[5] = {};                // a voided press whose release is still to come
    double m_pressedAt[5] = {};
    int m_charWait = 0;                    // frames characters still wait after Tab, Enter, …
    std::vector<std::string> m_droppedPaths;
};

}  // namespace motcua::ui
