// The apps' shared command-line options (app_options.h): the walk over argv and the checks that
// read the same in every app.
#include "ui/app_options.h"

#include <cstdlib>

namespace motcua::ui {

const char* envValue(const char* name)
{
    const char* v = std::getenv(name);
    return v && *v ? v : nullptr;
}

OptionParser::OptionParser(std::string program, const std::vector<std::string>& args)
    : m_program(std::move(program)), m_args(args)
{
}

Error OptionParser::bad(const std::string& what) const
{
    return Error(ErrorCode::InvalidInput, what + " (xem " + m_program + " --help)");
}

std::string OptionParser::value()
{
    if (m_i + 1 >= m_args.size() || m_args[m_i + 1].empty()) throw bad("Tuỳ chọn " + option() + " cần một giá trị");
    return m_args[++m_i];
}

void OptionParser::parse(AppOptions& o, const std::function<bool(const std::string& option)>& own)
{
    if (const char* v = envValue("MOTCUA_DB")) o.db = v;
    if (const char* v = envValue("MOTCUA_PRINTER")) o.printer = v;
    if (const char* v = envValue("MOTCUA_NOW")) m_nowText = v;
    for (m_i = 0; m_i < m_args.size(); ++m_i) {
        const std::string& a = option();
        if (a == "--help" || a == "-h") o.help = true;
        else if (a == "--version") o.version = true;
        else if (a == "--db") o.db = value();
        else if (a == "--printer") o.printer = value();
        else if (a == "--screenshot") o.screenshot = value();
        else if (a == "--now") m_nowText = value();
        else if (!own(a)) throw bad("Tuỳ chọn không hợp lệ: \"" + a + "\"");
    }
}

void OptionParser::finish(AppOptions& o) const
{
    if (o.help || o.version) return;
    if (o.db.empty()) throw bad("Chưa chỉ định tệp cơ sở dữ liệu: dùng --db PATH hoặc biến MOTCUA_DB");
    if (m_nowText) {
        o.now = domain::parseLocalDateTime(*m_nowText);
        if (!o.now) throw bad("Thời điểm \"" + *m_nowText + "\" không hợp lệ: cần dạng \"YYYY-MM-DD HH:MM\"");
    }
}

std::pair<std::string, std::string> OptionParser::sizeParts(const std::string& spec, const char* example) const
{
    const auto x = spec.find('x');
    if (x == std::string::npos)
        throw bad("Kích thước \"" + spec + "\" không hợp lệ: cần dạng RỘNGxCAO, ví dụ " + std::string(example));
    return {spec.substr(0, x), spec.substr(x + 1)};
}

}  // namespace motcua::ui
