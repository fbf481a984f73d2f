// Lines of labelled fields on a page form: packed left to right, wrapped field by field.
#include "documents/field_lines.h"

#include <utility>

namespace motcua::documents {

namespace {

constexpr std::size_t kFieldGap = 3;  ///< spaces in a row that separate two fields

std::string emailText(std::string_view email, std::string_view beforeAt)
{
    static constexpr std::string_view kJoiner = "\u2060";
    std::string out;
    for (std::size_t i = 0; i < email.size(); ++i) {
        const char c = email[i];
        if (c == '@' && i > 0) out += beforeAt;
        out += c;
        const bool last = i + 1 == email.size();
        if (!last && (c == '.' || c == '-' || c == '_' || c == '+')) out += kJoiner;
    }
    return out;
}

}  // namespace

std::vector<TemplateField> templateFields(std::string_view line)
{
    std::vector<TemplateField> fields(1);
    std::size_t i = 0;
    while (i < line.size()) {
        std::size_t run = 0;
        while (i + run < line.size() && line[i + run] == ' ') ++run;
        if (run >= kFieldGap && !fields.back().text.empty() && i + run < line.size()) {
            fields.push_back({std::string(line.substr(i, run)), {}});
            i += run;
        } else if (run > 0) {
            fields.back().text.append(line.substr(i, run));
            i += run;
        } else {
            fields.back().text += line[i++];
        }
    }
    return fields;
}

void fieldParagraph(Sheet& sheet, std::string_view templateLine, const Vars& vars, const TextStyle& style, double after)
{
    const auto fields = templateFields(templateLine);
    if (fields.size() < 2) return sheet.paragraph(fillMarkup(templateLine, vars), style, 0, after);
    TextStyle left = style;
    left.align = Align::Left;
    std::string line;
    for (const auto& f : fields) {
        std::string text = fillMarkup(f.text, vars);
        if (line.empty()) {
            line = std::move(text);
            continue;
        }
        std::string joined = line;
        joined.append(f.gap).append(text);
        if (sheet.painter().naturalWidth(joined, left) <= sheet.widthBesideFloat()) {
            line = std::move(joined);
            continue;
        }
        sheet.paragraph(line, left);  // as close as the wrapped lines of one paragraph
        line = std::move(text);
    }
    sheet.paragraph(line, left, 0, after);
}

std::string breakableEmail(std::string_view email) { return emailText(email, "\u200b"); }

std::string unbrokenEmail(std::string_view email) { return emailText(email, "\u2060"); }

}  // namespace motcua::documents
