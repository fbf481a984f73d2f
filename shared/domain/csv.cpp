#include "domain/csv.h"

#include "domain/error.h"

namespace motcua::domain {

std::vector<CsvLine> parseCsvWithLines(std::string_view text)
{
    if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
    std::vector<CsvLine> rows;
    CsvLine row;
    std::string field;
    bool inQuotes = false;
    bool fieldStarted = false;  // the row has content (so a blank line is not a row)
    int line = 1;
    int quoteLine = 0;
    row.line = 1;
    auto endField = [&] {
        row.fields.push_back(std::move(field));
        field.clear();
    };
    auto endRow = [&] {
        if (fieldStarted || !row.fields.empty()) {
            endField();
            rows.push_back(std::move(row));
        }
        row = CsvLine{};
        fieldStarted = false;
    };
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (inQuotes) {
            if (c == '"') {
                if (i + 1 < text.size() && text[i + 1] == '"') {
                    field += '"';
                    ++i;
                } else {
                    inQuotes = false;
                }
            } else {
                if (c == '\n') ++line;
                field += c;
            }
            continue;
        }
        if (!fieldStarted && row.fields.empty()) row.line = line;
        if (c == '"') {
            if (!field.empty())
                throw Error(ErrorCode::InvalidInput,
                            "CSV line " + std::to_string(line) + ": a quote inside an unquoted field");
            inQuotes = true;
            quoteLine = line;
            fieldStarted = true;
        } else if (c == ',') {
            fieldStarted = true;
            endField();
        } else if (c == '\r') {
            if (i + 1 < text.size() && text[i + 1] == '\n') continue;
            endRow();
            ++line;
        } else if (c == '\n') {
            endRow();
            ++line;
        } else {
            fieldStarted = true;
            field += c;
        }
    }
    if (inQuotes)
        throw Error(ErrorCode::InvalidInput,
                    "CSV line " + std::to_string(quoteLine) + ": a quoted field is never closed");
    endRow();
    return rows;
}

std::vector<CsvRow> parseCsv(std::string_view text)
{
    std::vector<CsvRow> out;
    for (auto& l : parseCsvWithLines(text)) out.push_back(std::move(l.fields));
    return out;
}

std::string csvField(std::string_view v)
{
    if (v.find_first_of(",\"\r\n") == std::string_view::npos) return std::string(v);
    std::string out = "\"";
    for (char c : v) {
        if (c == '"') out += '"';
        out += c;
    }
    out += '"';
    return out;
}

std::string csvLine(const CsvRow& row)
{
    std::string out;
    for (std::size_t i = 0; i < row.size(); ++i) {
        if (i) out += ',';
        out += csvField(row[i]);
    }
    out += '\n';
    return out;
}

}  // namespace motcua::domain
