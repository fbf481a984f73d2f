#include "server/public/status_page.h"

#include "domain/date.h"
#include "domain/dossier_state.h"

#include <cstdio>

namespace motcua::server {

namespace {

constexpr const char* kStyle = R"CSS(
*{box-sizing:border-box}body{margin:0;font:17px/1.45 "Noto Sans",system-ui,sans-serif;background:#f2f5f9;color:#14243a}
header{background:#0c203a;color:#fff;padding:14px 16px}header h1{margin:0;font-size:20px}
main{max-width:560px;margin:0 auto;padding:12px}.card{background:#fff;border-radius:10px;padding:14px 16px;margin:12px 0;
box-shadow:0 1px 3px rgba(0,0,0,.12)}label{display:block;font-weight:600;margin:10px 0 4px}
input{width:100%;font-size:20px;padding:10px;border:1px solid #9aa8b8;border-radius:8px;text-transform:uppercase}
button{margin-top:14px;width:100%;font-size:19px;padding:12px;border:0;border-radius:8px;background:#1c5fb0;color:#fff}
.hint{color:#4a5a6e;font-size:15px}.msg{border-left:5px solid #c0392b}.ok{border-left:5px solid #1e8e4e}
.late{color:#b3261e;font-weight:700}dl{margin:0}dt{color:#4a5a6e;font-size:15px;margin-top:8px}dd{margin:0;font-weight:600}
ol{padding-left:22px;margin:6px 0}li{margin:6px 0}.code{font-family:monospace;font-size:19px}
)CSS";

std::string page(const std::string& title, const std::string& body)
{
    return "<!DOCTYPE html>\n<html lang=\"vi\"><head><meta charset=\"utf-8\">"
           "<meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">"
           "<meta name=\"robots\" content=\"noindex\"><title>" +
           escapeHtml(title) + "</title><style>" + kStyle + "</style></head><body><header><h1>Tra cứu hồ sơ</h1></header><main>" +
           body + "</main></body></html>\n";
}

std::string form()
{
    return R"(<form class="card" method="get" action="/tra-cuu">
<label for="ma">Mã hồ sơ</label><input id="ma" name="ma" autocomplete="off" placeholder="000.00.20.H56-261127-0001" required>
<label for="kiem">Mã kiểm tra</label><input id="kiem" name="kiem" autocomplete="off" placeholder="6 ký tự" maxlength="20" required>
<p class="hint">Hai mã in trên Giấy tiếp nhận hồ sơ và hẹn trả kết quả. Quét mã QR trên giấy sẽ mở thẳng trang này.</p>
<button type="submit">Tra cứu</button></form>)";
}

std::string when(domain::Instant t)
{
    const auto l = domain::toLocal(t);
    char buf[48];
    std::snprintf(buf, sizeof buf, "%02d:%02d ngày %02d/%02d/%04d", l.minuteOfDay / 60, l.minuteOfDay % 60, l.date.day,
                  l.date.month, l.date.year);
    return buf;
}

}  // namespace

std::string escapeHtml(std::string_view text)
{
    std::string out;
    out.reserve(text.size());
    for (char c : text) {
        switch (c) {
        case '&': out += "&amp;"; break;
        case '<': out += "&lt;"; break;
        case '>': out += "&gt;"; break;
        case '"': out += "&quot;"; break;
        case '\'': out += "&#39;"; break;
        default: out += c;
        }
    }
    return out;
}

std::string statusFormPage() { return page("Tra cứu hồ sơ", form()); }

std::string statusViewPage(const domain::PublicDossierView& v)
{
    std::string b = "<section class=\"card ok\"><dl>";
    b += "<dt>Mã hồ sơ</dt><dd class=\"code\">" + escapeHtml(v.code) + "</dd>";
    b += "<dt>Thủ tục</dt><dd>" + escapeHtml(v.procedureName) + "</dd>";
    b += "<dt>Người nộp</dt><dd>" + escapeHtml(v.maskedName) + "</dd>";
    b += "<dt>Tình trạng</dt><dd>" + escapeHtml(domain::statusLabel(v.status)) +
         (v.late ? " <span class=\"late\">(quá hạn)</span>" : "") + "</dd>";
    b += "<dt>Tiếp nhận</dt><dd>" + when(v.receivedAt) + "</dd>";
    b += "<dt>Hẹn trả kết quả</dt><dd>" + when(v.dueAt) + "</dd>";
    if (v.returnedAt) b += "<dt>Đã trả kết quả</dt><dd>" + when(*v.returnedAt) + "</dd>";
    b += "</dl></section>";
    if (!v.steps.empty()) {
        b += "<section class=\"card\"><h2>Các bước xử lý</h2><ol>";
        for (const auto& s : v.steps)
            b += "<li>" + escapeHtml(s.unit) + ": nhận " + when(s.handedAt) +
                 (s.doneAt ? ", xong " + when(*s.doneAt) : std::string(", đang xử lý")) + "</li>";
        b += "</ol></section>";
    }
    for (const auto& a : v.apologies)
        b += "<section class=\"card msg\"><h2>Phiếu xin lỗi số " + escapeHtml(a.number) + "</h2><p>" + escapeHtml(a.reason) +
             "</p><p>Hẹn trả kết quả mới: <b>" + when(a.newDueAt) + "</b></p></section>";
    return page("Hồ sơ " + v.code, b + form());
}

std::string statusNotFoundPage()
{
    return page("Không tìm thấy hồ sơ",
                "<section class=\"card msg\"><p><b>Không tìm thấy hồ sơ với mã hồ sơ và mã kiểm tra đã nhập.</b></p>"
                "<p>Xin xem lại hai mã trên Giấy tiếp nhận (mã kiểm tra gồm 6 chữ và số) rồi nhập lại, hoặc hỏi tại quầy.</p></section>" +
                    form());
}

std::string statusTooManyPage()
{
    return page("Tra cứu quá nhiều lần",
                "<section class=\"card msg\"><p><b>Máy của bạn đã tra cứu quá nhiều lần trong một phút.</b></p>"
                "<p>Xin đợi một phút rồi thử lại.</p></section>");
}

std::string statusUnavailablePage()
{
    return page("Tạm thời chưa tra cứu được",
                "<section class=\"card msg\"><p><b>Hệ thống đang bận, chưa tra cứu được.</b></p>"
                "<p>Xin thử lại sau ít phút hoặc hỏi tại quầy.</p></section>" + form());
}

std::string notFoundPage()
{
    return page("Không có trang này", "<section class=\"card msg\"><p><b>Không có trang này.</b></p>"
                                      "<p>Màn hình phòng chờ: <a href=\"/wall\">/wall</a> — tra cứu hồ sơ: "
                                      "<a href=\"/tra-cuu\">/tra-cuu</a></p></section>");
}

}  // namespace motcua::server
