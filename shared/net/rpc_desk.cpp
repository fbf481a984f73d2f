// The network Desk (rpc_desk.h): each method sends its arguments by desk.h's parameter names and
// decodes the host's answer with the same codec the host encoded it with.
#include "net/rpc_desk.h"

#include "net/desk_codec.h"
#include "net/desk_rpc.h"

#include "domain/error.h"

#include <chrono>
#include <mutex>

namespace motcua::net {

namespace {

using domain::Instant;
using SteadyClock = std::chrono::steady_clock;

constexpr auto kNowRefresh = std::chrono::seconds(1);

[[noreturn]] void hostOnly(const char* what)
{
    throw Error(ErrorCode::Forbidden, std::string(what) +
                                          " chỉ chạy trên máy chủ lưu trữ với --db (ví dụ: motcua --db office.db …), "
                                          "không chạy qua mạng.");
}

class RpcDesk final : public service::Desk {
public:
    explicit RpcDesk(std::shared_ptr<RpcTransport> transport) : m_transport(std::move(transport)) {}

    // [SECTION] session
    domain::StaffMember login(const std::string& username, const std::string& password) override
    {
        Json args{{"username", username}, {"password", password}};
        if (const auto counter = servedCounter()) args["counter"] = *counter;  // the host binds the session to it
        auto member = ask<domain::StaffMember>("login", args);
        const std::lock_guard lock(m_mutex);
        m_user = std::optional<domain::StaffMember>(member);
        return member;
    }
    void logout() override
    {
        ask("logout", Json::object());
        const std::lock_guard lock(m_mutex);
        m_user = std::optional<domain::StaffMember>();
    }
    /// Before log-in there is no session to bind: the number travels with login(). After it, the
    /// host is asked (and answers Forbidden when a log-in at another counter ended this session).
    void serveCounter(int counter) override
    {
        bool loggedIn = false;
        {
            const std::lock_guard lock(m_mutex);
            m_counter = counter;
            loggedIn = m_user && m_user->has_value();
        }
        if (loggedIn) ask("serveCounter", {{"counter", counter}});
    }
    domain::StaffMember actAs(const std::string&) override { hostOnly("Lệnh đóng vai tài khoản (actAs)"); }
    [[nodiscard]] std::optional<domain::StaffMember> currentUser() const override;
    [[nodiscard]] Instant now() const override;
    [[nodiscard]] std::int64_t dataVersion() override { return m_transport->dataVersion(); }

    // [SECTION] queue
    service::IssuedTicket issueTicket(const service::IssueTicketRequest& request) override
    {
        return ask<service::IssuedTicket>("issueTicket", {{"request", encode(request)}});
    }
    domain::Ticket confirmTicket(const std::string& label) override { return ticketCall("confirmTicket", label); }
    domain::Ticket voidTicket(const std::string& label, const std::string& reason) override
    {
        return ask<domain::Ticket>("voidTicket", {{"label", label}, {"reason", reason}});
    }
    domain::Ticket callNext(int counter) override { return ask<domain::Ticket>("callNext", {{"counter", counter}}); }
    domain::Ticket recall(const std::string& label) override { return ticketCall("recall", label); }
    domain::Ticket skip(const std::string& label) override { return ticketCall("skip", label); }
    domain::Ticket finish(const std::string& label) override { return ticketCall("finish", label); }
    domain::Ticket restore(const std::string& label) override { return ticketCall("restore", label); }
    domain::Ticket transfer(const service::TransferRequest& request) override
    {
        return ask<domain::Ticket>("transfer", {{"request", encode(request)}});
    }
    std::vector<domain::Ticket> tickets(std::optional<domain::TicketStatus> status) override
    {
        return ask<std::vector<domain::Ticket>>("tickets", {{"status", encode(status)}});
    }
    service::IssuedTicket ticketInfo(const std::string& label) override
    {
        return ask<service::IssuedTicket>("ticketInfo", {{"label", label}});
    }
    std::vector<service::GroupStatus> groupStatuses() override { return ask<std::vector<service::GroupStatus>>("groupStatuses"); }
    domain::TicketHours ticketHours() override { return ask<domain::TicketHours>("ticketHours"); }
    std::vector<domain::Counter> counters() override { return ask<std::vector<domain::Counter>>("counters"); }

    // [SECTION] catalog and calendar
    std::vector<domain::Procedure> procedures(const std::string& field) override
    {
        return ask<std::vector<domain::Procedure>>("procedures", {{"field", field}});
    }
    domain::Procedure procedure(const std::string& code) override
    {
        return ask<domain::Procedure>("procedure", {{"code", code}});
    }
    domain::ProcedureImport importProcedures(const std::string& csvText) override
    {
        return ask<domain::ProcedureImport>("importProcedures", {{"csvText", csvText}});
    }
    std::string exportProcedures() override { return ask<std::string>("exportProcedures"); }
    service::DueEstimate dueForDays(Instant from, double days, domain::Channel channel) override
    {
        return ask<service::DueEstimate>("dueForDays", {{"from", from}, {"days", days}, {"channel", encode(channel)}});
    }
    service::DueEstimate dueForHours(Instant from, double hours) override
    {
        return ask<service::DueEstimate>("dueForHours", {{"from", from}, {"hours", hours}});
    }
    void setCalendarDay(const domain::Date& date, std::optional<domain::CalendarOverride> kind,
                        const std::string& name) override
    {
        ask("setCalendarDay", {{"date", encode(date)}, {"kind", encode(kind)}, {"name", name}});
    }
    std::vector<domain::CalendarDay> calendarYear(int year) override
    {
        return ask<std::vector<domain::CalendarDay>>("calendarYear", {{"year", year}});
    }
    std::vector<service::CalendarSuggestion> suggestHolidays(int year) override
    {
        return ask<std::vector<service::CalendarSuggestion>>("suggestHolidays", {{"year", year}});
    }
    int importHolidays(const std::string& csvText) override { return ask<int>("importHolidays", {{"csvText", csvText}}); }
    void confirmCalendarYear(int year) override { ask("confirmCalendarYear", {{"year", year}}); }
    std::vector<int> confirmedCalendarYears() override { return ask<std::vector<int>>("confirmedCalendarYears"); }
    std::vector<int> unconfirmedYears(Instant from, Instant to) override
    {
        return ask<std::vector<int>>("unconfirmedYears", {{"from", from}, {"to", to}});
    }
    std::string workingDurationText(std::int64_t seconds) override
    {
        return ask<std::string>("workingDurationText", {{"seconds", seconds}});
    }

    // [SECTION] dossiers
    domain::Dossier receive(const service::ReceiveRequest& request) override
    {
        return ask<domain::Dossier>("receive", {{"request", encode(request)}});
    }
    domain::Dossier forward(const std::string& code, const std::string& toUnit, std::optional<double> hours,
                            const std::string& note, service::ExpectedVersion v) override
    {
        return ask<domain::Dossier>(
            "forward", {{"code", code}, {"toUnit", toUnit}, {"hours", encode(hours)}, {"note", note}, {"v", encode(v)}});
    }
    std::vector<service::ForwardTarget> forwardTargets() override
    {
        return ask<std::vector<service::ForwardTarget>>("forwardTargets");
    }
    domain::Dossier completeStep(const std::string& code, const std::string& note, service::ExpectedVersion v) override
    {
        return dossierMove("completeStep", code, "note", note, v);
    }
    domain::Dossier requestSupplement(const std::string& code, const std::string& reason,
                                      service::ExpectedVersion v) override
    {
        return dossierMove("requestSupplement", code, "reason", reason, v);
    }
    domain::Dossier resume(const std::string& code, service::ExpectedVersion v) override
    {
        return ask<domain::Dossier>("resume", {{"code", code}, {"v", encode(v)}});
    }
    domain::Dossier markResult(const std::string& code, service::ExpectedVersion v) override
    {
        return ask<domain::Dossier>("markResult", {{"code", code}, {"v", encode(v)}});
    }
    domain::Dossier returnResult(const std::string& code, const std::string& recipient,
                                 service::ExpectedVersion v) override
    {
        return dossierMove("returnResult", code, "recipient", recipient, v);
    }
    domain::Dossier refuse(const std::string& code, const std::string& reason, service::ExpectedVersion v) override
    {
        return dossierMove("refuse", code, "reason", reason, v);
    }
    domain::Dossier withdraw(const std::string& code, const std::string& note, service::ExpectedVersion v) override
    {
        return dossierMove("withdraw", code, "note", note, v);
    }
    domain::Dossier stop(const std::string& code, const std::string& reason, service::ExpectedVersion v) override
    {
        return dossierMove("stop", code, "reason", reason, v);
    }
    domain::DossierDetail dossier(const std::string& code) override
    {
        return ask<domain::DossierDetail>("dossier", {{"code", code}});
    }
    domain::PublicDossierView publicLookup(const std::string& code) override
    {
        return ask<domain::PublicDossierView>("publicLookup", {{"code", code}});
    }
    domain::PublicDossierView publicStatus(const std::string& code, const std::string& checkCode) override
    {
        return ask<domain::PublicDossierView>("publicStatus", {{"code", code}, {"checkCode", checkCode}});
    }
    void rate(const std::string& code, domain::Rating rating, const std::string& reasons) override
    {
        ask("rate", {{"code", code}, {"rating", encode(rating)}, {"reasons", reasons}});
    }
    void rateVisit(const std::string& ticketLabel, domain::Rating rating, const std::string& reasons) override
    {
        ask("rateVisit", {{"ticketLabel", ticketLabel}, {"rating", encode(rating)}, {"reasons", reasons}});
    }
    std::vector<service::DossierSummary> dossiers(const service::DossierQuery& query) override
    {
        return ask<std::vector<service::DossierSummary>>("dossiers", {{"query", encode(query)}});
    }

    // [SECTION] counter app
    void saveDraft(const domain::IntakeDraft& draft) override { ask("saveDraft", {{"draft", encode(draft)}}); }
    std::optional<domain::IntakeDraft> loadDraft() override { return ask<std::optional<domain::IntakeDraft>>("loadDraft"); }
    void discardDraft() override { ask("discardDraft", Json::object()); }
    std::vector<domain::Procedure> searchProcedures(const std::string& query, int limit) override
    {
        return ask<std::vector<domain::Procedure>>("searchProcedures", {{"query", query}, {"limit", limit}});
    }
    std::vector<service::DossierSummary> assignedToMe() override
    {
        return ask<std::vector<service::DossierSummary>>("assignedToMe");
    }
    std::int64_t workingSecondsBetween(Instant from, Instant to) override
    {
        return ask<std::int64_t>("workingSecondsBetween", {{"from", from}, {"to", to}});
    }

    // [SECTION] lateness and apology slips
    service::SweepResult sweep() override { return ask<service::SweepResult>("sweep"); }
    std::vector<domain::Apology> apologies(std::optional<domain::ApologyStatus> status) override
    {
        return ask<std::vector<domain::Apology>>("apologies", {{"status", encode(status)}});
    }
    domain::Apology signApology(const service::SignApologyRequest& request) override
    {
        return ask<domain::Apology>("signApology", {{"request", encode(request)}});
    }
    domain::Apology markApologyDelivered(std::int64_t id, const std::string& how, const std::string& copySha256) override
    {
        return ask<domain::Apology>("markApologyDelivered", {{"id", id}, {"how", how}, {"copySha256", copySha256}});
    }

    // [SECTION] wall and reports
    std::vector<service::RecentCall> recentCalls(int limit) override
    {
        return ask<std::vector<service::RecentCall>>("recentCalls", {{"limit", limit}});
    }
    service::WallPicture wallPicture() override { return ask<service::WallPicture>("wallPicture"); }
    domain::Report report(Instant from, Instant to) override
    {
        return ask<domain::Report>("report", {{"from", from}, {"to", to}});
    }

    // [SECTION] administration
    std::map<std::string, std::string> settings() override { return ask<std::map<std::string, std::string>>("settings"); }
    bool checkKioskPin(const std::string& pin) override { return ask<bool>("checkKioskPin", {{"pin", pin}}); }
    std::string setSetting(const std::string& key, const std::string& value) override
    {
        return ask<std::string>("setSetting", {{"key", key}, {"value", value}});
    }
    std::vector<domain::StaffMember> staff() override { return ask<std::vector<domain::StaffMember>>("staff"); }
    domain::StaffMember addStaff(const domain::StaffMember& member, const std::string& password) override
    {
        return ask<domain::StaffMember>("addStaff", {{"member", encode(member)}, {"password", password}});
    }
    domain::ServiceGroup addGroup(const domain::ServiceGroup& group) override
    {
        return ask<domain::ServiceGroup>("addGroup", {{"group", encode(group)}});
    }
    domain::Counter addCounter(const domain::Counter& counter) override
    {
        return ask<domain::Counter>("addCounter", {{"counter", encode(counter)}});
    }
    service::AuditReport verifyAudit() override { return ask<service::AuditReport>("verifyAudit"); }
    void backup(const std::string&) override { hostOnly("Sao lưu (backup)"); }
    std::string restoreBackup(const std::string&) override { hostOnly("Khôi phục bản sao lưu (restore)"); }

    // [SECTION] administration screens
    std::map<std::string, std::string> setSettings(const std::map<std::string, std::string>& values) override
    {
        return ask<std::map<std::string, std::string>>("setSettings", {{"values", encode(values)}});
    }
    std::vector<service::StaffAccount> staffAccounts() override
    {
        return ask<std::vector<service::StaffAccount>>("staffAccounts");
    }
    domain::StaffMember updateStaff(const domain::StaffMember& member) override
    {
        return ask<domain::StaffMember>("updateStaff", {{"member", encode(member)}});
    }
    void resetPassword(const std::string& username, const std::string& newPassword) override
    {
        ask("resetPassword", {{"username", username}, {"newPassword", newPassword}});
    }
    void unlockStaff(const std::string& username) override { ask("unlockStaff", {{"username", username}}); }
    domain::ServiceGroup updateGroup(const domain::ServiceGroup& group) override
    {
        return ask<domain::ServiceGroup>("updateGroup", {{"group", encode(group)}});
    }
    domain::Counter updateCounter(const domain::Counter& counter) override
    {
        return ask<domain::Counter>("updateCounter", {{"counter", encode(counter)}});
    }
    domain::Procedure updateProcedure(const domain::Procedure& procedure) override
    {
        return ask<domain::Procedure>("updateProcedure", {{"procedure", encode(procedure)}});
    }

    // [SECTION] fees and payment
    std::vector<domain::FeeLine> fees(const std::string& code) override
    {
        return ask<std::vector<domain::FeeLine>>("fees", {{"code", code}});
    }
    domain::FeeLine payFee(const std::string& code, int line, domain::PaymentWay way,
                           const std::string& reference) override
    {
        return ask<domain::FeeLine>("payFee",
                                    {{"code", code}, {"line", line}, {"way", encode(way)}, {"reference", reference}});
    }
    domain::FeeLine correctFeePayment(const std::string& code, int line, const std::string& reason) override
    {
        return ask<domain::FeeLine>("correctFeePayment", {{"code", code}, {"line", line}, {"reason", reason}});
    }
    domain::FeeLine waiveFee(const std::string& code, int line, const std::string& reason) override
    {
        return ask<domain::FeeLine>("waiveFee", {{"code", code}, {"line", line}, {"reason", reason}});
    }
    std::string feeQrPayload(const std::string& code) override
    {
        return ask<std::string>("feeQrPayload", {{"code", code}});
    }

    // [SECTION] digital dossier (issue 15): a PDF travels raw and streamed (RpcTransport::upload,
    // download), never base64 inside the JSON
    domain::Attachment attach(const service::AttachRequest& request) override
    {
        const Json args = uploadArgs(request);
        requireUtf8(args, "");
        return decode<domain::Attachment>(m_transport->upload(std::string(kUploadMethod), args, request.pdf, true), "result");
    }
    std::vector<domain::Attachment> attachments(const std::string& code) override
    {
        return ask<std::vector<domain::Attachment>>("attachments", {{"code", code}});
    }
    std::string attachmentContent(std::int64_t id) override
    {
        return m_transport->download(std::string(kDownloadMethod), {{"id", id}});
    }
    std::vector<domain::Attachment> citizenAttachments(const std::string& idNumber) override
    {
        return ask<std::vector<domain::Attachment>>("citizenAttachments", {{"idNumber", idNumber}});
    }
    domain::Attachment reuseAttachment(const std::string& code, int paper, std::int64_t attachmentId) override
    {
        return ask<domain::Attachment>("reuseAttachment",
                                       {{"code", code}, {"paper", paper}, {"attachmentId", attachmentId}});
    }

private:
    /// One call: the method's write flag comes from the shared table, so it cannot drift.
    Json send(const char* method, const Json& args) const
    {
        const MethodSpec* spec = findDeskMethod(method);
        if (spec == nullptr) throw Error(ErrorCode::Internal, std::string("Desk method missing from the table: ") + method);
        requireUtf8(args, "");
        return m_transport->call(method, args, spec->write);
    }
    template <class T>
    T ask(const char* method, const Json& args = Json::object()) const
    {
        return decode<T>(send(method, args), "result");
    }
    void ask(const char* method, const Json& args) const { (void)send(method, args); }
    domain::Ticket ticketCall(const char* method, const std::string& label)
    {
        return ask<domain::Ticket>(method, {{"label", label}});
    }
    domain::Dossier dossierMove(const char* method, const std::string& code, const char* textName, const std::string& text,
                         service::ExpectedVersion v)
    {
        return ask<domain::Dossier>(method, {{"code", code}, {textName, text}, {"v", encode(v)}});
    }

    std::optional<int> servedCounter() const
    {
        const std::lock_guard lock(m_mutex);
        return m_counter;
    }

    std::shared_ptr<RpcTransport> m_transport;
    mutable std::mutex m_mutex;
    std::optional<int> m_counter;  ///< serveCounter's number, sent with login
    /// The session's member as login/logout left it; unset until known (then asked of the host once).
    mutable std::optional<std::optional<domain::StaffMember>> m_user;
    /// The host's clock at the last answer and the local steady clock then (now() runs every frame).
    mutable std::optional<Instant> m_hostNow;
    mutable SteadyClock::time_point m_hostNowAt{};
    mutable SteadyClock::time_point m_lastAsked{};
};

std::optional<domain::StaffMember> RpcDesk::currentUser() const
{
    {
        const std::lock_guard lock(m_mutex);
        if (m_user) return *m_user;
    }
    auto user = ask<std::optional<domain::StaffMember>>("currentUser");
    const std::lock_guard lock(m_mutex);
    if (!m_user) m_user = user;  // a login meanwhile wins
    return *m_user;
}

Instant RpcDesk::now() const
{
    const auto local = SteadyClock::now();
    {
        const std::lock_guard lock(m_mutex);
        if (m_hostNow && local - m_lastAsked < kNowRefresh)
            return *m_hostNow + std::chrono::duration_cast<std::chrono::seconds>(local - m_hostNowAt).count();
        m_lastAsked = local;
    }
    try {
        const auto hostNow = ask<Instant>("now");
        const std::lock_guard lock(m_mutex);
        m_hostNow = hostNow;
        m_hostNowAt = local;
        return hostNow;
    } catch (const Error&) {
        // The host is out of reach: keep counting from its last answer rather than stop the frame.
        const std::lock_guard lock(m_mutex);
        if (!m_hostNow) throw;
        return *m_hostNow + std::chrono::duration_cast<std::chrono::seconds>(local - m_hostNowAt).count();
    }
}

}  // namespace

std::unique_ptr<service::Desk> openRpcDesk(std::shared_ptr<RpcTransport> transport)
{
    return std::make_unique<RpcDesk>(std::move(transport));
}

}  // namespace motcua::net
