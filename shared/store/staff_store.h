// Staff accounts: who may log in, their role, and the state of failed logins.
#pragma once

#include "domain/entities.h"
#include "store/database.h"

#include <optional>
#include <vector>

namespace motcua::store {

struct StaffCredentials {
    domain::StaffMember member;
    std::string passwordHash;
    int failedLogins = 0;
    domain::Instant lockedUntil = 0;
};

[[nodiscard]] std::optional<StaffCredentials> findStaff(Database& db, const std::string& username);
[[nodiscard]] std::vector<domain::StaffMember> listStaff(Database& db);
/// Every account with its login state (for the administration screen), by username.
[[nodiscard]] std::vector<StaffCredentials> listStaffCredentials(Database& db);
/// Full name, role, unit and active flag of the account with member.id.
void updateStaffMember(Database& db, const domain::StaffMember& member);
std::int64_t insertStaff(Database& db, const domain::StaffMember& m, const std::string& passwordHash);
void setLoginState(Database& db, std::int64_t id, int failedLogins, domain::Instant lockedUntil);
void setPasswordHash(Database& db, std::int64_t id, const std::string& hash);

}  // namespace motcua::store
