#include "store/queue_store.h"

namespace motcua::store {

namespace {

constexpr const char* kTicketColumns =
    "t.id, t.day, t.label, g.code, t.number, t.priority_reason, t.status, t.issued_at, t.counter, "
    "t.target_counter, t.called_at, t.finished_at, t.recalls, t.finished_unseen";

domain::Ticket readTicket(Statement& st)
{
    domain::Ticket t;
    t.id = st.getInt(0);
    t.day = domain::parseDate(st.getText(1)).value_or(domain::Date{});
    t.label = st.getText(2);
    t.groupCode = st.getText(3);
    t.number = static_cast<int>(st.getInt(4));
    t.priorityReason = st.getText(5);
    t.status = domain::parseTicketStatus(st.getText(6)).value_or(domain::TicketStatus::Void);
    t.issuedAt = st.getInt(7);
    if (!st.isNull(8)) t.counter = static_cast<int>(st.getInt(8));
    if (!st.isNull(9)) t.targetCounter = static_cast<int>(st.getInt(9));
    t.calledAt = st.getOptInt(10);
    t.finishedAt = st.getOptInt(11);
    t.recalls = static_cast<int>(st.getInt(12));
    t.finishedUnseen = st.getInt(13) != 0;
    return t;
}

std::string ticketQuery(const char* where)
{
    return std::string("SELECT ") + kTicketColumns + " FROM tickets t JOIN service_groups g ON g.id = t.group_id WHERE " +
           where;
}

std::optional<domain::Ticket> oneTicket(Statement& st)
{
    if (!st.step()) return std::nullopt;
    auto t = readTicket(st);
    st.reset();
    return t;
}

// Groups served by a counter, as a subquery on parameter ?2.
constexpr const char* kCounterGroups = "(SELECT group_id FROM counter_groups WHERE counter = ?2)";

}  // namespace

int nextTicketNumber(Database& db, const domain::Date& day, std::int64_t groupId)
{
    auto& st = db.prepare("SELECT COALESCE(MAX(number), 0) + 1 FROM tickets WHERE day = ? AND issued_group_id = ?")
                   .bind(1, day.iso())
                   .bind(2, groupId);
    st.step();
    const int n = static_cast<int>(st.getInt(0));
    st.reset();
    return n;
}

std::int64_t insertTicket(Database& db, const NewTicket& t)
{
    db.prepare("INSERT INTO tickets(day, issued_group_id, group_id, number, label, priority_reason, status, "
               "issued_at, queued_at) VALUES (?,?,?,?,?,?,?,?,?)")
        .bind(1, t.day.iso())
        .bind(2, t.groupId)
        .bind(3, t.groupId)
        .bind(4, t.number)
        .bind(5, t.label)
        .bind(6, t.priorityReason)
        .bind(7, domain::ticketStatusName(t.status))
        .bind(8, t.issuedAt)
        .bind(9, t.issuedAt)
        .run();
    return db.lastInsertId();
}

std::optional<domain::Ticket> findTicket(Database& db, std::int64_t id)
{
    return oneTicket(db.prepare(ticketQuery("t.id = ?")).bind(1, id));
}

std::optional<domain::Ticket> findTicketByLabel(Database& db, const domain::Date& day, const std::string& label)
{
    return oneTicket(db.prepare(ticketQuery("t.day = ? AND t.label = ?")).bind(1, day.iso()).bind(2, label));
}

std::vector<domain::Ticket> listTickets(Database& db, const domain::Date& day, std::optional<domain::TicketStatus> status)
{
    std::vector<domain::Ticket> out;
    auto& st = db.prepare(ticketQuery("t.day = ?1 AND (?2 = '' OR t.status = ?2) ORDER BY t.issued_at, t.id"))
                   .bind(1, day.iso())
                   .bind(2, status ? domain::ticketStatusName(*status) : "");
    while (st.step()) out.push_back(readTicket(st));
    return out;
}

std::optional<domain::Ticket> currentTicketAt(Database& db, int counter)
{
    return oneTicket(db.prepare(ticketQuery("t.counter = ? AND t.status = 'called' ORDER BY t.called_at DESC LIMIT 1"))
                         .bind(1, counter));
}

std::vector<domain::QueueEntry> callableTickets(Database& db, const domain::Date& day, int counter,
                                                domain::Instant pendingBefore)
{
    std::vector<domain::QueueEntry> out;
    auto& st = db.prepare(std::string("SELECT id, priority_reason <> '', front, queued_at FROM tickets "
                                      "WHERE day = ?1 AND (status = 'waiting' OR (status = 'pending' AND issued_at < ?3)) "
                                      "AND ((target_counter IS NULL AND group_id IN ") +
                          kCounterGroups + ") OR target_counter = ?2)")
                   .bind(1, day.iso())
                   .bind(2, counter)
                   .bind(3, pendingBefore);
    while (st.step()) out.push_back({st.getInt(0), st.getInt(1) != 0, st.getInt(2) != 0, st.getInt(3)});
    return out;
}

int priorityStreak(Database& db, const domain::Date& day, int counter, int limit)
{
    auto& st = db.prepare(std::string("SELECT t.priority_reason <> '' FROM ticket_calls c JOIN tickets t ON t.id = c.ticket_id "
                                      "WHERE t.day = ?1 AND c.kind = 'call' AND t.front = 0 AND t.group_id IN ") +
                          kCounterGroups + " ORDER BY c.id DESC LIMIT ?3")
                   .bind(1, day.iso())
                   .bind(2, counter)
                   .bind(3, limit);
    int streak = 0;
    while (st.step()) {
        if (st.getInt(0) == 0) break;
        ++streak;
    }
    st.reset();
    return streak;
}

GroupLoad groupLoad(Database& db, const domain::Date& day, std::int64_t groupId)
{
    auto& st = db.prepare("SELECT COUNT(*), COALESCE(SUM(priority_reason <> ''), 0) FROM tickets "
                          "WHERE day = ? AND group_id = ? AND status IN ('waiting','pending')")
                   .bind(1, day.iso())
                   .bind(2, groupId);
    st.step();
    GroupLoad load{static_cast<int>(st.getInt(0)), static_cast<int>(st.getInt(1))};
    st.reset();
    return load;
}

std::vector<double> recentServiceMinutes(Database& db, std::int64_t groupId, int sample)
{
    // A ticket left open overnight is not a service time: only spans up to two hours count.
    auto& st = db.prepare("SELECT (finished_at - called_at) / 60.0 FROM tickets "
                          "WHERE group_id = ? AND status = 'finished' AND called_at IS NOT NULL "
                          "AND finished_at >= called_at AND finished_at - called_at <= 7200 "
                          "ORDER BY finished_at DESC LIMIT ?")
                   .bind(1, groupId)
                   .bind(2, sample);
    std::vector<double> out;
    while (st.step()) out.push_back(st.getDouble(0));
    return out;
}

int openCounters(Database& db, std::int64_t groupId)
{
    auto& st = db.prepare("SELECT COUNT(*) FROM counter_groups cg JOIN counters c ON c.number = cg.counter "
                          "WHERE cg.group_id = ? AND c.open = 1")
                   .bind(1, groupId);
    st.step();
    const int n = static_cast<int>(st.getInt(0));
    st.reset();
    return n;
}

int busyCounters(Database& db, std::int64_t groupId)
{
    auto& st = db.prepare("SELECT COUNT(*) FROM counter_groups cg JOIN counters c ON c.number = cg.counter "
                          "WHERE cg.group_id = ? AND c.open = 1 AND EXISTS "
                          "(SELECT 1 FROM tickets t WHERE t.counter = c.number AND t.status = 'called')")
                   .bind(1, groupId);
    st.step();
    const int n = static_cast<int>(st.getInt(0));
    st.reset();
    return n;
}

void markCalled(Database& db, std::int64_t id, int counter, domain::Instant at)
{
    db.prepare("UPDATE tickets SET status = 'called', counter = ?, called_at = ?, finished_at = NULL, finished_unseen = 0 "
               "WHERE id = ?")
        .bind(1, counter)
        .bind(2, at)
        .bind(3, id)
        .run();
}

void recordCall(Database& db, std::int64_t id, int counter, domain::Instant at, bool recall)
{
    db.prepare("INSERT INTO ticket_calls(ticket_id, counter, at, kind) VALUES (?,?,?,?)")
        .bind(1, id)
        .bind(2, counter)
        .bind(3, at)
        .bind(4, recall ? "recall" : "call")
        .run();
    if (recall) db.prepare("UPDATE tickets SET recalls = recalls + 1 WHERE id = ?").bind(1, id).run();
}

void setTicketStatus(Database& db, std::int64_t id, domain::TicketStatus status, std::optional<domain::Instant> finishedAt)
{
    db.prepare("UPDATE tickets SET status = ?, finished_at = COALESCE(?, finished_at) WHERE id = ?")
        .bind(1, domain::ticketStatusName(status))
        .bind(2, finishedAt)
        .bind(3, id)
        .run();
}

void finishTicket(Database& db, std::int64_t id, domain::Instant at, bool unseen)
{
    db.prepare("UPDATE tickets SET status = 'finished', finished_at = ?, finished_unseen = ? WHERE id = ?")
        .bind(1, at)
        .bind(2, unseen ? 1 : 0)
        .bind(3, id)
        .run();
}

void requeueTicket(Database& db, std::int64_t id, std::optional<std::int64_t> groupId, std::optional<int> targetCounter,
                   bool toFront, domain::Instant at)
{
    db.prepare("UPDATE tickets SET status = 'waiting', counter = NULL, group_id = COALESCE(?1, group_id), "
               "target_counter = ?2, front = CASE WHEN ?3 THEN 1 ELSE front END, "
               "queued_at = CASE WHEN ?3 THEN ?4 ELSE queued_at END WHERE id = ?5")
        .bind(1, groupId)
        .bind(2, targetCounter)
        .bind(3, toFront ? 1 : 0)
        .bind(4, at)
        .bind(5, id)
        .run();
}

std::vector<CallRecord> recentCalls(Database& db, const domain::Date& day, int limit)
{
    std::vector<CallRecord> out;
    auto& st = db.prepare("SELECT t.label, c.counter, c.at, c.kind = 'recall' FROM ticket_calls c "
                          "JOIN tickets t ON t.id = c.ticket_id WHERE t.day = ? ORDER BY c.id DESC LIMIT ?")
                   .bind(1, day.iso())
                   .bind(2, limit);
    while (st.step())
        out.push_back({st.getText(0), static_cast<int>(st.getInt(1)), st.getInt(2), st.getInt(3) != 0});
    st.reset();
    return out;
}

}  // namespace motcua::store
