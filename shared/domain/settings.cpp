#include "domain/settings.h"

#include "domain/date.h"
#include "domain/dossier_code.h"
#include "domain/error.h"
#include "domain/payment/vietqr.h"
#include "domain/text.h"
#include "domain/work_calendar.h"

#include <charconv>
#include <cmath>

namespace motcua::domain {

namespace {

enum class Kind { Text, OfficeCode, Clock, Schedule, NonNegNumber, PositiveInt, Bool, Pin, UrlTemplate, BaseUrl, Paper, QrApplicant, TitleChoice, BankBin, BankAccount, AccountName, SecondLogin };

struct Rule {
    const char* key;
    Kind kind;
    double max;
};

// Kinds and upper bounds, beside the public specs (same order).
constexpr Rule kRules[] = {
    {"office.code", Kind::OfficeCode, 0},
    {"office.name", Kind::Text, 200},
    {"office.parent", Kind::Text, 200},
    {"office.place", Kind::Text, 100},
    {"office.address", Kind::Text, 300},
    {"office.phone", Kind::Text, 50},
    {"calendar.schedule", Kind::Schedule, 0},
    {"calendar.cutoff.direct", Kind::Clock, 0},
    {"calendar.cutoff.postal", Kind::Clock, 0},
    {"calendar.cutoff.online", Kind::Clock, 0},
    {"deadline.at_risk_days", Kind::NonNegNumber, 30},
    {"apology.extra_days", Kind::NonNegNumber, 60},
    {"apology.draft_days", Kind::NonNegNumber, 60},
    {"supplement.stop_after_days", Kind::NonNegNumber, 365},
    {"queue.priority_in_a_row", Kind::PositiveInt, 100},
    {"queue.transfer_to_front", Kind::Bool, 0},
    {"queue.default_service_minutes", Kind::NonNegNumber, 240},
    {"queue.pending_grace_seconds", Kind::PositiveInt, 3600},
    {"queue.repeat_call_seconds", Kind::NonNegNumber, 600},
    {"queue.open_early_minutes", Kind::NonNegNumber, 240},
    {"queue.stop_before_minutes", Kind::NonNegNumber, 240},
    {"qr.lookup_url", Kind::UrlTemplate, 300},
    {"public.url", Kind::BaseUrl, 200},
    {"qr.applicant_id", Kind::QrApplicant, 0},
    {"kiosk.admin_pin", Kind::Pin, 0},
    {"quality.weight.publicity", Kind::NonNegNumber, 100},
    {"quality.weight.progress", Kind::NonNegNumber, 100},
    {"quality.weight.online", Kind::NonNegNumber, 100},
    {"quality.weight.digitised", Kind::NonNegNumber, 100},
    {"quality.weight.satisfaction", Kind::NonNegNumber, 100},
    {"quality.weight.payment", Kind::NonNegNumber, 100},
    {"quality.cap.1.3", Kind::NonNegNumber, 100},
    {"quality.cap.2.1", Kind::NonNegNumber, 100},
    {"quality.cap.3.3", Kind::NonNegNumber, 100},
    {"quality.cap.3.6", Kind::NonNegNumber, 100},
    {"quality.cap.4.1", Kind::NonNegNumber, 100},
    {"quality.cap.4.2", Kind::NonNegNumber, 100},
    {"quality.cap.4.3", Kind::NonNegNumber, 100},
    {"quality.cap.5.4", Kind::NonNegNumber, 100},
    {"ticket.paper", Kind::Paper, 0},
    {"forms.apology_title", Kind::TitleChoice, 0},
    {"deadline.step_cap_to_due", Kind::Bool, 0},
    {"payment.bank_bin", Kind::BankBin, 0},
    {"payment.account", Kind::BankAccount, 0},
    {"payment.account_name", Kind::AccountName, 0},
    {"session.second_login", Kind::SecondLogin, 0},
    {"session.idle_minutes", Kind::PositiveInt, 1440},
    {"sign.pkcs11_module", Kind::Text, 300},
    {"sign.token_label", Kind::Text, 100},
    {"sign.position", Kind::Text, 200},
};

const Rule* findRule(std::string_view key)
{
    for (const auto& r : kRules)
        if (key == r.key) return &r;
    return nullptr;
}

[[noreturn]] void bad(std::string_view key, const std::string& why)
{
    throw Error(ErrorCode::InvalidInput, "Thiết lập " + std::string(key) + ": " + why);
}

bool parseDouble(std::string_view s, double& out)
{
    if (s.empty()) return false;
    auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), out);
    return ec == std::errc{} && p == s.data() + s.size() && std::isfinite(out);
}

}  // namespace

const std::vector<SettingSpec>& settingSpecs()
{
    static const std::vector<SettingSpec> kSpecs = {
        {"office.code", "000.00.20.H56", "Mã định danh điện tử của cơ quan (Quyết định 20/2020/QĐ-TTg)"},
        {"office.name", "Trung tâm Phục vụ hành chính công xã", "Tên bộ phận một cửa"},
        {"office.parent", "Ủy ban nhân dân xã", "Cơ quan chủ quản (dòng trên của tiêu đề văn bản)"},
        {"office.place", "Hà Tân", "Địa danh ghi ở dòng ngày tháng của văn bản"},
        {"office.address", "", "Địa chỉ trụ sở"},
        {"office.phone", "", "Số điện thoại liên hệ"},
        {"calendar.schedule", "mon-fri 07:30-11:30 13:30-17:00", "Giờ làm việc trong tuần"},
        {"calendar.cutoff.direct", "15:00", "Giờ chốt tiếp nhận trực tiếp: nhận sau giờ này tính từ ngày làm việc tiếp theo"},
        {"calendar.cutoff.postal", "15:00", "Giờ chốt tiếp nhận qua bưu chính công ích"},
        {"calendar.cutoff.online", "16:00", "Giờ chốt tiếp nhận trực tuyến (Nghị định 297/2025 Điều 6 khoản 3: một giờ trước khi hết giờ làm việc)"},
        {"deadline.at_risk_days", "1", "Số ngày làm việc trước hạn thì hồ sơ được coi là sắp đến hạn"},
        {"apology.extra_days", "5", "Số ngày làm việc đề xuất gia hạn trong phiếu xin lỗi"},
        // DOMAIN.md §2: the slip must be signed by due − 1 working day; the draft comes earlier.
        {"apology.draft_days", "2", "Số ngày làm việc trước hạn thì lập dự thảo phiếu xin lỗi (phải ký chậm nhất 1 ngày làm việc trước hạn)"},
        {"supplement.stop_after_days", "15", "Số ngày làm việc chờ bổ sung trước khi đề nghị dừng giải quyết (Nghị định 297/2025)"},
        {"queue.priority_in_a_row", "2", "Số vé ưu tiên được gọi liên tiếp trước khi đến lượt một vé thường"},
        {"queue.transfer_to_front", "yes", "Vé chuyển quầy/lĩnh vực được đưa lên đầu hàng (yes) hay giữ thứ tự (no)"},
        {"queue.default_service_minutes", "10", "Thời gian phục vụ ước tính (phút) khi chưa có số liệu"},
        {"queue.pending_grace_seconds", "120", "Sau bao nhiêu giây một vé đang in mà ki-ốt không xác nhận được coi là đã phát"},
        {"queue.repeat_call_seconds", "5", "Trong bao nhiêu giây sau khi gọi một số, lệnh gọi tiếp ở cùng quầy bị bỏ qua (bấm F5 hai lần); "
                                          "vé kết thúc trong khoảng này được đưa vào lại như vé bỏ qua (0: tắt)"},
        {"queue.open_early_minutes", "0", "Ki-ốt bắt đầu phát số trước giờ mở cửa bao nhiêu phút (mỗi buổi làm việc)"},
        {"queue.stop_before_minutes", "0", "Ki-ốt ngừng phát số trước giờ đóng cửa bao nhiêu phút (mỗi buổi làm việc)"},
        {"qr.lookup_url", "", "Mẫu địa chỉ tra cứu trong mã QR, ví dụ https://dichvucong.example/tra-cuu?ma={code}"},
        // Issue 14 item 5: the host's public port, as phones in the hall reach it.
        {"public.url", "",
         "Địa chỉ trang công khai của máy chủ (cổng công khai của motcua serve), ví dụ http://192.168.1.10:8080: "
         "giấy tiếp nhận in địa chỉ tra cứu {địa chỉ}/tra-cuu và mã QR mang cả mã hồ sơ lẫn mã kiểm tra (để trống: không in)"},
        // DOMAIN.md §4: the applicant's own slips carry their identifier in the QR; never a ticket.
        {"qr.applicant_id", "id",
         "Người nộp trong mã QR của phiếu trao cho người nộp: id (số định danh cá nhân/mã số tổ chức) hoặc masked_name (tên đã che)"},
        {"kiosk.admin_pin", "246810", "Mã PIN quản trị ki-ốt (4–8 chữ số)"},
        // Weights of the six groups of QĐ 766/QĐ-TTg as the national portal scores them (DOMAIN.md §7).
        {"quality.weight.publicity", "18", "Trọng số nhóm chỉ số công khai, minh bạch (QĐ 766/QĐ-TTg)"},
        {"quality.weight.progress", "20", "Trọng số nhóm chỉ số tiến độ giải quyết"},
        {"quality.weight.online", "12", "Trọng số nhóm chỉ số dịch vụ công trực tuyến"},
        {"quality.weight.digitised", "22", "Trọng số nhóm chỉ số số hoá hồ sơ"},
        {"quality.weight.satisfaction", "18", "Trọng số nhóm chỉ số mức độ hài lòng"},
        {"quality.weight.payment", "10", "Trọng số nhóm chỉ số thanh toán trực tuyến"},
        // Caps of the indicators the office computes (or keeps a place for), QĐ 766 numbering.
        {"quality.cap.1.3", "2", "Điểm tối đa chỉ số 1.3 (QĐ 766/QĐ-TTg): TTHC công khai đủ các bộ phận"},
        {"quality.cap.2.1", "20", "Điểm tối đa chỉ số 2.1 (QĐ 766/QĐ-TTg): hồ sơ giải quyết trước, đúng hạn"},
        {"quality.cap.3.3", "4", "Điểm tối đa chỉ số 3.3 (QĐ 766/QĐ-TTg): hồ sơ tiếp nhận trực tuyến"},
        {"quality.cap.3.6", "6", "Điểm tối đa chỉ số 3.6 (QĐ 766/QĐ-TTg): hồ sơ thanh toán trực tuyến"},
        {"quality.cap.4.1", "6", "Điểm tối đa chỉ số 4.1 (QĐ 766/QĐ-TTg): hồ sơ cấp kết quả điện tử"},
        {"quality.cap.4.2", "4", "Điểm tối đa chỉ số 4.2 (QĐ 766/QĐ-TTg): hồ sơ số hoá thành phần và kết quả"},
        {"quality.cap.4.3", "2", "Điểm tối đa chỉ số 4.3 (QĐ 766/QĐ-TTg): hồ sơ tái sử dụng dữ liệu số hoá"},
        {"quality.cap.5.4", "6", "Điểm tối đa chỉ số 5.4 (QĐ 766/QĐ-TTg): mức độ hài lòng"},
        {"ticket.paper", "80", "Khổ giấy in số thứ tự và phiếu nhiệt: 80 hoặc 58 (mm)"},
        {"forms.apology_title", "new", "Tiêu đề phiếu xin lỗi (mẫu 04): new = PHIẾU XIN LỖI VÀ ĐỀ NGHỊ GIA HẠN THỜI GIAN GIẢI QUYẾT (Thông tư 03/2025), old = PHIẾU XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ (Thông tư 01/2018)"},
        {"deadline.step_cap_to_due", "yes",
         "Hạn bước xử lý rơi sau hạn trả hồ sơ: rút về đúng hạn trả (yes) hay giữ nguyên, chỉ cảnh báo (no)"},
        // Issue 16: the account that receives fees by VietQR transfer (empty: no QR is shown).
        {"payment.bank_bin", "", "Mã BIN ngân hàng (6 chữ số, danh sách NAPAS) của tài khoản thu phí, lệ phí"},
        {"payment.account", "", "Số tài khoản thu phí, lệ phí (Kho bạc hoặc ngân hàng) cho mã VietQR"},
        {"payment.account_name", "", "Tên tài khoản thu phí, viết in hoa không dấu như ngân hàng ghi"},
        {"session.second_login", "refuse",
         "Một tài khoản đăng nhập ở quầy thứ hai khi còn đăng nhập ở quầy khác: refuse = từ chối (đăng xuất ở quầy kia "
         "trước), replace = cho đăng nhập và kết thúc phiên ở quầy kia"},
        // Issue 14 and issue 12 item 6: one idle limit for a staff session, networked or not.
        {"session.idle_minutes", "30",
         "Phiên đăng nhập của cán bộ tự kết thúc sau bấy nhiêu phút không thao tác (1–1440); một quầy im lặng quá lâu "
         "(máy treo, mất điện) không còn giữ tài khoản, đăng nhập được ở quầy khác"},
        // Issue 15 item 2: the officials' PKCS#11 token (where it is, not its PIN: the PIN is asked each time).
        {"sign.pkcs11_module", "",
         "Thư viện PKCS#11 của thiết bị ký số (USB token) trên máy quầy, ví dụ /usr/lib/x86_64-linux-gnu/softhsm/libsofthsm2.so "
         "hoặc thư viện của VNPT-CA, Viettel-CA, Ban Cơ yếu (để trống: không ký số ở quầy)"},
        {"sign.token_label", "", "Nhãn thiết bị ký số cần dùng khi cắm nhiều thiết bị (để trống: thiết bị duy nhất đang cắm)"},
        {"sign.position", "", "Chức vụ người ký in trong ô chữ ký số, ví dụ Chủ tịch UBND xã (để trống: không in)"},
    };
    return kSpecs;
}

const SettingSpec* findSetting(std::string_view key)
{
    for (const auto& s : settingSpecs())
        if (key == s.key) return &s;
    return nullptr;
}

std::string validateSetting(std::string_view key, std::string_view value)
{
    const Rule* rule = findRule(key);
    if (!rule || !findSetting(key))
        throw Error(ErrorCode::InvalidInput, "Không có thiết lập \"" + std::string(key) + "\"");
    switch (rule->kind) {
    case Kind::Text: return cleanText(value, rule->key, static_cast<std::size_t>(rule->max), true);
    case Kind::OfficeCode:
        if (!isValidOfficeCode(value)) bad(key, "mã cơ quan gồm các nhóm chữ số/chữ in hoa cách nhau bởi dấu chấm, ví dụ 000.00.20.H56");
        return std::string(value);
    case Kind::Clock: {
        const auto m = parseClock(value);
        if (!m || *m >= 24 * 60) bad(key, "giờ dạng HH:MM, ví dụ 15:00");
        return formatClock(*m);
    }
    case Kind::Schedule:
        if (!isValidUtf8(value)) bad(key, "không phải UTF-8");
        return WeeklySchedule::parse(value).format();
    case Kind::NonNegNumber:
    case Kind::PositiveInt: {
        double v = 0;
        if (!parseDouble(value, v) || v < 0 || v > rule->max)
            bad(key, "phải là số từ 0 đến " + std::to_string(static_cast<int>(rule->max)));
        if (rule->kind == Kind::PositiveInt && (v < 1 || v != std::floor(v)))
            bad(key, "phải là số nguyên từ 1 đến " + std::to_string(static_cast<int>(rule->max)));
        return std::string(value);
    }
    case Kind::Bool:
        if (value == "yes" || value == "no") return std::string(value);
        bad(key, "chỉ nhận yes hoặc no");
    case Kind::Pin:
        if (value.size() < 4 || value.size() > 8) bad(key, "mã PIN gồm 4 đến 8 chữ số");
        for (char c : value)
            if (c < '0' || c > '9') bad(key, "mã PIN chỉ gồm chữ số");
        return std::string(value);
    case Kind::UrlTemplate: {
        std::string v = cleanText(value, rule->key, static_cast<std::size_t>(rule->max), true);
        if (!v.empty() && ((v.rfind("https://", 0) != 0 && v.rfind("http://", 0) != 0) ||
                           v.find("{code}") == std::string::npos || v.find(' ') != std::string::npos))
            bad(key, "địa chỉ http(s) không có khoảng trắng và chứa {code}");
        return v;
    }
    case Kind::BaseUrl: {
        std::string v = cleanText(value, rule->key, static_cast<std::size_t>(rule->max), true);
        while (!v.empty() && v.back() == '/') v.pop_back();
        const auto scheme = v.rfind("https://", 0) == 0 ? 8u : v.rfind("http://", 0) == 0 ? 7u : 0u;
        const bool plain = v.find_first_of(" ?#{}\"<>") == std::string::npos;
        if (!v.empty() && (scheme == 0 || v.size() == scheme || !plain))
            bad(key, "địa chỉ dạng http://MÁY:CỔNG (ví dụ http://192.168.1.10:8080), không có khoảng trắng, ? hay #");
        return v;
    }
    case Kind::Paper:
        if (value == "80" || value == "58") return std::string(value);
        bad(key, "khổ giấy chỉ nhận 80 hoặc 58 (mm)");
    case Kind::QrApplicant:
        if (value == "id" || value == "masked_name") return std::string(value);
        bad(key, "chỉ nhận id (số định danh) hoặc masked_name (tên đã che)");
    case Kind::BankBin: return value.empty() ? std::string() : validateBankBin(value);
    case Kind::BankAccount: return value.empty() ? std::string() : validateBankAccount(value);
    case Kind::AccountName: return value.empty() ? std::string() : validateAccountName(value);
    case Kind::SecondLogin:
        if (value == "refuse" || value == "replace") return std::string(value);
        bad(key, "chỉ nhận refuse (từ chối lần đăng nhập thứ hai) hoặc replace (kết thúc phiên ở quầy kia)");
    case Kind::TitleChoice:
        if (value == "new" || value == "old") return std::string(value);
        bad(key, "chỉ nhận new (tiêu đề theo Thông tư 03/2025) hoặc old (tiêu đề cũ theo Thông tư 01/2018)");
    }
    bad(key, "không hợp lệ");
}

double settingNumber(std::string_view value)
{
    double v = 0;
    return parseDouble(value, v) ? v : 0;
}

bool settingBool(std::string_view value) { return value == "yes"; }

bool isSecretSetting(std::string_view key)
{
    const auto* rule = findRule(key);
    return rule != nullptr && rule->kind == Kind::Pin;
}

}  // namespace motcua::domain
