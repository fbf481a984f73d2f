// Dossier codes: {office code}-{yymmdd}-{seq4}, e.g. 000.00.20.H56-241015-0007 (DOMAIN.md §5). The
// sequence widens past 9999 and never wraps; the longer forms of Thông tư 04/2025 (a two-letter
// channel prefix before the sequence) are accepted when read, and only the plain form is made.
#pragma once

#include "domain/date.h"

#include <optional>
#include <string>
#include <string_view>

namespace motcua::domain {

struct DossierCode {
    std::string office;  ///< office electronic identifier (Quyết định 20/2020/QĐ-TTg)
    Date date;           ///< date of receipt (local)
    int sequence = 0;    ///< from 1, per office per day; at least four digits, more past 9999
    std::string prefix;  ///< two capital letters before the sequence in a code read from elsewhere

    /// The plain form, without the prefix: the code this office would have given.
    [[nodiscard]] std::string str() const;
    friend bool operator==(const DossierCode&, const DossierCode&) = default;
};

/// Sequences are written with at least four digits and at most nine.
inline constexpr int kMaxDossierSequence = 999'999'999;

/// Office codes are dot-separated groups of digits and capital letters ("000.00.20.H56").
[[nodiscard]] bool isValidOfficeCode(std::string_view code);
/// Builds the plain code; throws Error(InvalidInput) for a bad office code or a sequence below 1.
[[nodiscard]] std::string makeDossierCode(std::string_view office, const Date& date, int sequence);
/// Strict parse of the plain form or a longer national form (`…-241015-TT0007`); nullopt for
/// anything that is not exactly a well-formed code of a real date.
[[nodiscard]] std::optional<DossierCode> parseDossierCode(std::string_view text);

}  // namespace motcua::domain
