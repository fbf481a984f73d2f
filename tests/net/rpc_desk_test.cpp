// The network Desk over the in-process loopback: what it does itself (host-only refusals, the
// session's member, the cached clock, write flags) and that errors come back as the host threw them.
#include "loopback_transport.h"
#include "test_store.h"

#include "net/desk_rpc.h"
#include "net/rpc_desk.h"

#include "domain/error.h"

#include <catch2/catch.hpp>

#include <thread>

using namespace motcua;

namespace {

struct Remote {
    std::shared_ptr<test::LoopbackTransport> transport;
    std::unique_ptr<service::Desk> desk;
};

Remote remote(service::DeskOptions options, const std::string& path, const std::string& user = "")
{
    auto host = service::openSqliteDesk(path, options);
    if (!user.empty()) host->actAs(user);
    auto transport = std::make_shared<test::LoopbackTransport>(std::move(host));
    return {transport, net::openRpcDesk(transport)};
}

Remote remote(test::TestStore& s, const std::string& user = "")
{
    service::DeskOptions options;
    options.clock = [&s] { return s.now; };
    return remote(options, s.path(), user);
}

ErrorCode codeOf(auto&& f)
{
    try {
        f();
    } catch (const Error& e) {
        return e.code();
    }
    return ErrorCode::Internal;
}

}  // namespace

TEST_CASE("host-only methods are refused on the client, in Vietnamese, without a call", "[rpc]")
{
    test::TestStore s;
    auto r = remote(s, "admin");
    CHECK(codeOf([&] { r.desk->actAs("admin"); }) == ErrorCode::Forbidden);
    CHECK(codeOf([&] { r.desk->backup(s.dir() + "/b.db"); }) == ErrorCode::Forbidden);
    CHECK(codeOf([&] { (void)r.desk->restoreBackup(s.dir() + "/b.db"); }) == ErrorCode::Forbidden);
    CHECK_THROWS_WITH(r.desk->backup("x"), Catch::Contains("máy chủ lưu trữ") && Catch::Contains("--db"));
    CHECK(r.transport->calls("actAs") + r.transport->calls("backup") + r.transport->calls("restoreBackup") == 0);
}

TEST_CASE("login keeps the member for currentUser, logout forgets it", "[rpc]")
{
    test::TestStore s;
    auto r = remote(s);
    CHECK_FALSE(r.desk->currentUser());  // asked of the host once: nobody
    CHECK(r.transport->calls("currentUser") == 1);
    CHECK(codeOf([&] { r.desk->login("clerk", "wrong"); }) == ErrorCode::Forbidden);
    CHECK(r.desk->login("clerk", "password-123").fullName == "Nguyễn Thị Lan");
    CHECK(r.desk->currentUser()->username == "clerk");
    CHECK(r.transport->calls("currentUser") == 1);  // known since the login: no round trip
    CHECK(r.transport->calledAsWrite("login"));
    r.desk->logout();
    CHECK_FALSE(r.desk->currentUser());
    CHECK(r.transport->calls("currentUser") == 1);
    CHECK_FALSE(r.transport->host().currentUser());  // the host's session ended too
}

TEST_CASE("now() asks the host at most once a second and counts on locally between", "[rpc]")
{
    test::TestStore s;
    auto r = remote(s, "clerk");
    const auto first = r.desk->now();
    CHECK(first == s.now);
    s.now += 3600;
    for (int i = 0; i < 100; ++i) CHECK(r.desk->now() - first <= 1);  // every frame: no round trip
    CHECK(r.transport->calls("now") == 1);
    std::this_thread::sleep_for(std::chrono::milliseconds(1100));
    CHECK(r.desk->now() == s.now);  // a second later: the host's clock again
    CHECK(r.transport->calls("now") == 2);
}

TEST_CASE("calls carry the table's write flag, dataVersion comes from the transport", "[rpc]")
{
    test::TestStore s;
    auto r = remote(s, "clerk");
    const auto before = r.desk->dataVersion();
    const auto issued = r.desk->issueTicket({"HT", "", true});
    CHECK(issued.ticket.label == "A001");
    CHECK(r.transport->calledAsWrite("issueTicket"));
    CHECK(r.desk->tickets(std::nullopt).size() == 1);
    CHECK_FALSE(r.transport->calledAsWrite("tickets"));
    (void)s.openLocal("clerk")->issueTicket({"HT", "", true});  // another process commits
    CHECK(r.desk->dataVersion() != before);
    CHECK(r.transport->calls("dataVersion") == 0);  // not a Desk call over the wire
}

TEST_CASE("the host's errors come back with their code and message", "[rpc]")
{
    test::TestStore s;
    auto local = s.openLocal("clerk");
    auto r = remote(s, "clerk");
    std::string localMessage;
    try {
        (void)local->callNext(1);
    } catch (const Error& e) {
        CHECK(e.code() == ErrorCode::Empty);
        localMessage = e.what();
    }
    try {
        (void)r.desk->callNext(1);
        FAIL("called somebody from an empty queue");
    } catch (const Error& e) {
        CHECK(e.code() == ErrorCode::Empty);
        CHECK(std::string(e.what()) == localMessage);
    }
    CHECK(codeOf([&] { (void)r.desk->procedure("9.999999"); }) == ErrorCode::NotFound);
    CHECK(codeOf([&] { (void)r.desk->staffAccounts(); }) == ErrorCode::Forbidden);
    // Text that is not UTF-8 is refused before it is sent, as the SQLite Desk refuses it.
    CHECK(codeOf([&] { (void)r.desk->confirmTicket("\xFF"); }) == ErrorCode::InvalidInput);
    CHECK(r.transport->calls("confirmTicket") == 0);
}

TEST_CASE("a whole dossier goes through the network Desk and reads back as the SQLite Desk reads it", "[rpc]")
{
    test::TestStore s;
    auto r = remote(s, "clerk");
    service::ReceiveRequest request;
    request.procedureCode = "1.004873";
    request.applicantName = "Nguyễn Văn An";
    request.idNumber = "001099000001";
    request.phone = "0901234567";
    request.address = "Thôn 3";
    const auto received = r.desk->receive(request);
    const auto local = s.openLocal("clerk")->dossier(received.code);
    const auto remoteDetail = r.desk->dossier(received.code);
    CHECK(remoteDetail.dossier.code == local.dossier.code);
    CHECK(remoteDetail.dossier.dueAt == local.dossier.dueAt);
    CHECK(remoteDetail.events.size() == local.events.size());
    CHECK(r.desk->publicLookup(received.code).maskedName == s.openLocal("clerk")->publicLookup(received.code).maskedName);
    CHECK(r.desk->wallPicture().loaded);
}
