// --screen NAME: the counter opened on one screen with believable demo data, for screenshots
// and for showing the app. Uses only Desk calls, like the app itself.
#include "counter/counter_app.h"

#include "counter/apply.h"
#include "counter/admin/apply.h"
#include "domain/error.h"

namespace motcua::counter {

namespace {

void loginAs(service::Desk& desk, CounterState& s, const std::string& user)
{
    s.user = desk.actAs(user);
    s.procedures = desk.procedures("");
    s.login = LoginState{};
    s.login.focus = 0;
}

/// Calls tickets at this counter: one skipped (no-show), the next one being served.
void serveDemoTicket(service::Desk& desk, CounterState& s)
{
    try {
        const auto first = desk.callNext(s.counter);
        desk.skip(first.label);
        desk.callNext(s.counter);
    } catch (const Error& e) {
        if (e.code() != ErrorCode::Empty) throw;  // an empty queue still makes a fine screenshot
    }
}

void fillIntake(service::Desk& desk, CounterState& s)
{
    auto& f = s.intake.form;
    const auto found = desk.searchProcedures("xac nhan tinh trang hon nhan", 1);
    if (!found.empty()) {
        f.procedureCode = found.front().code;
        fitPapers(f, found.front());
        for (std::size_t i = 0; i < f.papers.size(); ++i)  // the conditional ones stay unticked
            f.papers[i].given = found.front().papers[i].kind != domain::PaperKind::Conditional;
    }
    f.applicantName = "Nguyễn Thị Mai";
    f.idNumber = "038195004321";
    f.phone = "0912345678";
    f.address = "Thôn Đông, xã Hà Tân, tỉnh Thanh Hóa";
    if (s.queue.serving) f.ticket = s.queue.serving->label;
    updateDue(desk, s);
}

void openLateDossier(service::Desk& desk, CounterState& s)
{
    s.dossiers.filter = DossierFilter::Late;
    refresh(desk, s);
    Commands open;
    if (!s.dossiers.list.empty()) open.push_back(cmd(CommandKind::OpenDossier, s.dossiers.list.front().dossier.code));
    auto printer = documents::openPrinter("none");
    apply(open, desk, *printer, s);
}

/// The supervisor's tabs, opened as a click on their tab button would (sweep, report); the late
/// tab shows the slip of the dossier late the longest.
void prepareSupervisorScreen(Screen screen, service::Desk& desk, CounterState& s)
{
    loginAs(desk, s, "lanhdao");
    refresh(desk, s);
    s.tab = screen == Screen::Late ? Tab::Late : Tab::Reports;
    Commands open{cmd(screen == Screen::Late ? CommandKind::LateRefresh : CommandKind::ReportRun)};
    auto printer = documents::openPrinter("none");
    apply(open, desk, *printer, s);
    if (screen == Screen::Late && !s.late.late.empty()) {
        open.push_back(cmd(CommandKind::LateOpen, s.late.late.front().summary.dossier.code));
        apply(open, desk, *printer, s);
    }
}

}  // namespace

void prepareScreen(Screen screen, service::Desk& desk, CounterState& s)
{
    switch (screen) {
    case Screen::Login:
        s.login.username = "motcua1";
        s.login.focus = 2;
        return;
    case Screen::Officer:
        loginAs(desk, s, "chuyenvien");
        s.tab = Tab::Officer;
        refresh(desk, s);
        return;
    case Screen::Late:
    case Screen::Reports: prepareSupervisorScreen(screen, desk, s); return;
    case Screen::Admin:
        loginAs(desk, s, "admin");
        refresh(desk, s);
        openAdminSection(desk, s, AdminSection::Office);
        return;
    case Screen::Queue:
    case Screen::Intake:
    case Screen::Dossier: break;
    }
    loginAs(desk, s, "motcua1");
    serveDemoTicket(desk, s);
    refresh(desk, s);
    if (screen == Screen::Queue) s.tab = Tab::Queue;
    if (screen == Screen::Intake) {
        s.tab = Tab::Intake;
        fillIntake(desk, s);
    }
    if (screen == Screen::Dossier) {
        s.tab = Tab::Dossiers;
        openLateDossier(desk, s);
    }
}

}  // namespace motcua::counter
