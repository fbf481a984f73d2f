// SqliteDesk: the queue (DESIGN.md §3.4). Numbers per group per day, gap-free; call next is one
// IMMEDIATE transaction, so two counters in two processes never get the same ticket.
#include "service/sqlite_desk.h"

#include "domain/error.h"
#include "domain/procedure.h"
#include "domain/settings.h"
#include "domain/text.h"
#include "domain/wait_estimate.h"
#include "store/catalog_store.h"
#include "store/queue_store.h"
#include "store/settings_store.h"

#include <algorithm>
#include <chrono>

namespace motcua::service {

using domain::Permission;
using domain::TicketStatus;

namespace {

constexpr int kServiceSample = 20;
constexpr int kMaxTicketsPerGroupPerDay = 9999;

/// The wait of a ticket with `ahead` people before it in group `g` (domain/wait_estimate.h).
int waitFor(store::Database& db, const domain::ServiceGroup& g, int ahead, double defaultMinutes)
{
    const double service = domain::smoothedServiceMinutes(store::recentServiceMinutes(db, g.id, kServiceSample), defaultMinutes);
    return domain::estimateWaitMinutes({ahead, store::busyCounters(db, g.id), store::openCounters(db, g.id), service});
}

}  // namespace

domain::Ticket SqliteDesk::todaysTicket(const std::string& label)
{
    if (!domain::parseTicketLabel(label))
        throw Error(ErrorCode::InvalidInput, "Số vé \"" + label + "\" không hợp lệ (ví dụ A023)");
    auto t = store::findTicketByLabel(*m_db, domain::localDate(now()), label);
    if (!t) throw Error(ErrorCode::NotFound, "Không có vé " + label + " trong ngày hôm nay");
    return *t;
}

domain::TicketHours SqliteDesk::ticketHoursAt(Instant t)
{
    return domain::ticketHours(calendar(), t, static_cast<int>(settingNumber("queue.open_early_minutes")),
                               static_cast<int>(settingNumber("queue.stop_before_minutes")));
}

domain::TicketHours SqliteDesk::ticketHours()
{
    store::Transaction tx(*m_db, store::Transaction::Kind::Deferred);
    const auto hours = ticketHoursAt(now());
    tx.commit();
    return hours;
}

IssuedTicket SqliteDesk::issueTicket(const IssueTicketRequest& request)
{
    require(Permission::IssueTicket);
    if (!domain::isValidGroupCode(request.groupCode))
        throw Error(ErrorCode::InvalidInput, "Mã nhóm dịch vụ \"" + request.groupCode + "\" không hợp lệ (1–8 chữ in hoa hoặc số)");
    const std::string reason = domain::cleanText(request.priorityReason, "Lý do ưu tiên", 100, true);
    const Instant t = now();
    const domain::Date day = domain::localDate(t);
    store::Transaction tx(*m_db);
    const auto group = store::findGroup(*m_db, request.groupCode);
    if (!group) throw Error(ErrorCode::NotFound, "Không có nhóm dịch vụ \"" + request.groupCode + "\"");
    // Nobody is there to serve a ticket taken out of hours (issue 12, item 8).
    if (const auto hours = ticketHoursAt(t); !hours.open)
        throw Error(ErrorCode::IllegalState, domain::closedMessage(hours) + " Chưa phát số thứ tự lúc này.");
    const auto load = store::groupLoad(*m_db, day, group->id);
    const int number = store::nextTicketNumber(*m_db, day, group->id);
    if (number > kMaxTicketsPerGroupPerDay)
        throw Error(ErrorCode::InvalidInput, "Nhóm " + group->code + " đã phát hết số trong ngày");
    store::NewTicket nt{day, group->id, number, domain::ticketLabel(group->prefix, number), reason,
                        request.confirmed ? TicketStatus::Waiting : TicketStatus::Pending, t};
    const auto id = store::insertTicket(*m_db, nt);
    IssuedTicket out;
    out.ahead = reason.empty() ? load.waiting : load.priorityWaiting;
    out.waitMinutes = waitFor(*m_db, *group, out.ahead, settingNumber("queue.default_service_minutes"));
    out.groupName = group->name;
    out.counters = group->counters;
    out.ticket = *store::findTicket(*m_db, id);
    audit("ticket.issue", nt.label, reason.empty() ? group->code : group->code + " ưu tiên: " + reason);
    tx.commit();
    return out;
}

domain::Ticket SqliteDesk::confirmTicket(const std::string& label)
{
    require(Permission::IssueTicket);
    store::Transaction tx(*m_db);
    auto t = todaysTicket(label);
    if (t.status != TicketStatus::Pending) throw Error(ErrorCode::IllegalState, "Vé " + label + " không ở trạng thái chờ in");
    store::setTicketStatus(*m_db, t.id, TicketStatus::Waiting, std::nullopt);
    audit("ticket.confirm", label);
    t = *store::findTicket(*m_db, t.id);
    tx.commit();
    return t;
}

domain::Ticket SqliteDesk::voidTicket(const std::string& label, const std::string& reason)
{
    require(Permission::IssueTicket);
    const std::string why = domain::cleanText(reason, "Lý do huỷ vé", 200, true);
    store::Transaction tx(*m_db);
    auto t = todaysTicket(label);
    if (t.status != TicketStatus::Pending && t.status != TicketStatus::Waiting)
        throw Error(ErrorCode::IllegalState, "Chỉ huỷ được vé chưa được gọi");
    store::setTicketStatus(*m_db, t.id, TicketStatus::Void, now());
    audit("ticket.void", label, why);
    t = *store::findTicket(*m_db, t.id);
    tx.commit();
    return t;
}

domain::Ticket SqliteDesk::callNext(int counter)
{
    require(Permission::ServeQueue);
    const Instant t = now();
    const domain::Date day = domain::localDate(t);
    store::Transaction tx(*m_db);
    if (!store::findCounter(*m_db, counter)) throw Error(ErrorCode::NotFound, "Không có quầy số " + std::to_string(counter));
    if (const auto current = store::currentTicketAt(*m_db, counter)) {
        // A second press of "call next" moments after the first (F5 twice, a double click) would
        // finish a citizen who had no time to walk up: refused, nothing changes.
        const double repeat = settingNumber("queue.repeat_call_seconds");
        if (const double since = secondsSinceCall(*current, t); since < repeat)
            throw Error(ErrorCode::IllegalState,
                        "Quầy " + std::to_string(counter) + " vừa gọi số " + current->label + " " +
                            std::to_string(static_cast<long long>(since)) + " giây trước; lệnh gọi tiếp bị bỏ qua để công dân kịp đến. "
                            "Công dân không đến thì bấm Bỏ qua (F7); gọi số tiếp theo thì bấm lại sau vài giây");
        // Served: the guard above gave the citizen time to come.
        store::finishTicket(*m_db, current->id, t, false);
        audit("ticket.finish", current->label, "quầy " + std::to_string(counter));
    }
    const auto grace = static_cast<Instant>(settingNumber("queue.pending_grace_seconds"));
    const auto waiting = store::callableTickets(*m_db, day, counter, t - grace);
    const int maxInARow = static_cast<int>(settingNumber("queue.priority_in_a_row"));
    const auto pick = domain::chooseNext(waiting, store::priorityStreak(*m_db, day, counter, maxInARow), maxInARow);
    if (!pick) {
        tx.commit();  // the finished ticket stays finished
        throw Error(ErrorCode::Empty, "Không còn ai đang chờ ở quầy " + std::to_string(counter));
    }
    const auto id = waiting[*pick].id;
    store::markCalled(*m_db, id, counter, t);
    store::recordCall(*m_db, id, counter, t, false);
    auto ticket = *store::findTicket(*m_db, id);
    audit("ticket.call", ticket.label, "quầy " + std::to_string(counter));
    tx.commit();
    m_callSeen[counter] = {id, std::chrono::steady_clock::now()};
    return ticket;
}

double SqliteDesk::secondsSinceCall(const domain::Ticket& t, Instant now)
{
    const double business = t.calledAt ? static_cast<double>(now - *t.calledAt) : 1e9;
    if (!t.counter) return business;
    const auto steadyNow = std::chrono::steady_clock::now();
    auto& seen = m_callSeen[*t.counter];
    if (seen.first != t.id) seen = {t.id, steadyNow};  // called by another desk: known from now on
    return std::max(business, std::chrono::duration<double>(steadyNow - seen.second).count());
}

bool SqliteDesk::finishingUnseen(const domain::Ticket& t, Instant now)
{
    const auto seen = t.counter ? m_callSeen.find(*t.counter) : m_callSeen.end();
    if (seen == m_callSeen.end() || seen->second.first != t.id) return false;
    return secondsSinceCall(t, now) < settingNumber("queue.repeat_call_seconds");
}

domain::Ticket SqliteDesk::changeCalledTicket(const std::string& label, const char* action)
{
    require(Permission::ServeQueue);
    const Instant t = now();
    store::Transaction tx(*m_db);
    auto ticket = todaysTicket(label);
    const std::string a = action;
    if (a == "restore") {
        if (!domain::canRestore(ticket))
            throw Error(ErrorCode::IllegalState, "Chỉ gọi lại được vé đã bị bỏ qua; vé " + label + " đang \"" +
                                                     domain::ticketStatusLabel(ticket.status) + "\"");
        store::requeueTicket(*m_db, ticket.id, std::nullopt, ticket.targetCounter, true, t);
    } else {
        if (ticket.status != TicketStatus::Called)
            throw Error(ErrorCode::IllegalState, "Vé " + label + " không đang được phục vụ (đang \"" +
                                                     domain::ticketStatusLabel(ticket.status) + "\")");
        if (a == "recall") store::recordCall(*m_db, ticket.id, *ticket.counter, t, true);
        else if (a == "skip") store::setTicketStatus(*m_db, ticket.id, TicketStatus::Skipped, std::nullopt);
        else store::finishTicket(*m_db, ticket.id, t, finishingUnseen(ticket, t));
    }
    audit("ticket." + a, label);
    ticket = *store::findTicket(*m_db, ticket.id);
    tx.commit();
    return ticket;
}

domain::Ticket SqliteDesk::recall(const std::string& label) { return changeCalledTicket(label, "recall"); }
domain::Ticket SqliteDesk::skip(const std::string& label) { return changeCalledTicket(label, "skip"); }
domain::Ticket SqliteDesk::finish(const std::string& label) { return changeCalledTicket(label, "finish"); }
domain::Ticket SqliteDesk::restore(const std::string& label) { return changeCalledTicket(label, "restore"); }

domain::Ticket SqliteDesk::transfer(const TransferRequest& request)
{
    require(Permission::ServeQueue);
    if (request.groupCode.has_value() == request.counter.has_value())
        throw Error(ErrorCode::InvalidInput, "Chuyển vé cần đúng một đích: một nhóm dịch vụ hoặc một quầy");
    const Instant t = now();
    store::Transaction tx(*m_db);
    auto ticket = todaysTicket(request.ticket);
    if (ticket.status != TicketStatus::Called && ticket.status != TicketStatus::Waiting)
        throw Error(ErrorCode::IllegalState, "Chỉ chuyển được vé đang chờ hoặc đang được phục vụ");
    std::optional<std::int64_t> groupId;
    std::optional<int> target;
    std::string where;
    if (request.groupCode) {
        const auto g = store::findGroup(*m_db, *request.groupCode);
        if (!g) throw Error(ErrorCode::NotFound, "Không có nhóm dịch vụ \"" + *request.groupCode + "\"");
        groupId = g->id;
        where = "nhóm " + g->code;
    } else {
        if (!store::findCounter(*m_db, *request.counter))
            throw Error(ErrorCode::NotFound, "Không có quầy số " + std::to_string(*request.counter));
        target = request.counter;
        where = "quầy " + std::to_string(*request.counter);
    }
    const bool toFront = domain::settingBool(store::getSetting(*m_db, "queue.transfer_to_front"));
    store::requeueTicket(*m_db, ticket.id, groupId, target, toFront, t);
    audit("ticket.transfer", ticket.label, where);
    ticket = *store::findTicket(*m_db, ticket.id);
    tx.commit();
    return ticket;
}

std::vector<domain::Ticket> SqliteDesk::tickets(std::optional<TicketStatus> status)
{
    store::Transaction tx(*m_db, store::Transaction::Kind::Deferred);
    auto list = store::listTickets(*m_db, domain::localDate(now()), status);
    tx.commit();
    return list;
}

IssuedTicket SqliteDesk::ticketInfo(const std::string& label)
{
    store::Transaction tx(*m_db, store::Transaction::Kind::Deferred);
    IssuedTicket out;
    out.ticket = todaysTicket(label);
    const auto group = store::findGroup(*m_db, out.ticket.groupCode);
    out.groupName = group->name;
    out.counters = group->counters;
    // People ahead: those in the same line who will be called first.
    for (const auto& t : store::listTickets(*m_db, out.ticket.day, std::nullopt)) {
        if (t.id == out.ticket.id || t.groupCode != out.ticket.groupCode) continue;
        if (t.status != TicketStatus::Waiting && t.status != TicketStatus::Pending) continue;
        // The same rule as at issue time: a priority ticket has only earlier priority tickets
        // ahead of it; a normal one has everyone earlier, and every priority ticket.
        const bool earlier = t.issuedAt < out.ticket.issuedAt || (t.issuedAt == out.ticket.issuedAt && t.id < out.ticket.id);
        const bool theirsPriority = !t.priorityReason.empty();
        if (out.ticket.priorityReason.empty() ? (earlier || theirsPriority) : (earlier && theirsPriority)) ++out.ahead;
    }
    out.waitMinutes = waitFor(*m_db, *group, out.ahead, settingNumber("queue.default_service_minutes"));
    tx.commit();
    return out;
}

std::vector<GroupStatus> SqliteDesk::groupStatuses()
{
    const domain::Date day = domain::localDate(now());
    store::Transaction tx(*m_db, store::Transaction::Kind::Deferred);
    std::vector<GroupStatus> out;
    const double defaultMinutes = settingNumber("queue.default_service_minutes");
    for (auto& g : store::listGroups(*m_db)) {
        const auto load = store::groupLoad(*m_db, day, g.id);
        GroupStatus s{g, load.waiting, load.priorityWaiting, 0, 0};
        s.waitMinutes = waitFor(*m_db, g, load.waiting, defaultMinutes);
        s.priorityWaitMinutes = waitFor(*m_db, g, load.priorityWaiting, defaultMinutes);
        out.push_back(std::move(s));
    }
    tx.commit();
    return out;
}

}  // namespace motcua::service
