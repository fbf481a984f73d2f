// Retries never double a write (docs/network-protocol.md "Retries"): the request id commits in
// the Desk's own transaction (store::CommitHook) and the answer is stored right after.
#include "server_support.h"

#include "store/database.h"
#include "store/host_store.h"

#include <catch2/catch.hpp>

#include <atomic>
#include <set>
#include <thread>

using namespace motcua;
using namespace motcua::servertest;

namespace {

long long ticketCount(const std::string& db)
{
    return clitest::pragmaInt(db, "user_version") > 0 ? [&] {
        store::Database d(db, store::OpenMode::ReadOnly);
        auto& st = d.prepare("SELECT count(*) FROM tickets");
        st.step();
        const auto n = st.getInt(0);
        st.reset();
        return n;
    }()
                                                      : -1;
}

}  // namespace

TEST_CASE("retry: a retried issueTicket returns the first ticket and issues one", "[server][retry]")
{
    TestHost host;
    const std::string kiosk = host.enrol("kiosk");
    const auto before = ticketCount(host.db());
    const std::string id = newRequestId();
    const auto first = host.call(kiosk, "", "issueTicket", {{"request", {{"groupCode", "HT"}, {"priorityReason", ""}, {"confirmed", true}}}}, id);
    REQUIRE(first.status == 200);
    const auto again = host.call(kiosk, "", "issueTicket", {{"request", {{"groupCode", "HT"}, {"priorityReason", ""}, {"confirmed", true}}}}, id);
    CHECK(again.status == 200);
    CHECK(again.body == first.body);
    CHECK(ticketCount(host.db()) == before + 1);
    // Another id is another ticket.
    const auto second = host.call(kiosk, "", "issueTicket", {{"request", {{"groupCode", "HT"}, {"priorityReason", ""}, {"confirmed", true}}}});
    REQUIRE(second.status == 200);
    CHECK(second.json().at("result").at("ticket").at("label") != first.json().at("result").at("ticket").at("label"));
    CHECK(ticketCount(host.db()) == before + 2);
}

TEST_CASE("retry: the same request id from another device is another request", "[server][retry]")
{
    TestHost host;
    const std::string a = host.enrol("kiosk");
    const std::string b = host.enrol("kiosk");
    const auto before = ticketCount(host.db());
    const std::string id = newRequestId();
    REQUIRE(host.call(a, "", "issueTicket", {{"request", {{"groupCode", "HT"}, {"priorityReason", ""}, {"confirmed", true}}}}, id).status == 200);
    REQUIRE(host.call(b, "", "issueTicket", {{"request", {{"groupCode", "HT"}, {"priorityReason", ""}, {"confirmed", true}}}}, id).status == 200);
    CHECK(ticketCount(host.db()) == before + 2);
}

TEST_CASE("retry: a refused write is answered the same on retry without a second try at the Desk", "[server][retry]")
{
    TestHost host;
    const std::string counter = host.enrol("counter");
    const std::string session = host.login(counter, "motcua1");
    const std::string id = newRequestId();
    // Finishing a ticket nobody called: the Desk refuses and writes nothing, so a retry runs again
    // (and is refused again) — nothing is recorded for it.
    const auto first = host.call(counter, session, "finish", {{"label", "Z999"}}, id);
    CHECK(first.status == 404);
    const auto dump = host.dump();
    CHECK(dump.find(id) == std::string::npos);
    CHECK(host.call(counter, session, "finish", {{"label", "Z999"}}, id).body == first.body);
}

TEST_CASE("retry: a write whose answer was lost (host killed after the commit) answers 409, not a second write",
          "[server][retry]")
{
    TestHost host;
    const std::string kiosk = host.enrol("kiosk");
    const std::string id = newRequestId();
    {
        // What a host killed between the Desk's commit and storing the answer leaves behind.
        store::Database db(host.db(), store::OpenMode::ExistingReadWrite);
        store::Transaction tx(db);
        store::insertRequest(db, 1, id, "issueTicket", demoNow());
        tx.commit();
    }
    const auto before = ticketCount(host.db());
    const auto r = host.call(kiosk, "", "issueTicket", {{"request", {{"groupCode", "HT"}, {"priorityReason", ""}, {"confirmed", true}}}}, id);
    CHECK(r.status == 409);
    CHECK(r.json().at("error").at("message").get<std::string>().rfind("Yêu cầu này đã được thực hiện", 0) == 0);
    CHECK(ticketCount(host.db()) == before);
}

TEST_CASE("retry: the commit hook runs inside the write transaction and rolls back with it", "[server][retry][store]")
{
    clitest::TempDir dir;
    clitest::copyFile(TestHost().db(), dir.file("x.db"));  // a current-schema store
    store::Database db(dir.file("x.db"), store::OpenMode::ExistingReadWrite);
    int after = 0;
    db.setCommitHook({[](store::Database& d) { store::insertRequest(d, 7, "r1", "issueTicket", 1); }, [&] { ++after; }});
    {
        // A read-only transaction changes nothing: the hook stays out of it.
        store::Transaction tx(db, store::Transaction::Kind::Deferred);
        (void)store::findRequest(db, 7, "r1");
        tx.commit();
    }
    CHECK(after == 0);
    {
        // A write that rolls back takes the hook's row with it.
        store::Transaction tx(db);
        store::insertDevice(db, "counter", "A", "h1", 10, 1);
    }
    CHECK_FALSE(store::findRequest(db, 7, "r1"));
    {
        store::Transaction tx(db);
        store::insertDevice(db, "counter", "B", "h2", 10, 1);
        tx.commit();
    }
    CHECK(after == 1);
    REQUIRE(store::findRequest(db, 7, "r1"));
    CHECK_FALSE(store::findRequest(db, 7, "r1")->status);
    // A hook that throws rolls the write back.
    db.setCommitHook({[](store::Database&) { throw Error(ErrorCode::Internal, "x"); }, {}});
    {
        store::Transaction tx(db);
        store::insertDevice(db, "counter", "C", "h3", 10, 1);
        CHECK_THROWS_AS(tx.commit(), Error);
    }
    db.setCommitHook({});
    CHECK(store::listDevices(db).size() == 1);
}

TEST_CASE("retry: 40 kiosks issuing at once, each request sent twice, issue exactly 40 distinct tickets",
          "[server][retry][concurrency]")
{
    TestHost host([](server::ServerOptions& o) { o.threads = 64; });
    std::vector<std::string> tokens;
    for (int i = 0; i < 40; ++i) tokens.push_back(host.enrol("kiosk"));
    const auto before = ticketCount(host.db());
    std::vector<std::string> labels(40);
    std::vector<std::thread> threads;
    std::atomic<int> mismatched{0};
    for (int i = 0; i < 40; ++i)
        threads.emplace_back([&, i] {
            const std::string id = newRequestId();
            const auto a = host.call(tokens[static_cast<std::size_t>(i)], "", "issueTicket", {{"request", {{"groupCode", "HT"}, {"priorityReason", ""}, {"confirmed", true}}}}, id);
            const auto b = host.call(tokens[static_cast<std::size_t>(i)], "", "issueTicket", {{"request", {{"groupCode", "HT"}, {"priorityReason", ""}, {"confirmed", true}}}}, id);
            if (a.status != 200 || a.body != b.body) ++mismatched;
            else labels[static_cast<std::size_t>(i)] = a.json().at("result").at("ticket").at("label");
        });
    for (auto& t : threads) t.join();
    CHECK(mismatched == 0);
    CHECK(ticketCount(host.db()) == before + 40);
    CHECK(std::set<std::string>(labels.begin(), labels.end()).size() == 40);
}
