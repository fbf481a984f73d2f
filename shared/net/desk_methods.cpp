// The Desk's methods as the network sees them (desk_rpc.h): name, write or read, who may call.
// Kiosk and wall devices get least privilege (issue 14): the kiosk issues, confirms and voids
// tickets, looks dossiers up and takes ratings; the wall reads public state only.
#include "net/desk_rpc.h"

#include <algorithm>

namespace motcua::net {

namespace {

constexpr bool kWrite = true;
constexpr bool kRead = false;

}  // namespace

const std::vector<MethodSpec>& deskMethods()
{
    using enum Access;
    static const std::vector<MethodSpec> methods = {
        // session
        {"login", kWrite, Open},
        {"logout", kWrite, Open},
        {"serveCounter", kWrite, Staff},
        {"actAs", kRead, HostOnly},
        {"currentUser", kRead, Open},
        {"now", kRead, Open},
        {"dataVersion", kRead, Open},
        // queue
        {"issueTicket", kWrite, Kiosk},
        {"confirmTicket", kWrite, Kiosk},
        {"voidTicket", kWrite, Kiosk},
        {"callNext", kWrite, Staff},
        {"recall", kWrite, Staff},
        {"skip", kWrite, Staff},
        {"finish", kWrite, Staff},
        {"restore", kWrite, Staff},
        {"transfer", kWrite, Staff},
        {"tickets", kRead, Kiosk},
        {"ticketInfo", kRead, Kiosk},
        {"groupStatuses", kRead, Kiosk},
        {"ticketHours", kRead, Kiosk},
        {"counters", kRead, Wall},
        // catalog and calendar
        {"procedures", kRead, Kiosk},
        {"procedure", kRead, Kiosk},
        {"importProcedures", kWrite, Staff},
        {"exportProcedures", kRead, Staff},
        {"dueForDays", kRead, Staff},
        {"dueForHours", kRead, Staff},
        {"setCalendarDay", kWrite, Staff},
        {"calendarYear", kRead, Staff},
        {"suggestHolidays", kRead, Staff},
        {"importHolidays", kWrite, Staff},
        {"confirmCalendarYear", kWrite, Staff},
        {"confirmedCalendarYears", kRead, Staff},
        {"unconfirmedYears", kRead, Staff},
        {"workingDurationText", kRead, Wall},
        // dossiers
        {"receive", kWrite, Staff},
        {"forward", kWrite, Staff},
        {"forwardTargets", kRead, Staff},
        {"completeStep", kWrite, Staff},
        {"requestSupplement", kWrite, Staff},
        {"resume", kWrite, Staff},
        {"markResult", kWrite, Staff},
        {"returnResult", kWrite, Staff},
        {"refuse", kWrite, Staff},
        {"withdraw", kWrite, Staff},
        {"stop", kWrite, Staff},
        {"dossier", kRead, Staff},
        {"publicLookup", kRead, Kiosk},
        {"publicStatus", kRead, Wall},
        {"rate", kWrite, Kiosk},
        {"rateVisit", kWrite, Kiosk},
        {"dossiers", kRead, Staff},
        // counter app
        {"saveDraft", kWrite, Staff},
        {"loadDraft", kRead, Staff},
        {"discardDraft", kWrite, Staff},
        {"searchProcedures", kRead, Kiosk},
        {"assignedToMe", kRead, Staff},
        {"workingSecondsBetween", kRead, Staff},
        // lateness and apology slips
        {"sweep", kWrite, Staff},
        {"apologies", kRead, Staff},
        {"signApology", kWrite, Staff},
        {"markApologyDelivered", kWrite, Staff},
        // wall and reports
        {"recentCalls", kRead, Wall},
        {"wallPicture", kRead, Wall},
        {"report", kRead, Staff},
        // administration
        {"settings", kRead, Kiosk},
        {"checkKioskPin", kRead, Kiosk},
        {"setSetting", kWrite, Staff},
        {"staff", kRead, Staff},
        {"addStaff", kWrite, Staff},
        {"addGroup", kWrite, Staff},
        {"addCounter", kWrite, Staff},
        {"verifyAudit", kRead, Staff},
        {"backup", kRead, HostOnly},
        {"restoreBackup", kWrite, HostOnly},
        {"setSettings", kWrite, Staff},
        {"staffAccounts", kRead, Staff},
        {"updateStaff", kWrite, Staff},
        {"resetPassword", kWrite, Staff},
        {"unlockStaff", kWrite, Staff},
        {"updateGroup", kWrite, Staff},
        {"updateCounter", kWrite, Staff},
        {"updateProcedure", kWrite, Staff},
        // fees and payment (issue 16)
        {"fees", kRead, Staff},
        {"payFee", kWrite, Staff},
        {"correctFeePayment", kWrite, Staff},
        {"waiveFee", kWrite, Staff},
        {"feeQrPayload", kRead, Staff},
        // digital dossier (issue 15)
        {"attach", kWrite, Staff},
        {"attachments", kRead, Staff},
        {"attachmentContent", kRead, Staff},
        {"citizenAttachments", kRead, Staff},
        {"reuseAttachment", kWrite, Staff},
    };
    return methods;
}

const MethodSpec* findDeskMethod(std::string_view name)
{
    const auto& all = deskMethods();
    const auto it = std::find_if(all.begin(), all.end(), [&](const MethodSpec& m) { return m.name == name; });
    return it == all.end() ? nullptr : &*it;
}

}  // namespace motcua::net
