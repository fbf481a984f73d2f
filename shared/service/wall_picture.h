// The wall screen's picture (DESIGN.md §9: computed once, drawn by the ImGui wall and the web wall):
// what the hall sees. It holds only public data — ticket labels, counters, masked names, dossier
// codes — never ID numbers, phones or addresses (DOMAIN.md §9), so nothing private can reach a
// screen by mistake.
#pragma once

#include "domain/date.h"

#include <optional>
#include <set>
#include <string>
#include <vector>

namespace motcua::service {

class Desk;

/// A call (or recall) of today's ticket to a counter, for the wall screen.
struct RecentCall {
    std::string label;
    int counter = 0;
    domain::Instant at = 0;
    bool recall = false;
};

struct WallServing {
    int counter = 0;
    std::string counterName;
    std::string label;  ///< empty when the counter serves nobody
    domain::Instant calledAt = 0;
    bool priority = false;
};

struct WallWaiting {
    std::string groupName;
    std::string prefix;
    int waiting = 0;
};

struct WallDossier {
    std::string code;
    std::string procedure;
    std::string maskedName;
    bool late = false;         ///< otherwise due today
    std::string lateBy;        ///< "2 ngày 3 giờ" (late) or "hạn HH:MM" (due today)
    bool apologySigned = false;
    domain::Instant dueAt = 0;
    /// No signed slip yet: "ký phiếu trước 17:00 17/11" or "quá hạn ký phiếu" (DOMAIN.md §2)
    std::string signByText;
    bool signByPassed = false;
};

struct WallPicture {
    std::string officeName;
    domain::Instant now = 0;
    std::vector<WallServing> serving;
    std::vector<RecentCall> calls;       ///< newest first, every call and recall (the voice, the flash)
    std::vector<RecentCall> shownCalls;  ///< "Vừa gọi": callsToShow(calls)
    std::vector<WallWaiting> waiting;
    std::vector<WallDossier> dossiers;   ///< late first (longest late first), then due today
    int receivedToday = 0;
    int returnedToday = 0;
    std::optional<double> onTimeRateToday;
    bool loaded = false;
};

/// The calls for "Vừa gọi": each ticket once, at its newest call or recall, and none of the
/// tickets back in line (`backInLine`: transferred or brought back, so its old counter is stale).
[[nodiscard]] std::vector<RecentCall> callsToShow(const std::vector<RecentCall>& calls,
                                                  const std::set<std::string>& backInLine);

/// Computes the picture from a Desk that may read queues, dossiers, apologies and the report
/// (the implementation of Desk::wallPicture). Throws motcua::Error on failure.
[[nodiscard]] WallPicture buildWallPicture(Desk& desk);

}  // namespace motcua::service
