// Queue rules (DESIGN.md §3.4): ticket statuses and labels, which waiting ticket a counter calls
// next (priority tickets first, interleaved so normal ones are not starved). Wait estimates are in
// wait_estimate.h.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace motcua::domain {

enum class TicketStatus {
    Pending,   ///< number taken, ticket not yet printed or shown
    Waiting,   ///< in the queue
    Called,    ///< called to a counter, being served
    Skipped,   ///< did not come when called; can be brought back
    Finished,  ///< served
    Void,      ///< never handed out (print failed); the number stays recorded
};

[[nodiscard]] const char* ticketStatusName(TicketStatus s);
[[nodiscard]] const char* ticketStatusLabel(TicketStatus s);
[[nodiscard]] std::optional<TicketStatus> parseTicketStatus(std::string_view name);

/// "A" + 23 → "A023" (at least three digits).
[[nodiscard]] std::string ticketLabel(std::string_view prefix, int number);
/// "A023" → {"A", 23}; prefix is 1–3 capital letters, number 1–9999.
struct TicketLabel {
    std::string prefix;
    int number = 0;
};
[[nodiscard]] std::optional<TicketLabel> parseTicketLabel(std::string_view text);
[[nodiscard]] bool isValidTicketPrefix(std::string_view prefix);

/// One waiting ticket as the ordering rule sees it.
struct QueueEntry {
    std::int64_t id = 0;
    bool priority = false;
    bool front = false;        ///< brought back or transferred "to the front"
    std::int64_t queuedAt = 0; ///< its place in line (issue time, or the time it was put in front)
};

/// Index of the ticket to call next, or nullopt if the list is empty. Front tickets go first;
/// then priority tickets, except that after `maxPriorityInARow` priority calls in a row (the
/// `priorityStreak` of the most recent calls) the oldest normal ticket gets its turn.
[[nodiscard]] std::optional<std::size_t> chooseNext(const std::vector<QueueEntry>& waiting,
                                                    int priorityStreak, int maxPriorityInARow);

/// The usual priority reasons (DOMAIN.md §10), as shown on the kiosk.
[[nodiscard]] const std::vector<std::string>& standardPriorityReasons();

}  // namespace motcua::domain
