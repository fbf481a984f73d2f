#include "ui/fonts.h"

#include "domain/error.h"

#include <fontconfig/fontconfig.h>
#include <imgui.h>

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
    // the pointer until the atlas is built.
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

}  // namespace motcua::ui
