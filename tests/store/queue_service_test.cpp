// The queue through the service: numbering, calling, priority, skip/restore, transfer, pending
// tickets, and call-next atomicity between two desks on one file.
#include "test_store.h"

#include "domain/error.h"

#include <catch2/catch.hpp>

#include <chrono>
#include <set>
#include <thread>

using namespace motcua;
using domain::TicketStatus;

TEST_CASE("numbers are per group per day and restart the next day", "[queue]")
{
    test::TestStore s;
    auto kiosk = s.open("kiosk");
    REQUIRE(kiosk->issueTicket({"HT", "", true}).ticket.label == "A001");
    REQUIRE(kiosk->issueTicket({"HT", "", true}).ticket.label == "A002");
    REQUIRE(kiosk->issueTicket({"DD", "", true}).ticket.label == "B001");
    const auto third = kiosk->issueTicket({"HT", "Người cao tuổi", true});
    REQUIRE(third.ticket.label == "A003");
    REQUIRE(third.ahead == 0);  // no priority ticket waits before it
    REQUIRE(kiosk->issueTicket({"HT", "", true}).ahead == 3);
    s.now += 86400;
    REQUIRE(kiosk->issueTicket({"HT", "", true}).ticket.label == "A001");
    REQUIRE_THROWS_AS(kiosk->issueTicket({"ZZ", "", true}), Error);
}

TEST_CASE("call next takes priority first, interleaved, and finishes the previous ticket", "[queue]")
{
    test::TestStore s;
    auto kiosk = s.open("kiosk");
    for (const char* reason : {"", "", "Người cao tuổi", "Phụ nữ mang thai", "Người khuyết tật"})
        kiosk->issueTicket({"HT", reason, true});
    auto clerk = s.open("clerk");
    std::vector<std::string> order;
    for (int i = 0; i < 5; ++i) {
        s.now += 60;
        order.push_back(clerk->callNext(1).label);
    }
    REQUIRE(order == std::vector<std::string>{"A003", "A004", "A001", "A005", "A002"});
    s.now += 60;
    try {
        clerk->callNext(1);
        FAIL("called from an empty queue");
    } catch (const Error& e) {
        REQUIRE(e.code() == ErrorCode::Empty);
    }
    // Every ticket ended finished: each call closed the one before, and the empty call the last.
    for (const auto& t : clerk->tickets(std::nullopt)) REQUIRE(t.status == TicketStatus::Finished);
}

TEST_CASE("a counter only calls the groups it serves", "[queue]")
{
    test::TestStore s;
    auto kiosk = s.open("kiosk");
    kiosk->issueTicket({"DD", "", true});
    auto clerk = s.open("clerk");
    REQUIRE_THROWS_AS(clerk->callNext(1), Error);
    REQUIRE(clerk->callNext(3).label == "B001");
    REQUIRE_THROWS_AS(clerk->callNext(9), Error);  // no such counter
}

TEST_CASE("recall, skip, restore to the front, finish", "[queue]")
{
    test::TestStore s;
    auto kiosk = s.open("kiosk");
    for (int i = 0; i < 3; ++i) kiosk->issueTicket({"HT", "", true});
    auto clerk = s.open("clerk");
    REQUIRE(clerk->callNext(1).label == "A001");
    REQUIRE(clerk->recall("A001").recalls == 1);
    REQUIRE(clerk->skip("A001").status == TicketStatus::Skipped);
    REQUIRE_THROWS_AS(clerk->skip("A001"), Error);
    REQUIRE(clerk->callNext(1).label == "A002");
    REQUIRE(clerk->restore("A001").status == TicketStatus::Waiting);
    s.now += 60;
    REQUIRE(clerk->callNext(1).label == "A001");  // brought back to the front, ahead of A003
    REQUIRE(clerk->finish("A001").status == TicketStatus::Finished);
    REQUIRE_THROWS_AS(clerk->recall("A001"), Error);
    REQUIRE_THROWS_AS(clerk->restore("A999"), Error);
    REQUIRE_THROWS_AS(clerk->restore("bad"), Error);
}

TEST_CASE("transfer to another group or to one counter", "[queue]")
{
    test::TestStore s;
    auto kiosk = s.open("kiosk");
    kiosk->issueTicket({"DD", "", true});
    for (int i = 0; i < 3; ++i) kiosk->issueTicket({"HT", "", true});
    auto clerk = s.open("clerk");
    REQUIRE(clerk->callNext(1).label == "A001");
    clerk->transfer({"A001", std::string("DD"), std::nullopt});
    s.now += 60;
    // transfer_to_front is on by default: A001 is called at counter 3 before B001.
    REQUIRE(clerk->callNext(3).label == "A001");
    clerk->transfer({"A002", std::nullopt, 2});
    REQUIRE(clerk->callNext(1).label == "A003");  // A002 now belongs to counter 2 only
    REQUIRE(clerk->callNext(2).label == "A002");
    REQUIRE_THROWS_AS(clerk->transfer({"A003", std::string("DD"), 3}), Error);
}

TEST_CASE("a pending ticket is callable only once confirmed, or after the grace period", "[queue]")
{
    test::TestStore s;
    auto kiosk = s.open("kiosk");
    kiosk->issueTicket({"HT", "", false});
    kiosk->issueTicket({"HT", "", false});
    auto clerk = s.open("clerk");
    REQUIRE_THROWS_AS(clerk->callNext(1), Error);
    kiosk->confirmTicket("A002");
    REQUIRE(clerk->callNext(1).label == "A002");
    kiosk->voidTicket("A001", "Máy in hết giấy");
    s.now += 600;
    REQUIRE_THROWS_AS(clerk->callNext(1), Error);  // void is never called, even after the grace period
    kiosk->issueTicket({"HT", "", false});
    s.now += 121;
    // The kiosk never confirmed (it died after printing): the citizen holds a ticket, so call it.
    REQUIRE(clerk->callNext(1).label == "A003");
    REQUIRE(clerk->tickets(TicketStatus::Void).size() == 1);
}

TEST_CASE("two desks on one file never call the same ticket", "[queue]")
{
    test::TestStore s;
    auto kiosk = s.open("kiosk");
    for (int i = 0; i < 20; ++i) kiosk->issueTicket({"HT", i % 3 ? "" : "Người cao tuổi", true});
    auto a = s.open("clerk");
    auto b = s.open("clerk");
    s.open("admin")->setSetting("queue.repeat_call_seconds", "0");  // calls in a tight loop, same instant
    std::set<std::string> called;
    for (int i = 0; i < 10; ++i) {
        REQUIRE(called.insert(a->callNext(1).label).second);
        REQUIRE(called.insert(b->callNext(2).label).second);
    }
    REQUIRE(called.size() == 20);
}

TEST_CASE("no ticket out of hours: the Desk refuses and says when the office opens (issue 12)", "[queue][hours]")
{
    test::TestStore s;
    auto kiosk = s.open("kiosk");
    s.now = test::at("2026-11-27 18:18");  // a Friday evening
    const auto hours = kiosk->ticketHours();
    CHECK_FALSE(hours.open);
    CHECK(hours.officeOpensAt == test::at("2026-11-30 07:30"));
    try {
        kiosk->issueTicket({"HT", "", true});
        FAIL("a ticket was issued at 18:18 on a Friday");
    } catch (const Error& e) {
        CHECK(e.code() == ErrorCode::IllegalState);
        CHECK(std::string(e.what()).find("Mở cửa lại lúc 07:30 thứ Hai, 30/11/2026") != std::string::npos);
    }
    CHECK(kiosk->tickets(std::nullopt).empty());
    s.now = test::at("2026-11-28 09:00");  // Saturday
    REQUIRE_THROWS_AS(kiosk->issueTicket({"HT", "", true}), Error);
    // Fifteen minutes' grace before the Monday opening, set by the office.
    s.open("admin")->setSetting("queue.open_early_minutes", "15");
    s.now = test::at("2026-11-30 07:14");
    REQUIRE_THROWS_AS(kiosk->issueTicket({"HT", "", true}), Error);
    s.now = test::at("2026-11-30 07:15");
    CHECK(kiosk->issueTicket({"HT", "", true}).ticket.label == "A001");
    CHECK(kiosk->ticketHours().open);
}

TEST_CASE("wait estimates follow recent service times, smoothed", "[queue][wait]")
{
    test::TestStore s;
    auto kiosk = s.open("kiosk");
    auto clerk = s.open("clerk");
    for (int i = 0; i < 4; ++i) kiosk->issueTicket({"HT", "", true});
    // Default 10 minutes each, two counters open and free, 4 ahead: (4 − 2 + ½) × 10 ÷ 2 = 12.5 → 13.
    REQUIRE(kiosk->issueTicket({"HT", "", true}).waitMinutes == 13);
    clerk->callNext(1);
    s.now += 4 * 60;
    clerk->finish("A001");
    // One 4-minute service against the default (weight 5): (50 + 4) ÷ 6 = 9 minutes; 4 waiting
    // (A002–A005), both counters free: (4 − 2 + ½) × 9 ÷ 2 = 11.25 → 12.
    REQUIRE(kiosk->issueTicket({"HT", "", true}).waitMinutes == 12);
    const auto groups = kiosk->groupStatuses();
    REQUIRE(groups.front().group.code == "HT");
    REQUIRE(groups.front().waiting == 5);
}

TEST_CASE("wait estimates count the citizen at the counter and say no wait only when one is free", "[queue][wait]")
{
    test::TestStore s;
    auto kiosk = s.open("kiosk");
    auto clerk = s.open("clerk");
    auto dd = [&] {
        for (const auto& g : kiosk->groupStatuses())
            if (g.group.code == "DD") return g;
        FAIL("no group DD");
        return service::GroupStatus{};
    };
    // DD has one counter (3), free: a new ticket would be called at once.
    CHECK(dd().waitMinutes == 0);
    CHECK(kiosk->issueTicket({"DD", "", true}).waitMinutes == 0);
    clerk->callNext(3);  // B001 at counter 3
    // Nobody waits, but the only counter is busy: half a service, (0 + 1 − 1 + ½) × 10 = 5.
    CHECK(dd().waiting == 0);
    CHECK(dd().waitMinutes == 5);
    CHECK(dd().priorityWaitMinutes == 5);
    const auto b2 = kiosk->issueTicket({"DD", "", true});
    CHECK(b2.ahead == 0);
    CHECK(b2.waitMinutes == 5);
    // One ahead now: (1 + 1 − 1 + ½) × 10 = 15; the priority line is still empty: 5.
    CHECK(kiosk->issueTicket({"DD", "", true}).waitMinutes == 15);
    CHECK(dd().priorityWaitMinutes == 5);
    // The next call (a minute on) moves B002 to the counter: B003 has nobody ahead, the counter busy: 5.
    s.now += 60;
    clerk->callNext(3);
    CHECK(kiosk->ticketInfo("B003").waitMinutes <= 5);
    CHECK(kiosk->ticketInfo("B003").waitMinutes > 0);
}

TEST_CASE("a reprinted ticket shows the same people ahead as when it was issued", "[queue]")
{
    test::TestStore s;
    auto kiosk = s.open("kiosk");
    kiosk->issueTicket({"HT", "", true});
    kiosk->issueTicket({"HT", "Người cao tuổi", true});
    kiosk->issueTicket({"HT", "", true});
    const auto priority = kiosk->issueTicket({"HT", "Phụ nữ mang thai", true});
    const auto normal = kiosk->issueTicket({"HT", "", true});
    REQUIRE(priority.ahead == 1);
    REQUIRE(kiosk->ticketInfo(priority.ticket.label).ahead == 1);
    REQUIRE(normal.ahead == 4);
    REQUIRE(kiosk->ticketInfo(normal.ticket.label).ahead == 4);
    // A priority ticket issued later goes ahead of the normal one.
    kiosk->issueTicket({"HT", "Người khuyết tật", true});
    REQUIRE(kiosk->ticketInfo(normal.ticket.label).ahead == 5);
}

TEST_CASE("call next moments after the last call is refused, a ticket finished unseen comes back", "[queue]")
{
    test::TestStore s;
    auto kiosk = s.open("kiosk");
    for (int i = 0; i < 3; ++i) kiosk->issueTicket({"HT", "", true});
    auto clerk = s.open("clerk");
    s.now += 60;
    REQUIRE(clerk->callNext(1).label == "A001");
    // F5 twice, a fraction of a second apart (the clock has not moved): refused, nothing changes.
    try {
        clerk->callNext(1);
        FAIL("a repeated call went through");
    } catch (const Error& e) {
        REQUIRE(e.code() == ErrorCode::IllegalState);
        REQUIRE(std::string(e.what()).find("A001") != std::string::npos);
    }
    s.now += 4;
    REQUIRE_THROWS_AS(clerk->callNext(1), Error);  // still within queue.repeat_call_seconds (5)
    REQUIRE(clerk->tickets(TicketStatus::Called).size() == 1);
    REQUIRE(clerk->tickets(TicketStatus::Waiting).size() == 2);
    s.now += 1;
    REQUIRE(clerk->callNext(1).label == "A002");  // five seconds on: the clerk means it

    // Finished two seconds after its call, A002 was never served: it can be brought back, to the front.
    s.now += 2;
    REQUIRE(clerk->finish("A002").status == TicketStatus::Finished);
    REQUIRE(clerk->restore("A002").status == TicketStatus::Waiting);
    // A001 was served (finished a while after its call): it stays finished.
    REQUIRE_THROWS_AS(clerk->restore("A001"), Error);
    s.now += 60;
    REQUIRE(clerk->callNext(1).label == "A002");

    SECTION("the setting turns the guard off")
    {
        auto admin = s.open("admin");
        admin->setSetting("queue.repeat_call_seconds", "0");
        REQUIRE(clerk->callNext(1).label == "A003");
    }
}

TEST_CASE("under a fixed clock (--now) the repeat-call guard times itself on the steady clock (issue 12)", "[queue]")
{
    test::TestStore s;  // s.now does not move unless the test moves it, like `--now` in demos
    auto kiosk = s.open("kiosk");
    for (int i = 0; i < 3; ++i) kiosk->issueTicket({"HT", "", true});
    s.open("admin")->setSetting("queue.repeat_call_seconds", "0.3");
    auto clerk = s.open("clerk");
    REQUIRE(clerk->callNext(1).label == "A001");
    REQUIRE_THROWS_AS(clerk->callNext(1), Error);  // F5 twice: refused
    std::this_thread::sleep_for(std::chrono::milliseconds(350));
    // It used to say "vừa gọi số A001 0 giây trước" for ever: the business clock never moves.
    REQUIRE(clerk->callNext(1).label == "A002");
    REQUIRE_THROWS_AS(clerk->callNext(1), Error);

    // A call made by another desk (another process on the store): refused at first, then the
    // guard counts from the moment this desk first saw it.
    auto other = s.open("clerk");
    std::this_thread::sleep_for(std::chrono::milliseconds(350));
    REQUIRE_THROWS_AS(other->callNext(1), Error);  // A002 is news to this desk: it counts from now
    std::this_thread::sleep_for(std::chrono::milliseconds(350));
    REQUIRE(other->callNext(1).label == "A003");
    REQUIRE_THROWS_AS(clerk->callNext(1), Error);
    std::this_thread::sleep_for(std::chrono::milliseconds(350));
    try {
        clerk->callNext(1);
        FAIL("a ticket was called with no one waiting");
    } catch (const Error& e) {
        REQUIRE(e.code() == ErrorCode::Empty);  // past the guard: A003 finished, no one waits any more
    }
    REQUIRE(clerk->tickets(TicketStatus::Called).empty());
}

TEST_CASE("under a fixed clock a served ticket is finished served, not unseen: what the desk saw, not zero seconds (session 7)",
          "[queue]")
{
    test::TestStore s;  // s.now stands still: every call and finish is at one business instant
    auto kiosk = s.open("kiosk");
    for (int i = 0; i < 4; ++i) kiosk->issueTicket({"HT", "", true});
    s.open("admin")->setSetting("queue.repeat_call_seconds", "0.3");
    auto clerk = s.open("clerk");
    REQUIRE(clerk->callNext(1).label == "A001");
    std::this_thread::sleep_for(std::chrono::milliseconds(350));  // served a while
    const auto served = clerk->finish("A001");
    CHECK_FALSE(served.finishedUnseen);
    CHECK_FALSE(domain::canRestore(served));
    REQUIRE_THROWS_AS(clerk->restore("A001"), Error);  // "served for 0 s" used to bring it back

    // Finished at once after the call: unseen, and it comes back to the front.
    REQUIRE(clerk->callNext(1).label == "A002");
    const auto hasty = clerk->finish("A002");
    CHECK(hasty.finishedUnseen);
    REQUIRE(clerk->restore("A002").status == TicketStatus::Waiting);

    // Finished by calling the next one (past the guard): served. A call this desk did not make
    // (another run of the CLI) is finished on purpose, however soon.
    std::this_thread::sleep_for(std::chrono::milliseconds(350));
    REQUIRE(clerk->callNext(1).label == "A002");
    std::this_thread::sleep_for(std::chrono::milliseconds(350));
    REQUIRE(clerk->callNext(1).label == "A003");
    auto other = s.open("clerk");
    CHECK_FALSE(other->finish("A003").finishedUnseen);
    for (const auto& t : clerk->tickets(TicketStatus::Finished)) {
        INFO(t.label);
        CHECK_FALSE(domain::canRestore(t));
    }
}

TEST_CASE("a visit is rated by ticket once, after a counter called it, and counts in the report (issue 12)",
          "[queue][rating]")
{
    test::TestStore s;
    auto kiosk = s.open("kiosk");
    auto clerk = s.open("clerk");
    kiosk->issueTicket({"HT", "", true});
    kiosk->issueTicket({"HT", "", true});
    clerk->callNext(1);  // A001
    try {
        kiosk->rateVisit("A002", domain::Rating::Satisfied, "");
        FAIL("a ticket not yet called was rated");
    } catch (const Error& e) {
        CHECK(e.code() == ErrorCode::IllegalState);
    }
    kiosk->rateVisit("A001", domain::Rating::VerySatisfied, "Nhanh chóng, đúng hẹn");
    try {
        kiosk->rateVisit("A001", domain::Rating::Dissatisfied, "");
        FAIL("a ticket was rated twice");
    } catch (const Error& e) {
        CHECK(e.code() == ErrorCode::Conflict);
    }
    REQUIRE_THROWS_AS(kiosk->rateVisit("A099", domain::Rating::Satisfied, ""), Error);
    const auto day = domain::localDate(s.now);
    const auto r = s.open("admin")->report(domain::fromLocal(day, 0), domain::fromLocal(day.addDays(1), 0));
    CHECK(r.total.rated == 1);
    CHECK(r.total.satisfied == 1);
    for (const auto& row : r.byField) CHECK(row.figures.rated == 0);  // no procedure, no field
}
