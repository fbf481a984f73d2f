#include "store/staff_store.h"

namespace motcua::store {

namespace {

constexpr const char* kColumns = "id, username, full_name, role, unit, active, password_hash, failed_logins, locked_until";

StaffCredentials readRow(Statement& st)
{
    StaffCredentials c;
    c.member.id = st.getInt(0);
    c.member.username = st.getText(1);
    c.member.fullName = st.getText(2);
    c.member.role = domain::parseRole(st.getText(3)).value_or(domain::Role::Staff);
    c.member.unit = st.getText(4);
    c.member.active = st.getInt(5) != 0;
    c.passwordHash = st.getText(6);
    c.failedLogins = static_cast<int>(st.getInt(7));
    c.lockedUntil = st.getInt(8);
    return c;
}

}  // namespace

std::optional<StaffCredentials> findStaff(Database& db, const std::string& username)
{
    auto& st = db.prepare(std::string("SELECT ") + kColumns + " FROM staff WHERE username = ?").bind(1, username);
    if (!st.step()) return std::nullopt;
    auto c = readRow(st);
    st.reset();
    return c;
}

std::vector<domain::StaffMember> listStaff(Database& db)
{
    std::vector<domain::StaffMember> out;
    auto& st = db.prepare(std::string("SELECT ") + kColumns + " FROM staff ORDER BY username");
    while (st.step()) out.push_back(readRow(st).member);
    return out;
}

std::vector<StaffCredentials> listStaffCredentials(Database& db)
{
    std::vector<StaffCredentials> out;
    auto& st = db.prepare(std::string("SELECT ") + kColumns + " FROM staff ORDER BY username");
    while (st.step()) out.push_back(readRow(st));
    return out;
}

void updateStaffMember(Database& db, const domain::StaffMember& m)
{
    db.prepare("UPDATE staff SET full_name = ?, role = ?, unit = ?, active = ? WHERE id = ?")
        .bind(1, m.fullName)
        .bind(2, domain::roleName(m.role))
        .bind(3, m.unit)
        .bind(4, m.active ? 1 : 0)
        .bind(5, m.id)
        .run();
}

std::int64_t insertStaff(Database& db, const domain::StaffMember& m, const std::string& passwordHash)
{
    db.prepare("INSERT INTO staff(username, full_name, role, unit, password_hash, active) VALUES (?,?,?,?,?,?)")
        .bind(1, m.username)
        .bind(2, m.fullName)
        .bind(3, domain::roleName(m.role))
        .bind(4, m.unit)
        .bind(5, passwordHash)
        .bind(6, m.active ? 1 : 0)
        .run();
    return db.lastInsertId();
}

void setLoginState(Database& db, std::int64_t id, int failedLogins, domain::Instant lockedUntil)
{
    db.prepare("UPDATE staff SET failed_logins = ?, locked_until = ? WHERE id = ?")
        .bind(1, failedLogins)
        .bind(2, lockedUntil)
        .bind(3, id)
        .run();
}

void setPasswordHash(Database& db, std::int64_t id, const std::string& hash)
{
    db.prepare("UPDATE staff SET password_hash = ?, failed_logins = 0, locked_until = 0 WHERE id = ?")
        .bind(1, hash)
        .bind(2, id)
        .run();
}

}  // namespace motcua::store
