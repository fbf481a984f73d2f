// motcua-counter's command line: every mistake gets a Vietnamese message naming the option, and
// the caller exits with status 2.
#include "counter/counter_app.h"

#include "domain/error.h"
#include "ui/app_options.h"

namespace motcua::counter {

namespace {

int number(const ui::OptionParser& p, const std::string& text, const std::string& what, int lo, int hi)
{
    if (text.empty() || text.size() > 5 || text.find_first_not_of("0123456789") != std::string::npos)
        throw p.bad(what + " \"" + text + "\" phải là số");
    const int v = std::stoi(text);
    if (v < lo || v > hi) throw p.bad(what + " \"" + text + "\" phải từ " + std::to_string(lo) + " đến " + std::to_string(hi));
    return v;
}

}  // namespace

std::string counterUsage()
{
    return "motcua-counter — phần mềm quầy Một cửa: gọi số, tiếp nhận hồ sơ, xử lý và trả kết quả\n"
           "\n"
           "Cách dùng: motcua-counter --db PATH [tuỳ chọn]\n"
           "           motcua-counter --server https://MÁY:CỔNG [--enroll MÃ] [tuỳ chọn]\n"
           "\n" +
           std::string(ui::storeOptionsHelp()) +
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
           "  --wall                 màn hình treo tường cho sảnh (chỉ đọc, toàn màn hình; với --size thì\n"
           "                         là cửa sổ cỡ đó): đang phục vụ, số đang chờ, hồ sơ trễ hạn (tên che\n"
           "                         bớt), số liệu hôm nay\n"
           "  --as USER              với --db: tài khoản màn hình treo tường đọc dữ liệu, mặc định admin\n"
           "                         (với --server, máy treo tường đăng ký loại wall chỉ đọc dữ liệu công khai)\n"
           "  --voice                màn hình treo tường báo chuông rồi đọc số được gọi bằng tiếng Việt\n"
           "                         (espeak-ng, phát qua aplay, paplay hoặc pw-play)\n"
           "  --help, --version\n"
           "\n"
           "Phím tắt hàng chờ: F5 gọi tiếp, F6 gọi lại, F7 bỏ qua, F8 chuyển, F9 xong; Ctrl+Enter lưu hồ sơ.\n";
}

CounterOptions parseCounterOptions(const std::vector<std::string>& args)
{
    CounterOptions o;
    ui::OptionParser p("motcua-counter", args);
    bool asGiven = false;
    if (const char* v = ui::envValue("MOTCUA_COUNTER")) o.counter = number(p, v, "Số quầy MOTCUA_COUNTER", 1, 999);
    p.parse(o, [&](const std::string& a) {
        if (a == "--counter") o.counter = number(p, p.value(), "Số quầy", 1, 999);
        else if (a == "--wall") o.wall = true;
        else if (a == "--voice") o.voice = true;
        else if (a == "--as") {
            o.wallUser = p.value();
            asGiven = true;
        }
        else if (a == "--size") {
            const auto [w, h] = p.sizeParts(p.value(), "1920x1080");
            o.width = number(p, w, "Chiều rộng", 800, 8192);
            o.height = number(p, h, "Chiều cao", 600, 8192);
            o.sizeGiven = true;
        } else if (a == "--screen") {
            const std::string n = p.value();
            o.screen = parseScreen(n);
            if (!o.screen)
                throw p.bad("Màn hình \"" + n + "\" không có: dùng login, queue, intake, dossier, officer, late, reports hoặc admin");
        } else if (a == "--admin-section") {
            const std::string n = p.value();
            o.adminSection = parseAdminSection(n);
            if (!o.adminSection)
                throw p.bad("Mục quản trị \"" + n + "\" không có: dùng office, schedule, holidays, groups, procedures, staff, printer hoặc backup");
        } else {
            return false;
        }
        return true;
    });
    p.finish(o);
    if (o.help || o.version) return o;
    if (o.wall && o.screen) throw p.bad("--wall và --screen không dùng cùng nhau");
    if (o.adminSection && o.screen != Screen::Admin) throw p.bad("--admin-section chỉ dùng với --screen admin");
    if (o.voice && !o.wall) throw p.bad("--voice chỉ dùng với --wall");
    if (asGiven && !o.server.empty())
        throw p.bad("--as chỉ dùng với --db: qua máy chủ, máy treo tường là thiết bị loại wall, chỉ đọc dữ liệu công khai");
    if (!o.screenshot.empty() && !o.screen && !o.wall) throw p.bad("--screenshot cần --screen NAME để biết chụp màn hình nào");
    return o;
}

}  // namespace motcua::counter
