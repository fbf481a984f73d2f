// The administration tab's state ("Quản trị", issue 6): which section is open, the forms being
// edited with their per-field errors, and what the Desk last returned for each section.
#pragma once

#include "domain/entities.h"
#include "domain/procedure.h"
#include "domain/roles.h"
#include "domain/work_calendar.h"
#include "service/desk.h"

#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace motcua::counter {

enum class AdminSection { Office, Schedule, Holidays, Groups, Procedures, Staff, Printer, Backup };
inline constexpr AdminSection kAdminSections[] = {
    AdminSection::Office, AdminSection::Schedule, AdminSection::Holidays, AdminSection::Groups,
    AdminSection::Procedures, AdminSection::Staff, AdminSection::Printer, AdminSection::Backup,
};
[[nodiscard]] const char* adminSectionLabel(AdminSection s);
/// "office", "schedule", "holidays", "groups", "procedures", "staff", "printer", "backup"
[[nodiscard]] const char* adminSectionName(AdminSection s);
[[nodiscard]] std::optional<AdminSection> parseAdminSection(std::string_view name);
/// The permission a section needs (a supervisor sees only what the role allows).
[[nodiscard]] domain::Permission adminPermission(AdminSection s);
/// The setting keys a settings section edits (empty for the other sections).
[[nodiscard]] const std::vector<std::string>& adminSettingKeys(AdminSection s);

/// What the admin screens ask apply() to do (Command::admin says which).
enum class AdminAction {
    None, Open, SaveSettings, Year, SetDay, RemoveDay, ConfirmSuggestion, ConfirmYear,
    NewGroup, EditGroup, SaveGroup, NewCounter, EditCounter, SaveCounter,
    EditProcedure, SaveProcedure, ImportProcedures, ExportProcedures,
    NewStaff, EditStaff, SaveStaff, SetActive, ResetPassword, Unlock,
    TestPrint, Backup, AskRestore, Restore, CancelRestore,
};

struct GroupForm {
    bool isNew = true;
    std::string code, prefix, name;
};

struct CounterForm {
    bool isNew = true;
    std::string number, name;
    bool open = true;
    std::set<std::string> groups;
};

/// The procedure form: the 12 CSV columns as text (domain::procedureFields order).
struct ProcedureForm {
    std::vector<std::string> fields;
};

struct StaffForm {
    bool isNew = true;
    std::string username, fullName, unit;
    domain::Role role = domain::Role::Staff;
    bool active = true;
    std::string password, password2;  ///< a new account's, or a reset
};

struct AdminState {
    AdminSection section = AdminSection::Office;
    bool loaded = false;  ///< the section's data was loaded (false: the tab was just opened)
    std::map<std::string, std::string> settings;  ///< as stored
    std::map<std::string, std::string> edits;     ///< setting key → text being edited
    std::map<std::string, std::string> errors;    ///< field id → Vietnamese message
    std::string message;
    bool messageIsError = false;

    // Ngày nghỉ
    int year = 2026;
    domain::WeeklySchedule schedule = domain::WeeklySchedule::standard();
    std::vector<domain::CalendarDay> days;
    std::vector<service::CalendarSuggestion> suggestions;
    bool yearConfirmed = false;  ///< DOMAIN.md §8: otherwise deadlines use suggestions and warn
    std::string dayDate, dayName;
    bool dayIsHoliday = true;

    // Nhóm dịch vụ & quầy
    std::vector<domain::ServiceGroup> groups;
    std::vector<domain::Counter> counters;
    std::optional<GroupForm> group;
    std::optional<CounterForm> counter;

    // Thủ tục
    std::vector<domain::Procedure> procedures;
    std::string search;
    std::optional<ProcedureForm> procedure;
    std::string importPath, exportPath;
    std::vector<domain::ProcedureRowError> importErrors;

    // Cán bộ
    std::vector<service::StaffAccount> staff;
    std::optional<StaffForm> member;

    // Sao lưu
    std::string backupPath, restorePath;
    bool confirmRestore = false;
};

/// Parses "dd/mm/yyyy" or "yyyy-mm-dd".
[[nodiscard]] std::optional<domain::Date> parseAdminDate(std::string_view text);
/// The procedures whose code, name or field holds `search` (diacritics and case ignored).
[[nodiscard]] std::vector<const domain::Procedure*> filterProcedures(const AdminState& a);

}  // namespace motcua::counter
