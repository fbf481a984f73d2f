// A scripted day at the queue (issue 2, "ticket …"): issue, priority interleaving, call, recall,
// skip, restore, transfer, finish, exit 3 when nobody waits. The demo office issued its tickets
// on Mon 2026-11-23, so Wed 2026-11-25 and Thu 2026-11-26 start with empty queues.
#include "cli_runner.h"

#include <catch2/catch.hpp>

#include <cstdio>
#include <set>
#include <string>

using namespace motcua::clitest;

namespace {

std::set<std::string> keysOf(const Json& j)
{
    std::set<std::string> keys;
    for (auto it = j.begin(); it != j.end(); ++it) keys.insert(it.key());
    return keys;
}

bool hasKeys(const Json& j, std::initializer_list<const char*> keys)
{
    const auto have = keysOf(j);
    for (const char* k : keys)
        if (!have.count(k)) return false;
    return true;
}

/// "YYYY-MM-DD HH:MM" plus `minutes` (within the day).
std::string plusMinutes(const std::string& at, std::size_t minutes)
{
    const std::size_t m = std::stoul(at.substr(11, 2)) * 60 + std::stoul(at.substr(14, 2)) + minutes;
    char hm[8];
    std::snprintf(hm, sizeof hm, "%02zu:%02zu", m / 60 % 24, m % 60);
    return at.substr(0, 11) + hm;
}

/// Calls counter `counter`, a minute apart from `now` on (a call moments after the last one is
/// refused: queue.repeat_call_seconds), until it reports nobody waiting; returns the labels called.
std::vector<std::string> callAll(const Office& office, const std::string& now, int counter, std::size_t atMost)
{
    std::vector<std::string> called;
    for (std::size_t i = 0; i <= atMost; ++i) {
        const auto a = office.argv(plusMinutes(now, i), {"ticket", "call", "--counter", std::to_string(counter)}, "", true);
        const auto r = runMotcua(a);
        if (r.exitCode == 3) {
            INFO(describe(a, r));
            CHECK(r.out.empty());
            CHECK(splitLines(r.err).size() == 1);
            CHECK(r.err.rfind("motcua: ", 0) == 0);
            return called;
        }
        INFO(describe(a, r));
        REQUIRE(r.exitCode == 0);
        const auto j = Json::parse(r.out);
        CHECK(j["counter"] == counter);
        called.push_back(j["ticket"].get<std::string>());
    }
    FAIL("counter " << counter << " never ran out of tickets");
    return called;
}

}  // namespace

TEST_CASE("queue: issue JSON contract, numbers per group per day, priority interleaving P,P,N,P,N", "[cli][queue]")
{
    TempDir dir;
    const auto office = Office::createDemo(dir.file("office.db"));
    const std::string day = "2026-11-25 ";

    // Two normal, then three priority tickets, a minute apart.
    const auto n1 = office.json(day + "08:00", {"ticket", "issue", "--group", "HT"}, "kiosk");
    const auto n2 = office.json(day + "08:01", {"ticket", "issue", "--group", "HT"}, "kiosk");
    const auto p1 = office.json(day + "08:02", {"ticket", "issue", "--group", "HT", "--priority", "Người cao tuổi"}, "kiosk");
    const auto p2 = office.json(day + "08:03", {"ticket", "issue", "--group", "HT", "--priority", "Người khuyết tật"}, "kiosk");
    const auto p3 = office.json(day + "08:04", {"ticket", "issue", "--group", "HT", "--priority", "Phụ nữ mang thai"}, "kiosk");
    const auto b1 = office.json(day + "08:05", {"ticket", "issue", "--group", "DD"}, "kiosk");

    for (const auto& t : {n1, n2, p1, p2, p3, b1}) {
        INFO(t.dump());
        CHECK(hasKeys(t, {"ticket", "group", "number", "priority", "issued_at", "ahead", "wait_minutes"}));
        CHECK(t["wait_minutes"].get<int>() >= 0);
    }
    CHECK(n1["ticket"] == "A001");
    CHECK(n1["group"] == "HT");
    CHECK(n1["number"] == 1);
    CHECK(n1["priority"].is_null());
    CHECK(n1["issued_at"] == "2026-11-25 08:00");
    CHECK(n1["ahead"] == 0);
    CHECK(n2["ticket"] == "A002");
    CHECK(n2["ahead"] == 1);
    CHECK(p1["ticket"] == "A003");
    CHECK(p1["number"] == 3);
    CHECK(p1["priority"] == "Người cao tuổi");
    CHECK(p1["ahead"] == 0);  // a priority ticket goes ahead of the normal ones
    CHECK(p2["ahead"] == 1);
    CHECK(p3["ahead"] == 2);
    CHECK(p3["issued_at"] == "2026-11-25 08:04");
    // Numbers are per group: the first DD ticket of the day is B001.
    CHECK(b1["ticket"] == "B001");
    CHECK(b1["group"] == "DD");
    CHECK(b1["number"] == 1);

    // Default queue.priority_in_a_row = 2: P, P, N, P, N.
    const auto order = callAll(office, day + "08:10", 1, 10);
    CHECK(order == std::vector<std::string>{"A003", "A004", "A001", "A005", "A002"});

    // The call JSON names the priority reason.
    const auto c = office.json(day + "08:20", {"ticket", "issue", "--group", "HT", "--priority", "Người có công"});
    const auto called = office.json(day + "08:21", {"ticket", "call", "--counter", "2"}, "motcua2");
    CHECK(hasKeys(called, {"ticket", "counter", "priority"}));
    CHECK(called["ticket"] == c["ticket"]);
    CHECK(called["counter"] == 2);
    CHECK(called["priority"] == "Người có công");

    // Counter 1 serves HT only: B001 is not called there.
    const auto empty = office.run(day + "08:22", {"ticket", "call", "--counter", "1"});
    INFO(describe({"ticket", "call", "--counter", "1"}, empty));
    CHECK(empty.exitCode == 3);
    CHECK(empty.out.empty());
    CHECK(splitLines(empty.err).size() == 1);

    // B001 is still waiting for counter 3.
    const auto waiting = office.json(day + "08:23", {"ticket", "list", "--status", "waiting"});
    REQUIRE(waiting.size() == 1);
    CHECK(waiting[0]["ticket"] == "B001");
}

TEST_CASE("queue: setting queue.priority_in_a_row=1 gives P,N,P,N,P", "[cli][queue]")
{
    TempDir dir;
    const auto office = Office::createDemo(dir.file("office.db"));
    const auto set = office.json("2026-11-26 07:00", {"setting", "set", "--key", "queue.priority_in_a_row", "--value", "1"});
    CHECK(set["value"] == "1");
    const std::string day = "2026-11-26 ";
    office.json(day + "08:00", {"ticket", "issue", "--group", "HT"});
    office.json(day + "08:01", {"ticket", "issue", "--group", "HT"});
    office.json(day + "08:02", {"ticket", "issue", "--group", "HT", "--priority", "Người cao tuổi"});
    office.json(day + "08:03", {"ticket", "issue", "--group", "HT", "--priority", "Người cao tuổi"});
    office.json(day + "08:04", {"ticket", "issue", "--group", "HT", "--priority", "Người cao tuổi"});
    CHECK(callAll(office, day + "08:10", 1, 10) == std::vector<std::string>{"A003", "A001", "A004", "A002", "A005"});
}

TEST_CASE("queue: recall, skip, restore, transfer, finish, and illegal ticket moves", "[cli][queue]")
{
    TempDir dir;
    const auto office = Office::createDemo(dir.file("office.db"));
    const std::string day = "2026-11-25 ";
    for (const char* g : {"HT", "HT", "HT", "DD"}) office.json(day + "08:00", {"ticket", "issue", "--group", g});

    CHECK(office.json(day + "08:05", {"ticket", "call", "--counter", "1"}, "motcua1")["ticket"] == "A001");
    const auto recalled = office.json(day + "08:06", {"ticket", "recall", "--ticket", "A001"}, "motcua1");
    CHECK(recalled["status"] == "called");
    CHECK(recalled["recalls"] == 1);
    CHECK(recalled["counter"] == 1);

    const auto skipped = office.json(day + "08:08", {"ticket", "skip", "--ticket", "A001"}, "motcua1");
    CHECK(skipped["status"] == "skipped");
    CHECK(office.json(day + "08:09", {"ticket", "call", "--counter", "1"}, "motcua1")["ticket"] == "A002");

    // A skipped ticket comes back at the front of its line: counter 2 gets it before A003.
    const auto restored = office.json(day + "08:15", {"ticket", "restore", "--ticket", "A001"}, "motcua1");
    CHECK(restored["status"] == "waiting");
    CHECK(office.json(day + "08:16", {"ticket", "call", "--counter", "2"}, "motcua2")["ticket"] == "A001");
    const auto finished = office.json(day + "08:20", {"ticket", "finish", "--ticket", "A001"}, "motcua2");
    CHECK(finished["status"] == "finished");
    CHECK(finished["finished_at"] == "2026-11-25 08:20");

    // Transfer A003 to group DD (queue.transfer_to_front = yes): counter 3 calls it before B001.
    const auto moved = office.json(day + "08:21", {"ticket", "transfer", "--ticket", "A003", "--group", "DD"}, "motcua1");
    CHECK(moved["ticket"] == "A003");
    CHECK(moved["group"] == "DD");
    CHECK(moved["status"] == "waiting");
    CHECK(office.json(day + "08:22", {"ticket", "call", "--counter", "3"}, "motcua2")["ticket"] == "A003");
    CHECK(office.json(day + "08:30", {"ticket", "call", "--counter", "3"}, "motcua2")["ticket"] == "B001");

    // Transfer to a counter: only that counter calls it.
    CHECK(office.json(day + "08:31", {"ticket", "issue", "--group", "HT"})["ticket"] == "A004");
    office.json(day + "08:32", {"ticket", "transfer", "--ticket", "A004", "--counter", "2"}, "motcua1");
    const auto none = office.run(day + "08:33", {"ticket", "call", "--counter", "1"}, "motcua1");
    CHECK(none.exitCode == 3);
    CHECK(office.json(day + "08:34", {"ticket", "call", "--counter", "2"}, "motcua2")["ticket"] == "A004");

    // Calling next finishes what the counter was serving.
    const auto list = office.json(day + "08:40", {"ticket", "list", "--status", "finished"});
    std::set<std::string> done;
    for (const auto& t : list) done.insert(t["ticket"].get<std::string>());
    CHECK(done == std::set<std::string>{"A001", "A002", "A003"});

    // Illegal moves: refused with exit 5 and a one-line reason, database unchanged.
    const auto before = office.state();
    for (const auto& args : std::vector<std::vector<std::string>>{
             {"ticket", "recall", "--ticket", "A001"},      // finished
             {"ticket", "skip", "--ticket", "A002"},        // finished
             {"ticket", "restore", "--ticket", "A004"},     // being served, not skipped
             {"ticket", "finish", "--ticket", "A002"},      // already finished
             {"ticket", "transfer", "--ticket", "A001", "--group", "XH"},  // finished
         }) {
        const auto r = office.run(day + "08:45", args, "motcua1");
        INFO(describe(args, r));
        CHECK(r.exitCode == 5);
        CHECK(r.out.empty());
        CHECK(splitLines(r.err).size() == 1);
        CHECK(r.err.rfind("motcua: ", 0) == 0);
    }
    CHECK(firstDifference(before, office.state()) == "");

    // Tickets are per day: A001 of the 25th does not exist on the 26th.
    const auto other = office.run("2026-11-26 08:00", {"ticket", "recall", "--ticket", "A001"}, "motcua1");
    CHECK(other.exitCode == 4);
}

TEST_CASE("queue: under --now a ticket called and finished in the same minute was served, not finished unseen",
          "[cli][queue]")
{
    TempDir dir;
    const auto office = Office::createDemo(dir.file("office.db"));
    const std::string at = "2026-11-25 08:05";
    office.json("2026-11-25 08:00", {"ticket", "issue", "--group", "HT"});
    CHECK(office.json(at, {"ticket", "call", "--counter", "2"}, "motcua2")["ticket"] == "A001");
    CHECK(office.json(at, {"ticket", "finish", "--ticket", "A001"}, "motcua2")["status"] == "finished");
    // Called and finished at one fixed instant: it used to count as never served and came back.
    const auto r = office.run(at, {"ticket", "restore", "--ticket", "A001"}, "motcua2");
    INFO(describe({"ticket", "restore", "--ticket", "A001"}, r));
    CHECK(r.exitCode == 5);
}

TEST_CASE("queue: `ticket call` exits 3 with nothing on stdout when nobody waits", "[cli][queue]")
{
    TempDir dir;
    const auto office = Office::createDemo(dir.file("office.db"));
    const auto before = office.state();
    // Saturday: no tickets at all. (Counter 2: the demo left counter 1 and 3 serving a ticket,
    // which a call would finish.)
    const auto r = office.run("2026-11-28 09:00", {"ticket", "call", "--counter", "2"}, "motcua2");
    INFO(describe({"ticket", "call", "--counter", "2"}, r));
    CHECK(r.exitCode == 3);
    CHECK(r.out.empty());
    REQUIRE(splitLines(r.err).size() == 1);
    CHECK(r.err.rfind("motcua: ", 0) == 0);
    // Nothing was being served, so nothing changed.
    CHECK(firstDifference(before, office.state()) == "");
}

TEST_CASE("queue: a ticket left being served overnight does not wreck the next day's wait estimate",
          "[cli][queue]")
{
    // The demo leaves A001 "called" at counter 1 on Mon 23/11. The first call on Wed 25/11
    // finishes it with finished_at = Wed, i.e. a 2-day "service time", and the wait estimate
    // (recent service times × people ahead ÷ counters) for the next citizen becomes ~30 hours.
    TempDir dir;
    const auto office = Office::createDemo(dir.file("office.db"));
    const std::string day = "2026-11-25 ";
    const auto r = office.run(day + "07:31", {"ticket", "call", "--counter", "1"}, "motcua1");
    CHECK(r.exitCode == 3);
    office.json(day + "07:32", {"ticket", "issue", "--group", "HT"});
    const auto second = office.json(day + "07:33", {"ticket", "issue", "--group", "HT"});
    INFO(second.dump());
    CHECK(second["ahead"] == 1);
    // One person ahead, two counters, ~10-minute services: minutes, not hours.
    CHECK(second["wait_minutes"].get<int>() <= 60);
}

TEST_CASE("queue: no ticket is issued out of hours, and the message says when the office opens (issue 12)",
          "[cli][queue]")
{
    TempDir dir;
    const auto office = Office::createDemo(dir.file("office.db"));
    const auto r = office.run("2026-11-27 18:18", {"ticket", "issue", "--group", "HT"});
    CHECK(r.exitCode != 0);
    CHECK(r.err.find("Mở cửa lại lúc 07:30 thứ Hai, 30/11/2026") != std::string::npos);
    CHECK(office.run("2026-11-27 16:00", {"ticket", "issue", "--group", "HT"}).exitCode == 0);
}
