// Logins, lock-out, roles, settings and backup.
#include "test_store.h"

#include "domain/error.h"
#include "store/database.h"

#include <catch2/catch.hpp>

#include <filesystem>
#include <functional>

using namespace motcua;

namespace {

ErrorCode codeOf(const std::function<void()>& f)
{
    try {
        f();
    } catch (const Error& e) {
        return e.code();
    }
    return ErrorCode::Internal;
}

}  // namespace

TEST_CASE("login with argon2id passwords and lock-out after five failures", "[session]")
{
    test::TestStore s;
    auto desk = s.openAnonymous();
    REQUIRE_FALSE(desk->currentUser());
    REQUIRE(desk->login("clerk", "password-123").role == domain::Role::Staff);
    REQUIRE(desk->currentUser()->username == "clerk");
    REQUIRE(codeOf([&] { desk->login("clerk", "wrong"); }) == ErrorCode::Forbidden);
    REQUIRE(codeOf([&] { desk->login("nobody", "password-123"); }) == ErrorCode::Forbidden);
    for (int i = 0; i < 4; ++i) REQUIRE_THROWS(desk->login("clerk", "wrong"));
    // Locked now: even the right password is refused for 15 minutes.
    REQUIRE_THROWS_WITH(desk->login("clerk", "password-123"), Catch::Contains("khoá"));
    s.now += 16 * 60;
    REQUIRE(desk->login("clerk", "password-123").username == "clerk");
    desk->logout();
    REQUIRE_FALSE(desk->currentUser());
    REQUIRE(codeOf([&] { (void)desk->staffAccounts(); }) == ErrorCode::Forbidden);
}

TEST_CASE("roles limit what each account may do", "[session]")
{
    test::TestStore s;
    auto kiosk = s.open("kiosk");
    REQUIRE_NOTHROW(kiosk->issueTicket({"HT", "", true}));
    REQUIRE(codeOf([&] { kiosk->receive({"1.001193", "Nguyễn Văn An", "", "", "", domain::Channel::Direct, ""}); }) ==
            ErrorCode::Forbidden);
    auto clerk = s.open("clerk");
    REQUIRE(codeOf([&] { clerk->setSetting("office.name", "X"); }) == ErrorCode::Forbidden);
    REQUIRE(codeOf([&] { clerk->signApology({1, std::nullopt, std::nullopt}); }) == ErrorCode::Forbidden);
    REQUIRE(codeOf([&] { (void)clerk->staff(); }) == ErrorCode::Forbidden);
    REQUIRE(codeOf([&] { (void)s.open("ghost"); }) == ErrorCode::NotFound);
}

TEST_CASE("settings are validated before they are stored", "[session]")
{
    test::TestStore s;
    auto admin = s.open();
    REQUIRE(admin->setSetting("calendar.cutoff.direct", "14:00") == "14:00");
    REQUIRE(admin->settings().at("calendar.cutoff.direct") == "14:00");
    REQUIRE(codeOf([&] { admin->setSetting("calendar.cutoff.direct", "99:00"); }) == ErrorCode::InvalidInput);
    REQUIRE(admin->settings().at("calendar.cutoff.direct") == "14:00");
    // The cut-off is used at once: a 0-day procedure received at 14:30 is due tomorrow.
    REQUIRE(domain::formatLocal(admin->dueForDays(test::at("2026-11-16 14:30"), 0, domain::Channel::Direct).due) ==
            "2026-11-17 17:00");
}

TEST_CASE("an online backup restores to the same data", "[sqlite][session]")
{
    test::TestStore s;
    auto clerk = s.open("clerk");
    const auto d = clerk->receive({"1.004873", "Trần Thị Bích", "038196002345", "0987654321", "Hà Tân", domain::Channel::Direct, ""});
    auto admin = s.open();
    const std::string backup = s.dir() + "/backup.db";
    admin->backup(backup);
    REQUIRE_THROWS_AS(admin->backup(backup), Error);  // never overwrites
    // "Restore": a new desk on the backup file sees the dossier and a sound audit chain.
    service::DeskOptions o;
    o.clock = [&s] { return s.now; };
    auto restored = service::openSqliteDesk(backup, o);
    restored->actAs("admin");
    REQUIRE(restored->dossier(d.code).dossier.applicantName == "Trần Thị Bích");
    REQUIRE(restored->verifyAudit().ok);
}

TEST_CASE("restore brings a backup back and keeps what it replaced", "[sqlite][session]")
{
    test::TestStore s;
    auto clerk = s.open("clerk");
    const auto before = clerk->receive({"1.004873", "Trần Thị Bích", "", "", "", domain::Channel::Direct, ""});
    auto admin = s.open();
    const std::string backup = s.dir() + "/backup.db";
    admin->backup(backup);
    const auto after = clerk->receive({"1.004873", "Lê Văn Cường", "", "", "", domain::Channel::Direct, ""});
    const std::string safety = admin->restoreBackup(backup);
    // Every connection sees the restored store: the later dossier is gone, the earlier one is there.
    REQUIRE_THROWS_AS(clerk->dossier(after.code), Error);
    REQUIRE(clerk->dossier(before.code).dossier.applicantName == "Trần Thị Bích");
    REQUIRE(admin->verifyAudit().ok);
    // The replaced content is kept beside the store.
    service::DeskOptions o;
    o.clock = [&s] { return s.now; };
    auto previous = service::openSqliteDesk(safety, o);
    previous->actAs("admin");
    REQUIRE(previous->dossier(after.code).dossier.applicantName == "Lê Văn Cường");
    // Restoring rolls the store back: the next code is the one issued after the backup again.
    // The dossier that carried it is in `safety`, for a supervisor to re-enter (see the note).
    REQUIRE(clerk->receive({"1.004873", "Mai", "", "", "", domain::Channel::Direct, ""}).code == after.code);
}

TEST_CASE("restore refuses damaged or foreign files and changes nothing", "[sqlite][session]")
{
    test::TestStore s;
    auto admin = s.open();
    const auto d = s.open("clerk")->receive({"1.004873", "Trần Thị Bích", "", "", "", domain::Channel::Direct, ""});
    const std::string foreign = s.dir() + "/foreign.db";
    {
        store::Database other(foreign);
        other.exec("CREATE TABLE t(x)");
    }
    REQUIRE_THROWS_AS(admin->restoreBackup(foreign), Error);
    REQUIRE_THROWS_AS(admin->restoreBackup(s.dir() + "/missing.db"), Error);
    REQUIRE_THROWS_AS(admin->restoreBackup(""), Error);
    REQUIRE_THROWS_AS(s.open("clerk")->restoreBackup(foreign), Error);  // staff may not restore
    REQUIRE(admin->dossier(d.code).dossier.applicantName == "Trần Thị Bích");
}
