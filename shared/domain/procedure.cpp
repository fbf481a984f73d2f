#include "domain/procedure.h"

#include "domain/csv.h"
#include "domain/error.h"
#include "domain/text.h"

#include <charconv>
#include <cmath>
#include <set>

namespace motcua::domain {

namespace {

constexpr std::size_t kColumns = 12;
constexpr std::size_t kColumnsV1 = 11;  // before paper_kinds

bool parseNumber(std::string_view s, double& out)
{
    if (s.empty()) return false;
    auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), out);
    return ec == std::errc{} && p == s.data() + s.size() && std::isfinite(out);
}

bool parseInt64(std::string_view s, std::int64_t& out)
{
    if (s.empty()) return false;
    auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), out);
    return ec == std::errc{} && p == s.data() + s.size();
}

std::string formatDays(double d)
{
    char buf[32];
    std::snprintf(buf, sizeof buf, "%g", d);
    return buf;
}

constexpr const char* kColumnNames[kColumns] = {"code", "name", "field", "group", "days", "fee_vnd",
                                                "fee_note", "unit", "supplement_rule", "papers", "paper_kinds", "source"};

/// An 11-column row (kProcedureCsvHeaderV1) as a 12-column one with an empty kinds column.
std::vector<std::string> withKindsColumn(const std::vector<std::string>& f)
{
    if (f.size() != kColumnsV1) return f;
    std::vector<std::string> out(f.begin(), f.begin() + 10);
    out.emplace_back();
    out.push_back(f[10]);
    return out;
}

/// Validates the row; `col` follows the column being checked, so a failure can name it.
Procedure parseRow(const std::vector<std::string>& f, std::size_t& col)
{
    Procedure p;
    col = 0;
    p.code = f[0];
    if (!isValidProcedureCode(p.code))
        throw Error(ErrorCode::InvalidInput, "mã thủ tục \"" + f[0] + "\" không đúng dạng (ví dụ 1.001193)");
    col = 1;
    p.name = cleanText(f[1], "tên thủ tục", 300);
    col = 2;
    p.field = cleanText(f[2], "lĩnh vực", 100);
    col = 3;
    p.group = f[3];
    if (!isValidGroupCode(p.group))
        throw Error(ErrorCode::InvalidInput, "mã nhóm dịch vụ \"" + f[3] + "\" phải gồm 1–8 chữ in hoa hoặc chữ số");
    col = 4;
    if (!parseNumber(f[4], p.days) || p.days < 0 || p.days > 365)
        throw Error(ErrorCode::InvalidInput, "thời hạn \"" + f[4] + "\" phải là số ngày làm việc từ 0 đến 365");
    col = 5;
    if (!parseInt64(f[5], p.feeVnd) || p.feeVnd < 0 || p.feeVnd > 1'000'000'000)
        throw Error(ErrorCode::InvalidInput, "lệ phí \"" + f[5] + "\" phải là số đồng, không âm");
    col = 6;
    p.feeNote = cleanText(f[6], "ghi chú lệ phí", 500, true);
    col = 7;
    p.unit = cleanText(f[7], "cơ quan xử lý", 200, true);
    col = 8;
    if (f[8] == "pause" || f[8].empty()) p.supplementRule = SupplementRule::Pause;
    else if (f[8] == "restart") p.supplementRule = SupplementRule::Restart;
    else throw Error(ErrorCode::InvalidInput, "quy tắc bổ sung \"" + f[8] + "\" chỉ nhận pause hoặc restart");
    col = 9;
    std::vector<std::string> texts;
    for (const auto& paper : splitPapers(f[9])) texts.push_back(cleanText(paper, "giấy tờ", 300));
    col = 10;
    p.papers = catalogPapers(joinPapers(texts), f[10]);
    col = 11;
    p.source = cleanText(f[11], "nguồn", 500, true);
    return p;
}

}  // namespace

bool isValidProcedureCode(std::string_view code)
{
    const auto dot = code.find('.');
    if (dot == std::string_view::npos || dot == 0 || dot > 3 || code.size() - dot - 1 < 3 || code.size() > 16)
        return false;
    for (std::size_t i = 0; i < code.size(); ++i)
        if (i != dot && (code[i] < '0' || code[i] > '9')) return false;
    return true;
}

bool isValidGroupCode(std::string_view code)
{
    if (code.empty() || code.size() > 8) return false;
    for (char c : code)
        if (!((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))) return false;
    return true;
}

std::vector<std::string> procedureFields(const Procedure& p)
{
    return {p.code, p.name, p.field, p.group, formatDays(p.days), std::to_string(p.feeVnd),
            p.feeNote, p.unit, supplementRuleName(p.supplementRule), joinPaperTexts(p.papers), joinPaperKinds(p.papers),
            p.source};
}

Procedure parseProcedureFields(const std::vector<std::string>& fields, std::string* column)
{
    if (fields.size() != kColumns && fields.size() != kColumnsV1)
        throw Error(ErrorCode::InvalidInput, "Thủ tục cần " + std::to_string(kColumns) + " cột");
    std::size_t col = 0;
    try {
        return parseRow(withKindsColumn(fields), col);
    } catch (const Error&) {
        if (column) *column = kColumnNames[col];
        throw;
    }
}

const char* supplementRuleName(SupplementRule r) { return r == SupplementRule::Restart ? "restart" : "pause"; }

std::vector<std::string> splitPapers(std::string_view text)
{
    std::vector<std::string> out;
    std::size_t start = 0;
    while (start <= text.size()) {
        const auto bar = text.find('|', start);
        std::string_view item = text.substr(start, bar == std::string_view::npos ? std::string_view::npos : bar - start);
        while (!item.empty() && item.front() == ' ') item.remove_prefix(1);
        while (!item.empty() && item.back() == ' ') item.remove_suffix(1);
        if (!item.empty()) out.emplace_back(item);
        if (bar == std::string_view::npos) break;
        start = bar + 1;
    }
    return out;
}

std::string joinPapers(const std::vector<std::string>& papers)
{
    std::string out;
    for (const auto& p : papers) {
        if (!out.empty()) out += " | ";
        out += p;
    }
    return out;
}

std::string joinPaperTexts(const std::vector<CatalogPaper>& papers)
{
    std::vector<std::string> texts;
    texts.reserve(papers.size());
    for (const auto& p : papers) texts.push_back(p.text);
    return joinPapers(texts);
}

std::string joinPaperKinds(const std::vector<CatalogPaper>& papers)
{
    std::vector<std::string> kinds;
    kinds.reserve(papers.size());
    for (const auto& p : papers) kinds.emplace_back(paperKindName(p.kind));
    return joinPapers(kinds);
}

std::vector<CatalogPaper> catalogPapers(std::string_view papers, std::string_view kinds)
{
    const auto texts = splitPapers(papers);
    const auto names = splitPapers(kinds);
    if (!names.empty() && names.size() != texts.size())
        throw Error(ErrorCode::InvalidInput, "loại giấy tờ có " + std::to_string(names.size()) + " mục nhưng danh mục có " +
                                                 std::to_string(texts.size()) + " giấy tờ (mỗi giấy tờ một loại, cách nhau bằng |)");
    std::vector<CatalogPaper> out;
    for (std::size_t i = 0; i < texts.size(); ++i) {
        PaperKind kind = inferPaperKind(texts[i]);
        if (!names.empty()) {
            const auto k = parsePaperKind(names[i]);
            if (!k)
                throw Error(ErrorCode::InvalidInput, "loại giấy tờ \"" + names[i] + "\" chỉ nhận required, conditional hoặc shown");
            kind = *k;
        }
        out.push_back({texts[i], kind});
    }
    return out;
}

ProcedureImport parseProcedureCsv(std::string_view text)
{
    if (!isValidUtf8(text)) throw Error(ErrorCode::InvalidInput, "Tệp CSV không phải UTF-8 hợp lệ");
    const auto lines = parseCsvWithLines(text);
    const std::string header = lines.empty() ? std::string() : csvLine(lines.front().fields);
    const bool v1 = header == std::string(kProcedureCsvHeaderV1) + "\n";  // an older export: kinds inferred
    if (!v1 && header != std::string(kProcedureCsvHeader) + "\n")
        throw Error(ErrorCode::InvalidInput,
                    std::string("Dòng tiêu đề của tệp thủ tục phải là: ") + kProcedureCsvHeader);
    const std::size_t columns = v1 ? kColumnsV1 : kColumns;
    ProcedureImport result;
    std::set<std::string> seen;
    for (std::size_t i = 1; i < lines.size(); ++i) {
        const auto& l = lines[i];
        const std::string where = "Dòng " + std::to_string(l.line) + ": ";
        const int line = static_cast<int>(l.line);
        if (l.fields.size() != columns) {
            const std::string why = "có " + std::to_string(l.fields.size()) + " cột, cần " + std::to_string(columns);
            result.errors.push_back(where + why);
            result.rowErrors.push_back({line, {}, why});
            continue;
        }
        std::size_t col = 0;
        try {
            Procedure p = parseRow(withKindsColumn(l.fields), col);
            if (!seen.insert(p.code).second) {
                result.errors.push_back(where + "mã thủ tục " + p.code + " bị lặp");
                result.rowErrors.push_back({line, kColumnNames[0], "mã thủ tục " + p.code + " bị lặp"});
                continue;
            }
            result.procedures.push_back(std::move(p));
            result.procedureLines.push_back(line);
        } catch (const Error& e) {
            result.errors.push_back(where + e.what());
            result.rowErrors.push_back({line, kColumnNames[col], e.what()});
        }
    }
    return result;
}

std::string procedureCsv(const std::vector<Procedure>& procedures)
{
    std::string out = std::string(kProcedureCsvHeader) + "\n";
    for (const auto& p : procedures)
        out += csvLine(procedureFields(p));
    return out;
}

}  // namespace motcua::domain
