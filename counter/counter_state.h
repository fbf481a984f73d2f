// The counter app's state: one struct per screen (login, queue panel, intake form, dossier
// panel, officer list) and the commands the draw functions emit, applied after the frame.
#pragma once

#include "counter/supervisor/late_state.h"
#include "counter/supervisor/reports_state.h"
#include "counter/admin/state.h"
#include "counter/intake/reuse_state.h"
#include "counter/intake/unsent_scans.h"
#include "documents/sources.h"
#include "domain/entities.h"
#include "domain/intake_draft.h"
#include "domain/procedure.h"
#include "service/desk.h"
#include "ui/widgets.h"

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace motcua::counter {

/// What --screen opens; Queue, Intake, Dossier and Officer are tabs of the logged-in workspace.
enum class Screen {
    Login, Queue, Intake, Dossier, Officer,
    Late, Reports,  // the supervisor's tabs (issue 6)
    Admin,
};
[[nodiscard]] std::optional<Screen> parseScreen(std::string_view name);
[[nodiscard]] const char* screenName(Screen s);

/// Key codes of the function keys as the runner feeds io.KeysDown (GLFW's numbering).
inline constexpr int kKeyF5 = 294, kKeyF6 = 295, kKeyF7 = 296, kKeyF8 = 297, kKeyF9 = 298;

struct LoginState {
    std::string username;
    std::string password;
    std::string error;
    int focus = 1;  ///< next frame: 1 focus the username, 2 the password, 0 leave it
};

struct QueueState {
    std::optional<domain::Ticket> serving;       ///< called at this counter, not yet finished
    std::vector<service::GroupStatus> groups;    ///< the groups this counter serves
    std::vector<domain::Ticket> waiting;         ///< today's waiting tickets of those groups
    std::vector<domain::Ticket> skipped;         ///< skipped today at this counter, to bring back
    std::vector<domain::Counter> counters;
    std::vector<service::GroupStatus> allGroups;
    bool transferOpen = false;
    std::string message;
    bool messageIsError = false;
};

/// One paper of the checklist digitised at intake (issue 15): its PDF waits in the form until
/// the dossier is received, then goes to Desk::attach.
struct PaperScan {
    std::string pdf;
    int pages = 0;
    std::string source;  ///< "máy quét" or the files' names, for the audit row
    bool operator==(const PaperScan&) const = default;
};

struct IntakeForm {
    std::string query;  ///< procedure search text
    std::string procedureCode;
    std::string applicantName;
    std::string idNumber;
    std::string phone;
    std::string address;
    domain::Channel channel = domain::Channel::Direct;
    std::string ticket;
    domain::ApplicantKind applicantKind = domain::ApplicantKind::Person;
    std::string email;
    bool hasRepresentative = false;  ///< "Trường hợp ủy quyền" open
    domain::Representative representative;
    domain::Collection collection = domain::Collection::Counter;
    std::vector<domain::PaperEntry> papers;  ///< one per paper of the procedure
    /// The fee lines being confirmed (issue 16), the catalog's when the procedure is chosen;
    /// unset until then (received unset: the catalog's).
    std::optional<std::vector<domain::IntakeFee>> fees;
    std::string scan;          ///< the CCCD QR line a scanner types
    std::map<int, PaperScan> scans;  ///< by paper line (0-based), what was scanned or added
    std::map<int, ReusedPaper> reused;  ///< by paper line (0-based), an earlier file reused
};

/// A print that failed and can be retried.
struct PrintJob {
    documents::Kind kind = documents::Kind::Receipt;
    std::string code;          ///< dossier code; empty for the intake guidance slip
    std::string missingPapers; ///< guidance slip: what to bring; intake refusal (Kind::Refusal): why
};

struct IntakeState {
    IntakeForm form;
    int searchHighlight = 0;  ///< the search result Down/Up move to and Enter picks
    bool searchActive = false;  ///< the search field had the keyboard last frame (Enter leaves it)
    std::map<std::string, std::string> errors;  ///< field key ("name", "id", …) → message
    std::optional<service::DueEstimate> due;
    std::string dueKey;                          ///< procedure|channel the estimate is for
    std::string received;                        ///< code of the dossier just received
    std::string message;
    bool messageIsError = false;
    std::optional<PrintJob> failedPrint;
    std::string printError;
    std::optional<domain::IntakeDraft> offeredDraft;  ///< found at login
    bool refusing = false;                       ///< the refusal (form 03) panel is open
    std::string refuseReason;                    ///< why the request is not received
    bool dirty = false;                          ///< changed since the last draft save
    std::string draftError;                      ///< why the draft is not saved; cleared by the next save
    double changedAt = 0;
    float bottomHeight = 330;  ///< the right column below the papers box, measured last frame
    int filesFor = -1;         ///< the paper files dropped on the window go to (its "Thêm tệp" is open)
    std::string filePaths;     ///< paths typed for that paper, one a line
    std::string scanMessage;   ///< what the last scan or file did, or why it was refused
    bool scanMessageIsError = false;
    int viewPaper = -1;        ///< the paper whose scan is open large
    int viewPage = 0;
    std::vector<EarlierPaper> citizenPapers;  ///< the citizen's earlier digitised papers (staff only)
    std::string citizenPapersFor;             ///< the ID number they were looked up for
    int reuseFor = -1;                        ///< the paper whose "Dùng lại" list is open
};

enum class DossierFilter { All, Mine, Processing, Supplement, Ready, Late };
[[nodiscard]] const char* filterLabel(DossierFilter f);

struct DossierPanel {
    std::string search;
    DossierFilter filter = DossierFilter::All;
    std::vector<service::DossierSummary> list;
    std::optional<domain::DossierDetail> detail;
    std::string timeText;  ///< "Còn 1 ngày 2 giờ" or "Trễ 1 ngày 2 giờ 30 phút"
    bool late = false;
    std::string forwardTo;  ///< a ForwardTarget's value, chosen from `targets` (never free text)
    std::vector<service::ForwardTarget> targets;
    float stepHours = 8;
    std::optional<domain::Instant> stepDue;  ///< when a step of stepHours given now would be due
    std::string stepDueKey;                  ///< code|hours|minute the estimate is for
    bool capStepToDue = true;                ///< setting deadline.step_cap_to_due
    std::string backedOutOf;  ///< narrow window: the dossier whose detail was closed for the list
    std::string note;       ///< reason / note for the next action
    std::string recipient;
    std::string paymentRef;  ///< bank reference or portal transaction number for the next payment
    std::string paymentQr;   ///< VietQR payload for what the open dossier owes (empty: none)
    std::string message;
    bool messageIsError = false;
    std::optional<PrintJob> failedPrint;
    std::string printError;
    bool resultFilesOpen = false;  ///< "Thêm tệp kết quả" open: typed paths, or files dropped
    std::string resultPaths;       ///< the result's files, one path a line
    std::string signPin;           ///< the token's PIN for the next "Ký số"; cleared when taken
    std::string signedCopy;        ///< where the last signed copy was saved, and by whom
    std::string signedCopyFor;     ///< its dossier
};

struct OfficerState {
    std::vector<service::DossierSummary> list;
    std::map<std::string, std::string> timeText;  ///< by dossier code
};

enum class Tab {
    Queue, Intake, Dossiers, Officer,
    Late, Reports,  // SignApology / ViewReports
    Admin,
};

enum class CommandKind {
    Login, Logout, CallNext, Recall, Skip, Finish, Restore, Transfer,
    Receive, GuidanceSlip, RefuseIntake, RetryPrint, AcceptDraft, DiscardDraft, ClearIntake,
    SearchDossiers, OpenDossier, Act, PrintSlip, PayFee,
    LateRefresh, LateOpen, LateCheckDue, LateSign, LatePrint, LateRetryPrint, LateDeliver, LateSignCopy,  // apply_late.cpp
    ReportRun, ReportQuarter, ReportCsv, ReportLedger,  // apply_reports.cpp
    Admin,  ///< Command::admin says what (apply_admin.cpp)
    ScanPaper, AddPaperFiles, RemovePaperScan,  ///< number: the paper line; text: paths (paper_scans.cpp)
    LookupCitizenPapers,  ///< text: the ID number (intake/citizen_papers.cpp)
    ScanResult, AddResultFiles,  ///< code: the dossier; text: paths (dossier/result_files.cpp)
    SignDossierCopy,  ///< code, slip (or text "result", version: its id), text2: PIN (dossier/sign_dossier_copy.cpp)
    SendUnsentScans,  ///< "Gửi lại ngay": the scans kept on this PC, now (intake/apply_intake.cpp)
};

struct Command {
    CommandKind kind = CommandKind::Login;
    std::string code;   ///< ticket label or dossier code
    std::string text;   ///< username, group code, unit, note, recipient
    std::string text2;  ///< password
    int number = 0;     ///< counter
    std::optional<double> hours;
    domain::DossierAction action = domain::DossierAction::Forward;
    std::int64_t version = 0;
    documents::Kind slip = documents::Kind::Receipt;
    AdminAction admin = AdminAction::None;
    /// The same command twice while a job runs is one double click (ui::StateWork).
    bool operator==(const Command&) const = default;
};
using Commands = std::vector<Command>;
[[nodiscard]] Command cmd(CommandKind kind, std::string code = {}, std::string text = {}, std::string text2 = {},
                          int number = 0);

struct CounterState {
    int counter = 1;
    std::optional<domain::StaffMember> user;
    Tab tab = Tab::Intake;
    LoginState login;
    QueueState queue;
    IntakeState intake;
    DossierPanel dossiers;
    OfficerState officer;
    LateState late;
    ReportsState reports;
    AdminState admin;
    std::vector<domain::Procedure> procedures;  ///< the active catalog, for search in the form
    std::string counterName;
    std::string printerName;
    std::string storeNotice;  ///< the store is busy/unavailable
    /// Scans the store did not take when their dossier was received, kept on this PC and sent
    /// again until it does (intake/unsent_scans.h); the next try at `unsentRetryAt` (seconds).
    std::vector<UnsentScan> unsentScans;
    double unsentRetryAt = 0;
    int unsentFailures = 0;
    /// This computer's remembered settings (the export folder per account); "" = the default
    /// ($XDG_CONFIG_HOME/motcua or ~/.config/motcua). Tests point it at a temporary folder.
    std::string prefsDir;
    domain::Instant now = 0;
    double seconds = 0;  ///< since start (steady)
    bool quit = false;
    bool loggedOut = false;   ///< apply() logged out: the app opens a fresh session
    ui::Notices notices;

    [[nodiscard]] bool can(domain::Permission p) const { return user && domain::allows(user->role, p); }
    [[nodiscard]] const domain::Procedure* procedure(const std::string& code) const;
};

/// The draft of the form as it stands (for the store).
[[nodiscard]] domain::IntakeDraft draftOf(const IntakeForm& form);
/// The form from a draft, the checklist fitted to the procedure's papers.
void fillForm(IntakeForm& form, const domain::IntakeDraft& draft, const domain::Procedure* procedure);
/// Validates the form for receiving: field key → Vietnamese message; empty when valid.
[[nodiscard]] std::map<std::string, std::string> validateIntake(const IntakeForm& form, const domain::Procedure* procedure);
/// The form's papers fitted to the procedure: one entry per catalog paper, a new one with the
/// catalog's form and quantity (and "shown" for a paper only shown).
void fitPapers(IntakeForm& form, const domain::Procedure& procedure);
/// The form's fee lines started from the procedure's catalog fee, unless already confirmed.
void fitFees(IntakeForm& form, const domain::Procedure& procedure);
/// The ReceiveRequest the form stands for (papers itemised, the fee lines as confirmed).
[[nodiscard]] service::ReceiveRequest receiveRequest(const IntakeForm& form, const domain::Procedure& procedure);
/// The required and shown papers not ticked, one per line (the guidance slip's items);
/// conditional papers ("nếu…") never count as missing.
[[nodiscard]] std::string missingPapers(const IntakeForm& form, const domain::Procedure* procedure);
/// The ticket the dossier being taken in is linked to: the one the clerk chose ("Tiếp nhận hồ sơ
/// cho …"), else the one being served at this counter; empty when none.
[[nodiscard]] std::string intakeTicket(const CounterState& s);
/// Marks the form changed (a draft save is due shortly).
void touch(IntakeState& intake, double seconds);

}  // namespace motcua::counter
