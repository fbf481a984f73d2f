// The web wall's files, compiled into the binary (cmake/embed_assets.cmake): nothing is
// downloaded at build or run time, and the host serves them from memory.
#pragma once

#include <optional>
#include <string_view>

namespace motcua::server {

struct SiteAsset {
    std::string_view bytes;
    const char* contentType;
};

/// "wall.html", "wall.js", "wall.css"; nullopt for any other name.
[[nodiscard]] std::optional<SiteAsset> siteAsset(std::string_view name);

}  // namespace motcua::server
