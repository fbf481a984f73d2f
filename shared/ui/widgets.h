// Touch-friendly widgets shared by the apps: big buttons with a subtitle, on-screen keypads, a
// QR code drawn from its module matrix, notices (toasts), and a log of the text drawn, so
// headless tests can assert on what a screen showed.
#pragma once

#include "documents/qr.h"

#include <imgui.h>

#include <cstdint>
#include <string>
#include <vector>

namespace motcua::ui {

// [SECTION] text
/// Draws text and records it in the text log when one is active (tests).
void label(const std::string& text);
void labelColored(ImU32 color, const std::string& text);
/// Centred horizontally in the current window.
void labelCentered(const std::string& text, ImU32 color = 0);
/// While alive, every label() is also appended to `sink` (for headless assertions).
class TextLog {
public:
    explicit TextLog(std::vector<std::string>& sink);
    ~TextLog();
    TextLog(const TextLog&) = delete;
    TextLog& operator=(const TextLog&) = delete;
};
void logText(const std::string& text);

// [SECTION] buttons
/// A large filled button with a title and an optional second line; true when clicked.
bool bigButton(const char* id, const std::string& title, const std::string& subtitle, ImVec2 size,
               ImU32 fill, ImFont* titleFont = nullptr);

// [SECTION] keypads
enum class KeypadLayout { Numeric, Alphanumeric };
/// Draws the keypad; returns true when a key was pressed and edits `text` (max `maxLength`).
/// Returns in `enter` whether the OK key was pressed. Each key is recorded for tests as
/// "<id>:<key>" (e.g. "pin:5", "pin:OK"); `deleteLabel` names the delete key on screen.
bool keypad(const char* id, KeypadLayout layout, std::string& text, std::size_t maxLength, float keySize, bool& enter,
            const char* deleteLabel = "Xoá");

// [SECTION] QR
/// Draws a QR module matrix (quiet zone included) `side` pixels wide, whole pixels per module.
void qrCode(const documents::QrMatrix& matrix, float side);

// [SECTION] notices
enum class NoticeLevel { Info, Success, Warning, Error };
struct Notice {
    std::string text;
    NoticeLevel level = NoticeLevel::Info;
    double until = 0;  ///< ImGui time when it disappears
};
class Notices {
public:
    void push(std::string text, NoticeLevel level, double seconds = 6.0);
    /// Draws the live notices at the bottom of the viewport; drops expired ones.
    void draw();
    [[nodiscard]] bool empty() const { return m_items.empty(); }
    [[nodiscard]] const std::vector<Notice>& items() const { return m_items; }

private:
    std::vector<Notice> m_items;
};

/// Full-screen root window (no decoration); call ImGui::End() after.
void beginRoot(const char* name);

}  // namespace motcua::ui
