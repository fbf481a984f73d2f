// The kiosk's commands against the Desk and the printer. A ticket is issued pending, shown,
// printed, then confirmed; a failed print voids it (DESIGN.md §3.4), and a confirm or void the
// store could not take yet is kept and retried so no half-issued ticket is ever called.
#include "kiosk/apply.h"

#include "documents/qr_payload.h"
#include "documents/ticket.h"
#include "domain/error.h"
#include "domain/queue_rules.h"
#include "domain/text.h"

#include <algorithm>
#include <cctype>
#include <chrono>
#include <cstdio>

namespace motcua::kiosk {

namespace {

using Clock = std::chrono::steady_clock;
Clock::time_point g_issueStarted;

bool storeTrouble(const Error& e) { return e.code() == ErrorCode::Busy || e.code() == ErrorCode::Storage; }

const Text* troubleText(const Error& e) { return e.code() == ErrorCode::Busy ? &txt::kStoreBusy : &txt::kStoreDown; }

void logLine(const std::string& line) { std::fprintf(stderr, "motcua-kiosk: %s\n", line.c_str()); }

/// What the citizen typed or scanned, as a dossier code: our QR payloads and look-up URLs carry
/// the code among other lines; a bare code is kept as typed (trimmed, capitals).
std::string normalizeCode(const std::string& typed)
{
    if (auto code = documents::dossierCodeFromQr(typed)) return *code;
    std::string out;
    for (char c : typed)
        if (!std::isspace(static_cast<unsigned char>(c))) out += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    return out;
}

Message lookupError(const Error& e)
{
    switch (e.code()) {
    case ErrorCode::InvalidInput: return {&txt::kMalformedCode, e.what()};
    case ErrorCode::NotFound: return {&txt::kUnknownCode, e.what()};
    case ErrorCode::Conflict: return {&txt::kAlreadyRated, e.what()};
    case ErrorCode::Busy:
    case ErrorCode::Storage: return {troubleText(e), e.what()};
    default: return {&txt::kUnexpected, e.what()};
    }
}

/// Tries a confirm or void now; keeps it for retryDue when the store is busy.
void writeOrKeep(service::Desk& desk, KioskState& s, PendingWrite w)
{
    try {
        if (w.kind == PendingWrite::Kind::Confirm) desk.confirmTicket(w.label);
        else desk.voidTicket(w.label, w.reason);
    } catch (const Error& e) {
        if (storeTrouble(e)) {
            s.pendingWrites.push_back(std::move(w));
            s.pendingWritesAt = s.seconds + kRetrySeconds;
            s.storeNotice = {troubleText(e), e.what()};
            return;
        }
        // Already called (the print outlasted the pending grace) or already void: nothing owed.
        logLine("vé " + w.label + ": " + e.what());
    }
}

void issueTicket(const IssueTicket& c, bool isRetry, service::Desk& desk, KioskState& s)
{
    if (!isRetry) {
        s.retryAttempts = 0;
        g_issueStarted = Clock::now();
    }
    s.home.issuing = true;
    try {
        const auto issued = desk.issueTicket({c.groupCode, c.priorityReason, false});
        s.ticket = {};
        s.ticket.issued = issued;
        s.ticket.qr = documents::makeQr(documents::ticketQrPayload(documents::ticketData(issued, s.settings)));
        s.ticket.status = PrintStatus::Printing;
        s.home.issuing = false;
        s.retry.reset();
        s.storeNotice = {};
        goTo(s, Screen::Ticket);
    } catch (const Error& e) {
        if (storeTrouble(e) && ++s.retryAttempts < kIssueAttempts) {
            // Nothing was written (one transaction): trying again cannot double-issue.
            s.retry = c;
            s.retryAt = s.seconds + kRetrySeconds;
            s.storeNotice = {troubleText(e), e.what()};
            return;
        }
        s.retry.reset();
        s.home.issuing = false;
        s.storeNotice = {};
        if (e.code() == ErrorCode::IllegalState) {
            // Closed since the screen was drawn: the home screen says until when.
            refresh(desk, s);
            goTo(s, Screen::Home);
            return;
        }
        s.homeNotice = {&txt::kIssueFailed, e.what()};
        logLine(std::string("không phát được số: ") + e.what());
    }
}

void printTicket(const PrintTicket& c, service::Desk& desk, documents::Printer& printer, KioskState& s)
{
    if (s.ticket.issued.ticket.label != c.label || s.ticket.status != PrintStatus::Printing) return;
    std::string failure;
    try {
        printer.print(documents::renderTicket(documents::ticketData(s.ticket.issued, s.settings), documents::ticketPaper(s.settings)));
    } catch (const std::exception& e) {
        failure = e.what();
    }
    if (failure.empty()) {
        s.ticket.status = s.printerIsNone ? PrintStatus::Shown : PrintStatus::Printed;
        writeOrKeep(desk, s, {PendingWrite::Kind::Confirm, c.label, {}});
    } else {
        s.ticket.status = PrintStatus::Failed;
        s.ticket.printError = failure;
        logLine("in vé " + c.label + " không được, huỷ số: " + failure);
        writeOrKeep(desk, s, {PendingWrite::Kind::Void, c.label, "Lỗi máy in: " + failure});
    }
    s.ticket.tapToPrintMs = std::chrono::duration<double, std::milli>(Clock::now() - g_issueStarted).count();
    s.screenSince = s.seconds;  // the 20 s start once the ticket is out
    refresh(desk, s);
}

void lookUp(const LookUp& c, service::Desk& desk, KioskState& s)
{
    s.lookup.result.reset();
    s.lookup.error = {};
    try {
        s.lookup.result = desk.publicLookup(normalizeCode(c.code));
        s.storeNotice = {};
    } catch (const Error& e) {
        s.lookup.error = lookupError(e);
    }
}

/// "A023", or the office prefix the entry started with followed by "A023": a ticket label.
std::optional<std::string> ticketLabelIn(const KioskState& s, const std::string& typed)
{
    std::string code = normalizeCode(typed);
    const std::string prefix = s.officePrefix();
    if (!prefix.empty() && code.rfind(prefix, 0) == 0) code.erase(0, prefix.size());
    if (domain::parseTicketLabel(code)) return code;
    return std::nullopt;
}

void openRating(const OpenRating& c, service::Desk& desk, KioskState& s)
{
    s.rating.error = {};
    if (const auto label = ticketLabelIn(s, c.code)) {
        // A visit without a dossier is rated by today's ticket (issue 12).
        try {
            const auto info = desk.ticketInfo(*label);
            if (!info.ticket.calledAt) {
                s.rating.error = {&txt::kNotServedYet, {}};
                return;
            }
            s.rating.dossier.reset();
            s.rating.ticket = *label;
            s.rating.ticketGroup = info.groupName;
            s.rating.step = RatingStep::Choose;
        } catch (const Error& e) {
            s.rating.error = e.code() == ErrorCode::NotFound ? Message{&txt::kUnknownTicket, e.what()} : lookupError(e);
        }
        return;
    }
    try {
        auto view = desk.publicLookup(normalizeCode(c.code));
        if (view.rated) {
            s.rating.error = {&txt::kAlreadyRated, {}};
            return;
        }
        s.rating.ticket.clear();
        s.rating.dossier = std::move(view);
        s.rating.step = RatingStep::Choose;
    } catch (const Error& e) {
        s.rating.error = lookupError(e);
    }
}

void submitRating(const SubmitRating& c, service::Desk& desk, KioskState& s)
{
    s.rating.error = {};
    try {
        if (c.visit) desk.rateVisit(c.code, c.rating, c.reasons);
        else desk.rate(c.code, c.rating, c.reasons);
        s.rating.step = RatingStep::Thanks;
        s.screenSince = s.seconds;
    } catch (const Error& e) {
        s.rating.error = e.code() == ErrorCode::IllegalState ? Message{&txt::kNotServedYet, e.what()} : lookupError(e);
        if (e.code() == ErrorCode::Conflict) s.rating.step = RatingStep::Code;
    }
}

void openGuide(service::Desk& desk, KioskState& s)
{
    goTo(s, Screen::Guide);
    try {
        s.guide.procedures = desk.procedures("");
        std::stable_sort(s.guide.procedures.begin(), s.guide.procedures.end(),
                         [](const domain::Procedure& a, const domain::Procedure& b) {
                             return domain::collateLess(a.field, b.field);
                         });
    } catch (const Error& e) {
        s.storeNotice = {storeTrouble(e) ? troubleText(e) : &txt::kUnexpected, e.what()};
    }
}

void showProcedure(const ShowProcedure& c, service::Desk& desk, KioskState& s)
{
    try {
        s.guide.selected = desk.procedure(c.code);
    } catch (const Error& e) {
        s.storeNotice = {storeTrouble(e) ? troubleText(e) : &txt::kUnexpected, e.what()};
    }
}

void unlockAdmin(const UnlockAdmin& c, service::Desk& desk, KioskState& s)
{
    auto& a = s.admin;
    a.pin.clear();
    a.messageOk = false;
    if (s.seconds < a.lockedUntil) {
        a.message = {&txt::kPinLocked, {}};
        return;
    }
    try {
        if (desk.checkKioskPin(c.pin)) {
            a.unlocked = true;
            a.failures = 0;
            a.message = {};
            return;
        }
        a.message = {&txt::kWrongPin, {}};
        if (++a.failures >= kPinAttempts) {
            a.failures = 0;
            a.lockedUntil = s.seconds + kPinLockSeconds;
            a.message = {&txt::kPinLocked, {}};
        }
    } catch (const Error& e) {
        a.message = {storeTrouble(e) ? troubleText(e) : &txt::kUnexpected, e.what()};
    }
}

void printerTest(service::Desk& desk, documents::Printer& printer, KioskState& s)
{
    service::IssuedTicket sample;
    sample.ticket.label = "TEST";
    sample.ticket.issuedAt = desk.now();
    sample.groupName = "In thử – Test print";
    try {
        const std::string where =
            printer.print(documents::renderTicket(documents::ticketData(sample, s.settings), documents::ticketPaper(s.settings)));
        s.admin.message = {&txt::kPrinterOk, where};
        s.admin.messageOk = true;
    } catch (const std::exception& e) {
        s.admin.message = {&txt::kPrinterFailed, e.what()};
        s.admin.messageOk = false;
    }
}

void applyOne(const Command& command, bool isRetry, service::Desk& desk, documents::Printer& printer, KioskState& s)
{
    std::visit(
        [&](const auto& c) {
            using T = std::decay_t<decltype(c)>;
            if constexpr (std::is_same_v<T, GoTo>) {
                if (c.screen == Screen::Guide) openGuide(desk, s);
                else goTo(s, c.screen);
                if (c.screen == Screen::Home || c.screen == Screen::Attract) refresh(desk, s);
            } else if constexpr (std::is_same_v<T, SetLanguage>) {
                s.lang = c.lang;
            } else if constexpr (std::is_same_v<T, IssueTicket>) {
                issueTicket(c, isRetry, desk, s);
            } else if constexpr (std::is_same_v<T, PrintTicket>) {
                printTicket(c, desk, printer, s);
            } else if constexpr (std::is_same_v<T, LookUp>) {
                lookUp(c, desk, s);
            } else if constexpr (std::is_same_v<T, OpenRating>) {
                openRating(c, desk, s);
            } else if constexpr (std::is_same_v<T, SubmitRating>) {
                submitRating(c, desk, s);
            } else if constexpr (std::is_same_v<T, ShowProcedure>) {
                showProcedure(c, desk, s);
            } else if constexpr (std::is_same_v<T, UnlockAdmin>) {
                unlockAdmin(c, desk, s);
            } else if constexpr (std::is_same_v<T, PrinterTest>) {
                if (s.admin.unlocked) printerTest(desk, printer, s);
            } else if constexpr (std::is_same_v<T, Reload>) {
                if (!s.admin.unlocked) return;
                refresh(desk, s);
                s.admin.message = {s.storeNotice.empty() ? &txt::kReloaded : s.storeNotice.text, {}};
                s.admin.messageOk = s.storeNotice.empty();
            } else if constexpr (std::is_same_v<T, Quit>) {
                if (s.admin.unlocked) s.quit = true;
            }
        },
        command);
}

}  // namespace

void apply(Commands& commands, service::Desk& desk, documents::Printer& printer, KioskState& state)
{
    // Commands may add screens' follow-ups; take the list first so a command cannot see itself.
    Commands todo;
    todo.swap(commands);
    for (const auto& c : todo) {
        try {
            applyOne(c, false, desk, printer, state);
        } catch (const std::exception& e) {
            // The frame boundary: nothing a command throws may take the kiosk down.
            state.storeNotice = {&txt::kUnexpected, e.what()};
            logLine(e.what());
        }
    }
}

void refresh(service::Desk& desk, KioskState& s)
{
    try {
        auto settings = desk.settings();
        settings.erase("kiosk.admin_pin");  // read afresh when needed, never kept on screen
        s.settings = std::move(settings);
        s.home.groups = desk.groupStatuses();
        s.hours = desk.ticketHours();
        if (s.pendingWrites.empty() && !s.retry) s.storeNotice = {};
    } catch (const Error& e) {
        // Keep showing what we had; the runner polls again shortly.
        s.storeNotice = {storeTrouble(e) ? troubleText(e) : &txt::kUnexpected, e.what()};
    }
}

void retryDue(service::Desk& desk, documents::Printer& printer, KioskState& s)
{
    if (s.retry && s.seconds >= s.retryAt) {
        const Command c = *s.retry;
        s.retry.reset();
        try {
            applyOne(c, true, desk, printer, s);
        } catch (const std::exception& e) {
            s.storeNotice = {&txt::kUnexpected, e.what()};
        }
    }
    if (!s.pendingWrites.empty() && s.seconds >= s.pendingWritesAt) {
        auto writes = std::move(s.pendingWrites);
        s.pendingWrites.clear();
        for (auto& w : writes) writeOrKeep(desk, s, std::move(w));
        if (s.pendingWrites.empty() && !s.retry) s.storeNotice = {};
    }
}

double secondsToRetry(const KioskState& s)
{
    double next = -1;
    if (s.retry) next = std::max(0.0, s.retryAt - s.seconds);
    if (!s.pendingWrites.empty()) {
        const double w = std::max(0.0, s.pendingWritesAt - s.seconds);
        next = next < 0 ? w : std::min(next, w);
    }
    return next;
}

}  // namespace motcua::kiosk
