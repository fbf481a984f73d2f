// The one window runner every app uses (after hello_imgui): GLFW + OpenGL 3 + Dear ImGui, window or
// full screen, DPI scale, fonts, theme, and the idle policy — full rate while the user acts and a
// few frames after, then glfwWaitEventsTimeout, woken by store changes. Also --screenshot.
#pragma once

#include "ui/fonts.h"
#include "ui/theme.h"

#include <functional>
#include <string>
#include <vector>

namespace motcua::ui {

struct RunnerOptions {
    std::string title = "motcua";
    int width = 1280;
    int height = 800;
    bool fullscreen = false;
    ThemeKind theme = ThemeKind::Desk;
    float bodyFont = 22.0f;
    float largeFont = 34.0f;
    float hugeFont = 150.0f;
    /// Write a PNG of the window after `screenshotFrames` frames, then exit.
    std::string screenshotPath;
    int screenshotFrames = 6;
    /// Seconds between checks for store changes while idle.
    double pollSeconds = 0.25;
    /// Frames drawn at full rate after the last input.
    int activeFrames = 20;
    /// Frames drawn after a store change (ImGui may need a second frame to settle a layout).
    int framesAfterChange = 3;
    /// False on a public kiosk: the window manager's close request (Alt+F4, a close button) is
    /// ignored, so only the app itself (shouldQuit, behind an admin PIN) ends the loop.
    bool allowClose = true;
};

struct AppCallbacks {
    /// Draws one frame (ImGui calls only).
    std::function<void(const Fonts&)> draw;
    /// After the frame: apply the commands the frame emitted (service calls). Returns true if the
    /// app changed state and wants more frames.
    std::function<bool()> afterFrame;
    /// Cheap check (PRAGMA data_version) — true when another process changed the store.
    std::function<bool()> storeChanged;
    /// Seconds until the app needs a frame by itself (a clock, a flashing call, a time-out);
    /// negative when it needs none.
    std::function<double()> nextDeadline;
    /// True when the app wants to quit.
    std::function<bool()> shouldQuit;
    /// True while a background job works on the app's state: frames are still drawn (the last
    /// state, a "working" sign), but input events wait in the queue until it returns — typed
    /// text and clicks are delivered afterwards, never lost and never applied to a stale state.
    std::function<bool()> holdInput;
    /// Files dropped onto the window (paths, in order), after the frame that took them from the
    /// input queue; held with the rest of the input while a job runs. May be empty.
    std::function<void(std::vector<std::string>)> filesDropped;
};

/// The three font sizes of an app (pixels before the DPI scale).
struct FontSizes {
    float body = 22.0f;
    float large = 34.0f;
    float huge = 150.0f;
};

/// The window options every app sets: title, size, theme, fonts, and --screenshot.
[[nodiscard]] RunnerOptions windowOptions(std::string title, int width, int height, ThemeKind theme, FontSizes fonts,
                                          std::string screenshotPath);

/// The callbacks of an app object with draw(fonts), afterFrame(), storeChanged(), nextDeadline(),
/// shouldQuit() and holdInput() (the kiosk and the counter; it may befriend this function to keep them private).
template <class App>
[[nodiscard]] AppCallbacks appCallbacks(App& app)
{
    AppCallbacks c;
    c.draw = [&app](const Fonts& fonts) { app.draw(fonts); };
    c.afterFrame = [&app] { return app.afterFrame(); };
    c.storeChanged = [&app] { return app.storeChanged(); };
    c.nextDeadline = [&app] { return app.nextDeadline(); };
    c.shouldQuit = [&app] { return app.shouldQuit(); };
    c.holdInput = [&app] { return app.holdInput(); };
    return c;
}

/// From any thread: a background job finished, draw its result now (glfwPostEmptyEvent). Does
/// nothing when no window runs.
void wakeRunner();

/// Runs the window until closed or quit; returns a process exit code. A failure to open a
/// window is reported on stderr (in Vietnamese) with exit code 1.
int runWindow(const RunnerOptions& options, const AppCallbacks& app);

/// Writes RGBA pixels (top row first) to a PNG file; false on failure.
bool writePng(const std::string& path, int width, int height, const unsigned char* rgba);

}  // namespace motcua::ui
