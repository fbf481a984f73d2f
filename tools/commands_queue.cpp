// `motcua ticket …`: the queue from a shell (issue, call, recall, skip, finish, restore,
// transfer, list).
#include "cli.h"
#include "cli_output.h"

namespace motcua::cli {

namespace {

void printTicket(Context& c, const domain::Ticket& t)
{
    if (c.json) printJson(c.out, ticketJson(t));
    else c.out << t.label << "  " << domain::ticketStatusLabel(t.status) << (t.counter ? "  quầy " + std::to_string(*t.counter) : "") << "\n";
}

int cmdIssue(Context& c)
{
    service::IssueTicketRequest r;
    r.groupCode = c.args.require("--group");
    r.priorityReason = c.args.get("--priority").value_or("");
    if (c.args.has("--priority") && r.priorityReason.find_first_not_of(" \t") == std::string::npos)
        throw UsageError("--priority cần lý do ưu tiên");
    const auto issued = c.desk().issueTicket(r);
    if (c.json) {
        printJson(c.out, {{"ticket", issued.ticket.label},
                          {"group", issued.ticket.groupCode},
                          {"number", issued.ticket.number},
                          {"priority", issued.ticket.priorityReason.empty() ? Json(nullptr) : Json(issued.ticket.priorityReason)},
                          {"issued_at", timeJson(issued.ticket.issuedAt)},
                          {"ahead", issued.ahead},
                          {"wait_minutes", issued.waitMinutes},
                          {"counters", issued.counters}});
    } else {
        c.out << "Số " << issued.ticket.label << " — " << issued.groupName << "; " << issued.ahead << " người phía trước, chờ khoảng "
              << issued.waitMinutes << " phút\n";
    }
    return kOk;
}

int cmdCall(Context& c)
{
    const auto counter = c.args.getInt("--counter", 1, 999);
    if (!counter) throw UsageError("Thiếu tuỳ chọn bắt buộc --counter");
    const auto t = c.desk().callNext(static_cast<int>(*counter));
    if (c.json)
        printJson(c.out, {{"ticket", t.label},
                          {"counter", *counter},
                          {"priority", t.priorityReason.empty() ? Json(nullptr) : Json(t.priorityReason)},
                          {"group", t.groupCode}});
    else
        c.out << "Mời công dân có số thứ tự " << t.label << " đến quầy số " << *counter << "\n";
    return kOk;
}

Handler ticketAction(domain::Ticket (service::Desk::*action)(const std::string&))
{
    return [action](Context& c) {
        printTicket(c, (c.desk().*action)(c.args.require("--ticket")));
        return static_cast<int>(kOk);
    };
}

int cmdTransfer(Context& c)
{
    c.args.requireOneOf({"--group", "--counter"});
    service::TransferRequest r;
    r.ticket = c.args.require("--ticket");
    r.groupCode = c.args.get("--group");
    if (auto n = c.args.getInt("--counter", 1, 999)) r.counter = static_cast<int>(*n);
    printTicket(c, c.desk().transfer(r));
    return kOk;
}

int cmdList(Context& c)
{
    std::optional<domain::TicketStatus> status;
    if (auto s = c.args.get("--status")) {
        status = domain::parseTicketStatus(*s);
        if (!status) throw UsageError("--status chỉ nhận pending, waiting, called, skipped, finished hoặc void");
    }
    const auto list = c.desk().tickets(status);
    if (c.json) {
        Json arr = Json::array();
        for (const auto& t : list) arr.push_back(ticketJson(t));
        printJson(c.out, arr);
    } else {
        for (const auto& t : list) printTicket(c, t);
    }
    return kOk;
}

}  // namespace

void addQueueCommands(std::vector<Command>& c)
{
    const OptionSpec ticket{"--ticket", true, "số vé hôm nay, ví dụ A023"};
    c.push_back({"ticket issue", "phát số thứ tự", {{"--group", true, "mã nhóm dịch vụ"}, {"--priority", true, "lý do ưu tiên"}}, cmdIssue});
    c.push_back({"ticket call", "gọi số tiếp theo (thoát mã 3 khi không còn ai chờ)", {{"--counter", true, "số quầy"}}, cmdCall});
    c.push_back({"ticket recall", "gọi lại số đang phục vụ", {ticket}, ticketAction(&service::Desk::recall)});
    c.push_back({"ticket skip", "bỏ qua (công dân vắng mặt)", {ticket}, ticketAction(&service::Desk::skip)});
    c.push_back({"ticket finish", "kết thúc phục vụ", {ticket}, ticketAction(&service::Desk::finish)});
    c.push_back({"ticket restore", "đưa số đã bỏ qua trở lại hàng đợi", {ticket}, ticketAction(&service::Desk::restore)});
    c.push_back({"ticket transfer", "chuyển số sang nhóm hoặc quầy khác",
                 {ticket, {"--group", true, "nhóm đích"}, {"--counter", true, "quầy đích"}}, cmdTransfer});
    c.push_back({"ticket list", "các số trong ngày", {{"--status", true, "lọc theo trạng thái"}}, cmdList});
}

}  // namespace motcua::cli
