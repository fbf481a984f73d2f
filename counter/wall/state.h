// The wall screen's picture (issue 6): what the hall sees, loaded from a read-only Desk. It holds
// only public data — ticket labels, counters, masked names, dossier codes — never ID numbers,
// phones or addresses (DOMAIN.md §9), so nothing private can reach the screen by mistake.
#pragma once

#include "service/desk.h"

#include <optional>
#include <set>
#include <string>
#include <vector>

namespace motcua::counter {

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

struct WallState {
    std::string officeName;
    domain::Instant now = 0;
    std::vector<WallServing> serving;
    std::vector<service::RecentCall> calls;  ///< newest first, every call and recall (the voice, the flash)
    std::vector<service::RecentCall> shownCalls;  ///< "Vừa gọi": callsToShow(calls)
    std::vector<WallWaiting> waiting;
    std::vector<WallDossier> dossiers;      ///< late first (longest late first), then due today
    int receivedToday = 0;
    int returnedToday = 0;
    std::optional<double> onTimeRateToday;
    bool loaded = false;
    std::string notice;  ///< the store is locked or missing: the last picture stays
    double seconds = 0;  ///< steady seconds since start (flashing, scrolling)
    double newestCallSeen = -1e9;  ///< `seconds` when the newest call first appeared
};

/// The calls for "Vừa gọi": each ticket once, at its newest call or recall, and none of the
/// tickets back in line (`backInLine`: transferred or brought back, so its old counter is stale).
[[nodiscard]] std::vector<service::RecentCall> callsToShow(const std::vector<service::RecentCall>& calls,
                                                           const std::set<std::string>& backInLine);

/// Loads a fresh picture from the Desk; throws motcua::Error on failure (the caller keeps the
/// last picture and shows a notice).
[[nodiscard]] WallState loadWall(service::Desk& desk);

/// Takes a new picture over the old one: keeps the flash timer unless a new call arrived.
void takeWall(WallState& state, WallState fresh, double seconds);

/// How long the newest call flashes, in seconds.
inline constexpr double kWallFlashSeconds = 6.0;

}  // namespace motcua::counter
