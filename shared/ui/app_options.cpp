// The apps' shared command-line options (app_options.h): the walk over argv and the checks that
// read the same in every app.
#include "ui/app_options.h"

#include "net/device_file.h"

#include <cstdlib>

namespace motcua::ui {

const char* storeOptionsHelp()
{
    return "  --db PATH              tệp cơ sở dữ liệu trên máy này (hoặc biến MOTCUA_DB)\n"
           "  --server URL           dùng máy chủ dữ liệu của cơ quan thay cho --db, dạng https://MÁY:CỔNG\n"
           "                         (hoặc biến MOTCUA_SERVER); xem docs/network.md\n"
           "  --enroll MÃ            lần đầu dùng --server trên máy này: mã đăng ký do `motcua device add`\n"
           "                         in ra trên máy chủ; các lần sau không cần\n";
}

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
    if (const char* v = envValue("MOTCUA_SERVER")) o.server = v;
    if (const char* v = envValue("MOTCUA_PRINTER")) o.printer = v;
    if (const char* v = envValue("MOTCUA_NOW")) m_nowText = v;
    for (m_i = 0; m_i < m_args.size(); ++m_i) {
        const std::string& a = option();
        if (a == "--help" || a == "-h") o.help = true;
        else if (a == "--version") o.version = true;
        else if (a == "--db") {
            o.db = value();
            m_dbGiven = true;
        } else if (a == "--server") {
            o.server = value();
            m_serverGiven = true;
        } else if (a == "--enroll") o.enroll = value();
        else if (a == "--printer") o.printer = value();
        else if (a == "--screenshot") o.screenshot = value();
        else if (a == "--now") m_nowText = value();
        else if (!own(a)) throw bad("Tuỳ chọn không hợp lệ: \"" + a + "\"");
    }
}

void OptionParser::finish(AppOptions& o) const
{
    if (o.help || o.version) return;
    if (m_dbGiven && m_serverGiven) throw bad("Chỉ dùng một trong hai: --db (dữ liệu trên máy này) hoặc --server (máy chủ của cơ quan)");
    if (m_dbGiven) o.server.clear();  // the command line wins over MOTCUA_SERVER
    if (m_serverGiven) o.db.clear();  // and over MOTCUA_DB
    if (!o.db.empty() && !o.server.empty())
        throw bad("Cả MOTCUA_DB và MOTCUA_SERVER đều được đặt: bỏ một biến, hoặc chọn bằng --db hay --server");
    if (!o.enroll.empty() && o.server.empty()) throw bad("--enroll cần --server https://MÁY:CỔNG để biết đăng ký với máy chủ nào");
    if (o.db.empty() && o.server.empty())
        throw bad("Chưa chỉ định dữ liệu: dùng --db PATH (hoặc biến MOTCUA_DB) trên máy giữ dữ liệu, hoặc --server https://MÁY:CỔNG "
                  "(hoặc MOTCUA_SERVER) trên máy trong mạng của cơ quan");
    if (!o.server.empty()) {
        try {
            (void)net::parseServerUrl(o.server);
        } catch (const Error& e) {
            throw bad(e.what());
        }
    }
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
