// The CLI over the network (cli_remote.h).
#include "cli_remote.h"

#include "net/device_file.h"
#include "net/remote_desk.h"

#include <termios.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>

namespace motcua::cli {

namespace {

const char* envOrNull(const char* name)
{
    const char* v = std::getenv(name);
    return v && *v ? v : nullptr;
}

}  // namespace

std::string askWithoutEcho(const std::string& prompt, const std::string& noTerminalMessage)
{
    std::FILE* tty = std::fopen("/dev/tty", "r+");
    if (!tty) throw UsageError(noTerminalMessage);
    std::fprintf(tty, "%s", prompt.c_str());
    std::fflush(tty);
    termios old {};
    const bool isTerminal = ::tcgetattr(fileno(tty), &old) == 0;
    if (isTerminal) {
        termios quiet = old;
        quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
        ::tcsetattr(fileno(tty), TCSAFLUSH, &quiet);
    }
    std::string line;
    for (int c = std::fgetc(tty); c != EOF && c != '\n'; c = std::fgetc(tty)) line += static_cast<char>(c);
    if (isTerminal) ::tcsetattr(fileno(tty), TCSAFLUSH, &old);
    std::fputc('\n', tty);
    std::fclose(tty);
    if (!line.empty() && line.back() == '\r') line.pop_back();
    return line;
}

bool hostOnly(const std::string& commandPath)
{
    const std::string first = commandPath.substr(0, commandPath.find(' '));
    return first == "init" || first == "backup" || first == "restore" || first == "serve" || first == "device" ||
           first == "bench" || first.rfind("migrate", 0) == 0;
}

void chooseStore(Context& ctx, const Command& command)
{
    const bool dbGiven = ctx.args.has("--db");
    const bool serverGiven = ctx.args.has("--server");
    if (dbGiven && serverGiven) throw UsageError("Chỉ dùng một trong hai: --db (tệp dữ liệu trên máy này) hoặc --server (máy chủ của cơ quan)");
    if (serverGiven) ctx.server = *ctx.args.get("--server");
    else if (const char* env = envOrNull("MOTCUA_SERVER"); env && !dbGiven) ctx.server = env;
    ctx.enroll = ctx.args.get("--enroll").value_or("");
    if (!ctx.enroll.empty() && ctx.server.empty()) throw UsageError("--enroll cần --server https://MÁY:CỔNG để biết đăng ký với máy chủ nào");
    if (ctx.server.empty()) return;
    if (!serverGiven && !ctx.dbPath.empty())
        throw UsageError("Cả MOTCUA_DB và MOTCUA_SERVER đều được đặt: bỏ một biến, hoặc chọn bằng --db hay --server");
    ctx.dbPath.clear();
    try {
        (void)net::parseServerUrl(ctx.server);
    } catch (const Error& e) {
        throw UsageError(e.what());
    }
    if (hostOnly(command.path))
        throw UsageError("Lệnh \"" + command.path + "\" chỉ chạy trên máy chủ dữ liệu, với --db (mở thẳng tệp dữ liệu); bỏ --server");
    if (ctx.args.has("--now")) throw UsageError("--now chỉ dùng với --db: qua máy chủ, giờ là giờ của máy chủ");
    if (!ctx.asGiven)
        throw UsageError("Với --server cần --as TÀI_KHOẢN: qua mạng ai cũng phải đăng nhập (mật khẩu lấy từ MOTCUA_PASSWORD hoặc được hỏi)");
}

std::unique_ptr<service::Desk> openHostDesk(const Context& ctx)
{
    net::RemoteOptions r;
    r.server = ctx.server;
    r.enrollCode = ctx.enroll;
    r.deviceName = "cli";
    auto desk = net::openRemoteDesk(r);
    const char* fromEnv = envOrNull("MOTCUA_PASSWORD");
    desk->login(ctx.actAs, fromEnv ? std::string(fromEnv)
                                   : askWithoutEcho("Mật khẩu của " + ctx.actAs + ": ",
                                                    "Cần mật khẩu của " + ctx.actAs +
                                                        ": đặt biến MOTCUA_PASSWORD (không có bàn phím để hỏi)"));
    return desk;
}

}  // namespace motcua::cli
