// `motcua` commands for setting up and looking after the store: init (and the demo office),
// procedures, calendar, settings, staff, audit, backup, and the office status overview.
#include "cli.h"
#include "cli_output.h"
#include "assets.h"
#include "cli_files.h"

#include "domain/holiday_suggestions.h"
#include "domain/text.h"
#include "service/demo_data.h"
#include "service/store_admin.h"

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>
#include <sys/stat.h>
#include <unistd.h>

namespace motcua::cli {

namespace {

bool fileExists(const std::string& path)
{
    struct stat st {};
    return ::stat(path.c_str(), &st) == 0;
}

bool isEmptyFile(const std::string& path)
{
    struct stat st {};
    return ::stat(path.c_str(), &st) == 0 && S_ISREG(st.st_mode) && st.st_size == 0;
}

int cmdInit(Context& c)
{
    if (c.dbPath.empty()) throw UsageError("Chưa chỉ định tệp cơ sở dữ liệu: dùng --db PATH hoặc biến MOTCUA_DB");
    const bool demo = c.args.has("--demo");
    const auto password = c.args.get("--admin-password");
    if (password && (password->size() < 8 || password->size() > 128))
        throw UsageError("--admin-password phải dài từ 8 đến 128 ký tự");
    Json j;
    const bool emptyFile = isEmptyFile(c.dbPath);  // e.g. made by `touch`: a new store goes there
    if (fileExists(c.dbPath) && !emptyFile) {
        if (demo) throw Error(ErrorCode::InvalidInput, "Tệp " + c.dbPath + " đã có; dữ liệu mẫu chỉ tạo trên tệp mới");
        const int ran = service::upgradeStore(c.dbPath);
        j = {{"db", c.dbPath}, {"created", false}, {"migrations", ran}, {"schema_version", service::schemaVersion()}};
        if (c.json) printJson(c.out, j);
        else c.out << (ran ? "Đã nâng cấp cơ sở dữ liệu lên phiên bản " : "Cơ sở dữ liệu đã ở phiên bản mới nhất ")
                   << service::schemaVersion() << "\n";
        return kOk;
    }
    // Built beside the target and renamed into place, so a failure leaves no half-made store.
    const std::string tmp = c.dbPath + ".init-" + std::to_string(::getpid());
    try {
        const std::string adminPassword =
            service::createFirstAdmin(tmp, demo ? password.value_or(service::kDemoPassword) : password.value_or(""));
        {
            auto desk = service::openSqliteDesk(tmp);
            desk->actAs("admin");
            desk->importHolidays(embeddedAsset("holidays/vn-holidays.csv"));
        }
        service::DemoSummary summary;
        if (demo)
        {
            summary = service::seedDemo(tmp, c.now, embeddedAsset("holidays/vn-holidays.csv"),
                                        embeddedAsset("catalog/procedures.csv"));
            (void)digitiseDemo(tmp, c.now);
        }
        service::checkpointStore(tmp);
        if (fileExists(c.dbPath) && !(emptyFile && isEmptyFile(c.dbPath)))
            throw Error(ErrorCode::Conflict, "Tệp " + c.dbPath + " vừa được tạo bởi tiến trình khác");
        // The digitised files' folder first (demo only), so the store never names a missing file.
        if (fileExists(tmp + ".files") && std::rename((tmp + ".files").c_str(), (c.dbPath + ".files").c_str()) != 0)
            throw Error(ErrorCode::Storage, "Không tạo được thư mục " + c.dbPath + ".files (đã có?)");
        if (std::rename(tmp.c_str(), c.dbPath.c_str()) != 0)
            throw Error(ErrorCode::Storage, "Không tạo được tệp " + c.dbPath);
        for (const char* suffix : {"-wal", "-shm"}) std::remove((tmp + suffix).c_str());
        j = {{"db", c.dbPath}, {"created", true}, {"schema_version", service::schemaVersion()},
             {"demo", demo}, {"dossiers", summary.dossiers}, {"tickets", summary.tickets}};
        if (!password) j["admin_password"] = adminPassword;
        if (c.json) {
            printJson(c.out, j);
        } else {
            c.out << "Đã tạo cơ sở dữ liệu " << c.dbPath << (demo ? " với dữ liệu mẫu" : "") << "\n";
            if (!password) c.out << "Tài khoản quản trị: admin, mật khẩu: " << adminPassword << " (hãy đổi ngay)\n";
        }
        return kOk;
    } catch (...) {
        for (const char* suffix : {"", "-wal", "-shm", "-journal"}) std::remove((tmp + suffix).c_str());
        std::error_code ec;
        std::filesystem::remove_all(tmp + ".files", ec);
        throw;
    }
}

int cmdProcedureList(Context& c)
{
    const auto list = c.desk().procedures(c.args.get("--field").value_or(""));
    if (c.json) {
        Json arr = Json::array();
        for (const auto& p : list)
            arr.push_back({{"code", p.code}, {"name", p.name}, {"field", p.field}, {"days", p.days}, {"fee", p.feeVnd}});
        printJson(c.out, arr);
        return kOk;
    }
    for (const auto& p : list)
        c.out << pad(p.code, 10) << pad(p.field, 22) << pad(p.days == 0 ? "trong ngày" : std::to_string(p.days).substr(0, 4) + " ngày", 12)
              << p.name << "\n";
    return kOk;
}

/// One procedure with its papers numbered as `case receive --paper N` takes them.
int cmdProcedureShow(Context& c)
{
    const auto p = c.desk().procedure(c.args.require("--code"));
    if (c.json) {
        printJson(c.out, procedureJson(p));
        return kOk;
    }
    c.out << p.code << "  " << p.name << "\nLĩnh vực: " << p.field << " · thời hạn " << p.days << " ngày làm việc · "
          << p.unit << "\nGiấy tờ (số dùng cho case receive --paper):\n";
    for (std::size_t i = 0; i < p.papers.size(); ++i)
        c.out << "  " << i + 1 << ". [" << domain::paperKindLabel(p.papers[i].kind) << "] " << p.papers[i].text << "\n";
    return kOk;
}

int cmdProcedureImport(Context& c)
{
    const auto text = readInputFile(c.args.require("--csv"));
    const auto report = c.desk().importProcedures(text);
    if (!report.errors.empty()) {
        std::string all;
        for (const auto& e : report.errors) all += (all.empty() ? "" : "; ") + e;
        throw UsageError("Tệp có " + std::to_string(report.errors.size()) + " dòng lỗi, không nhập thủ tục nào: " + all);
    }
    if (c.json) printJson(c.out, {{"imported", report.procedures.size()}});
    else c.out << "Đã nhập " << report.procedures.size() << " thủ tục\n";
    return kOk;
}

int cmdProcedureExport(Context& c)
{
    const std::string path = c.args.require("--csv");
    const std::string text = c.desk().exportProcedures();
    writeOutputFile(path, text);
    if (c.json) printJson(c.out, {{"exported", path}});
    else c.out << "Đã xuất danh mục thủ tục ra " << path << "\n";
    return kOk;
}

int cmdCalendarDue(Context& c)
{
    const auto from = c.args.getTime("--from");
    if (!from) throw UsageError("Thiếu tuỳ chọn bắt buộc --from");
    c.args.requireOneOf({"--days", "--hours"});
    const auto channel = domain::parseChannel(c.args.get("--channel").value_or("direct"));
    if (!channel) throw UsageError("--channel chỉ nhận direct, online hoặc postal");
    const auto e = c.args.has("--days") ? c.desk().dueForDays(*from, *c.args.getNumber("--days", 0, 365), *channel)
                                        : c.desk().dueForHours(*from, *c.args.getNumber("--hours", 0.01, 8760));
    // DOMAIN.md §8: a deadline reaching into an unconfirmed year carries a warning.
    const std::string warning = domain::unconfirmedYearsWarning(e.unconfirmedYears);
    if (!warning.empty()) std::cerr << "Cảnh báo: " << warning << "\n";
    if (c.json) {
        Json j{{"from", timeJson(e.from)}, {"start", timeJson(e.start)}, {"due", timeJson(e.due)}};
        if (!warning.empty()) {
            j["unconfirmed_years"] = e.unconfirmedYears;
            j["calendar_warning"] = warning;
        }
        printJson(c.out, j);
    } else {
        c.out << domain::formatLocal(e.due) << "\n";
    }
    return kOk;
}

int cmdCalendarConfirm(Context& c)
{
    const auto year = c.args.getInt("--year", 1900, 2199);
    if (!year) throw UsageError("Thiếu tuỳ chọn bắt buộc --year");
    c.desk().confirmCalendarYear(static_cast<int>(*year));
    if (c.json) printJson(c.out, {{"confirmed", *year}});
    else c.out << "Đã xác nhận lịch nghỉ năm " << *year << "\n";
    return kOk;
}

int cmdCalendarSet(Context& c)
{
    const auto date = c.args.getDate("--date");
    if (!date) throw UsageError("Thiếu tuỳ chọn bắt buộc --date");
    const std::string kind = c.args.require("--kind");
    std::optional<domain::CalendarOverride> k;
    if (kind == "holiday") k = domain::CalendarOverride::Holiday;
    else if (kind == "workday") k = domain::CalendarOverride::Workday;
    else if (kind != "normal") throw UsageError("--kind chỉ nhận holiday, workday hoặc normal");
    c.desk().setCalendarDay(*date, k, c.args.get("--name").value_or(""));
    if (c.json) printJson(c.out, {{"date", date->iso()}, {"kind", kind}});
    else c.out << "Đã đặt " << date->vn() << ": " << kind << "\n";
    return kOk;
}

int cmdCalendarList(Context& c)
{
    const int year = static_cast<int>(c.args.getInt("--year", 1900, 2199).value_or(domain::localDate(c.now).year));
    const auto days = c.desk().calendarYear(year);
    Json arr = Json::array();
    for (const auto& d : days) {
        const char* kind = d.kind == domain::CalendarOverride::Holiday ? "holiday" : "workday";
        if (c.json)
            arr.push_back({{"date", d.date.iso()}, {"kind", kind}, {"name", d.name}, {"source", d.source}, {"verified", d.verified}});
        else
            c.out << d.date.iso() << "  " << pad(kind, 8) << "  " << pad(d.name, 40) << "  " << d.source << "\n";
    }
    if (c.json) printJson(c.out, arr);
    return kOk;
}

int cmdCalendarSuggest(Context& c)
{
    const auto year = c.args.getInt("--year", 1900, 2199);
    if (!year) throw UsageError("Thiếu tuỳ chọn bắt buộc --year");
    const auto list = c.desk().suggestHolidays(static_cast<int>(*year));
    Json arr = Json::array();
    for (const auto& s : list) {
        if (c.json)
            arr.push_back({{"date", s.date.iso()}, {"name", s.name}, {"reason", s.reason}, {"in_calendar", s.alreadyInCalendar}});
        else
            c.out << s.date.iso() << "  " << pad(s.name, 48) << (s.alreadyInCalendar ? "  (đã có trong lịch)" : "") << "\n";
    }
    if (c.json) printJson(c.out, arr);
    return kOk;
}

int cmdCalendarImport(Context& c)
{
    const int n = c.desk().importHolidays(readInputFile(c.args.require("--csv")));
    if (c.json) printJson(c.out, {{"imported", n}});
    else c.out << "Đã nhập " << n << " ngày\n";
    return kOk;
}

int cmdSettingList(Context& c)
{
    const auto all = c.desk().settings();
    if (c.json) {
        Json j = Json::object();
        for (const auto& [k, v] : all) j[k] = k == "kiosk.admin_pin" ? "******" : v;
        printJson(c.out, j);
    } else {
        for (const auto& [k, v] : all) c.out << pad(k, 32) << (k == "kiosk.admin_pin" ? "******" : v) << "\n";
    }
    return kOk;
}

int cmdSettingSet(Context& c)
{
    const std::string key = c.args.require("--key");
    const std::string value = c.desk().setSetting(key, c.args.require("--value"));
    if (c.json) printJson(c.out, {{"key", key}, {"value", value}});
    else c.out << key << " = " << value << "\n";
    return kOk;
}

int cmdStaffList(Context& c)
{
    Json arr = Json::array();
    for (const auto& s : c.desk().staff()) {
        if (c.json)
            arr.push_back({{"username", s.username}, {"name", s.fullName}, {"role", domain::roleName(s.role)}, {"unit", s.unit}, {"active", s.active}});
        else
            c.out << pad(s.username, 14) << pad(domain::roleName(s.role), 12) << pad(s.fullName, 24) << s.unit << "\n";
    }
    if (c.json) printJson(c.out, arr);
    return kOk;
}

int cmdStaffAdd(Context& c)
{
    const auto role = domain::parseRole(c.args.require("--role"));
    if (!role) throw UsageError("--role chỉ nhận kiosk, staff, officer, supervisor hoặc admin");
    domain::StaffMember m{0, c.args.require("--username"), c.args.require("--name"), *role, c.args.get("--unit").value_or(""), true};
    const auto added = c.desk().addStaff(m, c.args.require("--password"));
    if (c.json) printJson(c.out, {{"username", added.username}, {"role", domain::roleName(added.role)}});
    else c.out << "Đã thêm tài khoản " << added.username << "\n";
    return kOk;
}

/// The account as the admin screen lists it (with its lock-out); throws NotFound.
service::StaffAccount findAccount(Context& c, const std::string& username)
{
    for (auto& a : c.desk().staffAccounts())
        if (a.member.username == username) return a;
    throw Error(ErrorCode::NotFound, "Không có tài khoản \"" + username + "\"");
}

int cmdStaffSet(Context& c)
{
    auto m = findAccount(c, c.args.require("--username")).member;
    if (const auto r = c.args.get("--role")) {
        const auto role = domain::parseRole(*r);
        if (!role) throw UsageError("--role chỉ nhận kiosk, staff, officer, supervisor hoặc admin");
        m.role = *role;
    }
    if (const auto u = c.args.get("--unit")) m.unit = *u;
    if (const auto n = c.args.get("--name")) m.fullName = *n;
    if (const auto a = c.args.get("--active")) {
        if (*a != "yes" && *a != "no") throw UsageError("--active chỉ nhận yes hoặc no");
        m.active = *a == "yes";
    }
    const auto saved = c.desk().updateStaff(m);
    if (c.json) printJson(c.out, {{"username", saved.username}, {"role", domain::roleName(saved.role)}, {"unit", saved.unit}, {"active", saved.active}});
    else c.out << "Đã cập nhật tài khoản " << saved.username << "\n";
    return kOk;
}

int cmdStaffResetPassword(Context& c)
{
    const std::string username = c.args.require("--username");
    c.desk().resetPassword(username, c.args.require("--password"));
    if (c.json) printJson(c.out, {{"username", username}, {"reset", true}});
    else c.out << "Đã đặt lại mật khẩu cho " << username << " (tài khoản được mở khoá)\n";
    return kOk;
}

int cmdStaffUnlock(Context& c)
{
    const std::string username = c.args.require("--username");
    c.desk().unlockStaff(username);
    if (c.json) printJson(c.out, {{"username", username}, {"unlocked", true}});
    else c.out << "Đã mở khoá tài khoản " << username << "\n";
    return kOk;
}

int cmdAuditVerify(Context& c)
{
    const auto r = c.desk().verifyAudit();
    if (c.json) printJson(c.out, {{"ok", r.ok}, {"rows", r.rows}, {"problem", r.problem}});
    else if (r.ok) c.out << "Nhật ký kiểm toán toàn vẹn (" << r.rows << " dòng)\n";
    if (!r.ok) {
        std::cerr << "motcua: " << r.problem << "\n";
        return kFailure;
    }
    return kOk;
}

/// "motcua-20261123-101500.db" in a backup directory; the names sort by time.
std::string backupName(service::Instant t)
{
    const auto l = domain::toLocal(t);
    char buf[64];
    std::snprintf(buf, sizeof buf, "motcua-%04d%02d%02d-%02d%02d%02d.db", l.date.year, l.date.month, l.date.day,
                  l.minuteOfDay / 60, l.minuteOfDay % 60, l.second);
    return buf;
}

/// Keeps the newest `keep` backups that this command made in `dir`; returns how many it removed.
int pruneBackups(const std::string& dir, std::size_t keep)
{
    std::vector<std::string> ours;
    for (const auto& e : std::filesystem::directory_iterator(dir)) {
        const auto name = e.path().filename().string();
        if (e.is_regular_file() && name.size() == 25 && name.rfind("motcua-", 0) == 0 && name.substr(22) == ".db")
            ours.push_back(e.path().string());
    }
    std::sort(ours.begin(), ours.end());
    int removed = 0;
    while (ours.size() > keep) {
        std::filesystem::remove(ours.front());
        std::error_code ec;
        std::filesystem::remove_all(ours.front() + ".files", ec);  // its digitised files (issue 15)
        ours.erase(ours.begin());
        ++removed;
    }
    return removed;
}

int cmdBackup(Context& c)
{
    c.args.requireOneOf({"--to", "--dir"});
    std::string to;
    int pruned = 0;
    if (auto dir = c.args.get("--dir")) {
        if (!std::filesystem::is_directory(*dir)) throw Error(ErrorCode::NotFound, "Không có thư mục " + *dir);
        to = (std::filesystem::path(*dir) / backupName(c.desk().now())).string();
        c.desk().backup(to);
        if (auto keep = c.args.getInt("--keep", 1, 10000)) pruned = pruneBackups(*dir, static_cast<std::size_t>(*keep));
    } else {
        if (c.args.has("--keep")) throw UsageError("--keep chỉ dùng với --dir");
        to = c.args.require("--to");
        c.desk().backup(to);
    }
    if (c.json) printJson(c.out, {{"backup", to}, {"pruned", pruned}});
    else c.out << "Đã sao lưu vào " << to << (pruned ? ", xoá " + std::to_string(pruned) + " bản cũ" : "") << "\n";
    return kOk;
}

int cmdRestore(Context& c)
{
    const std::string from = c.args.require("--from");
    if (!fileExists(from)) throw Error(ErrorCode::NotFound, "Không tìm thấy tệp sao lưu " + from);
    const std::string safety = c.desk().restoreBackup(from);
    if (c.json) printJson(c.out, {{"restored", from}, {"previous", safety}});
    else c.out << "Đã khôi phục từ " << from << "; dữ liệu trước đó được giữ ở " << safety << "\n";
    return kOk;
}

int cmdStatus(Context& c)
{
    auto& desk = c.desk();
    const auto settings = desk.settings();
    const auto groups = desk.groupStatuses();
    const auto serving = desk.tickets(domain::TicketStatus::Called);
    service::DossierQuery q;
    q.kind = service::DossierQuery::Kind::Late;
    const auto late = desk.dossiers(q);
    q.kind = service::DossierQuery::Kind::AtRisk;
    const auto atRisk = desk.dossiers(q);
    q.kind = service::DossierQuery::Kind::All;
    q.limit = 20;
    const auto recent = desk.dossiers(q);
    const auto drafts = desk.apologies(domain::ApologyStatus::Draft);
    if (c.json) {
        Json j;
        j["office"] = {{"code", settings.at("office.code")}, {"name", settings.at("office.name")}};
        j["now"] = timeJson(desk.now());
        j["groups"] = Json::array();
        for (const auto& g : groups)
            j["groups"].push_back({{"group", g.group.code}, {"name", g.group.name}, {"waiting", g.waiting}, {"wait_minutes", g.waitMinutes}});
        j["serving"] = Json::array();
        for (const auto& t : serving) j["serving"].push_back(ticketJson(t));
        for (const auto* list : {&late, &atRisk, &recent}) {
            Json arr = Json::array();
            for (const auto& s : *list) arr.push_back(summaryJson(s));
            j[list == &late ? "late" : list == &atRisk ? "at_risk" : "dossiers"] = arr;
        }
        j["apology_drafts"] = Json::array();
        for (const auto& a : drafts) j["apology_drafts"].push_back(apologyJson(a));
        printJson(c.out, j);
        return kOk;
    }
    c.out << settings.at("office.name") << " (" << settings.at("office.code") << ") — " << domain::formatLocal(desk.now()) << "\n\n";
    c.out << "HÀNG ĐỢI\n";
    for (const auto& g : groups)
        c.out << "  " << pad(g.group.prefix + "  " + g.group.name, 40) << " đang chờ " << g.waiting << ", ước tính " << g.waitMinutes << " phút\n";
    for (const auto& t : serving) c.out << "  Quầy " << t.counter.value_or(0) << " đang phục vụ số " << t.label << "\n";
    c.out << "\nHỒ SƠ GẦN ĐÂY\n";
    for (const auto& s : recent)
        c.out << "  " << pad(s.dossier.code, 28) << pad(domain::statusLabel(s.dossier.status), 22) << "hẹn trả "
              << domain::formatLocal(s.dossier.dueAt) << "  " << s.dossier.procedureName << "\n";
    c.out << "\nHỒ SƠ QUÁ HẠN (" << late.size() << ")\n";
    for (const auto& s : late)
        c.out << "  " << pad(s.dossier.code, 28)
              << pad(s.lateSeconds < 60 ? std::string("vừa quá hạn") : "trễ " + desk.workingDurationText(s.lateSeconds), 26)
              << domain::maskName(s.dossier.applicantName) << " — " << s.dossier.procedureName << "\n";
    c.out << "\nHỒ SƠ SẮP ĐẾN HẠN (" << atRisk.size() << ")\n";
    for (const auto& s : atRisk)
        c.out << "  " << pad(s.dossier.code, 28) << "hạn " << domain::formatLocal(s.dossier.dueAt) << "  "
              << domain::maskName(s.dossier.applicantName) << "\n";
    c.out << "\nPHIẾU XIN LỖI CHỜ KÝ (" << drafts.size() << ")\n";
    for (const auto& a : drafts)
        c.out << "  #" << a.id << "  " << pad(a.dossierCode, 28) << "hẹn lại " << domain::formatLocal(a.proposedDueAt)
              << (a.breach ? "  [hẹn lại lần hai]" : "") << "\n";
    return kOk;
}

}  // namespace

void addAdminCommands(std::vector<Command>& c)
{
    c.push_back({"init", "tạo hoặc nâng cấp cơ sở dữ liệu",
                 {{"--demo", false, "tạo kèm dữ liệu mẫu của một xã"}, {"--admin-password", true, "mật khẩu tài khoản admin"}}, cmdInit});
    c.push_back({"status", "tình hình bộ phận một cửa: hàng đợi, hồ sơ, quá hạn", {}, cmdStatus});
    c.push_back({"procedure list", "danh mục thủ tục", {{"--field", true, "chỉ một lĩnh vực"}}, cmdProcedureList});
    c.push_back({"procedure show", "một thủ tục và danh mục giấy tờ đánh số (bắt buộc / nếu có / xuất trình)",
                 {{"--code", true, "mã thủ tục"}}, cmdProcedureShow});
    c.push_back({"procedure import", "nhập danh mục thủ tục từ CSV", {{"--csv", true, "tệp CSV"}}, cmdProcedureImport});
    c.push_back({"procedure export", "xuất danh mục thủ tục ra CSV", {{"--csv", true, "tệp CSV"}}, cmdProcedureExport});
    c.push_back({"calendar due", "tính thời hạn theo ngày/giờ làm việc",
                 {{"--from", true, "thời điểm tiếp nhận"}, {"--days", true, "số ngày làm việc"}, {"--hours", true, "số giờ làm việc"},
                  {"--channel", true, "direct|online|postal (giờ chốt)"}}, cmdCalendarDue});
    c.push_back({"calendar set", "đặt ngày nghỉ, ngày làm bù hoặc ngày thường",
                 {{"--date", true, "YYYY-MM-DD"}, {"--kind", true, "holiday|workday|normal"}, {"--name", true, "tên ngày"}}, cmdCalendarSet});
    c.push_back({"calendar list", "các ngày nghỉ và làm bù trong năm", {{"--year", true, "năm"}}, cmdCalendarList});
    c.push_back({"calendar suggest", "gợi ý ngày nghỉ lễ của một năm: ngày cố định, Tết và Giỗ Tổ theo âm lịch, nghỉ bù", {{"--year", true, "năm"}}, cmdCalendarSuggest});
    c.push_back({"calendar import", "nhập bảng ngày nghỉ (CSV); các năm trong bảng được coi là đã xác nhận",
                 {{"--csv", true, "tệp CSV"}}, cmdCalendarImport});
    c.push_back({"calendar confirm", "xác nhận lịch nghỉ của một năm (bỏ cảnh báo, thôi dùng ngày gợi ý)",
                 {{"--year", true, "năm"}}, cmdCalendarConfirm});
    c.push_back({"setting list", "các thiết lập", {}, cmdSettingList});
    c.push_back({"setting set", "đổi một thiết lập", {{"--key", true, "tên"}, {"--value", true, "giá trị"}}, cmdSettingSet});
    c.push_back({"staff list", "tài khoản cán bộ", {}, cmdStaffList});
    c.push_back({"staff add", "thêm tài khoản",
                 {{"--username", true, "tên đăng nhập"}, {"--name", true, "họ tên"}, {"--role", true, "kiosk|staff|officer|supervisor|admin"},
                  {"--password", true, "mật khẩu"}, {"--unit", true, "đơn vị"}}, cmdStaffAdd});
    c.push_back({"staff set", "đổi họ tên, vai trò, đơn vị hoặc trạng thái (không hạ quản trị viên cuối cùng)",
                 {{"--username", true, "tên đăng nhập"}, {"--name", true, "họ tên"}, {"--role", true, "kiosk|staff|officer|supervisor|admin"},
                  {"--unit", true, "đơn vị"}, {"--active", true, "yes|no"}}, cmdStaffSet});
    c.push_back({"staff reset-password", "đặt mật khẩu mới (cũng mở khoá)",
                 {{"--username", true, "tên đăng nhập"}, {"--password", true, "mật khẩu mới"}}, cmdStaffResetPassword});
    c.push_back({"staff unlock", "mở khoá tài khoản bị khoá do nhập sai mật khẩu", {{"--username", true, "tên đăng nhập"}}, cmdStaffUnlock});
    c.push_back({"audit verify", "kiểm tra chuỗi băm của nhật ký kiểm toán", {}, cmdAuditVerify});
    c.push_back({"backup", "sao lưu trực tuyến ra tệp mới (hoặc vào thư mục, giữ N bản mới nhất)",
                 {{"--to", true, "tệp đích"}, {"--dir", true, "thư mục sao lưu (tên theo thời điểm)"},
                  {"--keep", true, "số bản giữ lại trong thư mục"}}, cmdBackup});
    c.push_back({"restore", "khôi phục từ một bản sao lưu (bản hiện tại được giữ lại bên cạnh)",
                 {{"--from", true, "tệp sao lưu"}}, cmdRestore});
}

}  // namespace motcua::cli
