// RFC 4180 CSV: the format of the holiday tables and the procedure catalog import/export.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace motcua::domain {

using CsvRow = std::vector<std::string>;

/// Parses CSV text (comma separated, "" escapes inside quotes, CRLF or LF line ends, optional
/// UTF-8 BOM). Throws motcua::Error(InvalidInput) naming the line of an unterminated quote.
/// Blank lines are skipped. Each row remembers nothing of its line: use parseCsvWithLines.
[[nodiscard]] std::vector<CsvRow> parseCsv(std::string_view text);

struct CsvLine {
    int line = 0;  ///< 1-based line number where the row starts
    CsvRow fields;
};
[[nodiscard]] std::vector<CsvLine> parseCsvWithLines(std::string_view text);

/// One CSV field, quoted when it must be.
[[nodiscard]] std::string csvField(std::string_view value);
/// One CSV line (with the trailing "\n").
[[nodiscard]] std::string csvLine(const CsvRow& row);

}  // namespace motcua::domain
