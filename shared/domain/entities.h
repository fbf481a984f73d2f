// The things the front desk keeps: tickets, dossiers with their events and steps, apology slips,
// staff, service groups and counters. Plain data, filled by the store, returned by the service.
#pragma once

#include "domain/applicant.h"
#include "domain/attachment.h"
#include "domain/date.h"
#include "domain/dossier_state.h"
#include "domain/papers.h"
#include "domain/payment/fees.h"
#include "domain/queue_rules.h"
#include "domain/roles.h"
#include "domain/work_calendar.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace motcua::domain {

enum class Channel { Direct, Online, Postal };
[[nodiscard]] const char* channelName(Channel c);   // "direct" | "online" | "postal"
[[nodiscard]] const char* channelLabel(Channel c);  // "Trực tiếp" | "Trực tuyến" | "Bưu chính công ích"
[[nodiscard]] std::optional<Channel> parseChannel(std::string_view name);

/// A row of the calendar table: a holiday or a make-up working day.
struct CalendarDay {
    Date date;
    CalendarOverride kind = CalendarOverride::Holiday;
    std::string name;
    std::string source;
    bool verified = false;
};

struct ServiceGroup {
    std::int64_t id = 0;
    std::string code;    ///< "HT"
    std::string prefix;  ///< ticket prefix, "A"
    std::string name;    ///< "Tư pháp – Hộ tịch"
    std::vector<int> counters;
};

struct Counter {
    int number = 0;
    std::string name;
    bool open = true;
    std::vector<std::string> groups;  ///< group codes served
};

struct Ticket {
    std::int64_t id = 0;
    Date day;
    std::string label;         ///< "A023"
    std::string groupCode;     ///< current group (after a transfer)
    int number = 0;
    std::string priorityReason;  ///< empty for a normal ticket
    TicketStatus status = TicketStatus::Waiting;
    Instant issuedAt = 0;
    std::optional<int> counter;        ///< the counter serving (or that served) it
    std::optional<int> targetCounter;  ///< transferred to one counter only
    std::optional<Instant> calledAt;
    std::optional<Instant> finishedAt;
    int recalls = 0;
    /// Finished moments after its call (within queue.repeat_call_seconds, as the desk measured it
    /// when the clerk finished it): nobody was served in that time.
    bool finishedUnseen = false;
};

/// Skipped (the citizen did not come) or finished unseen: it may be brought back to the front.
[[nodiscard]] bool canRestore(const Ticket& t);

struct StaffMember {
    std::int64_t id = 0;
    std::string username;
    std::string fullName;
    Role role = Role::Staff;
    std::string unit;
    bool active = true;
};

struct DossierEvent {
    std::int64_t id = 0;
    Instant at = 0;
    std::string actor;
    std::string action;  ///< actionName() or "receive", "apology_signed"
    std::string fromStatus;
    std::string toStatus;
    std::string note;
    bool flagged = false;  ///< a breach of a once-only rule (second supplement request)
    std::string actorName;  ///< the actor's full name (empty for an unknown or system actor)
};

struct DossierStep {
    std::int64_t id = 0;
    std::string fromUnit;
    std::string toUnit;
    Instant handedAt = 0;
    std::optional<Instant> dueAt;
    std::optional<Instant> doneAt;
    std::string note;
};

enum class ApologyStatus { Draft, Signed, Void };
[[nodiscard]] const char* apologyStatusName(ApologyStatus s);
[[nodiscard]] std::optional<ApologyStatus> parseApologyStatus(std::string_view name);

struct Apology {
    std::int64_t id = 0;
    std::int64_t dossierId = 0;
    std::string dossierCode;
    std::optional<int> number;  ///< given when signed, per year: "12/PXL"
    std::optional<int> numberYear;
    ApologyStatus status = ApologyStatus::Draft;
    Instant forDueAt = 0;       ///< the appointment it apologises for
    Instant proposedDueAt = 0;  ///< the new appointment
    std::string reason;
    bool reasonIsPlaceholder = false;
    std::string unit;
    bool late = false;    ///< drafted after the due time passed (otherwise at risk)
    bool breach = false;  ///< a second re-appointment: breaks the once-only rule
    Instant draftedAt = 0;
    std::optional<Instant> signedAt;
    std::string signedBy;
    std::optional<Instant> voidedAt;
    std::optional<Instant> deliveredAt;  ///< the signed slip reached the citizen
    std::string deliveredHow;            ///< "trao tận tay", "gửi bưu chính", …
    std::string deliveredCopySha256;     ///< SHA-256 (hex) of the signed electronic copy delivered; "" for paper
    /// Signed and sent by then (DOMAIN.md §2: due − 1 working day); unset on slips drafted before
    /// the rule was kept (schema v5), which the service fills in from the calendar.
    std::optional<Instant> signBy;
    bool shortNotice = false;  ///< procedure of ≤ 1 working day: the one-day rule cannot be met
    bool signedLate = false;   ///< signed after signBy: a breach, still valid
    [[nodiscard]] std::string numberText() const;  ///< "12/PXL" or ""
};

struct Dossier {
    std::int64_t id = 0;
    std::string code;
    std::string procedureCode;
    std::string procedureName;
    double procedureDays = 0;
    ApplicantKind applicantKind = ApplicantKind::Person;
    std::string applicantName;  ///< a person's full name or an organisation's name
    std::string idNumber;       ///< CCCD (person) or enterprise/tax code (organisation)
    std::string phone;
    std::string address;
    std::string email;
    Representative representative;  ///< empty unless handed in by an authorised person
    Collection collection = Collection::Counter;
    /// The papers handed in were itemised at intake (DossierDetail::papers); false for dossiers
    /// received before that was recorded, or by a caller that did not itemise them.
    bool papersRecorded = false;
    Channel channel = Channel::Direct;
    std::optional<std::int64_t> ticketId;
    DossierStatus status = DossierStatus::Received;
    Instant receivedAt = 0;
    Instant originalDueAt = 0;  ///< legal due time; moved only by a supplement round, never by an apology
    Instant dueAt = 0;          ///< current appointment (a signed apology moves it)
    std::optional<Instant> resolvedAt;
    std::optional<Instant> returnedAt;
    std::string returnedTo;
    std::optional<Instant> closedAt;
    std::optional<Instant> supplementRequestedAt;
    int supplementCount = 0;
    std::string receiver;  ///< username of the clerk who received it
    std::string unit;      ///< unit currently holding it
    std::int64_t version = 1;  ///< bumped by every change; detects conflicting edits
    /// Printed on the receipt; with the code it opens the citizen's status page (/tra-cuu).
    std::string checkCode;
};

enum class Rating { VerySatisfied, Satisfied, Dissatisfied };
[[nodiscard]] const char* ratingName(Rating r);   // "very_satisfied" | "satisfied" | "dissatisfied"
[[nodiscard]] const char* ratingLabel(Rating r);  // "Rất hài lòng" | "Hài lòng" | "Không hài lòng"
[[nodiscard]] std::optional<Rating> parseRating(std::string_view name);

/// What a stranger may see of a dossier (kiosk look-up, QR status page): no ID number, phone,
/// address or staff names; the applicant's name masked (DESIGN.md §3.5).
struct PublicDossierView {
    std::string code;
    std::string procedureName;
    DossierStatus status = DossierStatus::Received;
    std::string maskedName;
    Instant receivedAt = 0;
    Instant dueAt = 0;  ///< current appointment
    bool late = false;
    struct Step {
        std::string unit;
        Instant handedAt = 0;
        std::optional<Instant> doneAt;
    };
    std::vector<Step> steps;
    struct Slip {
        std::string number;  ///< "3/PXL"
        Instant newDueAt = 0;
        std::string reason;
    };
    std::vector<Slip> apologies;  ///< signed slips only
    std::optional<Instant> returnedAt;
    bool rated = false;
    std::int64_t owedVnd = 0;  ///< fees still to pay (issue 16)
    std::string paymentQr;     ///< VietQR payload for them; empty when nothing is owed or no account is set
};

struct DossierDetail {
    Dossier dossier;
    std::vector<SubmittedPaper> papers;  ///< handed in or shown at intake, in catalog order
    std::vector<DossierEvent> events;
    std::vector<DossierStep> steps;
    std::vector<Apology> apologies;
    std::vector<FeeLine> fees;  ///< what it owes and what is paid (issue 16)
    std::vector<Attachment> attachments;  ///< digitised papers and result (issue 15), oldest first
};

}  // namespace motcua::domain
