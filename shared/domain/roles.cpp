#include "domain/roles.h"

namespace motcua::domain {

const char* roleName(Role r)
{
    switch (r) {
    case Role::Kiosk: return "kiosk";
    case Role::Staff: return "staff";
    case Role::Officer: return "officer";
    case Role::Supervisor: return "supervisor";
    case Role::Admin: return "admin";
    }
    return "";
}

const char* roleLabel(Role r)
{
    switch (r) {
    case Role::Kiosk: return "Ki-ốt";
    case Role::Staff: return "Cán bộ một cửa";
    case Role::Officer: return "Chuyên viên xử lý";
    case Role::Supervisor: return "Lãnh đạo";
    case Role::Admin: return "Quản trị";
    }
    return "";
}

std::optional<Role> parseRole(std::string_view name)
{
    for (auto r : {Role::Kiosk, Role::Staff, Role::Officer, Role::Supervisor, Role::Admin})
        if (name == roleName(r)) return r;
    return std::nullopt;
}

bool allows(Role role, Permission p)
{
    using P = Permission;
    switch (role) {
    case Role::Admin: return true;
    case Role::Kiosk: return p == P::IssueTicket || p == P::PublicLookup;
    case Role::Staff:
        return p == P::IssueTicket || p == P::PublicLookup || p == P::ServeQueue || p == P::ReadDossiers || p == P::ReceiveDossier ||
               p == P::ProcessDossier || p == P::ReturnResult || p == P::RunSweep || p == P::CollectFee;
    case Role::Officer: return p == P::PublicLookup || p == P::ReadDossiers || p == P::ProcessDossier || p == P::RunSweep;
    case Role::Supervisor:
        return p != P::ManageSettings;
    }
    return false;
}

}  // namespace motcua::domain
