#include "assets.h"

#include "domain/error.h"

#include <utility>

namespace motcua::assets {
extern const std::pair<std::string_view, std::string_view> kEmbedded[];
}

namespace motcua::cli {

std::string embeddedAsset(std::string_view name)
{
    for (const auto* e = assets::kEmbedded; !e->first.empty(); ++e)
        if (e->first == name) return std::string(e->second);
    throw Error(ErrorCode::Internal, "Thiếu tài nguyên nhúng " + std::string(name));
}

}  // namespace motcua::cli
