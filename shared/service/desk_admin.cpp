// SqliteDesk: the calls of the administration screens — settings in one go, staff accounts
// (role, unit, active, password, lock-out), service groups, counters and procedure edits.
#include "service/sqlite_desk.h"

#include "domain/error.h"
#include "domain/queue_rules.h"
#include "domain/settings.h"
#include "domain/text.h"
#include "service/passwords.h"
#include "store/catalog_store.h"
#include "store/settings_store.h"

#include <algorithm>

namespace motcua::service {

using domain::Permission;
using domain::Role;

namespace {

int activeAdmins(store::Database& db)
{
    const auto all = store::listStaff(db);
    return static_cast<int>(
        std::count_if(all.begin(), all.end(), [](const auto& m) { return m.active && m.role == Role::Admin; }));
}

}  // namespace

store::StaffCredentials SqliteDesk::existingStaff(const std::string& username)
{
    auto cred = store::findStaff(*m_db, username);
    if (!cred) throw Error(ErrorCode::NotFound, "Không có tài khoản \"" + username + "\"");
    // A supervisor may manage staff, but admin accounts only by an admin: no way up by the back door.
    if (cred->member.role == Role::Admin && m_user && m_user->role != Role::Admin)
        throw Error(ErrorCode::Forbidden, "Chỉ quản trị viên mới được thay đổi tài khoản quản trị \"" + username + "\"");
    return *cred;
}

std::map<std::string, std::string> SqliteDesk::setSettings(const std::map<std::string, std::string>& values)
{
    require(Permission::ManageSettings);
    std::map<std::string, std::string> clean;
    for (const auto& [key, value] : values) clean[key] = domain::validateSetting(key, value);
    store::Transaction tx(*m_db);
    for (const auto& [key, value] : clean) {
        if (store::getSetting(*m_db, key) == value) continue;  // unchanged: no audit noise
        store::putSetting(*m_db, key, value);
        audit("setting.set", key, key == "kiosk.admin_pin" ? std::string("******") : value);
    }
    tx.commit();
    return clean;
}

std::vector<StaffAccount> SqliteDesk::staffAccounts()
{
    require(Permission::ManageStaff);
    store::Transaction tx(*m_db, store::Transaction::Kind::Deferred);
    std::vector<StaffAccount> out;
    for (auto& c : store::listStaffCredentials(*m_db)) out.push_back({std::move(c.member), c.failedLogins, c.lockedUntil});
    tx.commit();
    return out;
}

domain::StaffMember SqliteDesk::updateStaff(const domain::StaffMember& member)
{
    require(Permission::ManageStaff);
    domain::StaffMember m = member;
    m.fullName = domain::cleanText(member.fullName, "Họ tên", 100);
    m.unit = domain::cleanText(member.unit, "Đơn vị", 200, true);
    store::Transaction tx(*m_db);
    const auto old = existingStaff(member.username);
    m.id = old.member.id;
    if (m.role == Role::Admin && old.member.role != Role::Admin && m_user->role != Role::Admin)
        throw Error(ErrorCode::Forbidden, "Chỉ quản trị viên mới được giao vai trò quản trị");
    const bool wasAdmin = old.member.active && old.member.role == Role::Admin;
    const bool staysAdmin = m.active && m.role == Role::Admin;
    if (wasAdmin && !staysAdmin && activeAdmins(*m_db) <= 1)
        throw Error(ErrorCode::Forbidden, "Không thể hạ vai trò hoặc ngừng hoạt động quản trị viên cuối cùng (" + m.username +
                                              "); hãy tạo hoặc kích hoạt một tài khoản quản trị khác trước");
    store::updateStaffMember(*m_db, m);
    audit("staff.update", m.username,
          std::string(domain::roleName(m.role)) + (m.active ? " active" : " inactive") + (m.unit.empty() ? "" : " · " + m.unit));
    tx.commit();
    if (m_user && m_user->id == m.id) m_user = m;
    return m;
}

void SqliteDesk::resetPassword(const std::string& username, const std::string& newPassword)
{
    require(Permission::ManageStaff);
    checkPasswordRule(newPassword);
    const std::string hash = hashPassword(newPassword);  // slow on purpose: outside the write lock
    store::Transaction tx(*m_db);
    const auto cred = existingStaff(username);
    store::setPasswordHash(*m_db, cred.member.id, hash);
    audit("staff.password", username, "đặt lại mật khẩu, mở khoá");
    tx.commit();
}

void SqliteDesk::unlockStaff(const std::string& username)
{
    require(Permission::ManageStaff);
    store::Transaction tx(*m_db);
    const auto cred = existingStaff(username);
    store::setLoginState(*m_db, cred.member.id, 0, 0);
    audit("staff.unlock", username);
    tx.commit();
}

domain::ServiceGroup SqliteDesk::updateGroup(const domain::ServiceGroup& group)
{
    require(Permission::ManageCatalog);
    if (!domain::isValidTicketPrefix(group.prefix))
        throw Error(ErrorCode::InvalidInput, "Tiền tố số vé gồm 1–3 chữ cái in hoa (ví dụ A)");
    const std::string name = domain::cleanText(group.name, "Tên nhóm dịch vụ", 100);
    store::Transaction tx(*m_db);
    auto g = store::findGroup(*m_db, group.code);
    if (!g) throw Error(ErrorCode::NotFound, "Không có nhóm dịch vụ " + group.code);
    for (const auto& other : store::listGroups(*m_db))
        if (other.code != g->code && other.prefix == group.prefix)
            throw Error(ErrorCode::Conflict, "Tiền tố " + group.prefix + " đã dùng cho nhóm " + other.code);
    g->prefix = group.prefix;
    g->name = name;
    store::updateGroup(*m_db, *g);
    audit("group.update", g->code, g->prefix + " " + g->name);
    tx.commit();
    return *g;
}

domain::Counter SqliteDesk::updateCounter(const domain::Counter& counter)
{
    require(Permission::ManageCatalog);
    domain::Counter c = counter;
    c.name = domain::cleanText(counter.name, "Tên quầy", 100);
    store::Transaction tx(*m_db);
    if (!store::findCounter(*m_db, c.number)) throw Error(ErrorCode::NotFound, "Không có quầy số " + std::to_string(c.number));
    store::updateCounter(*m_db, c);
    store::clearCounterGroups(*m_db, c.number);
    std::string groups;
    for (const auto& code : c.groups) {
        const auto g = store::findGroup(*m_db, code);
        if (!g) throw Error(ErrorCode::NotFound, "Không có nhóm dịch vụ " + code);
        store::assignCounterGroup(*m_db, c.number, g->id);
        groups += (groups.empty() ? "" : ",") + code;
    }
    audit("counter.update", std::to_string(c.number), c.name + (c.open ? " mở" : " đóng") + " [" + groups + "]");
    tx.commit();
    return c;
}

domain::Procedure SqliteDesk::updateProcedure(const domain::Procedure& procedure)
{
    require(Permission::ManageCatalog);
    std::string column;
    domain::Procedure p;
    try {
        p = domain::parseProcedureFields(domain::procedureFields(procedure), &column);
    } catch (const Error& e) {
        throw Error(ErrorCode::InvalidInput, std::string("Thủ tục (cột ") + column + "): " + e.what());
    }
    store::Transaction tx(*m_db);
    if (!store::findProcedure(*m_db, p.code)) throw Error(ErrorCode::NotFound, "Không có thủ tục mã \"" + p.code + "\"");
    if (!store::findGroup(*m_db, p.group))
        throw Error(ErrorCode::InvalidInput, "Thủ tục " + p.code + ": chưa có nhóm dịch vụ \"" + p.group + "\"");
    store::upsertProcedure(*m_db, p);
    audit("procedure.update", p.code, p.name);
    tx.commit();
    return p;
}

}  // namespace motcua::service
