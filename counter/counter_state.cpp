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

/// cleanText's message for a field, or "" when it is fine.
std::string textProblem(const std::string& value, const char* label, std::size_t maxChars, bool allowEmpty)
{
    try {
        (void)domain::cleanText(value, label, maxChars, allowEmpty);
        return {};
    } catch (const Error& e) {
        return e.what();
    }
}

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
    d.papersChecked = f.papers;
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
    f.papers = d.papersChecked;
    f.papers.resize(procedure ? procedure->papers.size() : 0, false);
}

std::map<std::string, std::string> validateIntake(const IntakeForm& f, const domain::Procedure* procedure)
{
    std::map<std::string, std::string> e;
    if (!procedure) e["procedure"] = "Chưa chọn thủ tục: gõ tên thủ tục (không cần dấu) rồi chọn trong danh sách";
    if (const auto m = textProblem(f.applicantName, "Họ tên người nộp", 100, false); !m.empty())
        e["name"] = f.applicantName.find_first_not_of(' ') == std::string::npos ? "Chưa nhập họ tên người nộp hồ sơ" : m;
    if (f.idNumber.empty()) e["id"] = "Chưa nhập số định danh cá nhân (CCCD, 12 chữ số)";
    else if (!domain::isValidIdNumber(f.idNumber))
        e["id"] = "Số định danh cá nhân phải gồm đúng 12 chữ số (đang có " + std::to_string(f.idNumber.size()) + " ký tự)";
    if (!f.phone.empty() && !domain::isValidPhone(f.phone))
        e["phone"] = "Số điện thoại phải gồm 10 chữ số, bắt đầu bằng 0 (hoặc +84 và 9 chữ số)";
    if (const auto m = textProblem(f.address, "Địa chỉ", 300, false); !m.empty())
        e["address"] = f.address.find_first_not_of(' ') == std::string::npos ? "Chưa nhập địa chỉ thường trú" : m;
    return e;
}

std::string missingPapers(const IntakeForm& f, const domain::Procedure* procedure)
{
    std::string out;
    if (!procedure) return out;
    for (std::size_t i = 0; i < procedure->papers.size(); ++i) {
        if (i < f.papers.size() && f.papers[i]) continue;
        if (!out.empty()) out += "\n";
        out += procedure->papers[i];
    }
    return out;
}

void touch(IntakeState& intake, double seconds)
{
    intake.dirty = true;
    intake.changedAt = seconds;
    intake.received.clear();
}

}  // namespace motcua::counter
