// The one API every app and the command-line tool call (DESIGN.md §2, layer 3). Each call is
// one transaction, checks the caller's role, and writes the audit log. Today it is implemented
// over SQLite (openSqliteDesk); a network client of the same interface can come later, and the
// apps must not notice the difference.
#pragma once

#include "domain/date.h"
#include "domain/entities.h"
#include "domain/intake_draft.h"
#include "domain/procedure.h"
#include "domain/report.h"
#include "domain/ticket_hours.h"
#include "service/wall_picture.h"

#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace motcua::service {

using domain::Instant;

/// Where "now" comes from: the system clock, or a fixed instant for reproducible runs (--now).
using Clock = std::function<Instant()>;
[[nodiscard]] Clock systemClock();
[[nodiscard]] Clock fixedClock(Instant t);

struct IssueTicketRequest {
    std::string groupCode;
    std::string priorityReason;  ///< empty for a normal ticket
    /// false: the ticket stays pending until confirmTicket (after it printed) or voidTicket.
    bool confirmed = true;
};

struct IssuedTicket {
    domain::Ticket ticket;
    std::string groupName;
    std::vector<int> counters;  ///< counters serving the group
    int ahead = 0;              ///< people who will be called before it
    int waitMinutes = 0;        ///< estimate
};

struct GroupStatus {
    domain::ServiceGroup group;
    int waiting = 0;
    int priorityWaiting = 0;
    int waitMinutes = 0;          ///< estimate for a new normal ticket (0: a counter is free for it)
    int priorityWaitMinutes = 0;  ///< estimate for a new priority ticket
};

struct TransferRequest {
    std::string ticket;                  ///< label, today
    std::optional<std::string> groupCode;
    std::optional<int> counter;
};

struct ReceiveRequest {
    std::string procedureCode;
    std::string applicantName;  ///< a person's full name or an organisation's name
    std::string idNumber;       ///< CCCD (12 digits) or, for an organisation, its tax code
    std::string phone;
    std::string address;
    domain::Channel channel = domain::Channel::Direct;
    std::string ticket;  ///< label of today's ticket being served, optional
    domain::ApplicantKind applicantKind = domain::ApplicantKind::Person;
    // Members below have initialisers so older callers' brace lists stay warning-free.
    std::string email{};
    domain::Representative representative{};  ///< empty: the applicant came in person
    /// How the result is collected; unset: by post for a postal dossier, online for an online
    /// one, else at the counter.
    std::optional<domain::Collection> collection{};
    /// The papers handed in or shown (index into the procedure's catalog list, form, quantity);
    /// every Required and Shown paper must be there. Unset: not itemised (older callers) —
    /// nothing is checked and the receipt lists the catalog's required papers.
    std::optional<std::vector<domain::SubmittedPaper>> papers{};
    /// The fee lines the clerk confirmed (issue 16). Unset: the catalog's fee as one line.
    std::optional<std::vector<domain::FeeLine>> fees{};
};

/// Optional guard against conflicting edits: the version the caller's screen showed.
using ExpectedVersion = std::optional<std::int64_t>;

struct DossierQuery {
    /// ApologyDue: running dossiers whose apology slip is due by now — late, at risk, or inside
    /// the draft horizon (DOMAIN.md §2; domain::apologyDraftDue).
    enum class Kind { All, Late, AtRisk, LateOrAtRisk, ApologyDue };
    Kind kind = Kind::All;
    std::optional<domain::DossierStatus> status;
    std::string nameSearch;  ///< diacritic-insensitive substring of the applicant's name
    std::optional<Instant> receivedFrom;  ///< received at or after
    std::optional<Instant> receivedBefore;
    int limit = 0;
};

struct DossierSummary {
    domain::Dossier dossier;
    bool late = false;             ///< past the current appointment (unresolved) or resolved after it
    std::int64_t lateSeconds = 0;  ///< working time past the current appointment
    bool atRisk = false;           ///< domain::dueState (paused dossiers are never at risk)
    /// Running clock only: the apology slip must be signed by then (DOMAIN.md §2, due − 1 working
    /// day; for a procedure of ≤ 1 working day the appointment itself, with shortNotice set).
    std::optional<Instant> signBy;
    bool shortNotice = false;
    bool apologyDue = false;  ///< domain::apologyDraftDue: the slip must be drafted by now
};

struct DueEstimate {
    Instant from = 0;
    Instant start = 0;  ///< effective start
    Instant due = 0;
    /// Years the deadline reaches into whose holiday table is not confirmed (DOMAIN.md §8): the
    /// due time was computed from suggested holidays and must carry a warning.
    std::vector<int> unconfirmedYears;
};

struct SweepResult {
    int atRisk = 0;
    int late = 0;
    int drafted = 0;
    int voided = 0;
    int orphanFiles = 0;  ///< digitised files no row names (a crash before the commit), removed
};

struct SignApologyRequest {
    std::int64_t id = 0;
    std::optional<std::string> reason;
    std::optional<Instant> newDue;
};

struct AuditReport {
    bool ok = true;
    std::int64_t rows = 0;
    std::string problem;
    std::int64_t files = 0;  ///< digitised files the rows name, each hash checked (issue 15)
    int badFiles = 0;        ///< of those, missing or changed
};

/// One paper (or the result) digitised as one PDF (issue 15; Desk::attach).
struct AttachRequest {
    std::string code;
    int paper = 0;        ///< the paper's line on the checklist (1-based, as `case show` numbers it)
    bool result = false;  ///< the dossier's result instead of a paper (paper then 0)
    std::string pdf;      ///< the whole PDF (scan::paperPdf made it from the files or the scanner)
    std::string sourceName;  ///< what the clerk attached (file names), for the audit row only
};

/// Somewhere a dossier can be handed on to (Desk::forwardTargets).
struct ForwardTarget {
    std::string value;     ///< what forward() takes: a unit's name, or an officer's username
    std::string label;     ///< as a person reads it: "Phạm Thị Hoa (chuyenvien) – Phòng Văn hóa - Xã hội"
    bool officer = false;  ///< a person, not a unit
};

struct CalendarSuggestion {
    domain::Date date;
    std::string name;
    std::string reason;
    bool alreadyInCalendar = false;
};

/// A staff account as the administration screen lists it: the member and its lock-out state.
struct StaffAccount {
    domain::StaffMember member;
    int failedLogins = 0;
    Instant lockedUntil = 0;  ///< the lock-out ends then (0 or past: not locked)
};

class Desk {
public:
    virtual ~Desk() = default;

    // [SECTION] session
    /// Checks a password (argon2id); five failures lock the account for 15 minutes.
    virtual domain::StaffMember login(const std::string& username, const std::string& password) = 0;
    /// Ends the caller's session (over the network the host forgets its session token too).
    virtual void logout() = 0;
    /// The counter app says which counter it is, before log-in and then every few seconds while it
    /// runs. A desk on the store then keeps the account's counter session (session.second_login:
    /// a log-in elsewhere is refused or ends this one; a session silent for session.idle_minutes
    /// counts as ended) and keeps intake drafts per counter. Throws Error(Forbidden) when this
    /// counter's session was ended by a log-in at another counter. Desks without counter sessions
    /// ignore it (not a pure virtual: other Desks need not implement it).
    virtual void serveCounter(int counter);
    /// Trusted local tools (the CLI on the store host) act as a named account without a password.
    virtual domain::StaffMember actAs(const std::string& username) = 0;
    [[nodiscard]] virtual std::optional<domain::StaffMember> currentUser() const = 0;
    [[nodiscard]] virtual Instant now() const = 0;
    /// Changes whenever any process commits to the store (cheap; for refresh decisions).
    [[nodiscard]] virtual std::int64_t dataVersion() = 0;

    // [SECTION] queue
    virtual IssuedTicket issueTicket(const IssueTicketRequest& request) = 0;
    virtual domain::Ticket confirmTicket(const std::string& label) = 0;
    virtual domain::Ticket voidTicket(const std::string& label, const std::string& reason) = 0;
    /// Atomic across processes: two counters never get the same ticket. Finishes the ticket the
    /// counter was serving. Throws Error(Empty) when nobody waits, and Error(IllegalState) when
    /// the counter called its ticket less than queue.repeat_call_seconds ago (F5 pressed twice).
    virtual domain::Ticket callNext(int counter) = 0;
    virtual domain::Ticket recall(const std::string& label) = 0;
    virtual domain::Ticket skip(const std::string& label) = 0;
    virtual domain::Ticket finish(const std::string& label) = 0;
    /// Brings a skipped ticket back, at the front of its line (also one finished moments after its
    /// call: domain::canRestore).
    virtual domain::Ticket restore(const std::string& label) = 0;
    virtual domain::Ticket transfer(const TransferRequest& request) = 0;
    [[nodiscard]] virtual std::vector<domain::Ticket> tickets(std::optional<domain::TicketStatus> status) = 0;
    /// Today's ticket with its group, counters, people ahead and wait estimate (for printing).
    [[nodiscard]] virtual IssuedTicket ticketInfo(const std::string& label) = 0;
    [[nodiscard]] virtual std::vector<GroupStatus> groupStatuses() = 0;
    /// @brief Whether tickets are handed out now (office hours of a working day, settings
    /// queue.open_early_minutes and queue.stop_before_minutes), else when they are next. Out of
    /// this window issueTicket refuses with Error(IllegalState) saying when the office opens.
    [[nodiscard]] virtual domain::TicketHours ticketHours() = 0;
    [[nodiscard]] virtual std::vector<domain::Counter> counters() = 0;

    // [SECTION] catalog and calendar
    [[nodiscard]] virtual std::vector<domain::Procedure> procedures(const std::string& field) = 0;
    /// One procedure by national code; throws Error(NotFound).
    [[nodiscard]] virtual domain::Procedure procedure(const std::string& code) = 0;
    /// Imports valid rows and reports bad ones; with any bad row nothing is imported.
    virtual domain::ProcedureImport importProcedures(const std::string& csvText) = 0;
    [[nodiscard]] virtual std::string exportProcedures() = 0;
    [[nodiscard]] virtual DueEstimate dueForDays(Instant from, double days, domain::Channel channel) = 0;
    [[nodiscard]] virtual DueEstimate dueForHours(Instant from, double hours) = 0;
    virtual void setCalendarDay(const domain::Date& date, std::optional<domain::CalendarOverride> kind,
                                const std::string& name) = 0;
    [[nodiscard]] virtual std::vector<domain::CalendarDay> calendarYear(int year) = 0;
    [[nodiscard]] virtual std::vector<CalendarSuggestion> suggestHolidays(int year) = 0;
    /// Loads a holiday table (assets/holidays); returns rows written. The years it covers become
    /// confirmed (DOMAIN.md §8).
    virtual int importHolidays(const std::string& csvText) = 0;
    /// @brief Needs ManageCalendar. Confirms a year's table as it now stands: from then on its
    /// deadlines use only the stored rows, without suggestions or warning. Error(InvalidInput) for
    /// a year without any day off in the table.
    virtual void confirmCalendarYear(int year) = 0;
    /// @brief Years whose holiday table is confirmed (imported or confirmed by a supervisor).
    [[nodiscard]] virtual std::vector<int> confirmedCalendarYears() = 0;
    /// @brief Years touched by [from, to] whose table is not confirmed: deadlines there are
    /// computed from fixed-date holidays plus lunar suggestions and carry a warning.
    [[nodiscard]] virtual std::vector<int> unconfirmedYears(Instant from, Instant to) = 0;
    [[nodiscard]] virtual std::string workingDurationText(std::int64_t seconds) = 0;

    // [SECTION] dossiers
    /// @brief Receives a complete dossier: validates the applicant (CCCD or tax code, e-mail,
    /// representative with authorisation) and the papers against the catalog, gives the code
    /// and the appointment. Error(InvalidInput) names what to fix; nothing is written then.
    virtual domain::Dossier receive(const ReceiveRequest& request) = 0;
    /// @brief Hands the dossier on. `toUnit` must be one of forwardTargets() (a typo would leave the
    /// dossier in nobody's work list): Error(InvalidInput) otherwise. A step due (`hours` of working
    /// time) after the dossier's appointment is cut back to it unless deadline.step_cap_to_due is
    /// "no"; either way the step's note says so.
    virtual domain::Dossier forward(const std::string& code, const std::string& toUnit, std::optional<double> hours,
                                    const std::string& note, ExpectedVersion v = {}) = 0;
    /// @brief The units (of the catalog's procedures and of the staff) and the active accounts that
    /// process dossiers, units first, each in Vietnamese order.
    [[nodiscard]] virtual std::vector<ForwardTarget> forwardTargets() = 0;
    virtual domain::Dossier completeStep(const std::string& code, const std::string& note, ExpectedVersion v = {}) = 0;
    /// A second request is recorded but needs a reason and is flagged (DOMAIN.md §2).
    virtual domain::Dossier requestSupplement(const std::string& code, const std::string& reason,
                                              ExpectedVersion v = {}) = 0;
    virtual domain::Dossier resume(const std::string& code, ExpectedVersion v = {}) = 0;
    virtual domain::Dossier markResult(const std::string& code, ExpectedVersion v = {}) = 0;
    virtual domain::Dossier returnResult(const std::string& code, const std::string& recipient,
                                         ExpectedVersion v = {}) = 0;
    virtual domain::Dossier refuse(const std::string& code, const std::string& reason, ExpectedVersion v = {}) = 0;
    virtual domain::Dossier withdraw(const std::string& code, const std::string& note, ExpectedVersion v = {}) = 0;
    virtual domain::Dossier stop(const std::string& code, const std::string& reason, ExpectedVersion v = {}) = 0;
    [[nodiscard]] virtual domain::DossierDetail dossier(const std::string& code) = 0;
    /// The masked public view (kiosk look-up). Throws InvalidInput for a malformed code and
    /// NotFound for an unknown one.
    [[nodiscard]] virtual domain::PublicDossierView publicLookup(const std::string& code) = 0;
    /// @brief The citizen's status page (/tra-cuu): the same public view, needing no role but the
    /// dossier's check code printed on its receipt. A wrong check code throws exactly what an
    /// unknown code throws (NotFound, same message), so codes cannot be probed.
    [[nodiscard]] virtual domain::PublicDossierView publicStatus(const std::string& code,
                                                                 const std::string& checkCode) = 0;
    /// One satisfaction rating per dossier; a second is refused with Error(Conflict).
    virtual void rate(const std::string& code, domain::Rating rating, const std::string& reasons) = 0;
    /// @brief A rating of the visit by today's ticket label (a citizen who only took a ticket):
    /// the ticket must have been called to a counter (else IllegalState); one per ticket, a second
    /// is refused with Error(Conflict). Counted in the report's satisfaction total.
    virtual void rateVisit(const std::string& ticketLabel, domain::Rating rating, const std::string& reasons) = 0;
    [[nodiscard]] virtual std::vector<DossierSummary> dossiers(const DossierQuery& query) = 0;

    // [SECTION] counter app: intake drafts, procedure search, my dossiers (desk_drafts.cpp)
    /// @brief Keeps the caller's half-filled intake form (one per clerk, replaced on each save) so
    /// a crash or an accidental close loses nothing. Not audited: a draft is not a dossier.
    /// Throws Error(InvalidInput) for text that is not UTF-8 or absurdly long.
    virtual void saveDraft(const domain::IntakeDraft& draft) = 0;
    /// @brief The caller's saved draft, if any (offered back at login).
    [[nodiscard]] virtual std::optional<domain::IntakeDraft> loadDraft() = 0;
    /// @brief Drops the caller's draft (after the dossier was received, or the clerk discarded it).
    virtual void discardDraft() = 0;
    /// @brief Active procedures whose folded name holds every word of `query` (or whose code is
    /// `query`), best first; "khai sinh", "KHAI SINH" and "dang ky khai sinh" all find
    /// "Đăng ký khai sinh". At most `limit` (0 = all).
    [[nodiscard]] virtual std::vector<domain::Procedure> searchProcedures(const std::string& query, int limit) = 0;
    /// @brief Unresolved dossiers held by the caller's unit or handed to the caller by username or
    /// full name (the officer's work list), nearest due first.
    [[nodiscard]] virtual std::vector<DossierSummary> assignedToMe() = 0;
    /// @brief Working time from `from` to `to` (0 if `to` is not later): the "time left" of a
    /// dossier, shown with workingDurationText.
    [[nodiscard]] virtual std::int64_t workingSecondsBetween(Instant from, Instant to) = 0;

    // [SECTION] lateness and apology slips
    /// Idempotent and safe when several processes sweep at once.
    virtual SweepResult sweep() = 0;
    [[nodiscard]] virtual std::vector<domain::Apology> apologies(std::optional<domain::ApologyStatus> status) = 0;
    /// Signs a draft: the dossier's current appointment becomes the new date; the original stays.
    virtual domain::Apology signApology(const SignApologyRequest& request) = 0;
    /// Records that the signed slip reached the citizen (`how`: handed over, post, e-mail, …) and,
    /// for an electronic copy, which one: `copySha256` is the SHA-256 (64 hex digits) of the signed
    /// PDF sent, "" for paper. Needs SignApology; Error(IllegalState) for a slip not signed or
    /// already recorded, Error(InvalidInput) for a malformed hash.
    virtual domain::Apology markApologyDelivered(std::int64_t id, const std::string& how, const std::string& copySha256) = 0;

    // [SECTION] wall screen (desk_reports.cpp)
    /// @brief Today's calls and recalls, newest first, at most `limit` (public: what the hall heard).
    [[nodiscard]] virtual std::vector<RecentCall> recentCalls(int limit) = 0;
    /// @brief The wall's whole picture (service/wall_picture.h). Public by construction — masked
    /// names, labels, counts — so it needs no role: wall devices and the web wall read only this.
    [[nodiscard]] virtual WallPicture wallPicture() = 0;

    // [SECTION] reports (desk_reports.cpp)
    /// @brief The periodic report (DOMAIN.md §6) and quality rates (§7) for [from, to), in total,
    /// per procedure field and per unit. A period not yet over is judged as of now. Needs
    /// ViewReports; throws Error(InvalidInput) when `to` is not after `from`.
    [[nodiscard]] virtual domain::Report report(Instant from, Instant to) = 0;

    // [SECTION] administration
    [[nodiscard]] virtual std::map<std::string, std::string> settings() = 0;
    /// @brief Whether `pin` is the kiosk's admin PIN (kiosk.admin_pin, a secret settings() hides
    /// from all but those who manage settings). Needs IssueTicket.
    [[nodiscard]] virtual bool checkKioskPin(const std::string& pin) = 0;
    virtual std::string setSetting(const std::string& key, const std::string& value) = 0;
    [[nodiscard]] virtual std::vector<domain::StaffMember> staff() = 0;
    virtual domain::StaffMember addStaff(const domain::StaffMember& member, const std::string& password) = 0;
    virtual domain::ServiceGroup addGroup(const domain::ServiceGroup& group) = 0;
    virtual domain::Counter addCounter(const domain::Counter& counter) = 0;
    [[nodiscard]] virtual AuditReport verifyAudit() = 0;
    virtual void backup(const std::string& path) = 0;
    /// Replaces the store with a backup (checked first: a motcua store, intact, not newer than
    /// this build); the current content is saved beside it first. Returns that safety copy's path.
    virtual std::string restoreBackup(const std::string& backupPath) = 0;

    // [SECTION] administration screens (desk_admin.cpp)
    /// @brief Several settings in one transaction: every value is validated first and one bad
    /// value stores none (its message names the key). Returns the values as stored.
    virtual std::map<std::string, std::string> setSettings(const std::map<std::string, std::string>& values) = 0;
    /// @brief Every account with its lock-out state (ManageStaff).
    [[nodiscard]] virtual std::vector<StaffAccount> staffAccounts() = 0;
    /// @brief Full name, role, unit and active flag of the account `member.username`. Refuses
    /// (Forbidden) to demote or deactivate the last active admin, and lets only an admin give or
    /// take the admin role.
    virtual domain::StaffMember updateStaff(const domain::StaffMember& member) = 0;
    /// @brief A new password (argon2id), which also clears the lock-out.
    virtual void resetPassword(const std::string& username, const std::string& newPassword) = 0;
    /// @brief Clears the lock-out and the failed-login count.
    virtual void unlockStaff(const std::string& username) = 0;
    /// @brief Prefix and name of the group `group.code` (its counters are set per counter).
    virtual domain::ServiceGroup updateGroup(const domain::ServiceGroup& group) = 0;
    /// @brief Name, open flag and served groups of counter `counter.number`.
    virtual domain::Counter updateCounter(const domain::Counter& counter) = 0;
    /// @brief Replaces an existing procedure (by code), validated by the CSV import's rules.
    virtual domain::Procedure updateProcedure(const domain::Procedure& procedure) = 0;

    // [SECTION] fees and payment (desk_fees.cpp, issue 16)
    /// @brief The dossier's fee lines and their payments (ReadDossiers).
    [[nodiscard]] virtual std::vector<domain::FeeLine> fees(const std::string& code) = 0;
    /// @brief Records that fee line `line` was paid — in cash, by transfer (the bank reference) or on
    /// the portal (its transaction number) — once (a second: Error(Conflict)); never on a withdrawn,
    /// refused or stopped dossier (IllegalState). Needs CollectFee; audited.
    virtual domain::FeeLine payFee(const std::string& code, int line, domain::PaymentWay way,
                                   const std::string& reference) = 0;
    /// @brief A supervisor (CorrectFee) clears a payment recorded by mistake, with a reason.
    virtual domain::FeeLine correctFeePayment(const std::string& code, int line, const std::string& reason) = 0;
    /// @brief A supervisor (CorrectFee) lets the result go back with fee line `line` unpaid.
    virtual domain::FeeLine waiveFee(const std::string& code, int line, const std::string& reason) = 0;
    /// @brief The VietQR payload for what the dossier still owes, to the office's account
    /// (payment.* settings). Error(IllegalState) when nothing is owed, Error(InvalidInput) when the
    /// account is not set.
    [[nodiscard]] virtual std::string feeQrPayload(const std::string& code) = 0;

    // [SECTION] digital dossier (desk_attach.cpp, issue 15)
    /// @brief Stores one digitised paper (ReceiveDossier) or the result (ProcessDossier, once the
    /// result is recorded: markResult). The PDF is checked (scan::inspectPdf with the settings
    /// scan.max_bytes and scan.max_pages), the paper line must be on the dossier's checklist; the
    /// file is written and fsynced before the row commits. Audited; Error(InvalidInput) or
    /// Error(IllegalState) change nothing.
    virtual domain::Attachment attach(const AttachRequest& request) = 0;
    /// @brief The dossier's digitised papers and result, oldest first (ReadDossiers).
    [[nodiscard]] virtual std::vector<domain::Attachment> attachments(const std::string& code) = 0;
    /// @brief The PDF of attachment `id`, its hash checked (Error(Storage) when the file changed).
    [[nodiscard]] virtual std::string attachmentContent(std::int64_t id) = 0;
    /// @brief The citizen's earlier digitised papers (original scans of their dossiers by ID
    /// number), newest first, for reuse at intake. Staff only (ReceiveDossier), never public.
    [[nodiscard]] virtual std::vector<domain::Attachment> citizenAttachments(const std::string& idNumber) = 0;
    /// @brief Attaches an earlier digitised paper of the same citizen to paper line `paper` of
    /// dossier `code` by reference (no copy), recorded as reused (QĐ 766 4.3). Audited.
    virtual domain::Attachment reuseAttachment(const std::string& code, int paper, std::int64_t attachmentId) = 0;
};

struct DeskOptions {
    Clock clock = systemClock();
    bool readOnly = false;     ///< the wall screen
    bool migrate = true;       ///< bring an older schema up to date (false: refuse it instead)
    int busyTimeoutMs = 10000;
};

/// Opens (creating and migrating unless read-only) the store at `path`.
[[nodiscard]] std::unique_ptr<Desk> openSqliteDesk(const std::string& path, const DeskOptions& options = {});

}  // namespace motcua::service
