// Loading form templates (JSON) and filling their lines.
#include "documents/form_texts.h"

#include "documents/canvas.h"
#include "domain/error.h"
#include "domain/text.h"

#include <nlohmann/json.hpp>

#include <fstream>
#include <sstream>

namespace motcua::documents {

extern const std::string_view kDefaultFormTextsJson;  // generated from assets/templates/forms.json

namespace {

using Json = nlohmann::json;

Error bad(const std::string& what) { return Error(ErrorCode::InvalidInput, "Tệp mẫu phiếu: " + what); }

std::string text(const Json& j, const std::string& where)
{
    if (!j.is_string()) throw bad(where + " phải là chuỗi");
    const auto s = j.get<std::string>();
    if (!domain::isValidUtf8(s)) throw bad(where + " không phải UTF-8");
    // Forms print NFC (precomposed letters): a template typed on another system may be NFD.
    return domain::toNfc(s);
}

std::vector<std::string> texts(const Json& j, const std::string& where)
{
    if (!j.is_array()) throw bad(where + " phải là danh sách chuỗi");
    std::vector<std::string> out;
    for (std::size_t i = 0; i < j.size(); ++i) out.push_back(text(j[i], where + "[" + std::to_string(i) + "]"));
    return out;
}

void readStrings(const Json& j, const std::string& where, std::map<std::string, std::string>& into)
{
    if (!j.is_object()) throw bad(where + " phải là đối tượng");
    for (auto it = j.begin(); it != j.end(); ++it) into[it.key()] = text(it.value(), where + "." + it.key());
}

void readForm(const Json& j, const std::string& name, FormText& f)
{
    const std::string where = "forms." + name;
    if (!j.is_object()) throw bad(where + " phải là đối tượng");
    f.name = name;
    if (j.contains("form")) f.form = text(j["form"], where + ".form");
    if (j.contains("title")) f.title = text(j["title"], where + ".title");
    if (j.contains("number")) f.number = text(j["number"], where + ".number");
    if (j.contains("body")) f.body = texts(j["body"], where + ".body");
    if (j.contains("columns")) f.columns = texts(j["columns"], where + ".columns");
    if (j.contains("rows")) readStrings(j["rows"], where + ".rows", f.rows);
    if (j.contains("signatures")) {
        const auto& s = j["signatures"];
        if (!s.is_array()) throw bad(where + ".signatures phải là danh sách");
        f.signatures.clear();
        for (std::size_t i = 0; i < s.size(); ++i) {
            const auto parts = texts(s[i], where + ".signatures[" + std::to_string(i) + "]");
            if (parts.size() != 3) throw bad(where + ".signatures: mỗi chữ ký gồm 3 chuỗi (chức danh, ghi chú, họ tên)");
            f.signatures.push_back({parts[0], parts[1], parts[2]});
        }
    }
}

/// Escaped for markup, with a word joiner after a slash between words: "Ông/Bà" and
/// "Bản chính/Bản sao" must not break at the slash (dates and numbers never do).
std::string markupText(std::string_view s)
{
    std::string out = escapeMarkup(s);
    for (std::size_t i = 0; i + 1 < out.size(); ++i)
        if (out[i] == '/' && out[i + 1] != ' ' && out[i + 1] != '/' && (out[i + 1] < '0' || out[i + 1] > '9') &&
            (i == 0 || out[i - 1] != '/'))
            out.insert(i + 1, "\u2060");
    return out;
}

std::string fill(std::string_view line, const Vars& vars, bool markup)
{
    std::string out;
    bool bold = false;
    bool italic = false;
    std::size_t literalStart = 0;
    const auto flush = [&](std::size_t end) {
        const auto lit = line.substr(literalStart, end - literalStart);
        if (markup) out += markupText(lit);
        else out += lit;
    };
    for (std::size_t i = 0; i < line.size();) {
        if (line[i] == '{') {
            const auto close = line.find('}', i);
            if (close == std::string_view::npos) break;
            flush(i);
            const auto name = line.substr(i + 1, close - i - 1);
            const auto it = vars.find(name);
            if (it == vars.end())
                throw bad("dòng \"" + std::string(line) + "\" dùng biến {" + std::string(name) + "} mà mẫu này không có");
            const std::string& value = it->second.empty() ? std::string(kBlankLine) : it->second;
            if (markup) out += markupText(value);
            else out += value;
            i = close + 1;
            literalStart = i;
        } else if (line[i] == '*') {
            flush(i);
            const bool isBold = i + 1 < line.size() && line[i + 1] == '*';
            if (markup) {
                if (isBold) out += (bold = !bold) ? "<b>" : "</b>";
                else out += (italic = !italic) ? "<i>" : "</i>";
            }
            i += isBold ? 2 : 1;
            literalStart = i;
        } else {
            ++i;
        }
    }
    flush(line.size());
    // An unbalanced ** in an edited template closes at the end of its line instead of failing.
    if (markup && italic) out += "</i>";
    if (markup && bold) out += "</b>";
    return out;
}

FormTexts parseDefaults()
{
    FormTexts empty;
    return parseFormTexts(kDefaultFormTextsJson, empty);
}

}  // namespace

const std::string& FormText::row(const std::string& key) const
{
    const auto it = rows.find(key);
    if (it == rows.end()) throw bad("forms." + name + ".rows thiếu \"" + key + "\"");
    return it->second;
}

const FormText& FormTexts::form(const std::string& name) const
{
    const auto it = forms.find(name);
    if (it == forms.end()) throw bad("không có mẫu \"" + name + "\"");
    return it->second;
}

const std::string& FormTexts::ticketText(const std::string& key) const
{
    const auto it = ticket.find(key);
    if (it == ticket.end()) throw bad("ticket thiếu \"" + key + "\"");
    return it->second;
}

const FormTexts& defaultFormTexts()
{
    static const FormTexts kDefaults = parseDefaults();
    return kDefaults;
}

FormTexts parseFormTexts(std::string_view json, const FormTexts& base)
{
    Json j;
    try {
        j = Json::parse(json);
    } catch (const Json::parse_error& e) {
        throw bad(std::string("JSON sai cú pháp: ") + e.what());
    }
    if (!j.is_object()) throw bad("phải là một đối tượng JSON");
    FormTexts out = base;
    if (j.contains("national")) {
        out.national = texts(j["national"], "national");
        if (out.national.size() != 2) throw bad("national gồm đúng 2 dòng (quốc hiệu, tiêu ngữ)");
    }
    if (j.contains("date_line")) out.dateLine = text(j["date_line"], "date_line");
    if (j.contains("draft_mark")) out.draftMark = text(j["draft_mark"], "draft_mark");
    if (j.contains("qr_applicant")) {
        out.qrApplicant = text(j["qr_applicant"], "qr_applicant");
        if (out.qrApplicant != "masked" && out.qrApplicant != "none") throw bad("qr_applicant chỉ nhận \"masked\" hoặc \"none\"");
    }
    if (j.contains("ticket")) readStrings(j["ticket"], "ticket", out.ticket);
    if (j.contains("forms")) {
        if (!j["forms"].is_object()) throw bad("forms phải là đối tượng");
        for (auto it = j["forms"].begin(); it != j["forms"].end(); ++it) readForm(it.value(), it.key(), out.forms[it.key()]);
    }
    return out;
}

FormTexts loadFormTexts(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in) throw Error(ErrorCode::InvalidInput, "Không đọc được tệp mẫu phiếu " + path);
    std::ostringstream ss;
    ss << in.rdbuf();
    return parseFormTexts(ss.str());
}

std::string fillMarkup(std::string_view line, const Vars& vars) { return fill(line, vars, true); }

std::string fillPlain(std::string_view line, const Vars& vars) { return fill(line, vars, false); }

}  // namespace motcua::documents
