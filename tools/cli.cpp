// The dispatcher: finds the command, parses its options, runs it, and turns errors into one
// line on stderr and an exit code.
#include "cli.h"

#include "domain/text.h"
#include "cli_remote.h"
#include "service/store_admin.h"

#include <cstdio>

#include <cstdlib>
#include <iostream>
#include <set>

namespace motcua::cli {

namespace {

const std::vector<OptionSpec>& globalOptions()
{
    static const std::vector<OptionSpec> kGlobal = {
        {"--db", true, "tệp cơ sở dữ liệu (hoặc biến môi trường MOTCUA_DB)"},
        {"--now", true, "cố định đồng hồ, \"YYYY-MM-DD HH:MM\" giờ Việt Nam (hoặc MOTCUA_NOW)"},
        {"--json", false, "in kết quả dạng JSON"},
        {"--as", true, "thực hiện với tư cách tài khoản (mặc định với --db: admin); với --server thì đăng nhập, mật khẩu lấy từ "
                       "MOTCUA_PASSWORD hoặc hỏi khi chạy"},
        {"--server", true, "dùng máy chủ dữ liệu của cơ quan, dạng https://MÁY:CỔNG (hoặc biến MOTCUA_SERVER), thay cho --db"},
        {"--enroll", true, "lần đầu dùng --server trên máy này: mã đăng ký do `motcua device add` in ra trên máy chủ"},
        {"--help", false, "hướng dẫn"},
    };
    return kGlobal;
}

std::vector<Command> allCommands()
{
    std::vector<Command> c;
    addAdminCommands(c);
    addQueueCommands(c);
    addCaseCommands(c);
    addFeeCommands(c);
    addDocumentCommands(c);
    addSignCommands(c);
    addReportCommands(c);
    addServerCommands(c);
    addBenchCommands(c);
    return c;
}

void printUsage(std::ostream& os, const std::vector<Command>& commands)
{
    os << "motcua " MOTCUA_VERSION " — phần mềm Bộ phận Một cửa (front desk for Vietnamese one-stop shops)\n\n"
          "Cách dùng: motcua [--db PATH] [--now \"YYYY-MM-DD HH:MM\"] [--json] [--as USER] LỆNH [tuỳ chọn]\n"
          "           motcua --server https://MÁY:CỔNG [--enroll MÃ] --as USER [--json] LỆNH [tuỳ chọn]\n\n"
          "Lệnh:\n";
    for (const auto& cmd : commands) {
        std::string line = "  " + cmd.path;
        if (line.size() < 26) line.resize(26, ' ');
        os << line << " " << cmd.summary << "\n";
    }
    os << "\nTuỳ chọn chung:\n";
    for (const auto& o : globalOptions()) os << "  " << o.name << (o.takesValue ? " VALUE" : "") << "  " << o.help << "\n";
    os << "\n`motcua LỆNH --help` cho tuỳ chọn của từng lệnh.\n"
          "Mã thoát: 0 thành công; 2 tham số sai; 3 không còn ai chờ; 4 không tìm thấy; "
          "5 thao tác bị từ chối (trạng thái, xung đột, quyền); 6 lỗi cơ sở dữ liệu; 1 lỗi khác.\n";
}

void printCommandHelp(std::ostream& os, const Command& cmd)
{
    os << "motcua " << cmd.path << " — " << cmd.summary << "\n\nTuỳ chọn:\n";
    for (const auto& o : cmd.options) os << "  " << o.name << (o.takesValue ? " VALUE" : "") << "  " << o.help << "\n";
    if (cmd.options.empty()) os << "  (không có)\n";
    os << "Tuỳ chọn chung: --db PATH, --server URL, --enroll MÃ, --now \"YYYY-MM-DD HH:MM\", --json, --as USER\n";
}

/// One line, whatever the message quotes back: control characters and bytes that are not UTF-8
/// are shown escaped, so a hostile argument cannot add lines or drive the terminal.
std::string oneLine(const std::string& message)
{
    std::string out;
    std::size_t i = 0;
    while (i < message.size()) {
        const auto c = static_cast<unsigned char>(message[i]);
        std::size_t len = c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : (c >> 3) == 0x1E ? 4 : 0;
        const bool c1Control = c == 0xC2 && i + 1 < message.size() && static_cast<unsigned char>(message[i + 1]) < 0xA0;
        if (len > 1 && !c1Control && i + len <= message.size() && domain::isValidUtf8(std::string_view(message).substr(i, len))) {
            out.append(message, i, len);
            i += len;
            continue;
        }
        if (len == 1 && c >= 0x20 && c != 0x7F) {
            out += static_cast<char>(c);
        } else if (c == '\n') {
            out += "\\n";
        } else {
            char buf[8];
            std::snprintf(buf, sizeof buf, "\\x%02x", c);
            out += buf;
        }
        ++i;
    }
    return out;
}

int exitFor(ErrorCode code)
{
    switch (code) {
    case ErrorCode::InvalidInput: return kUsage;
    case ErrorCode::Empty: return kEmpty;
    case ErrorCode::NotFound: return kNotFound;
    case ErrorCode::IllegalState:
    case ErrorCode::Conflict:
    case ErrorCode::Forbidden: return kRefused;
    case ErrorCode::Busy:
    case ErrorCode::Storage:
    case ErrorCode::VersionTooNew: return kStorage;
    case ErrorCode::Internal: return kFailure;
    }
    return kFailure;
}

}  // namespace

service::Desk& Context::desk()
{
    if (m_desk) return *m_desk;
    if (!server.empty()) {
        m_desk = openHostDesk(*this);
        return *m_desk;
    }
    if (dbPath.empty()) throw UsageError("Chưa chỉ định tệp cơ sở dữ liệu: dùng --db PATH hoặc biến MOTCUA_DB");
    // Commands other than init never create a file: a mistyped path must not leave one behind.
    service::requireStoreFile(dbPath);
    service::DeskOptions options;
    options.clock = fixedNow ? service::fixedClock(now) : service::systemClock();
    options.migrate = false;
    // MOTCUA_BUSY_MS: how long to wait for another process's write lock (default 10 s).
    if (const char* busy = std::getenv("MOTCUA_BUSY_MS")) {
        const long ms = std::strtol(busy, nullptr, 10);
        if (ms > 0 && ms <= 600000) options.busyTimeoutMs = static_cast<int>(ms);
    }
    m_desk = service::openSqliteDesk(dbPath, options);
    m_desk->actAs(actAs);
    return *m_desk;
}

int run(int argc, char** argv)
{
    const std::vector<std::string> argvList(argv + 1, argv + argc);
    const auto commands = allCommands();
    try {
        std::set<std::string> valueOptions;
        for (const auto& o : globalOptions())
            if (o.takesValue) valueOptions.insert(o.name);
        for (const auto& cmd : commands)
            for (const auto& o : cmd.options)
                if (o.takesValue) valueOptions.insert(o.name);

        if (argvList.size() == 1 && argvList[0] == "--version") {
            std::cout << "motcua " MOTCUA_VERSION "\n";
            return kOk;
        }
        const auto words = commandWords(argvList, valueOptions);
        if (words.empty()) {
            const bool help = argvList.size() == 1 && argvList[0] == "--help";
            printUsage(help ? std::cout : std::cerr, commands);
            return help ? kOk : kUsage;
        }
        // The longest command path wins ("bench documents" over "bench"), whatever the order.
        const Command* found = nullptr;
        std::vector<std::string> path;
        for (const auto& cmd : commands) {
            std::string joined;
            for (std::size_t i = 0; i < words.size() && i < 2; ++i) {
                joined += (i ? " " : "") + words[i];
                if (joined == cmd.path && i + 1 > path.size()) {
                    found = &cmd;
                    path.assign(words.begin(), words.begin() + static_cast<long>(i + 1));
                }
            }
        }
        if (!found) throw UsageError("Không có lệnh \"" + words[0] + (words.size() > 1 ? " " + words[1] : "") +
                                     "\"; xem motcua --help");
        std::vector<OptionSpec> known = globalOptions();
        known.insert(known.end(), found->options.begin(), found->options.end());
        const auto args = Arguments::parse(argvList, path, known);
        if (args.has("--help")) {
            printCommandHelp(std::cout, *found);
            return kOk;
        }
        Context ctx{args, std::cout};
        ctx.json = args.has("--json");
        const char* envDb = std::getenv("MOTCUA_DB");
        ctx.dbPath = args.get("--db").value_or(envDb ? envDb : "");
        const char* envNow = std::getenv("MOTCUA_NOW");
        if (args.has("--now") || (envNow && *envNow)) {
            const std::string text = args.get("--now").value_or(envNow ? envNow : "");
            const auto t = domain::parseLocalDateTime(text);
            if (!t) throw UsageError("--now phải là thời điểm có thật dạng \"YYYY-MM-DD HH:MM\", nhận được \"" + text + "\"");
            ctx.now = *t;
            ctx.fixedNow = true;
        } else {
            ctx.now = service::systemClock()();
        }
        ctx.actAs = args.get("--as").value_or("admin");
        ctx.asGiven = args.has("--as");
        chooseStore(ctx, *found);
        return found->handler(ctx);
    } catch (const UsageError& e) {
        std::cerr << "motcua: " << oneLine(e.what()) << "\n";
        return kUsage;
    } catch (const Error& e) {
        std::cerr << "motcua: " << oneLine(e.what()) << "\n";
        return exitFor(e.code());
    } catch (const std::exception& e) {
        std::cerr << "motcua: lỗi không mong đợi: " << oneLine(e.what()) << "\n";
        return kFailure;
    }
}

}  // namespace motcua::cli
