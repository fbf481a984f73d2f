// How `motcua` prints things: JSON objects for --json (the contract scripts and tests rely on)
// and short Vietnamese text otherwise. Times are "YYYY-MM-DD HH:MM" local.
#pragma once

#include "domain/entities.h"
#include "domain/procedure.h"
#include "service/desk.h"

#include <nlohmann/json.hpp>

#include <iosfwd>
#include <optional>

namespace motcua::cli {

using Json = nlohmann::ordered_json;

[[nodiscard]] Json timeJson(std::optional<domain::Instant> t);
[[nodiscard]] Json ticketJson(const domain::Ticket& t);
[[nodiscard]] Json summaryJson(const service::DossierSummary& s);
/// `signByLeftSeconds`: working time left before the slip's sign-by time, when the caller knows it.
[[nodiscard]] Json apologyJson(const domain::Apology& a, std::optional<std::int64_t> signByLeftSeconds = std::nullopt);
[[nodiscard]] Json procedureJson(const domain::Procedure& p);
[[nodiscard]] Json detailJson(const domain::DossierDetail& d);
[[nodiscard]] Json feeLineJson(const domain::FeeLine& l);

void printJson(std::ostream& os, const Json& j);
/// Pads a UTF-8 string to `width` columns (code points) for text tables.
[[nodiscard]] std::string pad(const std::string& s, std::size_t width);

}  // namespace motcua::cli
