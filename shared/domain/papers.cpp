#include "domain/papers.h"

#include "domain/text.h"

#include <set>

namespace motcua::domain {

namespace {

bool hasWordNeu(std::string_view s)
{
    for (const std::string_view w : {std::string_view("nếu"), std::string_view("Nếu")}) {
        for (auto at = s.find(w); at != std::string_view::npos; at = s.find(w, at + 1)) {
            const bool startOk = at == 0 || s[at - 1] == ' ' || s[at - 1] == '(';
            const auto end = at + w.size();
            const bool endOk = end == s.size() || s[end] == ' ' || s[end] == ')' || s[end] == ',';
            if (startOk && endOk) return true;
        }
    }
    return false;
}

char formLetter(PaperForm f)
{
    return f == PaperForm::Copy ? 'c' : f == PaperForm::CertifiedCopy ? 't' : 'o';
}

}  // namespace

const char* paperKindName(PaperKind k)
{
    switch (k) {
    case PaperKind::Conditional: return "conditional";
    case PaperKind::Shown: return "shown";
    case PaperKind::Required: break;
    }
    return "required";
}

const char* paperKindLabel(PaperKind k)
{
    switch (k) {
    case PaperKind::Conditional: return "nếu có";
    case PaperKind::Shown: return "xuất trình";
    case PaperKind::Required: break;
    }
    return "bắt buộc";
}

std::optional<PaperKind> parsePaperKind(std::string_view name)
{
    if (name == "required") return PaperKind::Required;
    if (name == "conditional") return PaperKind::Conditional;
    if (name == "shown") return PaperKind::Shown;
    return std::nullopt;
}

PaperKind inferPaperKind(std::string_view text)
{
    if (text.find("xuất trình") != std::string_view::npos) return PaperKind::Shown;
    if (text.find("(nếu") != std::string_view::npos) return PaperKind::Conditional;
    const auto dash = text.find(" – ");
    if (hasWordNeu(text.substr(0, dash))) return PaperKind::Conditional;
    return PaperKind::Required;
}

const char* paperFormName(PaperForm f)
{
    switch (f) {
    case PaperForm::Copy: return "copy";
    case PaperForm::CertifiedCopy: return "certified";
    case PaperForm::Original: break;
    }
    return "original";
}

const char* paperFormLabel(PaperForm f)
{
    switch (f) {
    case PaperForm::Copy: return "Bản sao";
    case PaperForm::CertifiedCopy: return "Bản sao có chứng thực";
    case PaperForm::Original: break;
    }
    return "Bản chính";
}

std::optional<PaperForm> parsePaperForm(std::string_view name)
{
    if (name == "original") return PaperForm::Original;
    if (name == "copy") return PaperForm::Copy;
    if (name == "certified") return PaperForm::CertifiedCopy;
    return std::nullopt;
}

PaperTextParts splitPaperText(std::string_view text)
{
    PaperTextParts p{std::string(text), {}, std::nullopt, 0};
    if (const auto comma = p.name.rfind(", "); comma != std::string::npos) {
        const auto tail = p.name.substr(comma + 2);
        if (!tail.empty() && tail.size() <= 2 && tail.find_first_not_of("0123456789") == std::string::npos) {
            p.quantity = std::stoi(tail);
            p.name.resize(comma);
        }
    }
    if (!p.name.empty() && p.name.back() == ')') {
        if (const auto open = p.name.rfind(" ("); open != std::string::npos) {
            const auto folded = foldForSearch(p.name.substr(open + 2, p.name.size() - open - 3));
            if (folded == "ban chinh") p.form = PaperForm::Original;
            else if (folded == "ban sao") p.form = PaperForm::Copy;
            else if (folded == "ban sao co chung thuc") p.form = PaperForm::CertifiedCopy;
            if (p.form) p.formLabel = paperFormLabel(*p.form);
            else if (folded == "ban chinh hoac ban sao") p.formLabel = "Bản chính hoặc bản sao";
            if (!p.formLabel.empty()) p.name.resize(open);
        }
    }
    return p;
}

PaperEntry defaultPaperEntry(const CatalogPaper& paper)
{
    const auto parts = splitPaperText(paper.text);
    PaperEntry e;
    e.form = parts.form.value_or(PaperForm::Original);
    e.quantity = parts.quantity > 0 ? parts.quantity : 1;
    e.shown = paper.kind == PaperKind::Shown;
    return e;
}

std::vector<SubmittedPaper> submittedPapers(const std::vector<CatalogPaper>& catalog, const std::vector<PaperEntry>& entries)
{
    std::vector<SubmittedPaper> out;
    for (std::size_t i = 0; i < catalog.size() && i < entries.size(); ++i) {
        const auto& e = entries[i];
        if (!e.given) continue;
        out.push_back({static_cast<int>(i), splitPaperText(catalog[i].text).name, catalog[i].kind, e.form, e.quantity, e.shown});
    }
    return out;
}

std::string encodePaperEntries(const std::vector<PaperEntry>& entries)
{
    std::string out;
    for (const auto& e : entries) {
        if (!out.empty()) out += ',';
        if (!e.given) out += '-';
        else if (e.shown) out += 's';
        else out += formLetter(e.form) + std::to_string(e.quantity);
    }
    return out;
}

std::vector<PaperEntry> decodePaperEntries(std::string_view text)
{
    std::vector<PaperEntry> out;
    if (text.find_first_not_of("01") == std::string_view::npos) {  // a draft saved before paper details
        for (const char c : text) out.push_back({c == '1', PaperForm::Original, 1, false});
        return out;
    }
    std::size_t start = 0;
    while (start <= text.size()) {
        const auto comma = text.find(',', start);
        const auto token = text.substr(start, comma == std::string_view::npos ? std::string_view::npos : comma - start);
        PaperEntry e;
        if (!token.empty() && token != "-") {
            e.given = true;
            if (token == "s") e.shown = true;
            else {
                e.form = token[0] == 'c' ? PaperForm::Copy : token[0] == 't' ? PaperForm::CertifiedCopy : PaperForm::Original;
                int q = 0;
                for (const char c : token.substr(1))
                    if (c >= '0' && c <= '9' && q < 1000) q = q * 10 + (c - '0');
                e.quantity = q >= 1 && q <= kMaxPaperQuantity ? q : 1;
            }
        }
        out.push_back(e);
        if (comma == std::string_view::npos) break;
        start = comma + 1;
    }
    return out;
}

std::vector<std::string> checkSubmittedPapers(const std::vector<CatalogPaper>& catalog, std::vector<SubmittedPaper>& papers)
{
    std::vector<std::string> problems;
    std::set<int> seen;
    for (auto& p : papers) {
        if (p.index < 0 || static_cast<std::size_t>(p.index) >= catalog.size()) {
            problems.push_back("Giấy tờ số " + std::to_string(p.index + 1) + " không có trong danh mục của thủ tục (có " +
                               std::to_string(catalog.size()) + " giấy tờ)");
            continue;
        }
        if (!seen.insert(p.index).second) {
            problems.push_back("Giấy tờ số " + std::to_string(p.index + 1) + " được ghi hai lần");
            continue;
        }
        if (p.quantity < 1 || p.quantity > kMaxPaperQuantity)
            problems.push_back("Số lượng giấy tờ số " + std::to_string(p.index + 1) + " phải từ 1 đến " +
                               std::to_string(kMaxPaperQuantity));
        const auto& c = catalog[static_cast<std::size_t>(p.index)];
        p.name = splitPaperText(c.text).name;
        p.kind = c.kind;
    }
    for (std::size_t i = 0; i < catalog.size(); ++i)
        if (catalog[i].kind != PaperKind::Conditional && !seen.count(static_cast<int>(i)))
            problems.push_back("Còn thiếu giấy tờ bắt buộc số " + std::to_string(i + 1) + ": " +
                               splitPaperText(catalog[i].text).name + " (phải nộp hoặc xuất trình)");
    return problems;
}

std::string missingPapersText(const std::vector<CatalogPaper>& catalog, const std::vector<PaperEntry>& entries)
{
    std::string out;
    for (std::size_t i = 0; i < catalog.size(); ++i) {
        if (catalog[i].kind == PaperKind::Conditional || (i < entries.size() && entries[i].given)) continue;
        if (!out.empty()) out += "\n";
        out += catalog[i].text;
    }
    return out;
}

}  // namespace motcua::domain
