// Applying the administration commands: opening a section, settings, the holiday calendar,
// service groups and counters, the test print and backup/restore. Procedures and staff are in
// apply_admin_people.cpp. Fields are checked here first so a bad value is named next to its
// field and nothing is sent to the Desk.
#include "counter/admin/apply.h"
#include "counter/admin/apply_parts.h"

#include "documents/ticket.h"
#include "domain/error.h"
#include "domain/queue_rules.h"
#include "domain/settings.h"
#include "domain/text.h"

#include <charconv>
#include <cstdio>
#include <filesystem>

namespace motcua::counter {

namespace {

using A = AdminAction;

void applyAdminAction(service::Desk& desk, documents::Printer& printer, CounterState& s, const Command& c);

/// "202611231015" from the office clock, for file names.
std::string stamp(domain::Instant t)
{
    const auto l = domain::toLocal(t);
    char buf[32];
    std::snprintf(buf, sizeof buf, "%04d%02d%02d-%02d%02d", l.date.year, l.date.month, l.date.day, l.minuteOfDay / 60,
                  l.minuteOfDay % 60);
    return buf;
}

// [SECTION] settings

void saveSettings(service::Desk& desk, CounterState& s)
{
    auto& a = s.admin;
    a.errors.clear();
    std::map<std::string, std::string> values;
    for (const auto& key : adminSettingKeys(a.section)) {
        const std::string& v = a.edits[key];
        try {
            values[key] = domain::validateSetting(key, v);
        } catch (const Error& e) {
            // Shown beside its field: "Thiết lập office.code: mã …" becomes "Mã …".
            std::string why = e.what();
            const std::string prefix = "Thiết lập " + key + ": ";
            if (why.rfind(prefix, 0) == 0) why.erase(0, prefix.size());
            if (!why.empty() && why[0] >= 'a' && why[0] <= 'z') why[0] = static_cast<char>(why[0] - 'a' + 'A');
            a.errors[key] = why;
        }
    }
    if (!a.errors.empty()) {
        fail(a, "Chưa lưu: " + std::to_string(a.errors.size()) + " ô chưa hợp lệ (xem thông báo đỏ cạnh ô).");
        return;
    }
    for (const auto& [key, value] : desk.setSettings(values)) a.edits[key] = value;
    done(a, "Đã lưu các thiết lập của mục \"" + std::string(adminSectionLabel(a.section)) + "\".");
}

// [SECTION] holidays

void setDay(service::Desk& desk, CounterState& s)
{
    auto& a = s.admin;
    a.errors.clear();
    const auto date = parseAdminDate(a.dayDate);
    if (!date) a.errors["day-date"] = "Ngày phải có dạng dd/mm/yyyy, ví dụ 02/09/2027";
    if (a.dayName.size() > 600 || !domain::isValidUtf8(a.dayName)) a.errors["day-name"] = "Tên ngày quá dài hoặc không hợp lệ";
    if (!a.errors.empty()) return;
    const auto kind = a.dayIsHoliday ? domain::CalendarOverride::Holiday : domain::CalendarOverride::Workday;
    desk.setCalendarDay(*date, kind, a.dayName);
    done(a, std::string("Đã đặt ngày ") + date->vn() + (a.dayIsHoliday ? " là ngày nghỉ" : " là ngày làm việc bù") + ".");
    a.year = date->year;
    a.dayDate.clear();
    a.dayName.clear();
}

void changeDay(service::Desk& desk, CounterState& s, const Command& c)
{
    const auto date = domain::parseDate(c.code);
    if (!date) throw Error(ErrorCode::InvalidInput, "Ngày \"" + c.code + "\" không hợp lệ");
    if (c.admin == A::RemoveDay) {
        desk.setCalendarDay(*date, std::nullopt, {});
        done(s.admin, "Đã bỏ ngày " + date->vn() + " khỏi lịch: ngày này theo lịch làm việc trong tuần.");
    } else {
        desk.setCalendarDay(*date, domain::CalendarOverride::Holiday, c.text);
        done(s.admin, "Đã xác nhận " + c.text + " (" + date->vn() + ") là ngày nghỉ.");
    }
}

// [SECTION] groups and counters

void editGroup(CounterState& s, const Command& c)
{
    auto& a = s.admin;
    a.errors.clear();
    a.counter.reset();
    a.group = GroupForm{};
    for (const auto& g : a.groups)
        if (g.code == c.code) a.group = GroupForm{false, g.code, g.prefix, g.name};
}

void saveGroup(service::Desk& desk, CounterState& s)
{
    auto& a = s.admin;
    if (!a.group) return;
    auto& f = *a.group;
    a.errors.clear();
    if (f.isNew && !domain::isValidGroupCode(f.code)) a.errors["group-code"] = "Mã nhóm gồm 1–8 chữ in hoa hoặc chữ số, ví dụ HT";
    if (!domain::isValidTicketPrefix(f.prefix)) a.errors["group-prefix"] = "Tiền tố số vé gồm 1–3 chữ cái in hoa, ví dụ A";
    if (auto why = textProblem(f.name, "Tên nhóm", 100); !why.empty()) a.errors["group-name"] = why;
    if (!a.errors.empty()) return;
    const domain::ServiceGroup g{0, f.code, f.prefix, f.name, {}};
    const auto saved = f.isNew ? desk.addGroup(g) : desk.updateGroup(g);
    done(a, "Đã lưu nhóm " + saved.code + " – " + saved.name + " (số vé " + saved.prefix + "…).");
    a.group.reset();
}

void editCounter(CounterState& s, const Command& c)
{
    auto& a = s.admin;
    a.errors.clear();
    a.group.reset();
    a.counter = CounterForm{};
    for (const auto& k : a.counters)
        if (k.number == c.number)
            a.counter = CounterForm{false, std::to_string(k.number), k.name, k.open, {k.groups.begin(), k.groups.end()}};
}

void saveCounter(service::Desk& desk, CounterState& s)
{
    auto& a = s.admin;
    if (!a.counter) return;
    auto& f = *a.counter;
    a.errors.clear();
    int number = 0;
    const auto [p, ec] = std::from_chars(f.number.data(), f.number.data() + f.number.size(), number);
    if (ec != std::errc{} || p != f.number.data() + f.number.size() || number < 1 || number > 999)
        a.errors["counter-number"] = "Số quầy là số nguyên từ 1 đến 999";
    if (auto why = textProblem(f.name, "Tên quầy", 100); !why.empty()) a.errors["counter-name"] = why;
    if (!a.errors.empty()) return;
    const domain::Counter k{number, f.name, f.open, {f.groups.begin(), f.groups.end()}};
    const auto saved = f.isNew ? desk.addCounter(k) : desk.updateCounter(k);
    done(a, "Đã lưu " + saved.name + (saved.open ? " (đang mở)" : " (đóng)") + ".");
    a.counter.reset();
}

// [SECTION] printer and backup

void testPrint(service::Desk& desk, documents::Printer& printer, CounterState& s)
{
    const auto settings = desk.settings();
    service::IssuedTicket sample;
    sample.ticket.label = "TEST";
    sample.ticket.issuedAt = desk.now();
    sample.groupName = "In thử – Test print";
    try {
        const std::string where =
            printer.print(documents::renderTicket(documents::ticketData(sample, settings), documents::ticketPaper(settings)));
        done(s.admin, "Đã in thử phiếu khổ " + std::string(settings.count("ticket.paper") ? settings.at("ticket.paper") : "80") +
                          " mm ra " + where + ".");
    } catch (const std::exception& e) {
        fail(s.admin, std::string("Không in được: ") + e.what() + ". Kiểm tra máy in (" + printer.describe() + ").");
    }
}

void backupNow(service::Desk& desk, CounterState& s)
{
    auto& a = s.admin;
    a.errors.clear();
    std::string path = a.backupPath;
    if (path.empty()) {
        a.errors["backup-path"] = "Nhập đường dẫn tệp hoặc thư mục để ghi bản sao lưu";
        return;
    }
    std::error_code ec;
    if (std::filesystem::is_directory(path, ec)) path = (std::filesystem::path(path) / ("motcua-sao-luu-" + stamp(desk.now()) + ".db")).string();
    try {
        desk.backup(path);
    } catch (const Error& e) {
        a.errors["backup-path"] = e.what();
        return;
    }
    done(a, "Đã sao lưu dữ liệu vào " + path + ".");
}

void askRestore(CounterState& s)
{
    auto& a = s.admin;
    a.errors.clear();
    std::error_code ec;
    if (a.restorePath.empty()) a.errors["restore-path"] = "Nhập đường dẫn tệp sao lưu cần khôi phục";
    else if (!std::filesystem::is_regular_file(a.restorePath, ec)) a.errors["restore-path"] = "Không có tệp " + a.restorePath;
    a.confirmRestore = a.errors.empty();
}

void restore(service::Desk& desk, CounterState& s)
{
    auto& a = s.admin;
    a.confirmRestore = false;
    const std::string safety = desk.restoreBackup(a.restorePath);
    s.procedures = desk.procedures("");
    done(a, "Đã khôi phục dữ liệu từ " + a.restorePath + ". Dữ liệu trước khi khôi phục được giữ tại " + safety + ".");
}

}  // namespace

void done(AdminState& a, const std::string& text)
{
    a.message = text;
    a.messageIsError = false;
}

void fail(AdminState& a, const std::string& text)
{
    a.message = text;
    a.messageIsError = true;
}

std::string textProblem(const std::string& value, const char* label, std::size_t maxChars, bool allowEmpty)
{
    try {
        (void)domain::cleanText(value, label, maxChars, allowEmpty);
        return {};
    } catch (const Error& e) {
        return e.what();
    }
}

void openAdminSection(service::Desk& desk, CounterState& s, AdminSection section)
{
    auto& a = s.admin;
    s.tab = Tab::Admin;
    a.section = section;
    a.loaded = true;
    a.message.clear();
    a.errors.clear();
    a.confirmRestore = false;
    a.group.reset();
    a.counter.reset();
    a.procedure.reset();
    a.member.reset();
    a.importErrors.clear();
    a.year = domain::localDate(desk.now()).year;
    refreshAdmin(desk, s);
    a.edits.clear();
    for (const auto& key : adminSettingKeys(section)) a.edits[key] = a.settings[key];
}

void refreshAdmin(service::Desk& desk, CounterState& s)
{
    auto& a = s.admin;
    if (!s.can(adminPermission(a.section))) return;
    a.settings = desk.settings();
    switch (a.section) {
    case AdminSection::Holidays:
        try {
            a.schedule = domain::WeeklySchedule::parse(a.settings["calendar.schedule"]);
        } catch (const Error&) {
            a.schedule = domain::WeeklySchedule::standard();  // a stored schedule is valid; be safe anyway
        }
        a.days = desk.calendarYear(a.year);
        a.suggestions = desk.suggestHolidays(a.year);
        a.yearConfirmed = false;
        for (const int y : desk.confirmedCalendarYears()) a.yearConfirmed |= y == a.year;
        break;
    case AdminSection::Groups:
        a.groups.clear();
        for (auto& g : desk.groupStatuses()) a.groups.push_back(std::move(g.group));
        a.counters = desk.counters();
        break;
    case AdminSection::Procedures: a.procedures = desk.procedures(""); break;
    case AdminSection::Staff: a.staff = desk.staffAccounts(); break;
    default: break;
    }
}

void reportAdmin(CounterState& s, const Error& e)
{
    fail(s.admin, std::string(e.code() == ErrorCode::Forbidden ? "Không được phép: " : "Chưa lưu: ") + e.what());
}

void applyAdmin(service::Desk& desk, documents::Printer& printer, CounterState& s, const Command& c)
{
    auto& a = s.admin;
    if (c.admin != A::Open && !s.can(adminPermission(a.section)))
        throw Error(ErrorCode::Forbidden, "vai trò của bạn không quản lý mục này");
    a.message.clear();
    applyAdminAction(desk, printer, s, c);
    if (!a.errors.empty() && a.message.empty()) fail(a, "Chưa lưu: kiểm tra các ô có thông báo đỏ.");
}

namespace {

void applyAdminAction(service::Desk& desk, documents::Printer& printer, CounterState& s, const Command& c)
{
    auto& a = s.admin;
    switch (c.admin) {
    case A::None: return;
    case A::Open: openAdminSection(desk, s, static_cast<AdminSection>(c.number)); return;
    case A::SaveSettings: saveSettings(desk, s); return;
    case A::Year:
        if (c.number < 1900 || c.number > 2199) throw Error(ErrorCode::InvalidInput, "Năm phải trong khoảng 1900–2199");
        a.year = c.number;
        return;
    case A::SetDay: setDay(desk, s); return;
    case A::RemoveDay:
    case A::ConfirmSuggestion: changeDay(desk, s, c); return;
    case A::ConfirmYear:
        desk.confirmCalendarYear(c.number);
        done(a, "Đã xác nhận lịch nghỉ năm " + std::to_string(c.number) + ": hạn trả trong năm này chỉ theo lịch đã lưu.");
        return;
    case A::NewGroup: editGroup(s, c); return;  // no such code: a blank form
    case A::EditGroup: editGroup(s, c); return;
    case A::SaveGroup: saveGroup(desk, s); return;
    case A::NewCounter: editCounter(s, c); return;  // number 0: a blank form
    case A::EditCounter: editCounter(s, c); return;
    case A::SaveCounter: saveCounter(desk, s); return;
    case A::TestPrint: testPrint(desk, printer, s); return;
    case A::Backup: backupNow(desk, s); return;
    case A::AskRestore: askRestore(s); return;
    case A::Restore: restore(desk, s); return;
    case A::CancelRestore: a.confirmRestore = false; return;
    default: applyAdminPeople(desk, s, c); return;
    }
}

}  // namespace

}  // namespace motcua::counter
