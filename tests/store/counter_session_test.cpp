// Issue 12 item 6: one account at two counters. Intake drafts belong to the account and the
// counter; a second log-in elsewhere is refused or ends the first (session.second_login); a
// counter silent for session.idle_minutes does not lock its account out.
#include "test_store.h"

#include "domain/error.h"
#include "domain/settings.h"
#include "store/database.h"
#include "store/migrations.h"

#include <catch2/catch.hpp>

using namespace motcua;

namespace {

std::unique_ptr<service::Desk> counterDesk(test::TestStore& s, int counter)
{
    service::DeskOptions o;
    o.clock = [&s] { return s.now; };
    auto desk = service::openSqliteDesk(s.path(), o);
    desk->serveCounter(counter);
    return desk;
}

domain::IntakeDraft draftFor(const std::string& name)
{
    domain::IntakeDraft d;
    d.procedureCode = "1.001193";
    d.applicantName = name;
    return d;
}

}  // namespace

TEST_CASE("drafts: one account at two counters keeps one draft per counter", "[session][draft]")
{
    test::TestStore s;
    s.now = test::at("2026-11-16 10:00");
    auto one = counterDesk(s, 1);
    auto two = counterDesk(s, 2);
    one->actAs("clerk");
    two->actAs("clerk");
    one->saveDraft(draftFor("Nguyễn Văn An"));
    two->saveDraft(draftFor("Trần Thị Bình"));  // does not overwrite counter 1's
    // A restarted counter 1 offers its own applicant, never counter 2's.
    auto again = counterDesk(s, 1);
    again->actAs("clerk");
    REQUIRE(again->loadDraft());
    CHECK(again->loadDraft()->applicantName == "Nguyễn Văn An");
    auto twoAgain = counterDesk(s, 2);
    twoAgain->actAs("clerk");
    CHECK(twoAgain->loadDraft()->applicantName == "Trần Thị Bình");
    again->discardDraft();
    CHECK_FALSE(again->loadDraft());
    CHECK(twoAgain->loadDraft());
}

TEST_CASE("second log-in at another counter is refused by default, with what to do", "[session]")
{
    test::TestStore s;
    s.now = test::at("2026-11-16 08:00");
    auto one = counterDesk(s, 1);
    auto two = counterDesk(s, 2);
    one->login("clerk", "password-123");
    REQUIRE_THROWS_WITH(two->login("clerk", "password-123"),
                        Catch::Contains("đang đăng nhập ở quầy 1") && Catch::Contains("đăng xuất ở quầy đó trước"));
    CHECK_FALSE(two->currentUser());
    two->login("boss", "password-123");  // another account is not concerned
    // The same counter logging in again (a restart) is fine.
    counterDesk(s, 1)->login("clerk", "password-123");
    // Logged out at counter 1: counter 2 may log in.
    one->logout();
    s.now += 60;
    auto three = counterDesk(s, 2);
    CHECK_NOTHROW(three->login("clerk", "password-123"));
}

TEST_CASE("second log-in with session.second_login = replace ends the first counter's session", "[session]")
{
    test::TestStore s;
    s.now = test::at("2026-11-16 08:00");
    s.open("admin")->setSetting("session.second_login", "replace");
    auto one = counterDesk(s, 1);
    auto two = counterDesk(s, 2);
    one->login("clerk", "password-123");
    s.now += 120;
    REQUIRE(two->login("clerk", "password-123").username == "clerk");
    // Counter 1 learns it at its next "still here": logged out, told why.
    REQUIRE_THROWS_WITH(one->serveCounter(1), Catch::Contains("vừa đăng nhập ở quầy 2"));
    CHECK_FALSE(one->currentUser());
    CHECK_NOTHROW(two->serveCounter(2));
    CHECK(two->currentUser());
}

TEST_CASE("a counter silent longer than session.idle_minutes does not lock its account out", "[session]")
{
    test::TestStore s;
    s.now = test::at("2026-11-16 08:00");
    auto crashed = counterDesk(s, 1);
    crashed->login("clerk", "password-123");
    s.now += 10 * 60;
    crashed->serveCounter(1);  // still there at 08:10
    s.now += 25 * 60;          // 08:35: 25 minutes since, under the default 30
    REQUIRE_THROWS_AS(counterDesk(s, 2)->login("clerk", "password-123"), Error);
    s.now += 6 * 60;  // 08:41: silent for 31 minutes, counts as ended
    CHECK_NOTHROW(counterDesk(s, 2)->login("clerk", "password-123"));
}

TEST_CASE("session settings are validated and described in Vietnamese", "[session][settings]")
{
    test::TestStore s;
    auto admin = s.open("admin");
    REQUIRE_THROWS_WITH(admin->setSetting("session.second_login", "maybe"), Catch::Contains("refuse"));
    REQUIRE_THROWS(admin->setSetting("session.idle_minutes", "0"));
    CHECK(admin->setSetting("session.idle_minutes", "45") == "45");
    bool described = false;
    for (const auto& spec : domain::settingSpecs())
        if (std::string(spec.key) == "session.second_login")
            described = std::string(spec.description).find("quầy") != std::string::npos;
    CHECK(described);
}

TEST_CASE("upgrade: a draft saved before counters were known is kept and offered once", "[session][migration]")
{
    test::TestStore s;
    s.now = test::at("2026-11-16 10:00");
    s.open("clerk")->saveDraft(draftFor("Lê Văn Cũ"));  // no counter: stored for counter 0
    {
        store::Database db(s.path(), store::OpenMode::ExistingReadWrite);
        test::rollBackTo(db, 11);  // before v12, counter sessions
    }
    {
        store::Database db(s.path(), store::OpenMode::ExistingReadWrite);
        REQUIRE(store::migrate(db) == store::latestSchemaVersion() - 11);  // v12 and every step after it
    }
    auto desk = counterDesk(s, 3);
    desk->actAs("clerk");
    REQUIRE(desk->loadDraft());
    CHECK(desk->loadDraft()->applicantName == "Lê Văn Cũ");
    desk->discardDraft();
    auto other = counterDesk(s, 4);
    other->actAs("clerk");
    CHECK_FALSE(other->loadDraft());
}

TEST_CASE("serveCounter at every refresh writes \"still here\" once a minute at most", "[session]")
{
    // The counter asks at each refresh (so a replaced session ends at once); a write each time
    // would make every other app refresh, and ask, and write, without end.
    test::TestStore s;
    s.now = test::at("2026-11-16 08:00");
    auto one = counterDesk(s, 1);
    one->login("clerk", "password-123");
    auto watcher = counterDesk(s, 2);
    const auto before = watcher->dataVersion();
    s.now += 30;
    one->serveCounter(1);
    CHECK(watcher->dataVersion() == before);
    s.now += 31;
    one->serveCounter(1);
    CHECK(watcher->dataVersion() != before);
}
