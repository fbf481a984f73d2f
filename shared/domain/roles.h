// Staff roles and what each may do. The service checks every call against this table.
#pragma once

#include <optional>
#include <string_view>

namespace motcua::domain {

enum class Role { Kiosk, Staff, Officer, Supervisor, Admin };

enum class Permission {
    IssueTicket,     ///< kiosk and counters
    PublicLookup,    ///< the masked public view of a dossier, and rating it
    ServeQueue,      ///< call, recall, skip, transfer, finish
    ReadDossiers,    ///< full records (staff screens)
    ReceiveDossier,  ///< intake at the counter
    ProcessDossier,  ///< forward, steps, supplement, result, refuse, stop
    ReturnResult,    ///< hand the result over
    SignApology,     ///< review and sign apology slips
    RunSweep,
    ManageCalendar,
    ManageCatalog,   ///< procedures, service groups, counters
    ManageStaff,
    ManageSettings,
    Backup,
    ViewReports,
    CollectFee,  ///< record a fee paid at the counter
    CorrectFee,  ///< correct a recorded payment, or waive a fee so the result can go back (supervisor)
};

[[nodiscard]] const char* roleName(Role r);
[[nodiscard]] const char* roleLabel(Role r);
[[nodiscard]] std::optional<Role> parseRole(std::string_view name);
[[nodiscard]] bool allows(Role role, Permission p);

}  // namespace motcua::domain
