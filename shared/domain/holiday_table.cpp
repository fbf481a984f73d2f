// Parsing the holiday table CSV. A supervisor edits this file by hand or in a spreadsheet, and
// it is a fuzz target, so every check names the line and nothing assumes well-formed input.
#include "domain/holiday_table.h"

#include <array>
#include <cstddef>
#include <cstdint>
#include <map>

#include "domain/csv.h"
#include "domain/error.h"

namespace motcua::domain {

namespace {

constexpr std::size_t kColumns = 5;
// Long enough to recognise a bad value in a message, short enough to keep the message readable.
constexpr std::size_t kQuotedValueLimit = 40;

[[noreturn]] void fail(int line, const std::string& what)
{
    throw Error(ErrorCode::InvalidInput,
                "Bảng ngày nghỉ, dòng " + std::to_string(line) + ": " + what);
}

/// The line (1-based, counting LF, CRLF and lone CR as csv.cpp does) of a byte offset.
int lineOf(std::string_view text, std::size_t offset)
{
    int line = 1;
    for (std::size_t i = 0; i < offset && i < text.size(); ++i) {
        if (text[i] == '\n') ++line;
        else if (text[i] == '\r' && (i + 1 >= text.size() || text[i + 1] != '\n')) ++line;
    }
    return line;
}

struct TextProblem {
    std::size_t offset = 0;
    const char* what = "";
};

/// Checks that text is well-formed UTF-8 (no overlong forms, surrogates or code points past
/// U+10FFFF) with no control characters (C0, DEL, C1) other than the line ends CR and LF when
/// allowLineEnds. Returns the first problem, if any.
std::optional<TextProblem> checkText(std::string_view text, bool allowLineEnds)
{
    std::size_t i = 0;
    while (i < text.size()) {
        const auto lead = static_cast<unsigned char>(text[i]);
        std::uint32_t cp = 0;
        std::size_t length = 0;
        if (lead < 0x80) {
            cp = lead;
            length = 1;
        } else if (lead >= 0xC2 && lead <= 0xDF) {
            cp = lead & 0x1Fu;
            length = 2;
        } else if (lead >= 0xE0 && lead <= 0xEF) {
            cp = lead & 0x0Fu;
            length = 3;
        } else if (lead >= 0xF0 && lead <= 0xF4) {
            cp = lead & 0x07u;
            length = 4;
        } else {
            return TextProblem{i, "không phải UTF-8 hợp lệ"};
        }
        if (length > text.size() - i)
            return TextProblem{i, "không phải UTF-8 hợp lệ (ký tự bị cắt cụt)"};
        for (std::size_t k = 1; k < length; ++k) {
            const auto next = static_cast<unsigned char>(text[i + k]);
            if ((next & 0xC0u) != 0x80u) return TextProblem{i, "không phải UTF-8 hợp lệ"};
            cp = (cp << 6) | (next & 0x3Fu);
        }
        // Overlong three- and four-byte forms, UTF-16 surrogates, and beyond Unicode.
        if ((length == 3 && cp < 0x800) || (length == 4 && cp < 0x10000) ||
            (cp >= 0xD800 && cp <= 0xDFFF) || cp > 0x10FFFF)
            return TextProblem{i, "không phải UTF-8 hợp lệ"};
        const bool lineEnd = cp == '\n' || cp == '\r';
        if ((cp < 0x20 && !(allowLineEnds && lineEnd)) || (cp >= 0x7F && cp <= 0x9F))
            return TextProblem{i, "có ký tự điều khiển"};
        i += length;
    }
    return std::nullopt;
}

std::string_view trim(std::string_view s)
{
    while (!s.empty() && s.front() == ' ') s.remove_prefix(1);
    while (!s.empty() && s.back() == ' ') s.remove_suffix(1);
    return s;
}

std::string asciiLower(std::string_view s)
{
    std::string out(s);
    for (char& c : out)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return out;
}

/// A field's value for an error message: quoted, and cut (on a character boundary) if long.
std::string quoted(std::string_view value)
{
    // Built with append: GCC 12 at -O3 misreads `"\"" + std::string(…)` as an overlapping copy
    // (-Wrestrict), which -Werror in CI would turn into a failed build.
    std::string out = "\"";
    if (value.size() > kQuotedValueLimit) {
        std::size_t cut = kQuotedValueLimit;
        // Step back over UTF-8 continuation bytes so the cut never splits a character.
        while (cut > 0 && (static_cast<unsigned char>(value[cut]) & 0xC0u) == 0x80u) --cut;
        out.append(value.substr(0, cut));
        out.append("…");
    } else {
        out.append(value);
    }
    out.append("\"");
    return out;
}

/// Restates a csv.cpp quoting error ("CSV line N: …") in the table's own words.
[[noreturn]] void failCsv(std::string_view message)
{
    constexpr std::string_view kPrefix = "CSV line ";
    int line = 0;
    if (message.substr(0, kPrefix.size()) == kPrefix) {
        for (std::size_t i = kPrefix.size(); i < message.size() && message[i] >= '0' &&
                                             message[i] <= '9' && line < 100000000;
             ++i)
            line = line * 10 + (message[i] - '0');
    }
    const bool unclosed = message.find("never closed") != std::string_view::npos;
    const std::string what = unclosed ? "dấu ngoặc kép mở mà không đóng"
                                      : "dấu ngoặc kép nằm giữa một ô không mở bằng ngoặc kép";
    if (line > 0) fail(line, what);
    throw Error(ErrorCode::InvalidInput, "Bảng ngày nghỉ: " + what);
}

}  // namespace

const char* dayKindName(DayKind kind)
{
    switch (kind) {
    case DayKind::Normal: return "normal";
    case DayKind::Holiday: return "holiday";
    case DayKind::Workday: return "workday";
    }
    return "normal";
}

std::optional<DayKind> parseDayKind(std::string_view text)
{
    for (const DayKind kind : {DayKind::Normal, DayKind::Holiday, DayKind::Workday})
        if (text == dayKindName(kind)) return kind;
    return std::nullopt;
}

std::vector<HolidayRow> parseHolidayTable(std::string_view csvText)
{
    // Check the raw text first, so that every later message can quote fields safely.
    if (const auto problem = checkText(csvText, true))
        fail(lineOf(csvText, problem->offset), problem->what);

    std::vector<CsvLine> lines;
    try {
        lines = parseCsvWithLines(csvText);
    } catch (const Error& e) {
        failCsv(e.what());
    }
    if (lines.empty()) fail(1, "thiếu dòng tiêu đề " + std::string(kHolidayTableHeader));

    static constexpr std::array<std::string_view, kColumns> kHeader = {"date", "kind", "name",
                                                                       "source", "verified"};
    const CsvLine& header = lines.front();
    bool headerOk = header.fields.size() == kColumns;
    for (std::size_t c = 0; headerOk && c < kColumns; ++c)
        headerOk = asciiLower(trim(header.fields[c])) == kHeader[c];
    if (!headerOk)
        fail(header.line, "dòng đầu phải là tiêu đề " + std::string(kHolidayTableHeader));

    std::vector<HolidayRow> rows;
    std::map<std::int64_t, int> lineOfDate;
    for (std::size_t r = 1; r < lines.size(); ++r) {
        const CsvLine& line = lines[r];
        const auto& f = line.fields;
        if (f.size() != kColumns)
            fail(line.line, "cần " + std::to_string(kColumns) + " cột (" +
                                std::string(kHolidayTableHeader) + ") nhưng có " +
                                std::to_string(f.size()));
        // A quoted field can carry a line break; a table cell must not.
        for (const auto& field : f)
            if (checkText(field, false)) fail(line.line, "có ký tự điều khiển trong một ô");

        const std::string_view dateText = trim(f[0]);
        const std::optional<Date> date = parseDate(dateText);
        if (!date)
            fail(line.line, "ngày " + quoted(dateText) +
                                " không hợp lệ (cần dạng YYYY-MM-DD và là ngày có thật)");

        const std::string kindText = asciiLower(trim(f[1]));
        const std::optional<DayKind> kind = parseDayKind(kindText);
        if (!kind || *kind == DayKind::Normal)
            fail(line.line, "loại ngày " + quoted(trim(f[1])) +
                                " không hợp lệ (chỉ dùng holiday — ngày nghỉ, hoặc workday — "
                                "ngày làm bù)");

        const std::string_view name = trim(f[2]);
        if (name.empty()) fail(line.line, "thiếu tên ngày (cột name)");

        const std::string verifiedText = asciiLower(trim(f[4]));
        if (verifiedText != "yes" && verifiedText != "no")
            fail(line.line, "cột verified là " + quoted(trim(f[4])) + ", phải là yes hoặc no");

        const auto [it, inserted] = lineOfDate.emplace(date->toDays(), line.line);
        if (!inserted)
            fail(line.line, "ngày " + date->iso() + " đã có ở dòng " + std::to_string(it->second));

        rows.push_back(HolidayRow{*date, *kind, std::string(name), std::string(trim(f[3])),
                                  verifiedText == "yes"});
    }
    return rows;
}

}  // namespace motcua::domain
