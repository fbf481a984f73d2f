// Dossier codes: {office code}-{yymmdd}-{seq4}, e.g. 000.00.20.H56-241015-0007 (DOMAIN.md §5).
#pragma once

#include "domain/date.h"

#include <optional>
#include <string>
#include <string_view>

namespace motcua::domain {

struct DossierCode {
    std::string office;  ///< office electronic identifier (Quyết định 20/2020/QĐ-TTg)
    Date date;           ///< date of receipt (local)
    int sequence = 0;    ///< 1..9999, per office per day

    [[nodiscard]] std::string str() const;
    friend bool operator==(const DossierCode&, const DossierCode&) = default;
};

inline constexpr int kMaxDossiersPerDay = 9999;

/// Office codes are dot-separated groups of digits and capital letters ("000.00.20.H56").
[[nodiscard]] bool isValidOfficeCode(std::string_view code);
/// Builds a code; throws Error(InvalidInput) for a bad office code or a sequence outside 1..9999.
[[nodiscard]] std::string makeDossierCode(std::string_view office, const Date& date, int sequence);
/// Strict parse; nullopt for anything that is not exactly a well-formed code of a real date.
[[nodiscard]] std::optional<DossierCode> parseDossierCode(std::string_view text);

}  // namespace motcua::domain
