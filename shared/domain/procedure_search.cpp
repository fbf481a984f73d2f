// Procedure search: fold once, split into words, require every word, rank by how each matched.
#include "domain/procedure_search.h"

#include "domain/text.h"

#include <algorithm>
#include <sstream>

namespace motcua::domain {

namespace {

std::vector<std::string> words(std::string_view folded)
{
    std::vector<std::string> out;
    std::istringstream in{std::string(folded)};
    std::string w;
    while (in >> w) out.push_back(w);
    return out;
}

bool isWordChar(char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'); }

/// Score of one query word in the folded name: 0 absent (or only inside another word: "tu" is
/// not found in "thuy"), 2 word prefix, 3 whole word.
int wordScore(const std::string& name, const std::string& word)
{
    int best = 0;
    for (std::size_t pos = name.find(word); pos != std::string::npos; pos = name.find(word, pos + 1)) {
        if (pos != 0 && isWordChar(name[pos - 1])) continue;
        const std::size_t end = pos + word.size();
        best = std::max(best, end == name.size() || !isWordChar(name[end]) ? 3 : 2);
        if (best == 3) break;
    }
    return best;
}

/// Where the query's words stand one after another in the name, from a word start: npos if not.
std::size_t phraseAt(const std::string& name, const std::string& phrase)
{
    for (std::size_t pos = name.find(phrase); pos != std::string::npos; pos = name.find(phrase, pos + 1))
        if (pos == 0 || !isWordChar(name[pos - 1])) return pos;
    return std::string::npos;
}

std::string joined(const std::vector<std::string>& ws)
{
    std::string out;
    for (const auto& w : ws) out += (out.empty() ? "" : " ") + w;
    return out;
}

}  // namespace

int procedureMatchScore(const Procedure& procedure, std::string_view query)
{
    const auto qs = words(foldForSearch(query));
    if (qs.empty()) return 1;
    if (qs.size() == 1 && qs.front() == procedure.code) return 1000;
    const std::string name = joined(words(foldForSearch(procedure.name)));
    const std::string q = joined(qs);
    if (name == q) return 900;  // the exact name, however it was typed
    int score = 0;
    for (const auto& w : qs) {
        int s = wordScore(name, w);
        if (s == 0 && procedure.code.find(w) != std::string::npos) s = 1;
        if (s == 0) return 0;
        score += s * 10;
    }
    // The words together as typed ("khai tu" in "dang ky khai tu") rank above the same words
    // apart ("khai thac tu tu nhien"), more so at the start of the name.
    if (const auto at = phraseAt(name, q); at != std::string::npos) score += at == 0 ? 60 : 40;
    return score;
}

std::vector<Procedure> searchProcedures(const std::vector<Procedure>& procedures, std::string_view query, std::size_t limit)
{
    std::vector<std::pair<int, std::size_t>> ranked;
    for (std::size_t i = 0; i < procedures.size(); ++i)
        if (const int s = procedureMatchScore(procedures[i], query)) ranked.emplace_back(s, i);
    // Best first; among equals the shorter name (the plain procedure before its variants).
    std::stable_sort(ranked.begin(), ranked.end(), [&](const auto& a, const auto& b) {
        if (a.first != b.first) return a.first > b.first;
        return procedures[a.second].name.size() < procedures[b.second].name.size();
    });
    if (limit && ranked.size() > limit) ranked.resize(limit);
    std::vector<Procedure> out;
    out.reserve(ranked.size());
    for (const auto& [score, i] : ranked) out.push_back(procedures[i]);
    return out;
}

}  // namespace motcua::domain
