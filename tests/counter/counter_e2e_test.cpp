// End to end (issue 5): a kiosk ticket → the counter calls it → intake → forward → result →
// return, checked in the store (status, ticket link, steps) and in the tracking ledger.
#include "counter_support.h"

#include "documents/sources.h"

#include <catch2/catch.hpp>

using namespace motcua;
using namespace motcua::counter;
using test::CounterFixture;

TEST_CASE("end to end: kiosk ticket to returned result, in the store and the ledger", "[counter][e2e]")
{
    CounterFixture f;
    auto kiosk = f.openDesk();
    kiosk->actAs("kiosk");
    const auto issued = kiosk->issueTicket({"XH", "", true}).ticket;
    f.login();
    // Those ahead are served in turn: F9 finishes one, F5 calls the next (F5 alone moments after a
    // call is refused: queue.repeat_call_seconds, and the fixture's clock stands still).
    for (int i = 0; i < 10 && !(f.state.queue.serving && f.state.queue.serving->label == issued.label); ++i) {
        if (f.state.queue.serving) {
            f.key(kKeyF9);
            f.applyAll();
        }
        f.key(kKeyF5);
        f.applyAll();
    }
    REQUIRE(f.state.queue.serving);
    REQUIRE(f.state.queue.serving->label == issued.label);

    REQUIRE(f.click("q-intake"));
    f.state.intake.form.query = "khai sinh";
    REQUIRE(f.click("proc-1.001193"));
    f.typeInto("intake-name", "Đinh Thị Hạnh");
    f.typeInto("intake-id", "038195007777");
    f.typeInto("intake-address", "Xóm Bắc, xã Hà Tân");
    REQUIRE(f.click("papers-all"));
    REQUIRE(f.click("intake-save"));
    f.applyAll();
    const std::string code = f.state.intake.received;
    REQUIRE_FALSE(code.empty());
    REQUIRE(f.click("q-finish"));
    f.applyAll();

    f.state.tab = Tab::Dossiers;
    f.commands.push_back(cmd(CommandKind::OpenDossier, code));
    f.applyAll();
    f.choose("act-to", "Công chức Tư pháp - Hộ tịch (UBND xã)");
    REQUIRE(f.click("act-forward"));
    f.applyAll();
    REQUIRE(f.click("act-result"));
    f.applyAll();
    REQUIRE(f.click("act-return"));
    f.applyAll();

    const auto detail = f.desk->dossier(code);
    CHECK(detail.dossier.status == domain::DossierStatus::Returned);
    CHECK(detail.dossier.ticketId == issued.id);
    CHECK(detail.steps.size() == 1);
    CHECK(detail.events.size() == 4);  // receive, forward, result, return
    bool finished = false;
    for (const auto& t : f.desk->tickets(domain::TicketStatus::Finished)) finished |= t.label == issued.label;
    CHECK(finished);
    const auto today = domain::localDate(f.desk->now());
    bool inLedger = false;
    for (const auto& row : documents::ledgerRows(*f.desk, today, today))
        if (row.dossier.code == code) inLedger = row.dossier.returnedAt.has_value() && row.line > 0;
    CHECK(inLedger);
}
