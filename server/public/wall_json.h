// The web wall's picture as JSON (issue 14 item 4): built from Desk::wallPicture — the one picture
// both walls draw — never computed a second time. Only what the hall may see goes in: ticket
// labels, counters, masked names, dossier codes and procedures, today's figures.
#pragma once

#include "service/wall_picture.h"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace motcua::server {

/// "A,B" → {"A","B"}: the service groups' ticket prefixes for one screen of a two-screen hall
/// (capitals and digits only; anything else is dropped). Empty: every group.
[[nodiscard]] std::vector<std::string> parseGroups(std::string_view text);

/// The picture reduced to `groups` (empty: all): counters serving or last serving one of them
/// (idle counters stay on every screen), their calls, their waiting lines. Dossiers and today's
/// figures belong to the whole office and stay.
[[nodiscard]] service::WallPicture forGroups(const service::WallPicture& picture,
                                             const std::vector<std::string>& groups);

/// The address of a call's chime and announcement (a WAV the host renders).
[[nodiscard]] std::string callAudioPath(const service::RecentCall& call);

/// The page's JSON. `version` is the store's data version the picture was read at.
[[nodiscard]] nlohmann::json wallJson(const service::WallPicture& picture, std::int64_t version);

}  // namespace motcua::server
