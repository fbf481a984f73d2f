// The host's side of a network call (desk_rpc.h): one handler per Desk method decodes the named
// arguments (desk.h's parameter names), calls the Desk and encodes the result (null for void).
#include "net/desk_codec.h"
#include "net/desk_rpc.h"

#include "domain/error.h"
#include "domain/text.h"

#include <unordered_map>

namespace motcua::net {

namespace {

using service::Desk;

/// The call's arguments: a JSON object read field by field, strictly.
class Args {
public:
    explicit Args(const Json& object) : m_reader{object, ""} {}
    template <class T>
    [[nodiscard]] T get(const char* name) const
    {
        T value{};
        m_reader(name, value);
        return value;
    }
    [[nodiscard]] std::string str(const char* name) const { return get<std::string>(name); }

private:
    FieldReader m_reader;
};

using Handler = Json (*)(Desk&, const Args&);
using Table = std::unordered_map<std::string_view, Handler>;

const Json kVoid = nullptr;

void addSession(Table& t)
{
    t["login"] = [](Desk& d, const Args& a) { return encode(d.login(a.str("username"), a.str("password"))); };
    t["logout"] = [](Desk& d, const Args&) { return d.logout(), kVoid; };
    t["serveCounter"] = [](Desk& d, const Args& a) { return d.serveCounter(a.get<int>("counter")), kVoid; };
    t["actAs"] = [](Desk& d, const Args& a) { return encode(d.actAs(a.str("username"))); };
    t["currentUser"] = [](Desk& d, const Args&) { return encode(d.currentUser()); };
    t["now"] = [](Desk& d, const Args&) { return encode(d.now()); };
    t["dataVersion"] = [](Desk& d, const Args&) { return encode(d.dataVersion()); };
}

void addQueue(Table& t)
{
    t["issueTicket"] = [](Desk& d, const Args& a) {
        return encode(d.issueTicket(a.get<service::IssueTicketRequest>("request")));
    };
    t["confirmTicket"] = [](Desk& d, const Args& a) { return encode(d.confirmTicket(a.str("label"))); };
    t["voidTicket"] = [](Desk& d, const Args& a) { return encode(d.voidTicket(a.str("label"), a.str("reason"))); };
    t["callNext"] = [](Desk& d, const Args& a) { return encode(d.callNext(a.get<int>("counter"))); };
    t["recall"] = [](Desk& d, const Args& a) { return encode(d.recall(a.str("label"))); };
    t["skip"] = [](Desk& d, const Args& a) { return encode(d.skip(a.str("label"))); };
    t["finish"] = [](Desk& d, const Args& a) { return encode(d.finish(a.str("label"))); };
    t["restore"] = [](Desk& d, const Args& a) { return encode(d.restore(a.str("label"))); };
    t["transfer"] = [](Desk& d, const Args& a) {
        return encode(d.transfer(a.get<service::TransferRequest>("request")));
    };
    t["tickets"] = [](Desk& d, const Args& a) {
        return encode(d.tickets(a.get<std::optional<domain::TicketStatus>>("status")));
    };
    t["ticketInfo"] = [](Desk& d, const Args& a) { return encode(d.ticketInfo(a.str("label"))); };
    t["groupStatuses"] = [](Desk& d, const Args&) { return encode(d.groupStatuses()); };
    t["ticketHours"] = [](Desk& d, const Args&) { return encode(d.ticketHours()); };
    t["counters"] = [](Desk& d, const Args&) { return encode(d.counters()); };
}

void addCatalog(Table& t)
{
    t["procedures"] = [](Desk& d, const Args& a) { return encode(d.procedures(a.str("field"))); };
    t["procedure"] = [](Desk& d, const Args& a) { return encode(d.procedure(a.str("code"))); };
    t["importProcedures"] = [](Desk& d, const Args& a) { return encode(d.importProcedures(a.str("csvText"))); };
    t["exportProcedures"] = [](Desk& d, const Args&) { return encode(d.exportProcedures()); };
    t["dueForDays"] = [](Desk& d, const Args& a) {
        return encode(d.dueForDays(a.get<domain::Instant>("from"), a.get<double>("days"),
                                   a.get<domain::Channel>("channel")));
    };
    t["dueForHours"] = [](Desk& d, const Args& a) {
        return encode(d.dueForHours(a.get<domain::Instant>("from"), a.get<double>("hours")));
    };
    t["setCalendarDay"] = [](Desk& d, const Args& a) {
        d.setCalendarDay(a.get<domain::Date>("date"), a.get<std::optional<domain::CalendarOverride>>("kind"),
                         a.str("name"));
        return kVoid;
    };
    t["calendarYear"] = [](Desk& d, const Args& a) { return encode(d.calendarYear(a.get<int>("year"))); };
    t["suggestHolidays"] = [](Desk& d, const Args& a) { return encode(d.suggestHolidays(a.get<int>("year"))); };
    t["importHolidays"] = [](Desk& d, const Args& a) { return encode(d.importHolidays(a.str("csvText"))); };
    t["confirmCalendarYear"] = [](Desk& d, const Args& a) { return d.confirmCalendarYear(a.get<int>("year")), kVoid; };
    t["confirmedCalendarYears"] = [](Desk& d, const Args&) { return encode(d.confirmedCalendarYears()); };
    t["unconfirmedYears"] = [](Desk& d, const Args& a) {
        return encode(d.unconfirmedYears(a.get<domain::Instant>("from"), a.get<domain::Instant>("to")));
    };
    t["workingDurationText"] = [](Desk& d, const Args& a) {
        return encode(d.workingDurationText(a.get<std::int64_t>("seconds")));
    };
}

/// The dossier moves that take (code, text, v).
void addDossierMoves(Table& t)
{
    using service::ExpectedVersion;
    t["completeStep"] = [](Desk& d, const Args& a) {
        return encode(d.completeStep(a.str("code"), a.str("note"), a.get<ExpectedVersion>("v")));
    };
    t["requestSupplement"] = [](Desk& d, const Args& a) {
        return encode(d.requestSupplement(a.str("code"), a.str("reason"), a.get<ExpectedVersion>("v")));
    };
    t["resume"] = [](Desk& d, const Args& a) { return encode(d.resume(a.str("code"), a.get<ExpectedVersion>("v"))); };
    t["markResult"] = [](Desk& d, const Args& a) {
        return encode(d.markResult(a.str("code"), a.get<ExpectedVersion>("v")));
    };
    t["returnResult"] = [](Desk& d, const Args& a) {
        return encode(d.returnResult(a.str("code"), a.str("recipient"), a.get<ExpectedVersion>("v")));
    };
    t["refuse"] = [](Desk& d, const Args& a) {
        return encode(d.refuse(a.str("code"), a.str("reason"), a.get<ExpectedVersion>("v")));
    };
    t["withdraw"] = [](Desk& d, const Args& a) {
        return encode(d.withdraw(a.str("code"), a.str("note"), a.get<ExpectedVersion>("v")));
    };
    t["stop"] = [](Desk& d, const Args& a) {
        return encode(d.stop(a.str("code"), a.str("reason"), a.get<ExpectedVersion>("v")));
    };
}

void addDossiers(Table& t)
{
    t["receive"] = [](Desk& d, const Args& a) { return encode(d.receive(a.get<service::ReceiveRequest>("request"))); };
    t["forward"] = [](Desk& d, const Args& a) {
        return encode(d.forward(a.str("code"), a.str("toUnit"), a.get<std::optional<double>>("hours"), a.str("note"),
                                a.get<service::ExpectedVersion>("v")));
    };
    t["forwardTargets"] = [](Desk& d, const Args&) { return encode(d.forwardTargets()); };
    t["dossier"] = [](Desk& d, const Args& a) { return encode(d.dossier(a.str("code"))); };
    t["publicLookup"] = [](Desk& d, const Args& a) { return encode(d.publicLookup(a.str("code"))); };
    t["publicStatus"] = [](Desk& d, const Args& a) {
        return encode(d.publicStatus(a.str("code"), a.str("checkCode")));
    };
    t["rate"] = [](Desk& d, const Args& a) {
        d.rate(a.str("code"), a.get<domain::Rating>("rating"), a.str("reasons"));
        return kVoid;
    };
    t["rateVisit"] = [](Desk& d, const Args& a) {
        d.rateVisit(a.str("ticketLabel"), a.get<domain::Rating>("rating"), a.str("reasons"));
        return kVoid;
    };
    t["dossiers"] = [](Desk& d, const Args& a) { return encode(d.dossiers(a.get<service::DossierQuery>("query"))); };
}

void addCounterApp(Table& t)
{
    t["saveDraft"] = [](Desk& d, const Args& a) { return d.saveDraft(a.get<domain::IntakeDraft>("draft")), kVoid; };
    t["loadDraft"] = [](Desk& d, const Args&) { return encode(d.loadDraft()); };
    t["discardDraft"] = [](Desk& d, const Args&) { return d.discardDraft(), kVoid; };
    t["searchProcedures"] = [](Desk& d, const Args& a) {
        return encode(d.searchProcedures(a.str("query"), a.get<int>("limit")));
    };
    t["assignedToMe"] = [](Desk& d, const Args&) { return encode(d.assignedToMe()); };
    t["workingSecondsBetween"] = [](Desk& d, const Args& a) {
        return encode(d.workingSecondsBetween(a.get<domain::Instant>("from"), a.get<domain::Instant>("to")));
    };
}

void addLatenessWallReports(Table& t)
{
    t["sweep"] = [](Desk& d, const Args&) { return encode(d.sweep()); };
    t["apologies"] = [](Desk& d, const Args& a) {
        return encode(d.apologies(a.get<std::optional<domain::ApologyStatus>>("status")));
    };
    t["signApology"] = [](Desk& d, const Args& a) {
        return encode(d.signApology(a.get<service::SignApologyRequest>("request")));
    };
    t["markApologyDelivered"] = [](Desk& d, const Args& a) {
        return encode(d.markApologyDelivered(a.get<std::int64_t>("id"), a.str("how"), a.str("copySha256")));
    };
    t["recentCalls"] = [](Desk& d, const Args& a) { return encode(d.recentCalls(a.get<int>("limit"))); };
    t["wallPicture"] = [](Desk& d, const Args&) { return encode(d.wallPicture()); };
    t["report"] = [](Desk& d, const Args& a) {
        return encode(d.report(a.get<domain::Instant>("from"), a.get<domain::Instant>("to")));
    };
}

void addAdministration(Table& t)
{
    t["settings"] = [](Desk& d, const Args&) { return encode(d.settings()); };
    t["checkKioskPin"] = [](Desk& d, const Args& a) { return encode(d.checkKioskPin(a.str("pin"))); };
    t["setSetting"] = [](Desk& d, const Args& a) { return encode(d.setSetting(a.str("key"), a.str("value"))); };
    t["staff"] = [](Desk& d, const Args&) { return encode(d.staff()); };
    t["addStaff"] = [](Desk& d, const Args& a) {
        return encode(d.addStaff(a.get<domain::StaffMember>("member"), a.str("password")));
    };
    t["addGroup"] = [](Desk& d, const Args& a) { return encode(d.addGroup(a.get<domain::ServiceGroup>("group"))); };
    t["addCounter"] = [](Desk& d, const Args& a) { return encode(d.addCounter(a.get<domain::Counter>("counter"))); };
    t["verifyAudit"] = [](Desk& d, const Args&) { return encode(d.verifyAudit()); };
    t["backup"] = [](Desk& d, const Args& a) { return d.backup(a.str("path")), kVoid; };
    t["restoreBackup"] = [](Desk& d, const Args& a) { return encode(d.restoreBackup(a.str("backupPath"))); };
}

void addAdministrationScreens(Table& t)
{
    t["setSettings"] = [](Desk& d, const Args& a) {
        return encode(d.setSettings(a.get<std::map<std::string, std::string>>("values")));
    };
    t["staffAccounts"] = [](Desk& d, const Args&) { return encode(d.staffAccounts()); };
    t["updateStaff"] = [](Desk& d, const Args& a) { return encode(d.updateStaff(a.get<domain::StaffMember>("member"))); };
    t["resetPassword"] = [](Desk& d, const Args& a) {
        d.resetPassword(a.str("username"), a.str("newPassword"));
        return kVoid;
    };
    t["unlockStaff"] = [](Desk& d, const Args& a) { return d.unlockStaff(a.str("username")), kVoid; };
    t["updateGroup"] = [](Desk& d, const Args& a) {
        return encode(d.updateGroup(a.get<domain::ServiceGroup>("group")));
    };
    t["updateCounter"] = [](Desk& d, const Args& a) {
        return encode(d.updateCounter(a.get<domain::Counter>("counter")));
    };
    t["updateProcedure"] = [](Desk& d, const Args& a) {
        return encode(d.updateProcedure(a.get<domain::Procedure>("procedure")));
    };
}

void addFees(Table& t)
{
    t["fees"] = [](Desk& d, const Args& a) { return encode(d.fees(a.str("code"))); };
    t["payFee"] = [](Desk& d, const Args& a) {
        return encode(d.payFee(a.str("code"), a.get<int>("line"), a.get<domain::PaymentWay>("way"), a.str("reference")));
    };
    t["correctFeePayment"] = [](Desk& d, const Args& a) {
        return encode(d.correctFeePayment(a.str("code"), a.get<int>("line"), a.str("reason")));
    };
    t["waiveFee"] = [](Desk& d, const Args& a) {
        return encode(d.waiveFee(a.str("code"), a.get<int>("line"), a.str("reason")));
    };
    t["feeQrPayload"] = [](Desk& d, const Args& a) { return encode(d.feeQrPayload(a.str("code"))); };
}

void addDigitalDossier(Table& t)
{
    t["attach"] = [](Desk& d, const Args& a) { return encode(d.attach(a.get<service::AttachRequest>("request"))); };
    t["attachments"] = [](Desk& d, const Args& a) { return encode(d.attachments(a.str("code"))); };
    t["attachmentContent"] = [](Desk& d, const Args& a) {
        return Json(base64Encode(d.attachmentContent(a.get<std::int64_t>("id"))));  // a PDF: base64
    };
    t["citizenAttachments"] = [](Desk& d, const Args& a) { return encode(d.citizenAttachments(a.str("idNumber"))); };
    t["reuseAttachment"] = [](Desk& d, const Args& a) {
        return encode(d.reuseAttachment(a.str("code"), a.get<int>("paper"), a.get<std::int64_t>("attachmentId")));
    };
}

const Table& handlers()
{
    static const Table table = [] {
        Table t;
        addSession(t);
        addQueue(t);
        addCatalog(t);
        addDossierMoves(t);
        addDossiers(t);
        addCounterApp(t);
        addLatenessWallReports(t);
        addAdministration(t);
        addAdministrationScreens(t);
        addFees(t);
        addDigitalDossier(t);
        return t;
    }();
    return table;
}

}  // namespace

Json callDesk(service::Desk& desk, std::string_view method, const Json& args)
{
    const auto it = handlers().find(method);
    if (it == handlers().end()) {
        // The name comes from the caller: quote it only when it is short, sound text.
        const bool quotable = method.size() <= 64 && domain::isValidUtf8(method);
        throw Error(ErrorCode::NotFound, "Máy chủ không có lệnh" + (quotable ? " \"" + std::string(method) + "\"" : std::string()) +
                                             "; cập nhật phần mềm trên máy này và máy chủ cho cùng phiên bản.");
    }
    if (!args.is_object() && !args.is_null())
        throw Error(ErrorCode::InvalidInput, "Tham số của lệnh \"" + std::string(method) + "\" phải là một đối tượng JSON");
    const Json empty = Json::object();
    return it->second(desk, Args(args.is_null() ? empty : args));
}

namespace {

[[noreturn]] void noFileMethod(std::string_view method)
{
    const bool quotable = method.size() <= 64 && domain::isValidUtf8(method);
    throw Error(ErrorCode::NotFound, "Máy chủ không nhận/gửi tệp qua lệnh" +
                                         (quotable ? " \"" + std::string(method) + "\"" : std::string()) +
                                         "; cập nhật phần mềm trên máy này và máy chủ cho cùng phiên bản.");
}

}  // namespace

Json uploadArgs(const service::AttachRequest& request)
{
    service::AttachRequest small = request;
    small.pdf.clear();  // the body carries it
    return Json{{"request", encode(small)}};
}

service::AttachRequest uploadRequestOf(const Json& args)
{
    auto request = Args(args).get<service::AttachRequest>("request");
    if (!request.pdf.empty())
        throw Error(ErrorCode::InvalidInput, "Tệp PDF đi trong thân yêu cầu, không trong tham số \"request.pdf\"");
    return request;
}

std::int64_t downloadIdOf(const Json& args) { return Args(args).get<std::int64_t>("id"); }

Json callDeskUpload(service::Desk& desk, std::string_view method, const Json& args, std::string bytes)
{
    if (method != kUploadMethod) noFileMethod(method);
    auto request = uploadRequestOf(args);
    request.pdf = std::move(bytes);
    return encode(desk.attach(request));
}

std::string callDeskDownload(service::Desk& desk, std::string_view method, const Json& args)
{
    if (method != kDownloadMethod) noFileMethod(method);
    return desk.attachmentContent(downloadIdOf(args));
}

}  // namespace motcua::net
