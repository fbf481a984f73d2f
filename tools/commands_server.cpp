// The store host's commands (issue 14): `serve` runs the host until SIGTERM/SIGINT; `device add|
// list|revoke` manage the PCs allowed to reach it. Both open the store locally, on the host.
#include "api_server.h"
#include "cli.h"
#include "cli_output.h"
#include "devices.h"
#include "host_crypto.h"
#include "domain/settings.h"
#include "store/settings_store.h"
#include "net/desk_rpc.h"
#include "server/public/public_site.h"
#include "service/store_admin.h"
#include "store/database.h"
#include "store/migrations.h"

#include <algorithm>
#include <csignal>
#include <iostream>
#include <pthread.h>

namespace motcua::cli {

namespace {

const char* kDataDirHelp = "thư mục khoá và chứng chỉ TLS của máy chủ (mặc định: <db>.tls)";

/// "HOST:PORT" → host, port (0–65535).
std::pair<std::string, int> hostPort(const std::string& option, const std::string& text)
{
    const auto colon = text.rfind(':');
    if (colon == std::string::npos || colon == 0 || colon + 1 == text.size())
        throw UsageError(option + " phải có dạng HOST:PORT, ví dụ 0.0.0.0:8443, nhận được \"" + text + "\"");
    const std::string port = text.substr(colon + 1);
    if (port.size() > 5 || port.find_first_not_of("0123456789") != std::string::npos || std::stoi(port) > 65535)
        throw UsageError(option + ": cổng phải là số từ 0 đến 65535, nhận được \"" + port + "\"");
    return {text.substr(0, colon), std::stoi(port)};
}

std::string dataDir(const Context& ctx)
{
    return ctx.args.get("--data-dir").value_or(server::defaultDataDir(ctx.dbPath));
}

/// The host's store, checked like every other command's (exists, current schema) before anything
/// beside it is created.
std::unique_ptr<store::Database> openHostStore(const Context& ctx)
{
    if (ctx.dbPath.empty()) throw UsageError("Chưa chỉ định tệp cơ sở dữ liệu: dùng --db PATH hoặc biến MOTCUA_DB");
    service::requireStoreFile(ctx.dbPath);
    auto db = std::make_unique<store::Database>(ctx.dbPath, store::OpenMode::ExistingReadWrite, 10000);
    store::requireCurrentSchema(*db);
    return db;
}

int serve(Context& ctx)
{
    server::ServerOptions o;
    o.dbPath = ctx.dbPath;
    o.dataDir = ctx.args.get("--data-dir").value_or("");
    std::tie(o.apiHost, o.apiPort) = hostPort("--listen", ctx.args.get("--listen").value_or("0.0.0.0:8443"));
    std::tie(o.publicHost, o.publicPort) = hostPort("--public", ctx.args.get("--public").value_or("0.0.0.0:8080"));
    o.clock = ctx.fixedNow ? service::fixedClock(ctx.now) : service::systemClock();
    o.trustClientClock = ctx.args.has("--trust-client-clock");
    {
        // Issue 15: a digitised paper (scan.max_bytes) travels as base64 in one request: the body
        // cap follows the setting (4/3 of it plus 1 MiB for the JSON), never below the old 256 KiB.
        auto db = openHostStore(ctx);
        const auto maxPaper = static_cast<std::size_t>(domain::settingNumber(store::getSetting(*db, "scan.max_bytes")));
        o.maxBodyBytes = std::max(o.maxBodyBytes, (maxPaper + 2) / 3 * 4 + 1024 * 1024);
    }
    // Every thread the server starts inherits the blocked signals; this one waits for them.
    sigset_t stopSignals;
    sigemptyset(&stopSignals);
    sigaddset(&stopSignals, SIGTERM);
    sigaddset(&stopSignals, SIGINT);
    pthread_sigmask(SIG_BLOCK, &stopSignals, nullptr);
    std::signal(SIGPIPE, SIG_IGN);
    server::Server host(o, net::callDesk);
    // The public port (issue 14 items 4–5): the web wall and /tra-cuu read the store themselves.
    server::PublicSite site([&o] {
        service::DeskOptions d;
        d.clock = o.clock;
        d.readOnly = true;
        d.migrate = false;
        return service::openSqliteDesk(o.dbPath, d);
    });
    site.mount(host.publicHttp());
    host.onChange([&site](std::int64_t version) { site.changed(version); });
    host.onStopping([&site] { site.stop(); });
    host.start();
    if (o.trustClientClock)
        std::cerr << "motcua serve: CẢNH BÁO: --trust-client-clock chỉ dùng để kiểm thử — máy trạm được đặt giờ "
                     "(X-Motcua-Now)\n";
    ctx.out << "listening: https://" << o.apiHost << ":" << host.apiPort() << "\n"
            << "public: http://" << o.publicHost << ":" << host.publicPort() << "\n"
            << "fingerprint: " << host.fingerprint() << std::endl;
    int sig = 0;
    sigwait(&stopSignals, &sig);
    std::cerr << "motcua serve: nhận tín hiệu " << (sig == SIGTERM ? "SIGTERM" : "SIGINT") << ", đang dừng…\n";
    host.stop();
    std::cerr << "motcua serve: đã dừng\n";
    return kOk;
}

int deviceAdd(Context& ctx)
{
    const auto db = openHostStore(ctx);
    const auto identity = server::loadOrCreateIdentity(dataDir(ctx));
    const auto d = server::addDevice(*db, ctx.args.require("--kind"), ctx.args.require("--name"), ctx.now, ctx.actAs);
    if (ctx.json) {
        printJson(ctx.out, {{"device", d.id}, {"code", d.code}, {"fingerprint", identity.fingerprint},
                            {"expires", domain::formatLocal(d.expires)}});
        return kOk;
    }
    ctx.out << "Đã thêm máy số " << d.id << ". Trên máy đó, đăng ký một lần với mã sau (dùng một lần, hết hạn "
            << domain::formatLocal(d.expires) << "):\n"
            << "mã: " << d.code << "\n"
            << "fingerprint: " << identity.fingerprint << "\n";
    return kOk;
}

int deviceList(Context& ctx)
{
    const auto db = openHostStore(ctx);
    const auto rows = server::listDevices(*db);
    if (ctx.json) {
        Json out = Json::array();
        for (const auto& d : rows) {
            auto when = [](const std::optional<domain::Instant>& t) { return t ? Json(domain::formatLocal(*t)) : Json(nullptr); };
            out.push_back({{"device", d.id}, {"kind", d.kind}, {"name", d.name}, {"state", server::deviceState(d, ctx.now)},
                           {"created", domain::formatLocal(d.created)}, {"enrolled", when(d.enrolled)},
                           {"revoked", when(d.revoked)}});
        }
        printJson(ctx.out, out);
        return kOk;
    }
    if (rows.empty()) ctx.out << "Chưa có máy nào (thêm: motcua device add --kind counter --name \"Quầy 1\")\n";
    for (const auto& d : rows)
        ctx.out << d.id << "  " << d.kind << "  " << d.name << "  " << server::deviceState(d, ctx.now) << "\n";
    return kOk;
}

int deviceRevoke(Context& ctx)
{
    const auto db = openHostStore(ctx);
    const auto id = ctx.args.getInt("--id", 1, 1'000'000'000);
    if (!id) throw UsageError("Thiếu --id (số máy, xem: motcua device list)");
    server::revokeDevice(*db, *id, ctx.now, ctx.actAs);
    if (ctx.json) printJson(ctx.out, {{"device", *id}, {"revoked", true}});
    else ctx.out << "Đã thu hồi máy số " << *id << "; máy đó bị từ chối từ yêu cầu tiếp theo\n";
    return kOk;
}

}  // namespace

void addServerCommands(std::vector<Command>& c)
{
    c.push_back({"serve",
                 "chạy máy chủ cho mạng nội bộ (HTTPS cho máy trạm, HTTP cho màn hình TV)",
                 {{"--listen", true, "địa chỉ API HTTPS HOST:PORT (mặc định 0.0.0.0:8443; cổng 0: tự chọn)"},
                  {"--public", true, "địa chỉ trang công khai HTTP HOST:PORT (mặc định 0.0.0.0:8080)"},
                  {"--data-dir", true, kDataDirHelp},
                  {"--trust-client-clock", false, "chỉ để kiểm thử: nhận giờ từ tiêu đề X-Motcua-Now của máy trạm"}},
                 serve});
    c.push_back({"device add",
                 "thêm máy trạm và in mã đăng ký một lần (hết hạn sau 24 giờ)",
                 {{"--kind", true, "counter (quầy), kiosk, wall (màn hình) hoặc cli"},
                  {"--name", true, "tên máy, ví dụ \"Quầy 3\""},
                  {"--data-dir", true, kDataDirHelp}},
                 deviceAdd});
    c.push_back({"device list", "liệt kê máy trạm đã thêm", {}, deviceList});
    c.push_back({"device revoke", "thu hồi một máy trạm", {{"--id", true, "số máy (xem device list)"}}, deviceRevoke});
}

}  // namespace motcua::cli
