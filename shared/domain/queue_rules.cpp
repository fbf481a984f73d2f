#include "domain/queue_rules.h"

#include "domain/entities.h"

#include <cmath>
#include <cstdio>
#include <tuple>

namespace motcua::domain {

const char* ticketStatusName(TicketStatus s)
{
    switch (s) {
    case TicketStatus::Pending: return "pending";
    case TicketStatus::Waiting: return "waiting";
    case TicketStatus::Called: return "called";
    case TicketStatus::Skipped: return "skipped";
    case TicketStatus::Finished: return "finished";
    case TicketStatus::Void: return "void";
    }
    return "";
}

const char* ticketStatusLabel(TicketStatus s)
{
    switch (s) {
    case TicketStatus::Pending: return "Đang in";
    case TicketStatus::Waiting: return "Đang chờ";
    case TicketStatus::Called: return "Đang phục vụ";
    case TicketStatus::Skipped: return "Vắng mặt";
    case TicketStatus::Finished: return "Đã xong";
    case TicketStatus::Void: return "Đã huỷ";
    }
    return "";
}

std::optional<TicketStatus> parseTicketStatus(std::string_view name)
{
    for (auto s : {TicketStatus::Pending, TicketStatus::Waiting, TicketStatus::Called,
                   TicketStatus::Skipped, TicketStatus::Finished, TicketStatus::Void})
        if (name == ticketStatusName(s)) return s;
    return std::nullopt;
}

bool isValidTicketPrefix(std::string_view prefix)
{
    if (prefix.empty() || prefix.size() > 3) return false;
    for (char c : prefix)
        if (c < 'A' || c > 'Z') return false;
    return true;
}

std::string ticketLabel(std::string_view prefix, int number)
{
    char buf[48];
    std::snprintf(buf, sizeof buf, "%03d", number);
    return std::string(prefix) + buf;
}

std::optional<TicketLabel> parseTicketLabel(std::string_view text)
{
    std::size_t i = 0;
    while (i < text.size() && text[i] >= 'A' && text[i] <= 'Z') ++i;
    const std::string_view prefix = text.substr(0, i);
    const std::string_view digits = text.substr(i);
    if (!isValidTicketPrefix(prefix) || digits.size() < 3 || digits.size() > 4) return std::nullopt;
    int n = 0;
    for (char c : digits) {
        if (c < '0' || c > '9') return std::nullopt;
        n = n * 10 + (c - '0');
    }
    if (n < 1) return std::nullopt;
    return TicketLabel{std::string(prefix), n};
}

std::optional<std::size_t> chooseNext(const std::vector<QueueEntry>& waiting, int priorityStreak,
                                      int maxPriorityInARow)
{
    std::optional<std::size_t> front, priority, normal;
    auto earlier = [&](std::optional<std::size_t> best, std::size_t i) {
        if (!best) return true;
        const auto& a = waiting[i];
        const auto& b = waiting[*best];
        return std::tie(a.queuedAt, a.id) < std::tie(b.queuedAt, b.id);
    };
    for (std::size_t i = 0; i < waiting.size(); ++i) {
        const auto& e = waiting[i];
        if (e.front) {
            if (earlier(front, i)) front = i;
        } else if (e.priority) {
            if (earlier(priority, i)) priority = i;
        } else if (earlier(normal, i)) {
            normal = i;
        }
    }
    if (front) return front;
    if (priority && (!normal || maxPriorityInARow <= 0 || priorityStreak < maxPriorityInARow)) return priority;
    if (normal) return normal;
    return priority;
}

const std::vector<std::string>& standardPriorityReasons()
{
    static const std::vector<std::string> kReasons = {
        "Người cao tuổi", "Người khuyết tật", "Phụ nữ mang thai", "Người có công với cách mạng",
        "Thương binh", "Trẻ em (có người giám hộ)"};
    return kReasons;
}

bool canRestore(const Ticket& t)
{
    return t.status == TicketStatus::Skipped || (t.status == TicketStatus::Finished && t.finishedUnseen);
}

}  // namespace motcua::domain
