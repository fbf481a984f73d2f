#include "server/public/site_assets.h"

#include <utility>

namespace motcua::public_assets {
extern const std::pair<std::string_view, std::string_view> kEmbedded[];
}

namespace motcua::server {

std::optional<SiteAsset> siteAsset(std::string_view name)
{
    for (const auto* e = public_assets::kEmbedded; !e->first.empty(); ++e) {
        if (e->first != name) continue;
        const char* type = name.ends_with(".html") ? "text/html; charset=utf-8"
                           : name.ends_with(".js") ? "text/javascript; charset=utf-8"
                           : name.ends_with(".css") ? "text/css; charset=utf-8"
                                                    : "application/octet-stream";
        return SiteAsset{e->second, type};
    }
    return std::nullopt;
}

}  // namespace motcua::server
