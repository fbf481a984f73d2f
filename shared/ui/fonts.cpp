#include "ui/fonts.h"

#include "domain/error.h"

#include <fontconfig/fontconfig.h>
#include <imgui.h>
#include <imgui_internal.h>  // ImTextCharFromUtf8

namespace motcua::ui {

std::string findVietnameseFont(bool bold)
{
    FcConfig* config = FcInitLoadConfigAndFonts();
    if (!config) throw Error(ErrorCode::Internal, "Không khởi tạo được fontconfig");
    FcPattern* pattern = FcNameParse(reinterpret_cast<const FcChar8*>(bold ? "Noto Sans:lang=vi:weight=bold" : "Noto Sans:lang=vi"));
    FcConfigSubstitute(config, pattern, FcMatchPattern);
    FcDefaultSubstitute(pattern);
    FcResult result = FcResultNoMatch;
    FcPattern* match = FcFontMatch(config, pattern, &result);
    std::string file;
    if (match) {
        FcChar8* path = nullptr;
        FcLangSet* langs = nullptr;
        const bool vietnamese = FcPatternGetLangSet(match, FC_LANG, 0, &langs) == FcResultMatch &&
                                FcLangSetHasLang(langs, reinterpret_cast<const FcChar8*>("vi")) != FcLangDifferentLang;
        if (vietnamese && FcPatternGetString(match, FC_FILE, 0, &path) == FcResultMatch)
            file = reinterpret_cast<const char*>(path);
        FcPatternDestroy(match);
    }
    FcPatternDestroy(pattern);
    FcConfigDestroy(config);
    if (file.empty())
        throw Error(ErrorCode::Internal, "Không tìm thấy phông chữ hiển thị được tiếng Việt; hãy cài gói fonts-noto-core");
    return file;
}

Fonts loadFonts(ImGuiIO& io, float scale, float bodySize, float largeSize, float hugeSize)
{
    // Vietnamese letters plus general punctuation (– “ ” …) and the đồng sign ₫. Static: ImGui keeps
    // the pointer until the atlas is built. Noto Sans has no arrows (→): text must not use them
    // (uncoveredChars finds such text in the tests).
    static ImVector<ImWchar> ranges;
    if (ranges.empty()) {
        ImFontGlyphRangesBuilder builder;
        builder.AddRanges(io.Fonts->GetGlyphRangesVietnamese());
        static const ImWchar kExtra[] = {0x2000, 0x206F, 0x20AB, 0x20AB, 0x00B7, 0x00B7, 0};
        builder.AddRanges(kExtra);
        builder.BuildRanges(&ranges);
    }
    Fonts f;
    f.file = findVietnameseFont();
    const std::string bold = findVietnameseFont(true);
    ImFontConfig cfg;
    cfg.OversampleH = 2;
    f.body = io.Fonts->AddFontFromFileTTF(f.file.c_str(), bodySize * scale, &cfg, ranges.Data);
    f.large = io.Fonts->AddFontFromFileTTF(bold.c_str(), largeSize * scale, &cfg, ranges.Data);
    // The huge face shows numbers and short labels: Basic Latin keeps its atlas small.
    ImFontConfig hugeCfg;
    hugeCfg.OversampleH = 1;
    f.huge = io.Fonts->AddFontFromFileTTF(bold.c_str(), hugeSize * scale, &hugeCfg, io.Fonts->GetGlyphRangesDefault());
    if (!f.body || !f.large || !f.huge) throw Error(ErrorCode::Internal, "Không nạp được phông chữ " + f.file);
    io.FontDefault = f.body;
    return f;
}

std::u32string uncoveredChars(const ImFont& font, std::string_view utf8)
{
    std::u32string missing;
    const char* p = utf8.data();
    const char* const end = p + utf8.size();
    while (p < end) {
        unsigned int c = 0;
        const int n = ImTextCharFromUtf8(&c, p, end);
        if (n <= 0) break;
        p += n;
        if (c < 0x20) continue;  // control characters are not drawn
        if (!font.FindGlyphNoFallback(static_cast<ImWchar>(c)) && missing.find(c) == std::u32string::npos)
            missing.push_back(c);
    }
    return missing;
}

}  // namespace motcua::ui
