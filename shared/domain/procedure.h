// Administrative procedures (thủ tục hành chính) of the catalog, and the CSV format the catalog
// is imported from and exported to (assets/catalog/procedures.csv).
#pragma once

#include "domain/papers.h"
#include "domain/work_calendar.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace motcua::domain {

struct Procedure {
    std::string code;        ///< national procedure code, e.g. "1.001193"
    std::string name;        ///< "Đăng ký khai sinh"
    std::string field;       ///< lĩnh vực, e.g. "Hộ tịch"
    std::string group;       ///< service group (queue) code at this office, e.g. "HT"
    double days = 0;         ///< processing time in working days; 0 = trong ngày
    std::int64_t feeVnd = 0;
    std::string feeNote;
    std::string unit;        ///< processing unit (cơ quan chủ trì)
    SupplementRule supplementRule = SupplementRule::Pause;
    std::vector<CatalogPaper> papers;  ///< in the catalog's order, each required/conditional/shown
    std::string source;      ///< where the figures come from
};

inline constexpr const char* kProcedureCsvHeader =
    "code,name,field,group,days,fee_vnd,fee_note,unit,supplement_rule,papers,paper_kinds,source";
/// The header before paper kinds (11 columns): still imported, each kind inferred from its text.
inline constexpr const char* kProcedureCsvHeaderV1 =
    "code,name,field,group,days,fee_vnd,fee_note,unit,supplement_rule,papers,source";

/// National procedure codes look like "1.001193" or "2.000908".
[[nodiscard]] bool isValidProcedureCode(std::string_view code);
/// Service-group codes: 1–8 capital letters or digits ("HT", "DD").
[[nodiscard]] bool isValidGroupCode(std::string_view code);

[[nodiscard]] const char* supplementRuleName(SupplementRule r);  // "pause" | "restart"

/// One bad row of an import, for a table: the CSV line, the column (its header name, empty when
/// the whole row is wrong) and what is wrong, in Vietnamese.
struct ProcedureRowError {
    int line = 0;
    std::string column;
    std::string message;
};

struct ProcedureImport {
    std::vector<Procedure> procedures;  ///< the rows that are valid
    std::vector<std::string> errors;    ///< one Vietnamese line per bad row ("Dòng 7: …")
    std::vector<ProcedureRowError> rowErrors;  ///< the same problems, structured
    std::vector<int> procedureLines;           ///< the CSV line of each valid procedure
};

/// The 12 columns of one procedure as CSV text (kProcedureCsvHeader's order).
[[nodiscard]] std::vector<std::string> procedureFields(const Procedure& p);
/// Validates and normalises the 12 columns (or the 11 of kProcedureCsvHeaderV1) of one procedure by the import's rules. Throws
/// Error(InvalidInput); when `column` is given it receives the failing column's header name.
[[nodiscard]] Procedure parseProcedureFields(const std::vector<std::string>& fields, std::string* column = nullptr);

/// Parses and validates every row; never throws for row content (errors are collected),
/// throws Error(InvalidInput) only if the header is wrong or the CSV itself is malformed.
[[nodiscard]] ProcedureImport parseProcedureCsv(std::string_view text);
[[nodiscard]] std::string procedureCsv(const std::vector<Procedure>& procedures);
/// The "papers" column: items separated by " | ".
[[nodiscard]] std::vector<std::string> splitPapers(std::string_view text);
[[nodiscard]] std::string joinPapers(const std::vector<std::string>& papers);
/// The "papers" and "paper_kinds" columns of a catalog list.
[[nodiscard]] std::string joinPaperTexts(const std::vector<CatalogPaper>& papers);
[[nodiscard]] std::string joinPaperKinds(const std::vector<CatalogPaper>& papers);
/// Pairs the two columns; an empty kinds column infers each kind (inferPaperKind). Throws
/// Error(InvalidInput) for an unknown kind or a count that does not match the papers.
[[nodiscard]] std::vector<CatalogPaper> catalogPapers(std::string_view papers, std::string_view kinds);

}  // namespace motcua::domain
