#include "basic_dispatch.h"

#include "domain/error.h"
#include "domain/queue_rules.h"
#include "domain/roles.h"

#include <string>

namespace motcua::server {

namespace {

using nlohmann::json;

std::string text(const json& args, const char* field)
{
    if (!args.is_object() || !args.contains(field) || !args.at(field).is_string())
        throw Error(ErrorCode::InvalidInput, std::string("Trường \"") + field + "\" phải là chuỗi ký tự");
    return args.at(field).get<std::string>();
}

int integer(const json& args, const char* field)
{
    if (!args.is_object() || !args.contains(field) || !args.at(field).is_number_integer())
        throw Error(ErrorCode::InvalidInput, std::string("Trường \"") + field + "\" phải là số nguyên");
    return args.at(field).get<int>();
}

json ticketJson(const domain::Ticket& t)
{
    return {{"id", t.id},
            {"label", t.label},
            {"groupCode", t.groupCode},
            {"number", t.number},
            {"priorityReason", t.priorityReason},
            {"status", domain::ticketStatusName(t.status)},
            {"issuedAt", t.issuedAt},
            {"counter", t.counter ? json(*t.counter) : json(nullptr)},
            {"recalls", t.recalls}};
}

json staffJson(const domain::StaffMember& m)
{
    return {{"id", m.id}, {"username", m.username}, {"fullName", m.fullName}, {"role", domain::roleName(m.role)},
            {"unit", m.unit}, {"active", m.active}};
}

}  // namespace

json basicDispatch(service::Desk& desk, std::string_view method, const json& args)
{
    if (method == "login") return staffJson(desk.login(text(args, "username"), text(args, "password")));
    if (method == "logout") {
        desk.logout();
        return nullptr;
    }
    if (method == "currentUser") {
        const auto u = desk.currentUser();
        return u ? staffJson(*u) : json(nullptr);
    }
    if (method == "now") return desk.now();
    if (method == "dataVersion") return desk.dataVersion();
    if (method == "issueTicket") {
        service::IssueTicketRequest r;
        r.groupCode = text(args, "groupCode");
        const auto issued = desk.issueTicket(r);
        return {{"ticket", ticketJson(issued.ticket)}, {"groupName", issued.groupName}, {"ahead", issued.ahead},
                {"waitMinutes", issued.waitMinutes}};
    }
    if (method == "callNext") return ticketJson(desk.callNext(integer(args, "counter")));
    if (method == "finish") return ticketJson(desk.finish(text(args, "label")));
    if (method == "tickets") {
        json out = json::array();
        for (const auto& t : desk.tickets(std::nullopt)) out.push_back(ticketJson(t));
        return out;
    }
    if (method == "settings") return desk.settings();
    if (method == "setSetting") return desk.setSetting(text(args, "key"), text(args, "value"));
    if (method == "checkKioskPin") return desk.checkKioskPin(text(args, "pin"));
    throw Error(ErrorCode::NotFound, "Máy chủ chưa hỗ trợ lệnh \"" + std::string(method) + "\"");
}

}  // namespace motcua::server
