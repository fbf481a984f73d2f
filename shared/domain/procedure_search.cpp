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

/// Score of one query word inside the folded name: 0 absent, 1 inside a word, 2 word prefix,
/// 3 whole word.
int wordScore(const std::string& name, const std::string& word)
{
    int best = 0;
    for (std::size_t pos = name.find(word); pos != std::string::npos; pos = name.find(word, pos + 1)) {
        const bool starts = pos == 0 || !isWordChar(name[pos - 1]);
        const std::size_t end = pos + word.size();
        const bool ends = end == name.size() || !isWordChar(name[end]);
        best = std::max(best, starts ? (ends ? 3 : 2) : 1);
        if (best == 3) break;
    }
    return best;
}

}  // namespace

int procedureMatchScore(const Procedure& procedure, std::string_view query)
{
    const std::string q = foldForSearch(query);
    const auto qs = words(q);
    if (qs.empty()) return 1;
    if (qs.size() == 1 && qs.front() == procedure.code) return 1000;
    const std::string name = foldForSearch(procedure.name);
    int score = 0;
    for (const auto& w : qs) {
        int s = wordScore(name, w);
        if (s == 0 && procedure.code.find(w) != std::string::npos) s = 1;
        if (s == 0) return 0;
        score += s * 10;
    }
    // The whole query as one phrase, and near the start of the name, ranks higher.
    const auto phrase = name.find(q);
    if (phrase != std::string::npos) score += phrase == 0 ? 30 : 15;
    return score;
}

std::vector<Procedure> searchProcedures(const std::vector<Procedure>& procedures, std::string_view query, std::size_t limit)
{
    std::vector<std::pair<int, std::size_t>> ranked;
    for (std::size_t i = 0; i < procedures.size(); ++i)
        if (const int s = procedureMatchScore(procedures[i], query)) ranked.emplace_back(s, i);
    std::stable_sort(ranked.begin(), ranked.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
    if (limit && ranked.size() > limit) ranked.resize(limit);
    std::vector<Procedure> out;
    out.reserve(ranked.size());
    for (const auto& [score, i] : ranked) out.push_back(procedures[i]);
    return out;
}

}  // namespace motcua::domain
