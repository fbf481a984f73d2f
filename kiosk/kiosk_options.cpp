// motcua-kiosk's command line: every mistake gets a Vietnamese message naming the option, and
// the caller exits with status 2.
#include "kiosk/kiosk_app.h"

#include "domain/error.h"

#include <cstdlib>

namespace motcua::kiosk {

namespace {

Error bad(const std::string& what) { return Error(ErrorCode::InvalidInput, what + " (xem motcua-kiosk --help)"); }

int parseDimension(const std::string& text, const std::string& spec)
{
    if (text.empty() || text.size() > 5 || text.find_first_not_of("0123456789") != std::string::npos)
        throw bad("Kích thước \"" + spec + "\" không hợp lệ: cần dạng RỘNGxCAO, ví dụ 1080x1920");
    const int v = std::stoi(text);
    if (v < 320 || v > 8192) throw bad("Kích thước \"" + spec + "\" phải từ 320 đến 8192 điểm ảnh mỗi chiều");
    return v;
}

const char* env(const char* name)
{
    const char* v = std::getenv(name);
    return v && *v ? v : nullptr;
}

}  // namespace

std::string kioskUsage()
{
    return "motcua-kiosk — ki-ốt lấy số thứ tự, tra cứu hồ sơ, hướng dẫn thủ tục và đánh giá hài lòng\n"
           "\n"
           "Cách dùng: motcua-kiosk --db PATH [tuỳ chọn]\n"
           "\n"
           "  --db PATH              tệp cơ sở dữ liệu (hoặc biến MOTCUA_DB)\n"
           "  --printer SPEC         máy in vé: pdf:THƯ_MỤC, png:THƯ_MỤC, escpos:/dev/usb/lp0,\n"
           "                         escpos-tcp:MÁY:9100, cups:HÀNG_IN, none (mặc định MOTCUA_PRINTER hoặc pdf:.)\n"
           "  --fullscreen           toàn màn hình (ki-ốt thật; chỉ thoát được bằng mã PIN quản trị)\n"
           "  --size WxH             cửa sổ RỘNGxCAO, mặc định 1080x1920 (màn hình dọc)\n"
           "  --lang vi|en           ngôn ngữ ban đầu (mặc định vi)\n"
           "  --screen NAME          mở thẳng một màn hình với dữ liệu mẫu: home, priority, ticket,\n"
           "                         lookup, guide, rating, attract, admin\n"
           "  --screenshot PATH      vẽ màn hình --screen vài khung hình, ghi ảnh PNG rồi thoát\n"
           "  --now \"YYYY-MM-DD HH:MM\" cố định đồng hồ (hoặc MOTCUA_NOW), để ảnh chụp lặp lại được\n"
           "  --help, --version\n";
}

KioskOptions parseKioskOptions(const std::vector<std::string>& args)
{
    KioskOptions o;
    if (const char* v = env("MOTCUA_DB")) o.db = v;
    if (const char* v = env("MOTCUA_PRINTER")) o.printer = v;
    std::optional<std::string> nowText;
    if (const char* v = env("MOTCUA_NOW")) nowText = v;
    bool sized = false;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& a = args[i];
        auto value = [&]() -> std::string {
            if (i + 1 >= args.size() || args[i + 1].empty()) throw bad("Tuỳ chọn " + a + " cần một giá trị");
            return args[++i];
        };
        if (a == "--help" || a == "-h") o.help = true;
        else if (a == "--version") o.version = true;
        else if (a == "--db") o.db = value();
        else if (a == "--printer") o.printer = value();
        else if (a == "--fullscreen") o.fullscreen = true;
        else if (a == "--size") {
            const std::string spec = value();
            const auto x = spec.find('x');
            if (x == std::string::npos) throw bad("Kích thước \"" + spec + "\" không hợp lệ: cần dạng RỘNGxCAO, ví dụ 1080x1920");
            o.width = parseDimension(spec.substr(0, x), spec);
            o.height = parseDimension(spec.substr(x + 1), spec);
            sized = true;
        } else if (a == "--lang") {
            const std::string l = value();
            if (l == "vi") o.lang = Lang::Vi;
            else if (l == "en") o.lang = Lang::En;
            else throw bad("Ngôn ngữ \"" + l + "\" không hỗ trợ: dùng vi hoặc en");
        } else if (a == "--screen") {
            const std::string n = value();
            o.screen = parseScreen(n);
            if (!o.screen)
                throw bad("Màn hình \"" + n + "\" không có: dùng home, priority, ticket, lookup, guide, rating, attract hoặc admin");
        } else if (a == "--screenshot") {
            o.screenshot = value();
        } else if (a == "--now") {
            nowText = value();
        } else {
            throw bad("Tuỳ chọn không hợp lệ: \"" + a + "\"");
        }
    }
    if (o.help || o.version) return o;
    if (o.db.empty()) throw bad("Chưa chỉ định tệp cơ sở dữ liệu: dùng --db PATH hoặc biến MOTCUA_DB");
    if (o.fullscreen && sized) throw bad("Chỉ dùng một trong hai: --fullscreen hoặc --size");
    if (!o.screenshot.empty() && !o.screen) throw bad("--screenshot cần --screen NAME để biết chụp màn hình nào");
    if (!o.screenshot.empty() && o.fullscreen) throw bad("--screenshot dùng cửa sổ theo --size, không dùng với --fullscreen");
    if (nowText) {
        o.now = domain::parseLocalDateTime(*nowText);
        if (!o.now) throw bad("Thời điểm \"" + *nowText + "\" không hợp lệ: cần dạng \"YYYY-MM-DD HH:MM\"");
    }
    return o;
}

}  // namespace motcua::kiosk
