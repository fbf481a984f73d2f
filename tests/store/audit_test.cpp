// The append-only, hash-chained audit log.
#include "test_store.h"

#include "domain/error.h"
#include "store/audit_log.h"
#include "store/database.h"

#include <catch2/catch.hpp>

using namespace motcua;

TEST_CASE("every write leaves a verifiable audit chain", "[audit]")
{
    test::TestStore s;
    auto desk = s.open("clerk");
    desk->issueTicket({"HT", "", true});
    desk->receive({"1.001193", "Nguyễn Văn An", "", "", "", domain::Channel::Direct, ""});
    REQUIRE_THROWS_AS(desk->verifyAudit(), Error);  // reading the audit log is for supervisors
    const auto r = s.open("boss")->verifyAudit();
    REQUIRE(r.ok);
    REQUIRE(r.rows >= 10);
}

TEST_CASE("the audit log refuses UPDATE and DELETE", "[audit]")
{
    test::TestStore s;
    store::Database db(s.path(), store::OpenMode::ExistingReadWrite);
    REQUIRE_THROWS_AS(db.exec("UPDATE audit_log SET actor = 'x' WHERE id = 1"), Error);
    REQUIRE_THROWS_AS(db.exec("DELETE FROM audit_log WHERE id = 1"), Error);
}

TEST_CASE("tampering with the file is detected", "[audit]")
{
    test::TestStore s;
    s.open("clerk")->receive({"1.001193", "Nguyễn Văn An", "", "", "", domain::Channel::Direct, ""});
    SECTION("a changed row")
    {
        {
            store::Database db(s.path(), store::OpenMode::ExistingReadWrite);
            db.exec("DROP TRIGGER audit_log_no_update");
            db.exec("UPDATE audit_log SET detail = 'forged' WHERE id = 3");
        }
        const auto r = s.open()->verifyAudit();
        REQUIRE_FALSE(r.ok);
        REQUIRE_THAT(r.problem, Catch::Contains("dòng 3"));
    }
    SECTION("a removed row")
    {
        {
            store::Database db(s.path(), store::OpenMode::ExistingReadWrite);
            db.exec("DROP TRIGGER audit_log_no_delete");
            db.exec("DELETE FROM audit_log WHERE id = 2");
        }
        REQUIRE_FALSE(s.open()->verifyAudit().ok);
    }
    SECTION("a row re-hashed without its successor")
    {
        {
            store::Database db(s.path(), store::OpenMode::ExistingReadWrite);
            db.exec("DROP TRIGGER audit_log_no_update");
            db.exec("UPDATE audit_log SET hash = 'ab' || substr(hash, 3) WHERE id = 2");
        }
        REQUIRE_FALSE(s.open()->verifyAudit().ok);
    }
}
