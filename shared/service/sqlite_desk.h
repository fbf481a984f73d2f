// The Desk over one SQLite file. Its methods are spread over files by concept:
// sqlite_desk.cpp (session, calendar, administration), desk_queue.cpp, desk_cases.cpp,
// desk_lateness.cpp, desk_reports.cpp, desk_admin.cpp (the administration screens' calls).
#pragma once

#include "domain/roles.h"
#include "domain/work_calendar.h"
#include "domain/lateness.h"
#include "service/desk.h"
#include "store/database.h"
#include "scan/pdf_inspect.h"
#include "store/staff_store.h"

#include <chrono>
#include <functional>
#include <map>
#include <memory>

namespace motcua::store {
class IncomingFile;
}

namespace motcua::service {

class SqliteDesk final : public Desk {
public:
    SqliteDesk(const std::string& path, const DeskOptions& options);

    domain::StaffMember login(const std::string& username, const std::string& password) override;
    domain::StaffMember actAs(const std::string& username) override;
    void logout() override;
    void serveCounter(int counter) override;
    std::optional<domain::StaffMember> currentUser() const override { return m_user; }
    Instant now() const override { return m_clock(); }
    std::int64_t dataVersion() override { return m_db->dataVersion(); }

    IssuedTicket issueTicket(const IssueTicketRequest& request) override;
    domain::Ticket confirmTicket(const std::string& label) override;
    domain::Ticket voidTicket(const std::string& label, const std::string& reason) override;
    domain::Ticket callNext(int counter) override;
    domain::Ticket recall(const std::string& label) override;
    domain::Ticket skip(const std::string& label) override;
    domain::Ticket finish(const std::string& label) override;
    domain::Ticket restore(const std::string& label) override;
    domain::Ticket transfer(const TransferRequest& request) override;
    std::vector<domain::Ticket> tickets(std::optional<domain::TicketStatus> status) override;
    IssuedTicket ticketInfo(const std::string& label) override;
    std::vector<GroupStatus> groupStatuses() override;
    domain::TicketHours ticketHours() override;
    std::vector<domain::Counter> counters() override;

    std::vector<domain::Procedure> procedures(const std::string& field) override;
    domain::Procedure procedure(const std::string& code) override;
    domain::ProcedureImport importProcedures(const std::string& csvText) override;
    std::string exportProcedures() override;
    DueEstimate dueForDays(Instant from, double days, domain::Channel channel) override;
    DueEstimate dueForHours(Instant from, double hours) override;
    void setCalendarDay(const domain::Date& date, std::optional<domain::CalendarOverride> kind,
                        const std::string& name) override;
    std::vector<domain::CalendarDay> calendarYear(int year) override;
    std::vector<CalendarSuggestion> suggestHolidays(int year) override;
    int importHolidays(const std::string& csvText) override;
    void confirmCalendarYear(int year) override;
    std::vector<int> confirmedCalendarYears() override;
    std::vector<int> unconfirmedYears(Instant from, Instant to) override;
    std::string workingDurationText(std::int64_t seconds) override;

    domain::Dossier receive(const ReceiveRequest& request) override;
    domain::Dossier forward(const std::string& code, const std::string& toUnit, std::optional<double> hours,
                            const std::string& note, ExpectedVersion v) override;
    std::vector<ForwardTarget> forwardTargets() override;
    domain::Dossier completeStep(const std::string& code, const std::string& note, ExpectedVersion v) override;
    domain::Dossier requestSupplement(const std::string& code, const std::string& reason, ExpectedVersion v) override;
    domain::Dossier resume(const std::string& code, ExpectedVersion v) override;
    domain::Dossier markResult(const std::string& code, ExpectedVersion v) override;
    domain::Dossier returnResult(const std::string& code, const std::string& recipient, ExpectedVersion v) override;
    domain::Dossier refuse(const std::string& code, const std::string& reason, ExpectedVersion v) override;
    domain::Dossier withdraw(const std::string& code, const std::string& note, ExpectedVersion v) override;
    domain::Dossier stop(const std::string& code, const std::string& reason, ExpectedVersion v) override;
    domain::DossierDetail dossier(const std::string& code) override;
    domain::PublicDossierView publicLookup(const std::string& code) override;
    domain::PublicDossierView publicStatus(const std::string& code, const std::string& checkCode) override;
    void rate(const std::string& code, domain::Rating rating, const std::string& reasons) override;
    void rateVisit(const std::string& ticketLabel, domain::Rating rating, const std::string& reasons) override;
    std::vector<DossierSummary> dossiers(const DossierQuery& query) override;

    void saveDraft(const domain::IntakeDraft& draft) override;
    std::optional<domain::IntakeDraft> loadDraft() override;
    void discardDraft() override;
    std::vector<domain::Procedure> searchProcedures(const std::string& query, int limit) override;
    std::vector<DossierSummary> assignedToMe() override;
    std::int64_t workingSecondsBetween(Instant from, Instant to) override;

    SweepResult sweep() override;
    std::vector<domain::Apology> apologies(std::optional<domain::ApologyStatus> status) override;
    domain::Apology signApology(const SignApologyRequest& request) override;
    domain::Apology markApologyDelivered(std::int64_t id, const std::string& how, const std::string& copySha256) override;

    std::vector<RecentCall> recentCalls(int limit) override;
    WallPicture wallPicture() override;
    domain::Report report(Instant from, Instant to) override;

    std::map<std::string, std::string> settings() override;
    bool checkKioskPin(const std::string& pin) override;
    std::string setSetting(const std::string& key, const std::string& value) override;
    std::vector<domain::StaffMember> staff() override;
    domain::StaffMember addStaff(const domain::StaffMember& member, const std::string& password) override;
    domain::ServiceGroup addGroup(const domain::ServiceGroup& group) override;
    domain::Counter addCounter(const domain::Counter& counter) override;
    AuditReport verifyAudit() override;
    void backup(const std::string& path) override;
    std::string restoreBackup(const std::string& backupPath) override;

    std::map<std::string, std::string> setSettings(const std::map<std::string, std::string>& values) override;
    std::vector<StaffAccount> staffAccounts() override;
    domain::StaffMember updateStaff(const domain::StaffMember& member) override;
    void resetPassword(const std::string& username, const std::string& newPassword) override;
    void unlockStaff(const std::string& username) override;
    domain::ServiceGroup updateGroup(const domain::ServiceGroup& group) override;
    domain::Counter updateCounter(const domain::Counter& counter) override;
    domain::Procedure updateProcedure(const domain::Procedure& procedure) override;

    std::vector<domain::FeeLine> fees(const std::string& code) override;
    domain::FeeLine payFee(const std::string& code, int line, domain::PaymentWay way, const std::string& reference) override;
    domain::FeeLine correctFeePayment(const std::string& code, int line, const std::string& reason) override;
    domain::FeeLine waiveFee(const std::string& code, int line, const std::string& reason) override;
    std::string feeQrPayload(const std::string& code) override;

    domain::Attachment attach(const AttachRequest& request) override;
    std::vector<domain::Attachment> attachments(const std::string& code) override;
    std::string attachmentContent(std::int64_t id) override;
    std::vector<domain::Attachment> citizenAttachments(const std::string& idNumber) override;
    domain::Attachment reuseAttachment(const std::string& code, int paper, std::int64_t attachmentId) override;

    // The store host's streamed files (docs/network-protocol.md, /v1/file/…): not in Desk, the
    // network carries them as raw bodies rather than JSON.
    /// Everything attach() checks before it sees the PDF (role, dossier, paper line, state), and
    /// the limits the PDF must keep: the host asks before it reads an upload's body.
    [[nodiscard]] scan::PaperLimits attachLimits(const AttachRequest& request);
    /// attach() for a PDF received into `file` (request.pdf unused): checked in place and adopted
    /// by the file store (a rename, no second write) before the row commits.
    domain::Attachment attachReceived(const AttachRequest& request, store::IncomingFile& file);
    struct StoredFile {
        std::string path;
        std::string sha256;
        std::int64_t bytes = 0;
    };
    /// Where attachment `id`'s file is (ReadDossiers), unchecked: the caller checks the hash.
    [[nodiscard]] StoredFile attachmentFile(std::int64_t id);

    /// The connection, for the store host: it joins each network write's request id to the
    /// Desk's own transaction (store::CommitHook).
    [[nodiscard]] store::Database& database() { return *m_db; }

private:
    void require(domain::Permission p) const;
    void audit(const std::string& action, const std::string& subject, const std::string& detail = {});
    /// The stored table, plus suggested holidays for unconfirmed years near now (DOMAIN.md §8).
    [[nodiscard]] domain::WorkCalendar calendar();
    [[nodiscard]] std::vector<int> unconfirmedYearsIn(Instant from, Instant to);
    [[nodiscard]] int cutoffMinute(domain::Channel channel);
    [[nodiscard]] double settingNumber(const std::string& key);
    /// deadline.at_risk_days and apology.draft_days (domain/lateness.h).
    [[nodiscard]] domain::LatenessRules latenessRules();
    /// A bound past which no running dossier is late, at risk or due for a draft at `t`: the store
    /// preselects with it, the domain predicate decides.
    [[nodiscard]] Instant lookAhead(const domain::WorkCalendar& cal, Instant t, const domain::LatenessRules& rules);
    [[nodiscard]] std::string actor() const;
    /// At log-in: the account's session moves to m_counter, or Error(Forbidden) (session.second_login).
    void claimCounter(const std::string& username, Instant t);

    // administration helpers (desk_admin.cpp)
    [[nodiscard]] store::StaffCredentials existingStaff(const std::string& username);

    // queue helpers (desk_queue.cpp)
    [[nodiscard]] domain::Ticket todaysTicket(const std::string& label);
    [[nodiscard]] domain::TicketHours ticketHoursAt(Instant t);
    domain::Ticket changeCalledTicket(const std::string& label, const char* action);
    /// Seconds since ticket `t` was called at its counter: the business clock's figure, or the time
    /// this desk has known of the call on the steady clock if longer (a fixed --now clock never moves).
    [[nodiscard]] double secondsSinceCall(const domain::Ticket& t, Instant now);
    /// Whether the clerk finishes `t` moments after this desk called it (queue.repeat_call_seconds,
    /// measured as secondsSinceCall): nobody was served. A call made elsewhere (another run of the
    /// CLI, another workstation) is finished on purpose.
    [[nodiscard]] bool finishingUnseen(const domain::Ticket& t, Instant now);

    // dossier helpers (desk_cases.cpp)
    [[nodiscard]] domain::Dossier loadDossier(const std::string& code, ExpectedVersion v);
    [[nodiscard]] std::vector<ForwardTarget> listForwardTargets();  // inside the caller's transaction
    domain::Dossier applyAndStore(domain::Dossier& d, domain::DossierAction action, const std::string& note,
                                  bool flagged = false);

    // fee helpers (desk_fees.cpp)
    [[nodiscard]] domain::FeeLine feeLine(std::int64_t dossierId, const std::string& code, int line);
    /// The VietQR for `owed` đồng of dossier `code`, or empty when the office account is not set.
    [[nodiscard]] std::string paymentQr(const std::string& code, std::int64_t owed);

    // digital dossier helpers (desk_attach.cpp)
    /// The folder of digitised files beside the store.
    [[nodiscard]] std::string filesFolder() const;
    /// Why `d` cannot take attachment (kind, paper) now, or empty.
    [[nodiscard]] std::string attachRefusal(const domain::Dossier& d, bool result, int paper);
    /// The row and audit of a checked PDF whose file `sha` is stored; `restore` puts the file back
    /// if a sweep took it meanwhile (or throws).
    domain::Attachment recordAttachment(const AttachRequest& request, const scan::PdfFacts& facts, const std::string& sha,
                                        std::int64_t bytes, const std::function<void()>& restore);
    /// Removes files no row names (older than an hour); part of sweep().
    int sweepOrphanFiles();
    /// Copies the files the rows of the store at `dbPath` name from `fromFolder` to
    /// "<dbPath>.files"; strict: Error(Storage) naming a missing or changed file, else skips it.
    static void copyNamedFiles(const std::string& dbPath, const std::string& fromFolder, bool strict = true);
    /// Hash check of every file the rows name: "" when all are fine, else what is wrong.
    [[nodiscard]] std::string checkFiles();

    std::unique_ptr<store::Database> m_db;
    Clock m_clock;
    std::optional<domain::StaffMember> m_user;
    std::optional<std::chrono::steady_clock::time_point> m_lastFileSweep;  ///< sweepOrphanFiles' last run
    std::int64_t m_lastFileCount = 0;  ///< checkFiles' figures, for verifyAudit
    int m_lastBadFiles = 0;
    int m_counter = 0;  ///< the counter this desk serves (serveCounter); 0 = not a counter (CLI, kiosk)
    /// Per counter: the ticket being served there and when this desk called it or first saw it
    /// called, on the steady clock (secondsSinceCall).
    std::map<int, std::pair<std::int64_t, std::chrono::steady_clock::time_point>> m_callSeen;
};

}  // namespace motcua::service
