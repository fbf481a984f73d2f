// Retries through a network that loses answers (issue 14, "Faults"): the real network Desk
// (openRemoteDesk) talks to the host through the bench's answer-dropping proxy
// (tools/bench_support/dropping_proxy.h), so a share of writes reach the host but not their
// answer, and the client retries with the same request id. N acknowledged writes must leave
// exactly N records: tickets, dossiers and their steps.
#include "server_support.h"

#include "bench_support/dropping_proxy.h"
#include "net/remote_desk.h"
#include "store/database.h"

#include <catch2/catch.hpp>

#include <set>

using namespace motcua;
using namespace motcua::servertest;

namespace {

long long rows(const std::string& db, const char* table)
{
    store::Database d(db, store::OpenMode::ReadOnly);
    auto& st = d.prepare(std::string("SELECT count(*) FROM ") + table);
    st.step();
    const auto n = st.getInt(0);
    st.reset();
    return n;
}

std::unique_ptr<service::Desk> openThrough(TestHost& host, const bench::DroppingProxy& proxy, const std::string& kind)
{
    net::RemoteOptions o;
    o.server = "https://127.0.0.1:" + std::to_string(proxy.port());
    o.enrollCode = host.addDevice(kind);
    o.configDir = host.dir().file("devices-" + kind);
    o.deviceName = kind;
    o.timeoutMs = 2000;
    // The event streams' first answers are rolled too and break a run of dropped calls, so a call
    // may meet more than two drops in a row: enough tries that every write is answered in the end.
    o.attempts = 8;
    return net::openRemoteDesk(o);
}

}  // namespace

TEST_CASE("dropped answers: N writes through a lossy network make exactly N tickets, dossiers and steps", "[server][retry][drop]")
{
    TestHost host;
    bench::DroppingProxy proxy(host.port(), 0.0, 7);
    auto kiosk = openThrough(host, proxy, "kiosk");
    auto counter = openThrough(host, proxy, "counter");
    counter->login("motcua1", "demo1234");
    const auto tickets0 = rows(host.db(), "tickets");
    const auto dossiers0 = rows(host.db(), "dossiers");
    const auto steps0 = rows(host.db(), "dossier_steps");

    proxy.setMaxInARow(2);  // the client tries 3 times: every write gets its answer in the end
    proxy.setShare(0.3);
    constexpr int kWrites = 12;
    std::set<std::string> labels;
    std::set<std::string> codes;
    for (int i = 0; i < kWrites; ++i) {
        labels.insert(kiosk->issueTicket({"HT", "", true}).ticket.label);
        const auto d = counter->receive({"1.004873", "Nguyễn Văn An", "038095001234", "", "", domain::Channel::Direct, ""});
        codes.insert(d.code);
        (void)counter->forward(d.code, "Công chức Tư pháp - Hộ tịch (UBND xã)", 4.0, "Chuyển xử lý");
    }
    proxy.setShare(0.0);
    INFO("answers dropped: " << proxy.dropped());
    CHECK(proxy.dropped() > 0);  // else the test proved nothing
    CHECK(labels.size() == kWrites);
    CHECK(codes.size() == kWrites);
    CHECK(rows(host.db(), "tickets") == tickets0 + kWrites);
    CHECK(rows(host.db(), "dossiers") == dossiers0 + kWrites);
    CHECK(rows(host.db(), "dossier_steps") == steps0 + kWrites);
}
