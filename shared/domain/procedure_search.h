// Procedure search for the counter's intake form: every word of the query must appear in the
// folded name (or code), case and diacritics ignored, đ = d; results ranked best first.
#pragma once

#include "domain/procedure.h"

#include <string_view>
#include <vector>

namespace motcua::domain {

/// How well `procedure` matches `query`; 0 when some query word is missing or found only inside
/// another word. Higher is better: an exact code, then the exact folded name, then the query's
/// words together as a phrase, then whole words above word prefixes.
[[nodiscard]] int procedureMatchScore(const Procedure& procedure, std::string_view query);

/// The procedures matching every word of `query`, best first (ties: shorter name, then input order).
/// An empty or blank query returns them all in input order. At most `limit` (0 = no limit).
[[nodiscard]] std::vector<Procedure> searchProcedures(const std::vector<Procedure>& procedures, std::string_view query,
                                                      std::size_t limit = 0);

}  // namespace motcua::domain
