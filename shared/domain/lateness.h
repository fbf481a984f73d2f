// Lateness and apology timing (DOMAIN.md §2, DESIGN.md §3.3): the one predicate for "late" and
// "at risk" that lists, the sweep, the wall and the report share, and the deadlines of a slip.
#pragma once

#include "domain/dossier_state.h"
#include "domain/entities.h"
#include "domain/work_calendar.h"

namespace motcua::domain {

/// The facts about a dossier that lateness depends on.
struct DueFacts {
    DossierStatus status = DossierStatus::Received;
    double procedureDays = 0;  ///< the procedure's processing time in working days
    Instant receivedAt = 0;
    Instant originalDueAt = 0;
    Instant dueAt = 0;  ///< the current appointment
};

[[nodiscard]] DueFacts dueFactsOf(const Dossier& d);

/// Late at `at`: still pending with its clock running and its due time come (dueAt <= at).
/// A dossier waiting for the citizen's supplement is not late (its clock is paused, DOMAIN.md §2);
/// a resolved or closed one is judged by outcomeOf(), not by this. dueState() below says the same.
[[nodiscard]] bool isOverdue(DossierStatus status, Instant dueAt, Instant at);

/// Where a dossier stands against its current appointment. Only a running clock (received,
/// processing) can be late or at risk: waiting for a supplement pauses it (DOMAIN.md §2: "not
/// late and needs no apology"), and a resolved or closed dossier is judged by its outcome.
enum class DueState { NotRunning, OnTrack, AtRisk, Late };

/// The office's settings behind the rule.
struct LatenessRules {
    double atRiskDays = 1;  ///< deadline.at_risk_days: "inside the last working day" (DESIGN.md §3.3)
    double draftDays = 2;   ///< apology.draft_days: the draft horizon (DOMAIN.md §2, default 2)
};

/// Procedures of one working day or less ("trong ngày", 0.5, 1) cannot send the slip one working
/// day ahead (DOMAIN.md §2).
[[nodiscard]] bool isShortProcedure(double procedureDays);

/// Working time before the current appointment under which the dossier is at risk: the setting,
/// but for a short procedure at most half of its own span (received → original due), so a
/// same-day dossier is not at risk — nor drafted for — the moment it is received.
[[nodiscard]] std::int64_t atRiskSeconds(const WorkCalendar& cal, const DueFacts& d, const LatenessRules& rules);

/// Late: clock running and now ≥ due. At risk: clock running, not late, and less than
/// atRiskSeconds() of working time left.
[[nodiscard]] DueState dueState(const WorkCalendar& cal, const DueFacts& d, Instant now, const LatenessRules& rules);

/// When a slip must be signed and sent, and when its draft must appear.
struct ApologyTiming {
    Instant draftFrom = 0;  ///< the draft appears from here on
    Instant signBy = 0;     ///< signed after this: signed late (a breach, still valid)
    bool shortNotice = false;  ///< a short procedure: the one-day rule cannot be met ahead of time
};

/// DOMAIN.md §2: sign-by = due − 1 working day ("chậm nhất 01 ngày trước ngày hết hạn"), in
/// working time; the draft appears at due − draftDays working days. A short procedure has no time
/// for that: its draft appears when it turns at risk, and sign-by is the appointment itself.
[[nodiscard]] ApologyTiming apologyTiming(const WorkCalendar& cal, const DueFacts& d, const LatenessRules& rules);

/// True when the sweep must draft a slip for the current appointment now (the clock runs and
/// now ≥ draftFrom).
[[nodiscard]] bool apologyDraftDue(const WorkCalendar& cal, const DueFacts& d, Instant now, const LatenessRules& rules);

/// "còn 1 ngày 2 giờ" before `signBy`, or "quá hạn ký 3 giờ" after it, in working time.
[[nodiscard]] std::string signByLeftText(const WorkCalendar& cal, Instant signBy, Instant now);

}  // namespace motcua::domain
