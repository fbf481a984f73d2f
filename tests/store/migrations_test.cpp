// Schema migrations and opening rules.
#include "test_store.h"

#include "domain/error.h"
#include "service/store_admin.h"
#include "store/database.h"
#include "store/migrations.h"

#include <catch2/catch.hpp>

#include <fstream>

using namespace motcua;

TEST_CASE("a new store is created at the latest schema, and migrating again does nothing", "[migrations][sqlite]")
{
    test::TestStore s;
    store::Database db(s.path(), store::OpenMode::ExistingReadWrite);
    REQUIRE(db.userVersion() == store::latestSchemaVersion());
    REQUIRE(store::migrate(db) == 0);
    REQUIRE(service::upgradeStore(s.path()) == 0);
}

TEST_CASE("the store uses WAL, full sync and foreign keys", "[migrations][sqlite]")
{
    test::TestStore s;
    store::Database db(s.path(), store::OpenMode::ExistingReadWrite);
    auto& jm = db.prepare("PRAGMA journal_mode");
    REQUIRE(jm.step());
    REQUIRE(jm.getText(0) == "wal");
    jm.reset();
    auto& sync = db.prepare("PRAGMA synchronous");
    REQUIRE(sync.step());
    REQUIRE(sync.getInt(0) == 2);  // FULL
    sync.reset();
    auto& fk = db.prepare("PRAGMA foreign_keys");
    REQUIRE(fk.step());
    REQUIRE(fk.getInt(0) == 1);
}

TEST_CASE("a store written by a newer motcua is refused, not guessed at", "[migrations][sqlite]")
{
    test::TestStore s;
    {
        store::Database db(s.path(), store::OpenMode::ExistingReadWrite);
        db.setUserVersion(store::latestSchemaVersion() + 1);
    }
    try {
        (void)s.open();
        FAIL("opened a newer store");
    } catch (const Error& e) {
        REQUIRE(e.code() == ErrorCode::VersionTooNew);
        REQUIRE_THAT(e.what(), Catch::Contains("cập nhật motcua"));
    }
    REQUIRE_THROWS_AS(service::upgradeStore(s.path()), Error);
}

TEST_CASE("a file that is not a database is reported and left alone", "[migrations][sqlite]")
{
    test::TestStore s;
    const std::string path = s.dir() + "/notes.db";
    {
        std::ofstream out(path);
        out << "this is not a database\n";
    }
    try {
        (void)service::openSqliteDesk(path);
        FAIL("opened a text file");
    } catch (const Error& e) {
        REQUIRE(e.code() == ErrorCode::Storage);
    }
    std::ifstream in(path);
    std::string line;
    std::getline(in, line);
    REQUIRE(line == "this is not a database");
}

TEST_CASE("an empty database file needs init before use by other commands", "[migrations][sqlite]")
{
    test::TestStore s;
    const std::string path = s.dir() + "/empty.db";
    { store::Database db(path); }
    service::DeskOptions o;
    o.migrate = false;
    REQUIRE_THROWS_AS(service::openSqliteDesk(path, o), Error);
    REQUIRE_THROWS_AS(service::requireStoreFile(s.dir() + "/missing.db"), Error);
}

TEST_CASE("a store from before visit ratings is upgraded and takes a rating by ticket", "[migrations][rating][sqlite]")
{
    test::TestStore s;
    s.open("kiosk")->issueTicket({"HT", "", true});
    s.open("clerk")->callNext(1);
    {
        // Back to the schema just before the visit-ratings step.
        store::Database db(s.path(), store::OpenMode::ExistingReadWrite);
        test::rollBackTo(db, 6);
    }
    auto kiosk = s.open("kiosk");  // opening migrates
    kiosk->rateVisit("A001", domain::Rating::Satisfied, "");
    store::Database db(s.path(), store::OpenMode::ExistingReadWrite);
    CHECK(db.userVersion() == store::latestSchemaVersion());
}
