// The kiosk's state (one struct per screen inside KioskState) and the commands its screens emit.
// Draw functions read the state and push commands; apply() runs them against the Desk after the
// frame (DESIGN.md §2, STYLE.md "state, draw, commands"), so every screen runs without a window.
#pragma once

#include "documents/qr.h"
#include "kiosk/texts.h"
#include "service/desk.h"

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace motcua::kiosk {

enum class Screen { Home, Priority, Ticket, Lookup, Guide, Rating, Attract, Admin };
[[nodiscard]] const char* screenName(Screen s);
[[nodiscard]] std::optional<Screen> parseScreen(std::string_view name);

/// How long a screen may stay untouched (seconds).
inline constexpr double kTicketTimeout = 20;
inline constexpr double kScreenTimeout = 60;
inline constexpr double kAttractAfter = 60;  ///< home → attract
inline constexpr double kThanksTimeout = 10;
inline constexpr int kAdminTaps = 5;          ///< taps on the top-left corner …
inline constexpr double kAdminTapWindow = 4;  ///< … within this many seconds
inline constexpr int kPinAttempts = 3;
inline constexpr double kPinLockSeconds = 120;
inline constexpr double kRetrySeconds = 2;
inline constexpr int kIssueAttempts = 3;

/// A message in both languages plus, sometimes, a detail from the store (logs, admin screen).
struct Message {
    const Text* text = nullptr;
    std::string detail;
    [[nodiscard]] bool empty() const { return text == nullptr; }
};

/// What the citizen types on the on-screen keypad or what a scanner types.
struct CodeEntry {
    std::string text;
    bool untouched = true;  ///< still the prefilled office prefix: a scanner replaces it
};

struct HomeState {
    std::vector<service::GroupStatus> groups;
    bool issuing = false;  ///< a ticket request is in flight or being retried
};

struct PriorityState {
    int reason = -1;  ///< index into kPriorityReasons
};

enum class PrintStatus { Printing, Printed, Shown, Failed };

struct TicketState {
    service::IssuedTicket issued;
    documents::QrMatrix qr;
    PrintStatus status = PrintStatus::Printing;
    bool printRequested = false;  ///< the PrintTicket command was emitted
    std::string printError;       ///< the printer's own words (admin, log)
    double tapToPrintMs = 0;      ///< measured, for the figures
};

struct LookupState {
    CodeEntry entry;
    std::optional<domain::PublicDossierView> result;
    Message error;
};

struct GuideState {
    std::vector<domain::Procedure> procedures;  ///< the whole catalog, sorted by field
    std::string field;                          ///< chosen field, empty: choosing one
    std::optional<domain::Procedure> selected;
    int page = 0;
};

enum class RatingStep { Code, Choose, Reasons, Thanks };

struct RatingState {
    RatingStep step = RatingStep::Code;
    CodeEntry entry;
    std::optional<domain::PublicDossierView> dossier;
    std::string ticket;     ///< rating a visit by today's ticket (no dossier): its label
    std::string ticketGroup;
    std::optional<domain::Rating> rating;
    std::vector<int> reasons;  ///< chosen indexes into the praise or complaint list
    Message error;
};

struct AdminState {
    std::string pin;
    bool unlocked = false;
    int failures = 0;
    double lockedUntil = 0;
    Message message;
    bool messageOk = false;
};

/// A store write that must not be lost (a printed ticket's confirmation, a failed one's void):
/// retried until the store takes it, so no half-issued ticket is left to be called.
struct PendingWrite {
    enum class Kind { Confirm, Void } kind = Kind::Confirm;
    std::string label;
    std::string reason;
};

// [SECTION] commands (comparable: the same command twice while a job runs is one double click)
struct GoTo { Screen screen; bool operator==(const GoTo&) const = default; };
struct SetLanguage { Lang lang; bool operator==(const SetLanguage&) const = default; };
struct IssueTicket { std::string groupCode; std::string priorityReason; bool operator==(const IssueTicket&) const = default; };
struct PrintTicket { std::string label; bool operator==(const PrintTicket&) const = default; };
struct LookUp { std::string code; bool operator==(const LookUp&) const = default; };
struct OpenRating { std::string code; bool operator==(const OpenRating&) const = default; };
struct SubmitRating { std::string code; domain::Rating rating; std::string reasons; bool visit = false; bool operator==(const SubmitRating&) const = default; };
struct ShowProcedure { std::string code; bool operator==(const ShowProcedure&) const = default; };
struct UnlockAdmin { std::string pin; bool operator==(const UnlockAdmin&) const = default; };
struct PrinterTest { bool operator==(const PrinterTest&) const = default; };
struct Reload { bool operator==(const Reload&) const = default; };
struct Quit { bool operator==(const Quit&) const = default; };
using Command = std::variant<GoTo, SetLanguage, IssueTicket, PrintTicket, LookUp, OpenRating, SubmitRating,
                             ShowProcedure, UnlockAdmin, PrinterTest, Reload, Quit>;
using Commands = std::vector<Command>;

struct KioskState {
    Screen screen = Screen::Home;
    Lang lang = Lang::Vi;
    Lang defaultLang = Lang::Vi;  ///< what a time-out and the attract screen return to (the next citizen)
    double seconds = 0;       ///< monotonic time of this frame (ImGui time, or a test's)
    double lastInputAt = 0;   ///< last touch or key
    double screenSince = 0;   ///< when the current screen opened
    domain::Instant now = 0;  ///< wall clock shown on screen (Desk::now)

    std::map<std::string, std::string> settings;  ///< office.*, for the header and the ticket
    std::optional<domain::TicketHours> hours;     ///< when tickets are handed out (Desk::ticketHours)
    std::string printerName;  ///< Printer::describe()
    bool printerIsNone = false;

    HomeState home;
    PriorityState priority;
    TicketState ticket;
    LookupState lookup;
    GuideState guide;
    RatingState rating;
    AdminState admin;

    /// Store trouble: a calm notice while apply() retries.
    Message storeNotice;
    std::optional<Command> retry;  ///< a command to try again at retryAt
    int retryAttempts = 0;
    double retryAt = 0;
    std::vector<PendingWrite> pendingWrites;
    double pendingWritesAt = 0;
    Message homeNotice;  ///< shown on the home screen once (e.g. a ticket could not be issued)

    int adminTaps = 0;
    double adminFirstTap = 0;
    bool quit = false;
    double issueRequestedAt = -1;  ///< seconds when the last ticket was asked for

    [[nodiscard]] std::string setting(const std::string& key) const;
    [[nodiscard]] std::string officePrefix() const;  ///< "000.00.20.H56-", prefilled in code entry
};

/// Opens a screen (resets its transient state).
void goTo(KioskState& state, Screen screen);
/// Time-outs: ticket → home after 20 s, any screen → home after 60 s untouched, home → attract.
void tick(KioskState& state, double seconds);
/// Seconds until tick() would change something by itself (for the runner's idle wait).
[[nodiscard]] double secondsToTimeout(const KioskState& state);
/// Notes a touch or key at `state.seconds`.
void noteInput(KioskState& state);
/// Whether tickets are handed out at `state.now` (true until the hours are known: the Desk decides).
[[nodiscard]] bool ticketsOpen(const KioskState& state);

}  // namespace motcua::kiosk
