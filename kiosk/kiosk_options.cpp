// motcua-kiosk's command line: every mistake gets a Vietnamese message naming the option, and
// the caller exits with status 2.
#include "kiosk/kiosk_app.h"

#include "domain/error.h"
#include "ui/app_options.h"

namespace motcua::kiosk {

namespace {

int parseDimension(const ui::OptionParser& p, const std::string& text, const std::string& spec)
{
    if (text.empty() || text.size() > 5 || text.find_first_not_of("0123456789") != std::string::npos)
        throw p.bad("Kích thước \"" + spec + "\" không hợp lệ: cần dạng RỘNGxCAO, ví dụ 1080x1920");
    const int v = std::stoi(text);
    if (v < 320 || v > 8192) throw p.bad("Kích thước \"" + spec + "\" phải từ 320 đến 8192 điểm ảnh mỗi chiều");
    return v;
}

}  // namespace

std::string kioskUsage()
{
    return "motcua-kiosk — ki-ốt lấy số thứ tự, tra cứu hồ sơ, hướng dẫn thủ tục và đánh giá hài lòng\n"
           "\n"
           "Cách dùng: motcua-kiosk --db PATH [tuỳ chọn]\n"
           "           motcua-kiosk --server https://MÁY:CỔNG [--enroll MÃ] [tuỳ chọn]\n"
           "\n" +
           std::string(ui::storeOptionsHelp()) +
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
    ui::OptionParser p("motcua-kiosk", args);
    bool sized = false;
    p.parse(o, [&](const std::string& a) {
        if (a == "--fullscreen") o.fullscreen = true;
        else if (a == "--size") {
            const std::string spec = p.value();
            const auto [w, h] = p.sizeParts(spec, "1080x1920");
            o.width = parseDimension(p, w, spec);
            o.height = parseDimension(p, h, spec);
            sized = true;
        } else if (a == "--lang") {
            const std::string l = p.value();
            if (l == "vi") o.lang = Lang::Vi;
            else if (l == "en") o.lang = Lang::En;
            else throw p.bad("Ngôn ngữ \"" + l + "\" không hỗ trợ: dùng vi hoặc en");
        } else if (a == "--screen") {
            const std::string n = p.value();
            o.screen = parseScreen(n);
            if (!o.screen)
                throw p.bad("Màn hình \"" + n + "\" không có: dùng home, priority, ticket, lookup, guide, rating, attract hoặc admin");
        } else {
            return false;
        }
        return true;
    });
    p.finish(o);
    if (o.help || o.version) return o;
    if (o.fullscreen && sized) throw p.bad("Chỉ dùng một trong hai: --fullscreen hoặc --size");
    if (!o.screenshot.empty() && !o.screen) throw p.bad("--screenshot cần --screen NAME để biết chụp màn hình nào");
    if (!o.screenshot.empty() && o.fullscreen) throw p.bad("--screenshot dùng cửa sổ theo --size, không dùng với --fullscreen");
    return o;
}

}  // namespace motcua::kiosk
