#include "ui/widgets.h"

#include "ui/headless.h"
#include "ui/theme.h"

#include <algorithm>
#include <cmath>

namespace motcua::ui {

namespace {

std::vector<std::string>* g_textLog = nullptr;

}  // namespace

// [SECTION] text

TextLog::TextLog(std::vector<std::string>& sink) { g_textLog = &sink; }
TextLog::~TextLog() { g_textLog = nullptr; }

void logText(const std::string& text)
{
    if (g_textLog) g_textLog->push_back(text);
}

void label(const std::string& text)
{
    logText(text);
    ImGui::TextUnformatted(text.c_str());
}

void labelColored(ImU32 color, const std::string& text)
{
    ImGui::PushStyleColor(ImGuiCol_Text, color);
    label(text);
    ImGui::PopStyleColor();
}

void labelCentered(const std::string& text, ImU32 color)
{
    const float w = ImGui::CalcTextSize(text.c_str()).x;
    const float avail = ImGui::GetContentRegionAvail().x;
    if (avail > w) ImGui::SetCursorPosX(ImGui::GetCursorPosX() + (avail - w) * 0.5f);
    if (color) labelColored(color, text);
    else label(text);
}

// [SECTION] buttons

bool bigButton(const char* id, const std::string& title, const std::string& subtitle, ImVec2 size, ImU32 fill,
               ImFont* titleFont)
{
    logText(title);
    if (!subtitle.empty()) logText(subtitle);
    const ImVec2 pos = ImGui::GetCursorScreenPos();
    const bool clicked = ImGui::InvisibleButton(id, size);
    const bool hovered = ImGui::IsItemHovered();
    const bool held = ImGui::IsItemActive();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    ImVec4 c = ImGui::ColorConvertU32ToFloat4(fill);
    if (held) c = ImVec4(c.x * 0.8f, c.y * 0.8f, c.z * 0.8f, c.w);
    else if (hovered) c = ImVec4(c.x * 1.08f, c.y * 1.08f, c.z * 1.08f, c.w);
    dl->AddRectFilled(pos, ImVec2(pos.x + size.x, pos.y + size.y), ImGui::ColorConvertFloat4ToU32(c), 14.0f);
    ImFont* tf = titleFont ? titleFont : ImGui::GetFont();
    const float tfs = tf->FontSize;
    const ImVec2 ts = tf->CalcTextSizeA(tfs, size.x - 24, size.x - 24, title.c_str());
    const ImVec2 ss = subtitle.empty() ? ImVec2(0, 0) : ImGui::CalcTextSize(subtitle.c_str(), nullptr, false, size.x - 24);
    const float total = ts.y + (subtitle.empty() ? 0 : ss.y + 8);
    float y = pos.y + (size.y - total) * 0.5f;
    dl->AddText(tf, tfs, ImVec2(pos.x + (size.x - ts.x) * 0.5f, y), IM_COL32_WHITE, title.c_str(), nullptr, size.x - 24);
    if (!subtitle.empty()) {
        y += ts.y + 8;
        dl->AddText(ImGui::GetFont(), ImGui::GetFontSize(), ImVec2(pos.x + (size.x - ss.x) * 0.5f, y),
                    IM_COL32(235, 242, 250, 255), subtitle.c_str(), nullptr, size.x - 24);
    }
    return clicked;
}

// [SECTION] keypads

bool keypad(const char* id, KeypadLayout layout, std::string& text, std::size_t maxLength, float keySize, bool& enter,
            const char* deleteLabel)
{
    static const char* const kNumeric[] = {"1", "2", "3", "4", "5", "6", "7", "8", "9", "Xoá", "0", "OK"};
    static const char* const kAlpha[] = {"1", "2", "3", "4", "5", "6", "7", "8", "9", "0", "Q", "W", "E", "R",
                                         "T", "Y", "U", "I", "O", "P", "A", "S", "D", "F", "G", "H", "J", "K",
                                         "L", "-", "Z", "X", "C", "V", "B", "N", "M", ".", "Xoá", "OK"};
    const bool numeric = layout == KeypadLayout::Numeric;
    const int columns = numeric ? 3 : 10;
    const int count = numeric ? 12 : 40;
    enter = false;
    bool changed = false;
    ImGui::PushID(id);
    // Light labels: the theme's dark text is unreadable on the filled keys.
    ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(1, 1, 1, 1));
    for (int i = 0; i < count; ++i) {
        const std::string key = numeric ? kNumeric[i] : kAlpha[i];
        if (i % columns != 0) ImGui::SameLine();
        ImGui::PushID(i);
        const bool special = key == "OK" || key == "Xoá";
        if (special) ImGui::PushStyleColor(ImGuiCol_Button, key == "OK" ? ImVec4(0.08f, 0.51f, 0.27f, 1) : ImVec4(0.45f, 0.48f, 0.53f, 1));
        const bool pressed = ImGui::Button(key == "Xoá" ? deleteLabel : key.c_str(), ImVec2(keySize, keySize * 0.8f));
        recordItem(std::string(id) + ":" + key);
        if (pressed) {
            if (key == "OK") {
                enter = true;
            } else if (key == "Xoá") {
                if (!text.empty()) text.pop_back();
            } else if (text.size() < maxLength) {
                text += key;
            }
            changed = true;
        }
        if (special) ImGui::PopStyleColor();
        ImGui::PopID();
    }
    ImGui::PopStyleColor();
    ImGui::PopID();
    return changed;
}

// [SECTION] QR

void qrCode(const documents::QrMatrix& matrix, float side)
{
    const ImVec2 pos = ImGui::GetCursorScreenPos();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->AddRectFilled(pos, ImVec2(pos.x + side, pos.y + side), IM_COL32_WHITE);
    const int n = matrix.size();
    if (n > 0) {
        // Whole pixels per module keep the code sharp enough for a phone camera.
        const float m = std::max(1.0f, std::floor(side / static_cast<float>(n)));
        const float offset = (side - m * static_cast<float>(n)) * 0.5f;
        for (int y = 0; y < n; ++y)
            for (int x = 0; x < n; ++x)
                if (matrix.dark(x, y)) {
                    const float x0 = pos.x + offset + static_cast<float>(x) * m;
                    const float y0 = pos.y + offset + static_cast<float>(y) * m;
                    dl->AddRectFilled(ImVec2(x0, y0), ImVec2(x0 + m, y0 + m), IM_COL32_BLACK);
                }
    }
    ImGui::Dummy(ImVec2(side, side));
}

// [SECTION] notices

void Notices::push(std::string text, NoticeLevel level, double seconds)
{
    m_items.push_back({std::move(text), level, ImGui::GetTime() + seconds});
}

void Notices::draw()
{
    const double now = ImGui::GetTime();
    std::erase_if(m_items, [now](const Notice& n) { return n.until < now; });
    if (m_items.empty()) return;
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(ImVec2(vp->WorkPos.x + vp->WorkSize.x * 0.5f, vp->WorkPos.y + vp->WorkSize.y - 30), ImGuiCond_Always,
                            ImVec2(0.5f, 1.0f));
    ImGui::SetNextWindowBgAlpha(0.96f);
    ImGui::Begin("##notices", nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoSavedSettings |
                     ImGuiWindowFlags_NoFocusOnAppearing | ImGuiWindowFlags_NoNav | ImGuiWindowFlags_NoMove);
    for (const auto& n : m_items) {
        const ImU32 c = n.level == NoticeLevel::Error     ? colors::kDanger
                        : n.level == NoticeLevel::Warning ? colors::kPriority
                        : n.level == NoticeLevel::Success ? colors::kSuccess
                                                          : colors::kText;
        labelColored(c, n.text);
    }
    ImGui::End();
}

void beginRoot(const char* name)
{
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(vp->WorkPos);
    ImGui::SetNextWindowSize(vp->WorkSize);
    ImGui::Begin(name, nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                     ImGuiWindowFlags_NoBringToFrontOnFocus);
}

}  // namespace motcua::ui
