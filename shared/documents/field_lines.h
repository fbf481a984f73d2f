// Template lines holding several labelled fields ("Số điện thoại: {phone}     Thư điện tử:
// {email}"), laid out as a person fills a form in (internal): side by side while they fit, a field
// that does not fit starting a line of its own, never justified.
#pragma once

#include "documents/form_texts.h"
#include "documents/sheet.h"

#include <string>
#include <string_view>
#include <vector>

namespace motcua::documents {

/// One field of a template line, with the spaces that set it apart from the one before (none for
/// the first).
struct TemplateField {
    std::string gap;
    std::string text;
};

/// The line cut at runs of three or more spaces, the gap a form leaves between two fields.
[[nodiscard]] std::vector<TemplateField> templateFields(std::string_view line);

/// The line filled in. A line of one field is an ordinary justified paragraph. Fields share a line
/// while they fit beside each other; each line of fields is left-aligned, so a long e-mail that
/// wraps leaves its line ragged instead of stretching every space on it.
void fieldParagraph(Sheet& sheet, std::string_view templateLine, const Vars& vars, const TextStyle& style, double after);

/// An e-mail address (plain text) that may break across lines only before its '@': word joiners
/// keep its dots, dashes and underscores with the characters around them. For a field of its own,
/// where it starts the line and breaks only when longer than the line.
[[nodiscard]] std::string breakableEmail(std::string_view email);
/// The same with no break at all: inside running text it moves to the next line whole.
[[nodiscard]] std::string unbrokenEmail(std::string_view email);

}  // namespace motcua::documents
