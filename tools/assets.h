// Assets compiled into the binary (assets/holidays, assets/catalog), by relative path.
#pragma once

#include <string>
#include <string_view>

namespace motcua::cli {

/// The embedded file's text; throws if there is no such asset.
[[nodiscard]] std::string embeddedAsset(std::string_view name);

}  // namespace motcua::cli
