// Font discovery with fontconfig: the family must be the one asked for (fontconfig happily
// substitutes another) and must hold every precomposed Vietnamese letter.
#include "documents/fonts.h"

#include "domain/error.h"

#include <fontconfig/fontconfig.h>

#include <memory>
#include <string_view>
#include <strings.h>

namespace motcua::documents {

namespace {

struct PatternDeleter {
    void operator()(FcPattern* p) const { FcPatternDestroy(p); }
};
using Pattern = std::unique_ptr<FcPattern, PatternDeleter>;

bool coversVietnamese(FcCharSet* cs)
{
    // Latin Extended Additional holds ạ…ỹ; the rest are đ Đ ơ Ơ ư Ư and the grave/acute vowels.
    for (FcChar32 c = 0x1EA0; c <= 0x1EF9; ++c)
        if (!FcCharSetHasChar(cs, c)) return false;
    for (FcChar32 c : {0x0110U, 0x0111U, 0x01A0U, 0x01A1U, 0x01AFU, 0x01B0U, 0x00E0U, 0x00E1U, 0x00E3U, 0x00F5U, 0x0129U})
        if (!FcCharSetHasChar(cs, c)) return false;
    return true;
}

/// True if fontconfig resolves `family` to itself (not a substitute) with Vietnamese coverage.
bool usable(std::string_view family)
{
    const std::string name(family);
    Pattern pattern(FcNameParse(reinterpret_cast<const FcChar8*>(name.c_str())));
    if (!pattern) return false;
    FcConfigSubstitute(nullptr, pattern.get(), FcMatchPattern);
    FcDefaultSubstitute(pattern.get());
    FcResult result = FcResultNoMatch;
    Pattern match(FcFontMatch(nullptr, pattern.get(), &result));
    if (!match || result != FcResultMatch) return false;
    FcChar8* found = nullptr;
    if (FcPatternGetString(match.get(), FC_FAMILY, 0, &found) != FcResultMatch || !found) return false;
    if (strcasecmp(reinterpret_cast<const char*>(found), name.c_str()) != 0) return false;
    FcCharSet* cs = nullptr;
    if (FcPatternGetCharSet(match.get(), FC_CHARSET, 0, &cs) != FcResultMatch || !cs) return false;
    return coversVietnamese(cs);
}

std::string pick(std::initializer_list<std::string_view> candidates, std::string_view what)
{
    for (auto c : candidates)
        if (usable(c)) return std::string(c);
    throw Error(ErrorCode::Internal, "Không tìm thấy phông chữ " + std::string(what) +
                                         " có đủ dấu tiếng Việt; hãy cài gói fonts-noto-core");
}

FontFamilies lookUp()
{
    if (!FcInit()) throw Error(ErrorCode::Internal, "Không khởi tạo được fontconfig để tìm phông chữ");
    FontFamilies f;
    f.sans = pick({"Noto Sans", "DejaVu Sans", "Liberation Sans"}, "Noto Sans");
    f.serif = pick({"Noto Serif", "DejaVu Serif", "Liberation Serif"}, "Noto Serif");
    return f;
}

}  // namespace

const FontFamilies& documentFonts()
{
    static const FontFamilies kFonts = lookUp();
    return kFonts;
}

}  // namespace motcua::documents
