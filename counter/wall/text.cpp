// Greedy line breaking for the wall's names (wall_text.h): words joined while they fit, a word
// wider than the line cut between characters, and "…" where the text had to stop.
#include "counter/wall/text.h"

#include <algorithm>

namespace motcua::counter {

namespace {

const std::string kEllipsis = "…";

/// Removes the last UTF-8 character of `s`.
void popChar(std::string& s)
{
    while (!s.empty() && (static_cast<unsigned char>(s.back()) & 0xC0) == 0x80) s.pop_back();
    if (!s.empty()) s.pop_back();
}

/// Length in bytes of the UTF-8 character starting at s[i].
std::size_t charLength(std::string_view s, std::size_t i)
{
    const auto c = static_cast<unsigned char>(s[i]);
    std::size_t n = c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : (c >> 3) == 0x1E ? 4 : 1;
    return std::min(n, s.size() - i);
}

std::vector<std::string> words(std::string_view text)
{
    std::vector<std::string> out;
    std::size_t i = 0;
    while (i < text.size()) {
        while (i < text.size() && text[i] == ' ') ++i;
        const std::size_t start = i;
        while (i < text.size() && text[i] != ' ') ++i;
        if (i > start) out.emplace_back(text.substr(start, i - start));
    }
    return out;
}

/// The longest prefix of `word` (whole characters, at least one) that fits in `width`.
std::size_t fittingPrefix(const std::string& word, float width, const MeasureText& measure)
{
    std::size_t end = charLength(word, 0);
    while (end < word.size()) {
        const std::size_t next = end + charLength(word, end);
        if (measure(std::string_view(word).substr(0, next)) > width) break;
        end = next;
    }
    return end;
}

}  // namespace

std::vector<std::string> fitLines(std::string_view text, float width, int maxLines, const MeasureText& measure)
{
    std::vector<std::string> lines;
    if (maxLines < 1) return lines;
    auto pending = words(text);
    std::string line;
    std::size_t w = 0;
    while (w < pending.size()) {
        const std::string candidate = line.empty() ? pending[w] : line + " " + pending[w];
        if (measure(candidate) <= width) {
            line = candidate;
            ++w;
            continue;
        }
        if (line.empty()) {  // one word wider than the line: cut it between characters
            const std::size_t cut = fittingPrefix(pending[w], width, measure);
            line = pending[w].substr(0, cut);
            pending[w] = pending[w].substr(cut);
            if (pending[w].empty()) ++w;
        }
        if (static_cast<int>(lines.size()) + 1 == maxLines) break;
        lines.push_back(line);
        line.clear();
    }
    if (w < pending.size()) {  // text left over: the last line says so
        while (!line.empty() && measure(line + kEllipsis) > width) popChar(line);
        while (!line.empty() && line.back() == ' ') line.pop_back();
        line += kEllipsis;
    }
    if (!line.empty()) lines.push_back(line);
    return lines;
}

}  // namespace motcua::counter
