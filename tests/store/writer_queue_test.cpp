// The process's writer queue (store/writer_queue.h): the store host's connections take turns
// first come, first served instead of polling in SQLite's busy handler.
#include "test_store.h"

#include "domain/error.h"
#include "store/database.h"

#include <catch2/catch.hpp>

#include <atomic>
#include <chrono>
#include <filesystem>
#include <memory>
#include <thread>

using namespace motcua;
using Steady = std::chrono::steady_clock;

namespace {

double msSince(Steady::time_point t0) { return std::chrono::duration<double, std::milli>(Steady::now() - t0).count(); }

void insertRow(store::Database& db, int value)
{
    db.prepare("INSERT INTO wq_rows(v) VALUES (?)").bind(1, value).run();
}

}  // namespace

TEST_CASE("a writer waits one turn behind a busy writer in the same process, not until it stops", "[sqlite][writer-queue]")
{
    test::TestStore s;
    store::Database a(s.path(), store::OpenMode::ExistingReadWrite, 5000);
    store::Database b(s.path(), store::OpenMode::ExistingReadWrite, 5000);
    a.exec("CREATE TABLE wq_rows(v INTEGER)");
    // A writes back to back for 1.5 s, as 40 counters do on the store host. With SQLite's busy
    // handler B slept in steps of up to 100 ms and nearly always found A's next transaction
    // already begun: it waited until A stopped.
    std::atomic<bool> started{false};
    std::thread busy([&] {
        const auto t0 = Steady::now();
        for (int i = 0; msSince(t0) < 1500; ++i) {
            store::Transaction tx(a);
            insertRow(a, i);
            started = true;
            std::this_thread::sleep_for(std::chrono::milliseconds(3));
            tx.commit();
        }
    });
    while (!started) std::this_thread::sleep_for(std::chrono::milliseconds(1));
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
    const auto t0 = Steady::now();
    {
        store::Transaction tx(b);
        insertRow(b, -1);
        tx.commit();
    }
    const double waited = msSince(t0);
    busy.join();
    INFO("B waited " << waited << " ms");
    CHECK(waited < 200);  // ≈ 10 ms here under load 14; the busy handler: 340–1460 ms
}

TEST_CASE("a writer that gives up its turn gets Busy and does not hold up the next one", "[sqlite][writer-queue]")
{
    test::TestStore s;
    store::Database a(s.path(), store::OpenMode::ExistingReadWrite, 5000);
    store::Database b(s.path(), store::OpenMode::ExistingReadWrite, 100);
    store::Database c(s.path(), store::OpenMode::ExistingReadWrite, 5000);
    a.exec("CREATE TABLE wq_rows(v INTEGER)");
    auto tx = std::make_unique<store::Transaction>(a);
    insertRow(a, 1);
    try {
        store::Transaction refused(b);
        FAIL("B began while A wrote");
    } catch (const Error& e) {
        CHECK(e.code() == ErrorCode::Busy);
    }
    // C queued after B's abandoned turn: it goes as soon as A commits.
    std::atomic<double> cWaited{-1};
    Steady::time_point committedAt;
    std::thread third([&] {
        store::Transaction t(c);
        insertRow(c, 3);
        t.commit();
        cWaited = msSince(committedAt);
    });
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
    committedAt = Steady::now();
    tx->commit();
    tx.reset();
    third.join();
    CHECK(cWaited >= 0);
    CHECK(cWaited < 1000);
    store::Transaction read(b, store::Transaction::Kind::Deferred);
    auto& st = b.prepare("SELECT count(*) FROM wq_rows");
    REQUIRE(st.step());
    CHECK(st.getInt(0) == 2);
}

TEST_CASE("connections to one file share a writer queue, other files do not", "[sqlite][writer-queue]")
{
    test::TestStore s;
    test::TestStore other;
    store::Database a(s.path());
    store::Database sameFile(s.dir() + "/./" + std::filesystem::path(s.path()).filename().string());
    store::Database elsewhere(other.path());
    store::Database readOnly(s.path(), store::OpenMode::ReadOnly);
    REQUIRE(a.writerQueue() != nullptr);
    CHECK(a.writerQueue() == sameFile.writerQueue());
    CHECK(a.writerQueue() != elsewhere.writerQueue());
    CHECK(readOnly.writerQueue() == nullptr);
}
