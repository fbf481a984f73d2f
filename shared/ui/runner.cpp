// The GLFW + OpenGL 3 runner. This is the only file that includes GLFW.
#include "ui/runner.h"

#include "domain/error.h"
#include "ui/input_queue.h"

#include <GLFW/glfw3.h>
#include <imgui.h>
#include <backends/imgui_impl_glfw.h>
#include <backends/imgui_impl_opengl3.h>
#include <stb_image_write.h>

#include <dlfcn.h>

#include <algorithm>
#include <atomic>
#include <cfloat>
#include <cstdlib>
#include <cstdio>
#include <mutex>
#include <utility>
#include <vector>

namespace motcua::ui {

namespace {

// Set by our GLFW callbacks: the user did something, or the window must be drawn again.
bool g_inputSeen = false;
// Our GLFW callbacks queue the input; each frame takes what it can without losing a change
// (ImGui's own backend callbacks are not installed: 1.86 would read only the state at the frame).
InputQueue g_queue;

void markInput(GLFWwindow*) { g_inputSeen = true; }

// wakeRunner() from a worker thread: GLFW may post an empty event only between init and
// terminate, so the flag and the post share a mutex with the shutdown.
std::mutex g_wakeMutex;
bool g_glfwLive = false;
std::atomic<bool> g_woken{false};

void setGlfwLive(bool live)
{
    std::lock_guard lock(g_wakeMutex);
    g_glfwLive = live;
}

/// True while the app holds the input back (a job has its state): events wait in the queue.
bool holding(const AppCallbacks& app) { return app.holdInput && app.holdInput(); }

/// Keys that type a character without Ctrl/Alt/Super: they act through their characters.
bool typingKey(int key, int mods)
{
    if (mods & (GLFW_MOD_CONTROL | GLFW_MOD_ALT | GLFW_MOD_SUPER)) return false;
    return (key >= GLFW_KEY_SPACE && key <= GLFW_KEY_WORLD_2) || (key >= GLFW_KEY_KP_0 && key <= GLFW_KEY_KP_ADD);
}

void onCursor(GLFWwindow* w, double x, double y)
{
    g_queue.push(InputEvent::move(static_cast<float>(x), static_cast<float>(y), glfwGetTime()));
    markInput(w);
}
void onEnter(GLFWwindow* w, int entered)
{
    if (!entered) g_queue.push(InputEvent::move(-FLT_MAX, -FLT_MAX, glfwGetTime()));
    markInput(w);
}
void onButton(GLFWwindow* w, int button, int action, int)
{
    // Where the press happened, in case no motion came before it (a touch screen's tap).
    double x = 0, y = 0;
    glfwGetCursorPos(w, &x, &y);
    g_queue.push(InputEvent::move(static_cast<float>(x), static_cast<float>(y), glfwGetTime()));
    g_queue.push(InputEvent::button(button, action == GLFW_PRESS, glfwGetTime()));
    markInput(w);
}
void onScroll(GLFWwindow* w, double dx, double dy)
{
    g_queue.push(InputEvent::wheel(static_cast<float>(dx), static_cast<float>(dy), glfwGetTime()));
    markInput(w);
}
void onKey(GLFWwindow* w, int key, int, int action, int mods)
{
    if (action != GLFW_REPEAT) g_queue.push(InputEvent::key(key, action == GLFW_PRESS, typingKey(key, mods), glfwGetTime()));
    markInput(w);
}
void onChar(GLFWwindow* w, unsigned int c)
{
    g_queue.push(InputEvent::character(c, glfwGetTime()));
    markInput(w);
}
void onFocus(GLFWwindow* w, int focused)
{
    g_queue.push(InputEvent::focus(focused != 0, glfwGetTime()));
    markInput(w);  // and draw again: a window raised from under another shows its own picture
}
void onDrop(GLFWwindow* w, int count, const char** paths)
{
    g_queue.push(InputEvent::drop(std::vector<std::string>(paths, paths + count), glfwGetTime()));
    markInput(w);
}
void onSize(GLFWwindow* w, int, int) { markInput(w); }
// Without a compositor the X server asks for the picture again when the window is uncovered.
void onRefresh(GLFWwindow* w) { markInput(w); }

#if defined(__SANITIZE_ADDRESS__)
/// LeakSanitizer names a leak by the library that made it (tests/sanitizers/lsan.supp), but GLFW
/// unloads libGL, and libGL Mesa's driver, at glfwTerminate — before the leak check, so a leak in
/// them has no name left. Loaded once more with RTLD_NODELETE here, they stay until exit.
void keepGlLibrariesLoaded()
{
    for (const char* lib : {"libGL.so.1", "libGLX_mesa.so.0"}) ::dlopen(lib, RTLD_NOW | RTLD_NODELETE);
    const char* env = std::getenv("LIBGL_DRIVERS_PATH");
    for (const char* dir : {env ? env : "", "/usr/lib/x86_64-linux-gnu/dri", "/usr/lib/aarch64-linux-gnu/dri", "/usr/lib/dri"})
        if (*dir && ::dlopen((std::string(dir) + "/swrast_dri.so").c_str(), RTLD_NOW | RTLD_NODELETE)) break;
}
#else
void keepGlLibrariesLoaded() {}
#endif

bool screenshot(const std::string& path, int w, int h)
{
    std::vector<unsigned char> pixels(static_cast<std::size_t>(w) * static_cast<std::size_t>(h) * 4);
    glPixelStorei(GL_PACK_ALIGNMENT, 1);
    glReadPixels(0, 0, w, h, GL_RGBA, GL_UNSIGNED_BYTE, pixels.data());
    // OpenGL's first row is the bottom one.
    std::vector<unsigned char> flipped(pixels.size());
    const std::size_t row = static_cast<std::size_t>(w) * 4;
    for (int y = 0; y < h; ++y)
        std::copy_n(pixels.begin() + static_cast<long>(static_cast<std::size_t>(h - 1 - y) * row), row,
                    flipped.begin() + static_cast<long>(static_cast<std::size_t>(y) * row));
    return writePng(path, w, h, flipped.data());
}

}  // namespace

RunnerOptions windowOptions(std::string title, int width, int height, ThemeKind theme, FontSizes fonts,
                            std::string screenshotPath)
{
    RunnerOptions r;
    r.title = std::move(title);
    r.width = width;
    r.height = height;
    r.theme = theme;
    r.bodyFont = fonts.body;
    r.largeFont = fonts.large;
    r.hugeFont = fonts.huge;
    r.screenshotPath = std::move(screenshotPath);
    return r;
}

bool writePng(const std::string& path, int width, int height, const unsigned char* rgba)
{
    return stbi_write_png(path.c_str(), width, height, 4, rgba, width * 4) != 0;
}

namespace {

/// The window (full screen on the primary monitor when asked, never for a screenshot) with our
/// input callbacks installed; nullptr when it cannot be made.
GLFWwindow* openWindow(const RunnerOptions& o, bool shooting)
{
    glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
    glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 0);
    if (shooting) glfwWindowHint(GLFW_RESIZABLE, GLFW_FALSE);
    GLFWmonitor* monitor = o.fullscreen && !shooting ? glfwGetPrimaryMonitor() : nullptr;
    int width = o.width, height = o.height;
    if (monitor) {
        const GLFWvidmode* mode = glfwGetVideoMode(monitor);
        width = mode->width;
        height = mode->height;
    }
    GLFWwindow* window = glfwCreateWindow(width, height, o.title.c_str(), monitor, nullptr);
    if (!window) return nullptr;
    glfwMakeContextCurrent(window);
    glfwSwapInterval(1);
    glfwSetCursorPosCallback(window, onCursor);
    glfwSetCursorEnterCallback(window, onEnter);
    glfwSetMouseButtonCallback(window, onButton);
    glfwSetScrollCallback(window, onScroll);
    glfwSetKeyCallback(window, onKey);
    glfwSetCharCallback(window, onChar);
    glfwSetWindowFocusCallback(window, onFocus);
    glfwSetDropCallback(window, onDrop);
    glfwSetWindowSizeCallback(window, onSize);
    glfwSetWindowRefreshCallback(window, onRefresh);
    return window;
}

/// The idle policy: full rate while the user acts (plus a few frames), otherwise sleep until an
/// event, the app's own deadline or the next store check. Returns whether a frame is due.
struct IdleState {
    int activeFrames = 0;
    double lastPoll = 0;
};

bool waitForWork(const RunnerOptions& o, const AppCallbacks& app, bool shooting, IdleState& idle)
{
    // The app's own deadline (a clock minute, a flash, a time-out), as an absolute time: asked
    // again after the wait it would already name the next one.
    double dueAt = -1;
    const bool queued = !g_queue.empty() && !holding(app);  // held input waits for the job, not the frame rate
    if (idle.activeFrames > 0 || shooting || queued) {
        glfwPollEvents();
    } else {
        double wait = o.pollSeconds;
        if (app.nextDeadline) {
            const double d = app.nextDeadline();
            if (d >= 0) {
                wait = std::min(wait, d);
                dueAt = glfwGetTime() + d;
            }
        }
        glfwWaitEventsTimeout(std::max(wait, 0.001));
    }
    bool redraw = idle.activeFrames > 0 || shooting || queued || (dueAt >= 0 && glfwGetTime() >= dueAt - 0.002);
    if (g_woken.exchange(false)) {  // a worker finished a job: its result is drawn now
        idle.activeFrames = std::max(idle.activeFrames, o.framesAfterChange);
        redraw = true;
    }
    if (g_inputSeen) {
        g_inputSeen = false;
        idle.activeFrames = o.activeFrames;
        redraw = true;
    }
    if (glfwGetTime() - idle.lastPoll >= o.pollSeconds) {
        idle.lastPoll = glfwGetTime();
        if (app.storeChanged && app.storeChanged()) {
            idle.activeFrames = std::max(idle.activeFrames, o.framesAfterChange);
            redraw = true;
        }
    }
    if (app.nextDeadline && app.nextDeadline() == 0) redraw = true;
    return redraw;
}

/// Draws one frame into the back buffer, fed from the input queue; returns the framebuffer size.
std::pair<int, int> renderFrame(GLFWwindow* window, const AppCallbacks& app, const Fonts& fonts, ClickGuard& guard)
{
    ImGui_ImplOpenGL3_NewFrame();
    ImGui_ImplGlfw_NewFrame();
    // After the backend, whose mouse state it replaces; held input waits for the job's result.
    if (holding(app)) g_queue.hold(ImGui::GetIO());
    else g_queue.deliver(ImGui::GetIO(), guard);
    ImGui::NewFrame();
    app.draw(fonts);
    g_queue.afterFrame(guard, glfwGetTime());
    if (std::vector<std::string> dropped = g_queue.takeDropped(); !dropped.empty() && app.filesDropped)
        app.filesDropped(std::move(dropped));
    ImGui::Render();
    int fbw = 0, fbh = 0;
    glfwGetFramebufferSize(window, &fbw, &fbh);
    glViewport(0, 0, fbw, fbh);
    glClearColor(0.957f, 0.965f, 0.976f, 1.0f);
    glClear(GL_COLOR_BUFFER_BIT);
    ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
    return {fbw, fbh};
}

/// The frame loop until the app quits, the window closes (when allowed) or the screenshot is
/// taken; returns the exit code.
int runLoop(GLFWwindow* window, const RunnerOptions& o, const AppCallbacks& app, const Fonts& fonts)
{
    const bool shooting = !o.screenshotPath.empty();
    IdleState idle{o.activeFrames, glfwGetTime()};
    ClickGuard guard(ImGui::GetIO().MouseDoubleClickTime);
    int frame = 0;
    for (;;) {
        if (glfwWindowShouldClose(window)) {
            if (o.allowClose) return 0;
            glfwSetWindowShouldClose(window, GLFW_FALSE);
        }
        if (!waitForWork(o, app, shooting, idle)) continue;
        const auto [fbw, fbh] = renderFrame(window, app, fonts, guard);
        ++frame;
        if (shooting && frame >= o.screenshotFrames) {
            if (screenshot(o.screenshotPath, fbw, fbh)) return 0;
            std::fprintf(stderr, "motcua: không ghi được ảnh %s\n", o.screenshotPath.c_str());
            return 1;
        }
        glfwSwapBuffers(window);
        if (app.afterFrame && app.afterFrame()) idle.activeFrames = std::max(idle.activeFrames, 3);
        if (idle.activeFrames > 0) --idle.activeFrames;
        if (app.shouldQuit && app.shouldQuit()) return 0;
    }
}

}  // namespace

int runWindow(const RunnerOptions& o, const AppCallbacks& app)
{
    keepGlLibrariesLoaded();
    if (!glfwInit()) {
        std::fprintf(stderr, "motcua: không mở được màn hình (GLFW); kiểm tra DISPLAY hoặc chạy trong xvfb-run\n");
        return 1;
    }
    GLFWwindow* window = openWindow(o, !o.screenshotPath.empty());
    if (!window) {
        glfwTerminate();
        std::fprintf(stderr, "motcua: không tạo được cửa sổ OpenGL 3\n");
        return 1;
    }
    float scale = 1.0f;
    glfwGetWindowContentScale(window, &scale, nullptr);
    if (scale <= 0) scale = 1.0f;

    setGlfwLive(true);
    IMGUI_CHECKVERSION();
    ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;
    int code = 0;
    Fonts fonts;
    try {
        fonts = loadFonts(io, scale, o.bodyFont, o.largeFont, o.hugeFont);
    } catch (const Error& e) {
        std::fprintf(stderr, "motcua: %s\n", e.what());
        code = 1;
    }
    if (code == 0) {
        applyTheme(o.theme, scale);
        ImGui_ImplGlfw_InitForOpenGL(window, false);  // our callbacks feed ImGui (g_queue)
        ImGui_ImplOpenGL3_Init("#version 130");
        code = runLoop(window, o, app, fonts);
        ImGui_ImplOpenGL3_Shutdown();
        ImGui_ImplGlfw_Shutdown();
    }
    ImGui::DestroyContext();
    setGlfwLive(false);
    glfwDestroyWindow(window);
    glfwTerminate();
    return code;
}

void wakeRunner()
{
    g_woken = true;
    std::lock_guard lock(g_wakeMutex);
    if (g_glfwLive) glfwPostEmptyEvent();
}

}  // namespace motcua::ui
