// The runner's input queue and click guard (issue 12 items 1 and 2), on a window-less ImGui
// context: a scanner's Enter pressed and released between two frames, characters around an Enter,
// a click shorter than a frame, and a double click whose second half lands on the next screen.
#include "ui/headless.h"
#include "ui/input_queue.h"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using namespace motcua;
using ui::InputEvent;

namespace {

constexpr int kEnter = 257;  // GLFW_KEY_ENTER, the io.KeysDown index the GLFW backend maps
constexpr int kKeyA = 65;

/// One frame through the queue as the runner does it: deliver, draw, let the guard look.
struct Feeder {
    ui::HeadlessUi ui{800, 600};
    ui::InputQueue queue;
    ui::ClickGuard guard{0.30};
    double now = 10.0;

    void frame(const std::function<void()>& draw)
    {
        now += 1.0 / 60;
        ui.frame([&](const ui::Fonts&) {
            draw();
            queue.afterFrame(guard, now);
        });
    }
    /// The queue's delivery happens before NewFrame: HeadlessUi::frame calls NewFrame itself, so
    /// the events are delivered here, just before it.
    void step(const std::function<void()>& draw)
    {
        queue.deliver(ImGui::GetIO(), guard);
        frame(draw);
    }
    /// A few frames and half a second for a new scene: what appeared under the pointer has been seen.
    void settle(const std::function<void()>& draw)
    {
        for (int i = 0; i < 3; ++i) step(draw);
        now += 0.5;
    }
};

void root(const std::function<void()>& body)
{
    ImGui::SetNextWindowPos(ImVec2(0, 0));
    ImGui::SetNextWindowSize(ImVec2(800, 600));
    ImGui::Begin("root", nullptr, ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoSavedSettings);
    body();
    ImGui::End();
}

}  // namespace

TEST_CASE("a key pressed and released between two frames is seen pressed for one frame", "[ui][input]")
{
    Feeder f;
    f.queue.push(InputEvent::key(kEnter, true, false, f.now));
    f.queue.push(InputEvent::key(kEnter, false, false, f.now));
    int pressedFrames = 0, downFrames = 0;
    for (int i = 0; i < 4; ++i)
        f.step([&] {
            pressedFrames += ImGui::IsKeyPressed(kEnter, false) ? 1 : 0;
            downFrames += ImGui::IsKeyDown(kEnter) ? 1 : 0;
        });
    CHECK(pressedFrames == 1);
    CHECK(downFrames == 1);
    CHECK(f.queue.empty());
}

TEST_CASE("characters keep their order around Enter: a scanned line is submitted alone", "[ui][input]")
{
    Feeder f;
    // "AB", Enter, "C": what a two-line QR looks like to the app.
    for (char c : std::string("AB")) {
        f.queue.push(InputEvent::key(kKeyA + (c - 'A'), true, true, f.now));
        f.queue.push(InputEvent::character(static_cast<unsigned>(c), f.now));
        f.queue.push(InputEvent::key(kKeyA + (c - 'A'), false, true, f.now));
    }
    f.queue.push(InputEvent::key(kEnter, true, false, f.now));
    f.queue.push(InputEvent::key(kEnter, false, false, f.now));
    f.queue.push(InputEvent::character('C', f.now));
    std::string typed;
    std::vector<std::string> submitted;
    for (int i = 0; i < 12; ++i)
        f.step([&] {
            for (int k = 0; k < ImGui::GetIO().InputQueueCharacters.Size; ++k)
                typed += static_cast<char>(ImGui::GetIO().InputQueueCharacters[k]);
            if (ImGui::IsKeyPressed(kEnter, false)) submitted.push_back(typed), typed.clear();
        });
    CHECK(submitted == std::vector<std::string>{"AB"});
    CHECK(typed == "C");
    CHECK(f.queue.empty());
}

TEST_CASE("characters typed after Tab reach the next field, not the one being left", "[ui][input]")
{
    Feeder f;
    constexpr int kTab = 258;  // GLFW_KEY_TAB
    f.queue.push(InputEvent::character('u', f.now));
    f.queue.push(InputEvent::key(kTab, true, false, f.now));
    f.queue.push(InputEvent::key(kTab, false, false, f.now));
    f.queue.push(InputEvent::character('p', f.now));
    // ImGui moves the focus during the frame after Tab (the field being left, drawn first, is
    // still active then): a character must wait for the frame after that.
    std::vector<std::string> perFrame;
    for (int i = 0; i < 5; ++i)
        f.step([&] {
            std::string s;
            for (int k = 0; k < ImGui::GetIO().InputQueueCharacters.Size; ++k) s += static_cast<char>(ImGui::GetIO().InputQueueCharacters[k]);
            perFrame.push_back(s);
        });
    CHECK(perFrame == std::vector<std::string>{"u", "", "p", "", ""});
}

TEST_CASE("a scanned line of typing keys arrives in one frame", "[ui][input]")
{
    Feeder f;
    const std::string code = "000.00.20.H56-261125-0001";
    for (char c : code) {
        const int key = c >= 'A' && c <= 'Z' ? kKeyA + (c - 'A') : static_cast<int>(c);
        f.queue.push(InputEvent::key(key, true, true, f.now));
        f.queue.push(InputEvent::character(static_cast<unsigned>(c), f.now));
        f.queue.push(InputEvent::key(key, false, true, f.now));
    }
    std::string first;
    f.step([&] {
        for (int k = 0; k < ImGui::GetIO().InputQueueCharacters.Size; ++k) first += static_cast<char>(ImGui::GetIO().InputQueueCharacters[k]);
    });
    CHECK(first == code);
}

TEST_CASE("a click shorter than a frame, and a double click, each press seen in its own frame", "[ui][input]")
{
    Feeder f;
    f.queue.push(InputEvent::move(100, 100, f.now));
    for (int i = 0; i < 2; ++i) {
        f.queue.push(InputEvent::button(0, true, f.now));
        f.queue.push(InputEvent::button(0, false, f.now));
    }
    int clicks = 0, releases = 0;
    for (int i = 0; i < 6; ++i)
        f.step([&] {
            clicks += ImGui::IsMouseClicked(0) ? 1 : 0;
            releases += ImGui::IsMouseReleased(0) ? 1 : 0;
        });
    CHECK(clicks == 2);
    CHECK(releases == 2);
}

TEST_CASE("a press happens where the pointer was, not where it moved after", "[ui][input]")
{
    Feeder f;
    f.queue.push(InputEvent::move(50, 50, f.now));
    f.queue.push(InputEvent::button(0, true, f.now));
    f.queue.push(InputEvent::move(400, 400, f.now));
    ImVec2 at(-1, -1);
    for (int i = 0; i < 3; ++i)
        f.step([&] {
            if (ImGui::IsMouseClicked(0)) at = ImGui::GetIO().MousePos;
        });
    CHECK(at.x == 50);
    CHECK(ImGui::GetIO().MousePos.x == 400);
}

TEST_CASE("a double click never acts on the button the first click brought up", "[ui][input][guard]")
{
    Feeder f;
    int screen = 0, signedCount = 0, delivered = 0;
    const auto draw = [&] {
        root([&] {
            ImGui::SetCursorScreenPos(ImVec2(100, 100));
            if (screen == 0) {
                if (ImGui::Button("Xác nhận ký", ImVec2(200, 50))) ++signedCount, screen = 1;
            } else {
                if (ImGui::Button("Gửi thư điện tử", ImVec2(200, 50))) ++delivered;
            }
        });
    };
    f.queue.push(InputEvent::move(150, 120, f.now));
    f.settle(draw);  // the pointer rests on "Xác nhận ký"
    // Two clicks 60 ms apart, the events all waiting when the frame comes (a busy machine).
    const double t = f.now;
    f.queue.push(InputEvent::button(0, true, t));
    f.queue.push(InputEvent::button(0, false, t + 0.01));
    f.queue.push(InputEvent::button(0, true, t + 0.06));
    f.queue.push(InputEvent::button(0, false, t + 0.07));
    for (int i = 0; i < 8; ++i) f.step(draw);
    CHECK(signedCount == 1);
    CHECK(delivered == 0);
    CHECK(f.queue.empty());

    SECTION("a deliberate click once the new screen has been seen still works")
    {
        f.now += 1.0;
        f.queue.push(InputEvent::button(0, true, f.now));
        f.queue.push(InputEvent::button(0, false, f.now + 0.08));
        for (int i = 0; i < 4; ++i) f.step(draw);
        CHECK(delivered == 1);
    }
}

TEST_CASE("quick taps on a button that stays put all count (a keypad)", "[ui][input][guard]")
{
    Feeder f;
    int ones = 0;
    const auto draw = [&] {
        root([&] {
            ImGui::SetCursorScreenPos(ImVec2(100, 100));
            if (ImGui::Button("1", ImVec2(80, 80))) ++ones;
        });
    };
    f.queue.push(InputEvent::move(140, 140, f.now));
    f.settle(draw);
    for (int i = 0; i < 3; ++i) {
        f.queue.push(InputEvent::button(0, true, f.now + 0.1 * i));
        f.queue.push(InputEvent::button(0, false, f.now + 0.1 * i + 0.02));
    }
    for (int i = 0; i < 10; ++i) f.step(draw);
    CHECK(ones == 3);
}

TEST_CASE("a tap that moves the pointer onto a new button works at once (a touch screen)", "[ui][input][guard]")
{
    Feeder f;
    int screen = 0, second = 0;
    const auto draw = [&] {
        root([&] {
            ImGui::SetCursorScreenPos(ImVec2(100, 100));
            if (screen == 0 && ImGui::Button("Tiếp", ImVec2(100, 50))) screen = 1;
            ImGui::SetCursorScreenPos(ImVec2(400, 300));
            if (screen == 1 && ImGui::Button("Xong", ImVec2(100, 50))) ++second;
        });
    };
    f.queue.push(InputEvent::move(150, 120, f.now));
    f.settle(draw);
    f.queue.push(InputEvent::button(0, true, f.now));
    f.queue.push(InputEvent::button(0, false, f.now + 0.05));
    for (int i = 0; i < 3; ++i) f.step(draw);
    REQUIRE(screen == 1);
    // 100 ms later the finger lands elsewhere, on the new screen's button.
    f.queue.push(InputEvent::move(450, 320, f.now + 0.1));
    f.queue.push(InputEvent::button(0, true, f.now + 0.1));
    f.queue.push(InputEvent::button(0, false, f.now + 0.15));
    for (int i = 0; i < 4; ++i) f.step(draw);
    CHECK(second == 1);
}

TEST_CASE("Ctrl+Enter pressed and released at once is seen with Ctrl down", "[ui][input]")
{
    Feeder f;
    constexpr int kLeftCtrl = 341;  // GLFW_KEY_LEFT_CONTROL
    f.queue.push(InputEvent::key(kLeftCtrl, true, false, f.now));
    f.queue.push(InputEvent::key(kEnter, true, false, f.now));
    f.queue.push(InputEvent::key(kEnter, false, false, f.now));
    f.queue.push(InputEvent::key(kLeftCtrl, false, false, f.now));
    int saves = 0;
    for (int i = 0; i < 4; ++i)
        f.step([&] { saves += ImGui::GetIO().KeyCtrl && ImGui::IsKeyPressed(kEnter, false) ? 1 : 0; });
    CHECK(saves == 1);
}

TEST_CASE("input held while a job has the state waits in the queue and acts afterwards, once", "[ui][input][worker]")
{
    Feeder f;
    int clicks = 0;
    auto draw = [&] {
        root([&] {
            if (ImGui::Button("Gọi tiếp", ImVec2(200, 60))) ++clicks;
        });
    };
    f.queue.push(InputEvent::move(100, 30, f.now));
    f.settle(draw);
    // The clerk clicks while a job runs: the frames go on, the press is not seen …
    f.queue.push(InputEvent::button(0, true, f.now));
    f.queue.push(InputEvent::button(0, false, f.now + 0.01));
    for (int i = 0; i < 5; ++i) {
        f.queue.hold(ImGui::GetIO());
        f.frame(draw);
        CHECK_FALSE(ImGui::GetIO().MouseDown[0]);
    }
    CHECK(clicks == 0);
    CHECK_FALSE(f.queue.empty());
    // … and acts on the state the job left, once.
    for (int i = 0; i < 4; ++i) f.step(draw);
    CHECK(clicks == 1);
    CHECK(f.queue.empty());
}

TEST_CASE("files dropped while a job runs are held, then handed over once and in order", "[ui][input][drop]")
{
    Feeder f;
    auto draw = [] {};
    f.queue.push(InputEvent::drop({"/tmp/a.pdf", "/tmp/b.jpg"}, f.now));
    f.queue.push(InputEvent::drop({"/tmp/c.png"}, f.now + 0.01));
    for (int i = 0; i < 3; ++i) {
        f.queue.hold(ImGui::GetIO());
        f.frame(draw);
        CHECK(f.queue.takeDropped().empty());
    }
    CHECK_FALSE(f.queue.empty());
    f.step(draw);
    CHECK(f.queue.takeDropped() == std::vector<std::string>{"/tmp/a.pdf", "/tmp/b.jpg", "/tmp/c.png"});
    f.step(draw);
    CHECK(f.queue.takeDropped().empty());
}
