// The counter's pure state helpers: screen names, the intake form ↔ draft, and the form's
// validation (clear Vietnamese messages per field, before any store call).
#include "counter/counter_state.h"

#include "domain/error.h"
#include "domain/text.h"

namespace motcua::counter {

namespace {

constexpr std::pair<Screen, const char*> kScreens[] = {
    {Screen::Login, "login"}, {Screen::Queue, "queue"}, {Screen::Intake, "intake"},
    {Screen::Dossier, "dossier"}, {Screen::Officer, "officer"},
    {Screen::Late, "late"}, {Screen::Reports, "reports"},
    {Screen::Admin, "admin"},
};

}  // namespace

std::optional<Screen> parseScreen(std::string_view name)
{
    for (const auto& [s, n] : kScreens)
        if (name == n) return s;
    return std::nullopt;
}

const char* screenName(Screen s)
{
    for (const auto& [x, n] : kScreens)
        if (x == s) return n;
    return "?";
}

const char* filterLabel(DossierFilter f)
{
    switch (f) {
    case DossierFilter::All: return "Tất cả";
    case DossierFilter::Mine: return "Của tôi";
    case DossierFilter::Processing: return "Đang xử lý";
    case DossierFilter::Supplement: return "Chờ bổ sung";
    case DossierFilter::Ready: return "Có kết quả";
    case DossierFilter::Late: return "Trễ hạn";
    }
    return "";
}

Command cmd(CommandKind kind, std::string code, std::string text, std::string text2, int number)
{
    Command c;
    c.kind = kind;
    c.code = std::move(code);
    c.text = std::move(text);
    c.text2 = std::move(text2);
    c.number = number;
    return c;
}

const domain::Procedure* CounterState::procedure(const std::string& code) const
{
    if (code.empty()) return nullptr;
    for (const auto& p : procedures)
        if (p.code == code) return &p;
    return nullptr;
}

domain::IntakeDraft draftOf(const IntakeForm& f)
{
    domain::IntakeDraft d;
    d.procedureCode = f.procedureCode;
    d.applicantName = f.applicantName;
    d.idNumber = f.idNumber;
    d.phone = f.phone;
    d.address = f.address;
    d.channel = f.channel;
    d.ticket = f.ticket;
    d.applicantKind = f.applicantKind;
    d.email = f.email;
    if (f.hasRepresentative) d.representative = f.representative;
    d.collection = f.collection;
    d.papers = f.papers;
    d.fees = f.fees;
    return d;
}

void fillForm(IntakeForm& f, const domain::IntakeDraft& d, const domain::Procedure* procedure)
{
    f = IntakeForm{};
    f.procedureCode = procedure ? d.procedureCode : std::string();
    f.applicantName = d.applicantName;
    f.idNumber = d.idNumber;
    f.phone = d.phone;
    f.address = d.address;
    f.channel = d.channel;
    f.ticket = d.ticket;
    f.applicantKind = d.applicantKind;
    f.email = d.email;
    f.hasRepresentative = !d.representative.empty();
    f.representative = d.representative;
    f.collection = d.collection;
    f.papers = d.papers;
    f.fees = d.fees;
    if (procedure) {
        fitPapers(f, *procedure);
        fitFees(f, *procedure);
    } else {
        f.papers.clear();
        f.fees.reset();
    }
}

void fitFees(IntakeForm& f, const domain::Procedure& procedure)
{
    if (!f.fees) f.fees = domain::intakeFeesOf(procedure);
}

void fitPapers(IntakeForm& f, const domain::Procedure& procedure)
{
    const std::size_t known = f.papers.size();
    f.papers.resize(procedure.papers.size());
    for (std::size_t i = known; i < procedure.papers.size(); ++i) f.papers[i] = domain::defaultPaperEntry(procedure.papers[i]);
}

std::string intakeTicket(const CounterState& s)
{
    if (!s.intake.form.ticket.empty()) return s.intake.form.ticket;
    return s.queue.serving ? s.queue.serving->label : std::string();
}

service::ReceiveRequest receiveRequest(const IntakeForm& f, const domain::Procedure& procedure)
{
    service::ReceiveRequest r;
    r.procedureCode = f.procedureCode;
    r.applicantName = f.applicantName;
    r.idNumber = f.idNumber;
    r.phone = f.phone;
    r.address = f.address;
    r.channel = f.channel;
    r.ticket = f.ticket;
    r.applicantKind = f.applicantKind;
    r.email = f.email;
    if (f.hasRepresentative) r.representative = f.representative;
    r.collection = f.collection;
    r.papers = domain::submittedPapers(procedure.papers, f.papers);
    if (f.fees) r.fees = domain::confirmedFeeLines(*f.fees);
    return r;
}

std::map<std::string, std::string> validateIntake(const IntakeForm& f, const domain::Procedure* procedure)
{
    domain::ApplicantFields a{f.applicantKind, f.applicantName, f.idNumber, f.phone, f.address, f.email, {}};
    if (f.hasRepresentative) {
        a.representative = f.representative;
        // An open but empty section still needs its name: the clerk said someone was authorised.
        if (a.representative.empty()) a.representative.name = " ";
    }
    auto e = domain::applicantProblems(a, true);
    if (!procedure) e["procedure"] = "Chưa chọn thủ tục: gõ tên thủ tục (không cần dấu) rồi chọn trong danh sách";
    for (std::size_t i = 0; procedure && i < f.papers.size() && i < procedure->papers.size(); ++i) {
        const auto& p = f.papers[i];
        if (p.given && !p.shown && (p.quantity < 1 || p.quantity > domain::kMaxPaperQuantity))
            e["paper-" + std::to_string(i)] = "Số lượng phải từ 1 đến " + std::to_string(domain::kMaxPaperQuantity);
    }
    if (procedure && f.fees) e.merge(domain::intakeFeeProblems(*f.fees));
    return e;
}

std::string missingPapers(const IntakeForm& f, const domain::Procedure* procedure)
{
    return procedure ? domain::missingPapersText(procedure->papers, f.papers) : std::string();
}

void touch(IntakeState& intake, double seconds)
{
    intake.dirty = true;
    intake.changedAt = seconds;
    intake.received.clear();
}

}  // namespace motcua::counter
