// SqliteDesk: session, calendar and settings access, and administration. The queue, dossier
// and lateness calls live in desk_queue.cpp, desk_cases.cpp and desk_lateness.cpp.
#include "service/sqlite_desk.h"

#include "domain/error.h"
#include "domain/holiday_table.h"
#include "domain/lunar.h"
#include "domain/settings.h"
#include "domain/text.h"
#include "service/passwords.h"
#include "store/attachment_store.h"
#include "store/file_store.h"
#include "store/counter_session_store.h"
#include "store/audit_log.h"
#include "store/catalog_store.h"
#include "store/migrations.h"
#include "store/database.h"
#include "store/settings_store.h"
#include "store/staff_store.h"

#include <sodium.h>
#include <sys/stat.h>

#include <algorithm>
#include <chrono>
#include <filesystem>

namespace motcua::service {

using domain::Permission;

namespace {

constexpr int kMaxFailedLogins = 5;
constexpr Instant kLockSeconds = 15 * 60;
constexpr Instant kSessionTouchSeconds = 60;  // how often serveCounter writes "still here"

bool isValidUsername(const std::string& u)
{
    if (u.size() < 2 || u.size() > 32) return false;
    for (char c : u)
        if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' || c == '_' || c == '-')) return false;
    return true;
}

}  // namespace

void Desk::serveCounter(int /*counter*/) {}  // no counter sessions: nothing to keep

Clock systemClock()
{
    return [] {
        return static_cast<Instant>(
            std::chrono::duration_cast<std::chrono::seconds>(std::chrono::system_clock::now().time_since_epoch()).count());
    };
}

Clock fixedClock(Instant t)
{
    return [t] { return t; };
}

std::unique_ptr<Desk> openSqliteDesk(const std::string& path, const DeskOptions& options)
{
    return std::make_unique<SqliteDesk>(path, options);
}

SqliteDesk::SqliteDesk(const std::string& path, const DeskOptions& options) : m_clock(options.clock)
{
    if (sodium_init() < 0) throw Error(ErrorCode::Internal, "Không khởi tạo được libsodium");
    m_db = std::make_unique<store::Database>(path, options.readOnly ? store::OpenMode::ReadOnly : store::OpenMode::ReadWrite,
                                             options.busyTimeoutMs);
    if (options.readOnly || !options.migrate) store::requireCurrentSchema(*m_db);
    else store::migrate(*m_db);
}

// [SECTION] session

void SqliteDesk::require(Permission p) const
{
    if (!m_user) throw Error(ErrorCode::Forbidden, "Chưa đăng nhập");
    if (!domain::allows(m_user->role, p))
        throw Error(ErrorCode::Forbidden, std::string("Vai trò \"") + domain::roleLabel(m_user->role) +
                                              "\" không được phép thực hiện thao tác này");
}

std::string SqliteDesk::actor() const { return m_user ? m_user->username : std::string("system"); }

void SqliteDesk::audit(const std::string& action, const std::string& subject, const std::string& detail)
{
    store::appendAudit(*m_db, now(), actor(), action, subject, detail);
}

domain::StaffMember SqliteDesk::login(const std::string& username, const std::string& password)
{
    const Instant t = now();
    store::Transaction tx(*m_db);
    const auto cred = store::findStaff(*m_db, username);
    if (!cred || !cred->member.active) throw Error(ErrorCode::Forbidden, "Sai tên đăng nhập hoặc mật khẩu");
    if (cred->lockedUntil > t)
        throw Error(ErrorCode::Forbidden, "Tài khoản tạm khoá do nhập sai mật khẩu nhiều lần; thử lại sau " +
                                              domain::formatLocalTime(cred->lockedUntil));
    if (!verifyPassword(cred->passwordHash, password)) {
        const int failed = cred->failedLogins + 1;
        const bool lock = failed >= kMaxFailedLogins;
        store::setLoginState(*m_db, cred->member.id, lock ? 0 : failed, lock ? t + kLockSeconds : 0);
        store::appendAudit(*m_db, t, username, lock ? "login.locked" : "login.failed", username, "");
        tx.commit();
        throw Error(ErrorCode::Forbidden,
                    lock ? "Sai mật khẩu " + std::to_string(kMaxFailedLogins) + " lần: tài khoản bị khoá 15 phút"
                         : "Sai tên đăng nhập hoặc mật khẩu");
    }
    store::setLoginState(*m_db, cred->member.id, 0, 0);
    if (m_counter > 0) claimCounter(username, t);
    store::appendAudit(*m_db, t, username, "login", username, m_counter > 0 ? "quầy " + std::to_string(m_counter) : "");
    tx.commit();
    m_user = cred->member;
    return *m_user;
}

void SqliteDesk::claimCounter(const std::string& username, Instant t)
{
    const auto other = store::findCounterSession(*m_db, username);
    const double idle = settingNumber("session.idle_minutes") * 60;
    if (other && other->counter != m_counter && static_cast<double>(t - other->lastSeen) <= idle) {
        if (store::getSetting(*m_db, "session.second_login") != "replace")
            throw Error(ErrorCode::Forbidden,
                        "Tài khoản " + username + " đang đăng nhập ở quầy " + std::to_string(other->counter) + " (từ " +
                            domain::formatLocalTime(other->startedAt) +
                            "): đăng xuất ở quầy đó trước rồi đăng nhập lại ở đây");
        store::appendAudit(*m_db, t, username, "session.replaced", username,
                           "quầy " + std::to_string(other->counter) + " → quầy " + std::to_string(m_counter));
    }
    store::startCounterSession(*m_db, username, m_counter, t);
}

void SqliteDesk::logout()
{
    if (m_user && m_counter > 0) {
        store::Transaction tx(*m_db);
        store::endCounterSession(*m_db, m_user->username, m_counter);
        tx.commit();
    }
    m_user.reset();
}

void SqliteDesk::serveCounter(int counter)
{
    if (counter < 0) throw Error(ErrorCode::InvalidInput, "Số quầy không hợp lệ");
    m_counter = counter;
    if (!m_user || counter == 0) return;
    const Instant t = now();
    {
        // Asked at every refresh, so a counter whose account logged in elsewhere learns it at once;
        // "still here" is written once a minute at most (each write makes every app refresh).
        store::Transaction read(*m_db, store::Transaction::Kind::Deferred);
        const auto session = store::findCounterSession(*m_db, m_user->username);
        read.commit();
        if (session && session->counter == counter && t - session->lastSeen < kSessionTouchSeconds) return;
    }
    store::Transaction tx(*m_db);
    const bool mine = store::touchCounterSession(*m_db, m_user->username, counter, t);
    const auto other = mine ? std::nullopt : store::findCounterSession(*m_db, m_user->username);
    if (!mine && !other) store::startCounterSession(*m_db, m_user->username, counter, t);  // the row was swept
    tx.commit();
    if (other) {
        const std::string name = m_user->username;
        m_user.reset();
        throw Error(ErrorCode::Forbidden, "Tài khoản " + name + " vừa đăng nhập ở quầy " + std::to_string(other->counter) +
                                              ": phiên ở quầy này đã kết thúc. Đăng nhập lại nếu cần làm việc ở đây");
    }
}

domain::StaffMember SqliteDesk::actAs(const std::string& username)
{
    store::Transaction tx(*m_db, store::Transaction::Kind::Deferred);
    const auto cred = store::findStaff(*m_db, username);
    if (!cred || !cred->member.active)
        throw Error(ErrorCode::NotFound, "Không có tài khoản \"" + username + "\" đang hoạt động");
    tx.commit();
    m_user = cred->member;
    return *m_user;
}

// [SECTION] calendar and settings

int SqliteDesk::cutoffMinute(domain::Channel channel)
{
    const std::string key = std::string("calendar.cutoff.") + domain::channelName(channel);
    return domain::parseClock(store::getSetting(*m_db, key)).value_or(15 * 60);
}

double SqliteDesk::settingNumber(const std::string& key) { return domain::settingNumber(store::getSetting(*m_db, key)); }

domain::LatenessRules SqliteDesk::latenessRules()
{
    return {settingNumber("deadline.at_risk_days"), settingNumber("apology.draft_days")};
}

Instant SqliteDesk::lookAhead(const domain::WorkCalendar& cal, Instant t, const domain::LatenessRules& rules)
{
    const double days = std::max({1.0, rules.atRiskDays, rules.draftDays});
    return cal.nextOpening(cal.addWorkingSeconds(t, cal.workingDays(days))) + 1;
}

DueEstimate SqliteDesk::dueForDays(Instant from, double days, domain::Channel channel)
{
    store::Transaction tx(*m_db, store::Transaction::Kind::Deferred);
    const auto cal = calendar();
    const int cutoff = cutoffMinute(channel);
    DueEstimate e{from, cal.effectiveStart(from, cutoff), cal.dueForDays(from, days, cutoff), {}};
    e.unconfirmedYears = unconfirmedYearsIn(from, e.due);
    tx.commit();
    return e;
}

DueEstimate SqliteDesk::dueForHours(Instant from, double hours)
{
    store::Transaction tx(*m_db, store::Transaction::Kind::Deferred);
    const auto cal = calendar();
    DueEstimate e{from, cal.nextOpening(from), cal.dueForHours(from, hours), {}};
    e.unconfirmedYears = unconfirmedYearsIn(from, e.due);
    tx.commit();
    return e;
}

std::string SqliteDesk::workingDurationText(std::int64_t seconds)
{
    store::Transaction tx(*m_db, store::Transaction::Kind::Deferred);
    auto text = domain::formatWorkingDuration(seconds, calendar().workingDaySeconds());
    tx.commit();
    return text;
}

void SqliteDesk::setCalendarDay(const domain::Date& date, std::optional<domain::CalendarOverride> kind,
                                const std::string& name)
{
    require(Permission::ManageCalendar);
    store::Transaction tx(*m_db);
    if (kind) {
        const std::string clean = domain::cleanText(name.empty() ? (*kind == domain::CalendarOverride::Holiday
                                                                         ? "Ngày nghỉ"
                                                                         : "Ngày làm việc bù")
                                                                  : name,
                                                    "Tên ngày", 200);
        store::putCalendarDay(*m_db, {date, *kind, clean, "Nhập tay bởi " + actor(), true});
        audit("calendar.set", date.iso(), std::string(*kind == domain::CalendarOverride::Holiday ? "holiday " : "workday ") + clean);
    } else {
        store::removeCalendarDay(*m_db, date);
        audit("calendar.set", date.iso(), "normal");
    }
    tx.commit();
}

std::vector<domain::CalendarDay> SqliteDesk::calendarYear(int year)
{
    store::Transaction tx(*m_db, store::Transaction::Kind::Deferred);
    auto days = store::calendarDays(*m_db, year);
    tx.commit();
    return days;
}

// [SECTION] catalog

std::vector<domain::Procedure> SqliteDesk::procedures(const std::string& field)
{
    store::Transaction tx(*m_db, store::Transaction::Kind::Deferred);
    auto list = store::listProcedures(*m_db, field);
    tx.commit();
    // SQL orders by bytes ("Đất đai" after "Xây dựng"); people read the Vietnamese order.
    std::stable_sort(list.begin(), list.end(), [](const domain::Procedure& a, const domain::Procedure& b) {
        if (a.field != b.field) return domain::collateLess(a.field, b.field);
        return domain::collateLess(a.name, b.name);
    });
    return list;
}

domain::Procedure SqliteDesk::procedure(const std::string& code)
{
    store::Transaction tx(*m_db, store::Transaction::Kind::Deferred);
    auto p = store::findProcedure(*m_db, code);
    if (!p) throw Error(ErrorCode::NotFound, "Không có thủ tục mã \"" + code + "\"");
    tx.commit();
    return *p;
}

domain::ProcedureImport SqliteDesk::importProcedures(const std::string& csvText)
{
    require(Permission::ManageCatalog);
    auto result = domain::parseProcedureCsv(csvText);
    if (!result.errors.empty()) return result;  // all or nothing: a bad row imports no row
    store::Transaction tx(*m_db);
    for (std::size_t i = 0; i < result.procedures.size(); ++i) {
        const auto& p = result.procedures[i];
        if (store::findGroup(*m_db, p.group)) continue;
        const std::string why = "chưa có nhóm dịch vụ \"" + p.group + "\"";
        result.errors.push_back("Thủ tục " + p.code + ": " + why);
        result.rowErrors.push_back({i < result.procedureLines.size() ? result.procedureLines[i] : 0, "group", why});
    }
    if (!result.errors.empty()) return result;
    for (const auto& p : result.procedures) store::upsertProcedure(*m_db, p);
    audit("procedure.import", "catalog", std::to_string(result.procedures.size()) + " procedures");
    tx.commit();
    return result;
}

std::string SqliteDesk::exportProcedures()
{
    return domain::procedureCsv(procedures({}));
}

std::vector<domain::Counter> SqliteDesk::counters()
{
    store::Transaction tx(*m_db, store::Transaction::Kind::Deferred);
    auto list = store::listCounters(*m_db);
    tx.commit();
    return list;
}

// [SECTION] administration

std::map<std::string, std::string> SqliteDesk::settings()
{
    store::Transaction tx(*m_db, store::Transaction::Kind::Deferred);
    auto all = store::allSettings(*m_db);
    tx.commit();
    if (!m_user || !domain::allows(m_user->role, Permission::ManageSettings))
        std::erase_if(all, [](const auto& kv) { return domain::isSecretSetting(kv.first); });
    return all;
}

bool SqliteDesk::checkKioskPin(const std::string& pin)
{
    require(Permission::IssueTicket);
    store::Transaction tx(*m_db, store::Transaction::Kind::Deferred);
    const auto all = store::allSettings(*m_db);
    tx.commit();
    const auto it = all.find("kiosk.admin_pin");
    if (it == all.end() || it->second.empty() || it->second.size() != pin.size()) return false;
    unsigned char diff = 0;  // the same time for every wrong PIN of the right length
    for (std::size_t i = 0; i < pin.size(); ++i) diff |= static_cast<unsigned char>(pin[i] ^ it->second[i]);
    return diff == 0;
}

std::string SqliteDesk::setSetting(const std::string& key, const std::string& value)
{
    require(Permission::ManageSettings);
    std::string clean = domain::validateSetting(key, value);
    store::Transaction tx(*m_db);
    store::putSetting(*m_db, key, clean);
    audit("setting.set", key, key == "kiosk.admin_pin" ? std::string("******") : clean);
    tx.commit();
    return clean;
}

std::vector<domain::StaffMember> SqliteDesk::staff()
{
    require(Permission::ManageStaff);
    store::Transaction tx(*m_db, store::Transaction::Kind::Deferred);
    auto list = store::listStaff(*m_db);
    tx.commit();
    return list;
}

domain::StaffMember SqliteDesk::addStaff(const domain::StaffMember& member, const std::string& password)
{
    // The very first account may be created by anyone: that is how a new office starts.
    store::Transaction tx(*m_db);
    if (!store::listStaff(*m_db).empty()) require(Permission::ManageStaff);
    if (!isValidUsername(member.username))
        throw Error(ErrorCode::InvalidInput, "Tên đăng nhập gồm 2–32 ký tự a-z, 0-9, dấu chấm, gạch dưới hoặc gạch ngang");
    checkPasswordRule(password);
    domain::StaffMember m = member;
    m.fullName = domain::cleanText(member.fullName, "Họ tên", 100);
    m.unit = domain::cleanText(member.unit, "Đơn vị", 200, true);
    if (store::findStaff(*m_db, m.username))
        throw Error(ErrorCode::Conflict, "Tên đăng nhập \"" + m.username + "\" đã có");
    m.id = store::insertStaff(*m_db, m, hashPassword(password));
    audit("staff.add", m.username, domain::roleName(m.role));
    tx.commit();
    return m;
}

domain::ServiceGroup SqliteDesk::addGroup(const domain::ServiceGroup& group)
{
    require(Permission::ManageCatalog);
    if (!domain::isValidGroupCode(group.code))
        throw Error(ErrorCode::InvalidInput, "Mã nhóm dịch vụ gồm 1–8 chữ in hoa hoặc chữ số");
    if (!domain::isValidTicketPrefix(group.prefix))
        throw Error(ErrorCode::InvalidInput, "Tiền tố số vé gồm 1–3 chữ cái in hoa (ví dụ A)");
    domain::ServiceGroup g = group;
    g.name = domain::cleanText(group.name, "Tên nhóm dịch vụ", 100);
    store::Transaction tx(*m_db);
    if (store::findGroup(*m_db, g.code)) throw Error(ErrorCode::Conflict, "Nhóm dịch vụ " + g.code + " đã có");
    for (const auto& other : store::listGroups(*m_db))
        if (other.prefix == g.prefix) throw Error(ErrorCode::Conflict, "Tiền tố " + g.prefix + " đã dùng cho nhóm " + other.code);
    g.id = store::insertGroup(*m_db, g, static_cast<int>(store::listGroups(*m_db).size()));
    for (int c : g.counters) {
        if (!store::findCounter(*m_db, c)) throw Error(ErrorCode::NotFound, "Không có quầy số " + std::to_string(c));
        store::assignCounterGroup(*m_db, c, g.id);
    }
    audit("group.add", g.code, g.prefix + " " + g.name);
    tx.commit();
    return g;
}

domain::Counter SqliteDesk::addCounter(const domain::Counter& counter)
{
    require(Permission::ManageCatalog);
    if (counter.number < 1 || counter.number > 999) throw Error(ErrorCode::InvalidInput, "Số quầy phải từ 1 đến 999");
    domain::Counter c = counter;
    c.name = domain::cleanText(counter.name, "Tên quầy", 100);
    store::Transaction tx(*m_db);
    if (store::findCounter(*m_db, c.number)) throw Error(ErrorCode::Conflict, "Quầy số " + std::to_string(c.number) + " đã có");
    store::insertCounter(*m_db, c);
    for (const auto& code : c.groups) {
        const auto g = store::findGroup(*m_db, code);
        if (!g) throw Error(ErrorCode::NotFound, "Không có nhóm dịch vụ " + code);
        store::assignCounterGroup(*m_db, c.number, g->id);
    }
    audit("counter.add", std::to_string(c.number), c.name);
    tx.commit();
    return c;
}

AuditReport SqliteDesk::verifyAudit()
{
    require(Permission::ViewReports);
    store::Transaction tx(*m_db, store::Transaction::Kind::Deferred);
    const auto v = store::verifyAudit(*m_db);
    tx.commit();
    // Issue 15: every digitised file the rows name must still have its hash.
    const auto files = checkFiles();
    AuditReport r{v.ok && files.empty(), v.rows, v.problem, m_lastFileCount, m_lastBadFiles};
    if (!files.empty()) r.problem += (r.problem.empty() ? "" : "; ") + files;
    return r;
}

void SqliteDesk::backup(const std::string& path)
{
    require(Permission::Backup);
    if (path.empty()) throw Error(ErrorCode::InvalidInput, "Chưa chỉ định tệp sao lưu");
    struct stat st {};
    if (::stat(path.c_str(), &st) == 0)
        throw Error(ErrorCode::InvalidInput, "Tệp " + path + " đã tồn tại; chọn tên khác để không ghi đè");
    if (::stat(store::FileStore::folderFor(path).c_str(), &st) == 0)
        throw Error(ErrorCode::InvalidInput, "Thư mục " + store::FileStore::folderFor(path) +
                                                 " đã tồn tại; chọn tên khác để không ghi đè");
    m_db->backupTo(path);
    // The files the backup's rows name, copied and checked; rows are never deleted and files never
    // change, so the snapshot and its files agree. A missing or changed file fails the backup.
    try {
        copyNamedFiles(path, filesFolder());
    } catch (...) {
        std::error_code ec;
        std::filesystem::remove(path, ec);
        std::filesystem::remove_all(store::FileStore::folderFor(path), ec);
        throw;
    }
    store::Transaction tx(*m_db);
    audit("backup", path);
    tx.commit();
}

std::string SqliteDesk::restoreBackup(const std::string& backupPath)
{
    require(Permission::Backup);
    if (backupPath.empty()) throw Error(ErrorCode::InvalidInput, "Chưa chỉ định tệp sao lưu");
    {
        // Check the backup before touching anything: ours, intact, not from a newer motcua.
        store::Database candidate(backupPath, store::OpenMode::ReadOnly);
        auto& ic = candidate.prepare("PRAGMA integrity_check");
        const bool intact = ic.step() && ic.getText(0) == "ok";
        ic.reset();
        if (!intact) throw Error(ErrorCode::Storage, "Tệp sao lưu " + backupPath + " bị hỏng; không khôi phục");
        const int v = candidate.userVersion();
        if (v == 0) throw Error(ErrorCode::Storage, "Tệp " + backupPath + " không phải bản sao lưu của motcua");
        if (v > store::latestSchemaVersion())
            throw Error(ErrorCode::VersionTooNew, "Bản sao lưu do phiên bản motcua mới hơn tạo ra; hãy cập nhật motcua");
    }
    // The backup's files must all be there, intact, before anything changes (issue 15).
    {
        const store::FileStore from(store::FileStore::folderFor(backupPath));
        store::Database candidate(backupPath, store::OpenMode::ReadOnly);
        for (const auto& sha : store::attachmentHashes(candidate))
            if (from.check(sha) != store::FileStore::State::Ok) {
                std::string why = "Bản sao lưu " + backupPath;
                why += " thiếu hoặc hỏng tệp số hoá " + sha;
                why += " (thư mục " + from.folder() + "); không khôi phục";
                throw Error(ErrorCode::Storage, why);
            }
    }
    // A safety copy of what is there now (with its files), so a restore can itself be undone.
    std::string safety = m_db->path() + ".truoc-khoi-phuc-" + std::to_string(now());
    m_db->backupTo(safety);
    copyNamedFiles(safety, filesFolder(), false);  // a damaged live file must not block the restore
    // Files first, then the rows that name them.
    {
        const store::FileStore from(store::FileStore::folderFor(backupPath));
        store::FileStore to(filesFolder());
        store::Database candidate(backupPath, store::OpenMode::ReadOnly);
        for (const auto& sha : store::attachmentHashes(candidate)) from.copyTo(sha, to);
    }
    m_db->restoreFrom(backupPath);
    store::migrate(*m_db);  // an older backup is brought up to this build's schema
    store::Transaction tx(*m_db);
    audit("restore", backupPath, "bản trước khi khôi phục: " + safety);
    tx.commit();
    return safety;
}

}  // namespace motcua::service
