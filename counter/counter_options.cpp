// motcua-counter's command line: every mistake gets a Vietnamese message naming the option, and
// the caller exits with status 2.
#include "counter/counter_app.h"

#include "domain/error.h"

#include <cstdlib>

namespace motcua::counter {

namespace {

Error bad(const std::string& what) { return Error(ErrorCode::InvalidInput, what + " (xem motcua-counter --help)"); }

int number(const std::string& text, const std::string& what, int lo, int hi)
{
    if (text.empty() || text.size() > 5 || text.find_first_not_of("0123456789") != std::string::npos)
        throw bad(what + " \"" + text + "\" phải là số");
    const int v = std::stoi(text);
    if (v < lo || v > hi) throw bad(what + " \"" + text + "\" phải từ " + std::to_string(lo) + " đến " + std::to_string(hi));
    return v;
}

const char* env(const char* name)
{
    const char* v = std::getenv(name);
    return v && *v ? v : nullptr;
}

}  // namespace

std::string counterUsage()
{
    return "motcua-counter — phần mềm quầy Một cửa: gọi số, tiếp nhận hồ sơ, xử lý và trả kết quả\n"
           "\n"
           "Cách dùng: motcua-counter --db PATH [tuỳ chọn]\n"
           "\n"
           "  --db PATH              tệp cơ sở dữ liệu (hoặc biến MOTCUA_DB)\n"
           "  --counter N            số quầy của máy này (hoặc MOTCUA_COUNTER), mặc định 1\n"
           "  --printer SPEC         máy in phiếu: pdf:THƯ_MỤC, png:THƯ_MỤC, escpos:/dev/usb/lp0,\n"
           "                         escpos-tcp:MÁY:9100, cups:HÀNG_IN, none (mặc định MOTCUA_PRINTER hoặc pdf:.)\n"
           "  --size WxH             cửa sổ RỘNGxCAO, mặc định 1920x1080\n"
           "  --screen NAME          mở thẳng một màn hình với dữ liệu mẫu: login, queue, intake,\n"
           "                         dossier, officer, late, reports, admin (đăng nhập sẵn bằng tài khoản\n"
           "                         mẫu, trừ login; late và reports bằng tài khoản lãnh đạo)\n"
           "  --admin-section NAME   với --screen admin: mở mục office, schedule, holidays, groups,\n"
           "                         procedures, staff, printer hoặc backup\n"
           "  --screenshot PATH      vẽ màn hình --screen vài khung hình, ghi ảnh PNG rồi thoát\n"
           "  --now \"YYYY-MM-DD HH:MM\" cố định đồng hồ (hoặc MOTCUA_NOW), để ảnh chụp lặp lại được\n"
           "  --wall                 màn hình treo tường cho sảnh (chỉ đọc, toàn màn hình): đang phục vụ,\n"
           "                         số đang chờ, hồ sơ trễ hạn (tên che bớt), số liệu hôm nay\n"
           "  --as USER              tài khoản màn hình treo tường đọc dữ liệu, mặc định admin\n"
           "  --voice                màn hình treo tường đọc số được gọi bằng tiếng Việt (espeak-ng)\n"
           "  --help, --version\n"
           "\n"
           "Phím tắt hàng chờ: F5 gọi tiếp, F6 gọi lại, F7 bỏ qua, F8 chuyển, F9 xong; Ctrl+Enter lưu hồ sơ.\n";
}

CounterOptions parseCounterOptions(const std::vector<std::string>& args)
{
    CounterOptions o;
    if (const char* v = env("MOTCUA_DB")) o.db = v;
    if (const char* v = env("MOTCUA_PRINTER")) o.printer = v;
    if (const char* v = env("MOTCUA_COUNTER")) o.counter = number(v, "Số quầy MOTCUA_COUNTER", 1, 999);
    std::optional<std::string> nowText;
    if (const char* v = env("MOTCUA_NOW")) nowText = v;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& a = args[i];
        auto value = [&]() -> std::string {
            if (i + 1 >= args.size() || args[i + 1].empty()) throw bad("Tuỳ chọn " + a + " cần một giá trị");
            return args[++i];
        };
        if (a == "--help" || a == "-h") o.help = true;
        else if (a == "--version") o.version = true;
        else if (a == "--db") o.db = value();
        else if (a == "--counter") o.counter = number(value(), "Số quầy", 1, 999);
        else if (a == "--printer") o.printer = value();
        else if (a == "--wall") o.wall = true;
        else if (a == "--voice") o.voice = true;
        else if (a == "--as") o.wallUser = value();
        else if (a == "--size") {
            const std::string spec = value();
            const auto x = spec.find('x');
            if (x == std::string::npos) throw bad("Kích thước \"" + spec + "\" không hợp lệ: cần dạng RỘNGxCAO, ví dụ 1920x1080");
            o.width = number(spec.substr(0, x), "Chiều rộng", 800, 8192);
            o.height = number(spec.substr(x + 1), "Chiều cao", 600, 8192);
        } else if (a == "--screen") {
            const std::string n = value();
            o.screen = parseScreen(n);
            if (!o.screen)
                throw bad("Màn hình \"" + n + "\" không có: dùng login, queue, intake, dossier, officer, late, reports hoặc admin");
        } else if (a == "--admin-section") {
            const std::string n = value();
            o.adminSection = parseAdminSection(n);
            if (!o.adminSection)
                throw bad("Mục quản trị \"" + n + "\" không có: dùng office, schedule, holidays, groups, procedures, staff, printer hoặc backup");
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
    if (o.wall && o.screen) throw bad("--wall và --screen không dùng cùng nhau");
    if (o.adminSection && o.screen != Screen::Admin) throw bad("--admin-section chỉ dùng với --screen admin");
    if (o.voice && !o.wall) throw bad("--voice chỉ dùng với --wall");
    if (!o.screenshot.empty() && !o.screen && !o.wall) throw bad("--screenshot cần --screen NAME để biết chụp màn hình nào");
    if (nowText) {
        o.now = domain::parseLocalDateTime(*nowText);
        if (!o.now) throw bad("Thời điểm \"" + *nowText + "\" không hợp lệ: cần dạng \"YYYY-MM-DD HH:MM\"");
    }
    return o;
}

}  // namespace motcua::counter
