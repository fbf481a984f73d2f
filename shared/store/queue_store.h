// Queue tickets as stored rows: numbering per group per day, the waiting line a counter sees,
// status changes, call history and recent service times.
#pragma once

#include "domain/entities.h"
#include "store/database.h"

#include <optional>
#include <string>
#include <vector>

namespace motcua::store {

/// Next number for a group on a day: max + 1 inside the caller's write transaction, so numbers
/// are gap-free and never reused (void tickets keep theirs).
[[nodiscard]] int nextTicketNumber(Database& db, const domain::Date& day, std::int64_t groupId);

struct NewTicket {
    domain::Date day;
    std::int64_t groupId = 0;
    int number = 0;
    std::string label;
    std::string priorityReason;
    domain::TicketStatus status = domain::TicketStatus::Waiting;
    domain::Instant issuedAt = 0;
};
std::int64_t insertTicket(Database& db, const NewTicket& t);

[[nodiscard]] std::optional<domain::Ticket> findTicket(Database& db, std::int64_t id);
[[nodiscard]] std::optional<domain::Ticket> findTicketByLabel(Database& db, const domain::Date& day,
                                                              const std::string& label);
[[nodiscard]] std::vector<domain::Ticket> listTickets(Database& db, const domain::Date& day,
                                                      std::optional<domain::TicketStatus> status);
/// The ticket a counter is serving now, if any.
[[nodiscard]] std::optional<domain::Ticket> currentTicketAt(Database& db, int counter);

/// Tickets a counter may call today: waiting in a group it serves (or transferred to it), plus
/// pending tickets older than the grace period (printed, but the kiosk died before confirming).
[[nodiscard]] std::vector<domain::QueueEntry> callableTickets(Database& db, const domain::Date& day, int counter,
                                                              domain::Instant pendingBefore);
/// How many of the last `limit` calls (not recalls) by counters sharing a group with `counter`
/// were priority tickets, counted back from the newest until the first normal one.
[[nodiscard]] int priorityStreak(Database& db, const domain::Date& day, int counter, int limit);

/// People waiting in a group today (callable or pending), and among them priority tickets.
struct GroupLoad {
    int waiting = 0;
    int priorityWaiting = 0;
};
[[nodiscard]] GroupLoad groupLoad(Database& db, const domain::Date& day, std::int64_t groupId);
/// Minutes between call and finish of the group's last `sample` finished tickets, newest first.
[[nodiscard]] std::vector<double> recentServiceMinutes(Database& db, std::int64_t groupId, int sample);
/// Open counters serving the group.
[[nodiscard]] int openCounters(Database& db, std::int64_t groupId);
/// Open counters serving the group that are serving someone (of any group) right now.
[[nodiscard]] int busyCounters(Database& db, std::int64_t groupId);

void markCalled(Database& db, std::int64_t id, int counter, domain::Instant at);
void recordCall(Database& db, std::int64_t id, int counter, domain::Instant at, bool recall);
void setTicketStatus(Database& db, std::int64_t id, domain::TicketStatus status, std::optional<domain::Instant> finishedAt);
/// Finished at `at`; `unseen`: moments after its call, so it may be brought back (domain::canRestore).
void finishTicket(Database& db, std::int64_t id, domain::Instant at, bool unseen);
/// Back in line: at the front (queued now, front flag) or keeping its original place.
void requeueTicket(Database& db, std::int64_t id, std::optional<std::int64_t> groupId, std::optional<int> targetCounter,
                   bool toFront, domain::Instant at);

struct CallRecord {
    std::string label;
    int counter = 0;
    domain::Instant at = 0;
    bool recall = false;
};
[[nodiscard]] std::vector<CallRecord> recentCalls(Database& db, const domain::Date& day, int limit);

}  // namespace motcua::store
