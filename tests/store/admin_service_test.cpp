// Contract tests of the administration calls (desk_admin.cpp): settings in one transaction,
// staff role/unit/active with the last-admin guard, password reset and unlock, group, counter
// and procedure edits — each role-checked, validated (nothing stored when bad) and audited.
#include "test_store.h"

#include "domain/error.h"
#include "store/database.h"

#include <catch2/catch.hpp>

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

/// "action subject" of the newest audit row.
std::string lastAudit(const test::TestStore& s)
{
    store::Database db(s.path(), store::OpenMode::ReadOnly);
    auto& st = db.prepare("SELECT action, subject FROM audit_log ORDER BY id DESC LIMIT 1");
    REQUIRE(st.step());
    std::string out = st.getText(0) + " " + st.getText(1);
    st.reset();
    return out;
}

domain::StaffMember member(service::Desk& desk, const std::string& username)
{
    for (const auto& a : desk.staffAccounts())
        if (a.member.username == username) return a.member;
    FAIL("no account " << username);
    return {};
}

}  // namespace

TEST_CASE("admin: several settings are stored together or not at all", "[admin]")
{
    test::TestStore s;
    auto admin = s.open();
    const auto stored = admin->setSettings({{"office.name", "  Bộ phận Một cửa xã Hà Tân "}, {"calendar.cutoff.direct", "14:30"}});
    CHECK(stored.at("office.name") == "Bộ phận Một cửa xã Hà Tân");
    CHECK(admin->settings().at("calendar.cutoff.direct") == "14:30");
    CHECK(lastAudit(s).rfind("setting.set ", 0) == 0);
    // One bad value: nothing of the batch is stored.
    REQUIRE_THROWS_WITH(admin->setSettings({{"office.name", "Tên mới"}, {"office.code", "sai mã"}}), Catch::Contains("office.code"));
    CHECK(admin->settings().at("office.name") == "Bộ phận Một cửa xã Hà Tân");
    CHECK(admin->setSettings({{"ticket.paper", "58"}}).at("ticket.paper") == "58");
    CHECK(codeOf([&] { (void)admin->setSettings({{"ticket.paper", "57"}}); }) == ErrorCode::InvalidInput);
    CHECK(codeOf([&] { (void)s.open("boss")->setSettings({{"office.name", "X"}}); }) == ErrorCode::Forbidden);
}

TEST_CASE("admin: role, unit and active of an account, the last active admin stays", "[admin]")
{
    test::TestStore s;
    auto admin = s.open();
    auto clerk = member(*admin, "clerk");
    clerk.role = domain::Role::Officer;
    clerk.unit = "Phòng Kinh tế";
    CHECK(admin->updateStaff(clerk).role == domain::Role::Officer);
    CHECK(member(*admin, "clerk").unit == "Phòng Kinh tế");
    CHECK(lastAudit(s) == "staff.update clerk");
    clerk.active = false;
    admin->updateStaff(clerk);
    CHECK(codeOf([&] { (void)s.open("clerk"); }) == ErrorCode::NotFound);  // an inactive account cannot act

    // The only admin can be neither demoted nor deactivated…
    auto self = member(*admin, "admin");
    self.role = domain::Role::Supervisor;
    REQUIRE_THROWS_WITH(admin->updateStaff(self), Catch::Contains("quản trị viên cuối cùng"));
    self.role = domain::Role::Admin;
    self.active = false;
    CHECK(codeOf([&] { admin->updateStaff(self); }) == ErrorCode::Forbidden);
    CHECK(member(*admin, "admin").active);
    // …until there is another one.
    auto boss = member(*admin, "boss");
    boss.role = domain::Role::Admin;
    admin->updateStaff(boss);
    CHECK_NOTHROW(admin->updateStaff(self));
    CHECK_FALSE(member(*admin, "admin").active);

    // Bad input changes nothing.
    boss.fullName = "   ";
    CHECK(codeOf([&] { admin->updateStaff(boss); }) == ErrorCode::InvalidInput);
    CHECK(member(*admin, "boss").fullName == "Lê Văn Hùng");
    CHECK(codeOf([&] { admin->updateStaff({0, "ghost", "Ai đó", domain::Role::Staff, "", true}); }) == ErrorCode::NotFound);
}

TEST_CASE("admin: a supervisor manages staff but not admin accounts nor the admin role", "[admin]")
{
    test::TestStore s;
    auto boss = s.open("boss");
    auto clerk = member(*boss, "clerk");
    clerk.role = domain::Role::Admin;
    CHECK(codeOf([&] { boss->updateStaff(clerk); }) == ErrorCode::Forbidden);
    CHECK(codeOf([&] { boss->resetPassword("admin", "new-password-1"); }) == ErrorCode::Forbidden);
    clerk.role = domain::Role::Officer;
    CHECK_NOTHROW(boss->updateStaff(clerk));
    CHECK(codeOf([&] { (void)s.open("clerk")->staffAccounts(); }) == ErrorCode::Forbidden);
    CHECK(codeOf([&] { s.open("officer")->unlockStaff("clerk"); }) == ErrorCode::Forbidden);
}

TEST_CASE("admin: a password reset works at once and clears the lock-out, unlock alone too", "[admin]")
{
    test::TestStore s;
    auto login = s.openAnonymous();
    for (int i = 0; i < 5; ++i) REQUIRE_THROWS(login->login("clerk", "wrong"));
    auto admin = s.open();
    const auto locked = [&] {
        for (const auto& a : admin->staffAccounts())
            if (a.member.username == "clerk") return a.lockedUntil > s.now;
        return false;
    };
    CHECK(locked());
    CHECK(codeOf([&] { admin->resetPassword("clerk", "short"); }) == ErrorCode::InvalidInput);
    REQUIRE_THROWS(login->login("clerk", "short"));
    admin->resetPassword("clerk", "mat-khau-moi-2026");
    CHECK(lastAudit(s) == "staff.password clerk");
    CHECK_FALSE(locked());
    CHECK_THROWS(login->login("clerk", "password-123"));  // the old one is gone
    CHECK(login->login("clerk", "mat-khau-moi-2026").username == "clerk");

    for (int i = 0; i < 5; ++i) REQUIRE_THROWS(login->login("officer", "wrong"));
    admin->unlockStaff("officer");
    CHECK(lastAudit(s) == "staff.unlock officer");
    CHECK(login->login("officer", "password-123").username == "officer");
    CHECK(codeOf([&] { admin->unlockStaff("ghost"); }) == ErrorCode::NotFound);
}

TEST_CASE("admin: groups and counters are edited, validated and audited", "[admin]")
{
    test::TestStore s;
    auto admin = s.open();
    CHECK(admin->updateGroup({0, "DD", "C", "Đất đai – Xây dựng", {}}).prefix == "C");
    CHECK(lastAudit(s) == "group.update DD");
    CHECK(codeOf([&] { admin->updateGroup({0, "DD", "A", "Đất đai", {}}); }) == ErrorCode::Conflict);  // A is HT's
    CHECK(codeOf([&] { admin->updateGroup({0, "DD", "c1", "Đất đai", {}}); }) == ErrorCode::InvalidInput);
    CHECK(codeOf([&] { admin->updateGroup({0, "XX", "X", "Không có", {}}); }) == ErrorCode::NotFound);
    CHECK(s.open("clerk")->issueTicket({"DD", "", true}).ticket.label == "C001");

    admin->updateCounter({3, "Quầy 3 – Đất đai", false, {"DD", "HT"}});
    CHECK(lastAudit(s) == "counter.update 3");
    const auto counters = admin->counters();
    REQUIRE(counters.size() == 3);
    CHECK(counters[2].name == "Quầy 3 – Đất đai");
    CHECK_FALSE(counters[2].open);
    CHECK(counters[2].groups.size() == 2);
    // An unknown group: the whole change is refused.
    CHECK(codeOf([&] { admin->updateCounter({3, "Quầy 3", true, {"ZZ"}}); }) == ErrorCode::NotFound);
    CHECK(admin->counters()[2].groups.size() == 2);
    CHECK(admin->counters()[2].name == "Quầy 3 – Đất đai");
    CHECK(codeOf([&] { s.open("clerk")->updateCounter({3, "Quầy 3", true, {}}); }) == ErrorCode::Forbidden);
}

TEST_CASE("admin: a procedure is edited by the import's rules", "[admin]")
{
    test::TestStore s;
    auto admin = s.open();
    auto p = admin->procedure("1.004873");
    p.days = 2;
    p.feeVnd = 15000;
    p.papers = {{"Tờ khai (bản chính) 1", domain::PaperKind::Required}, {"Giấy tờ tuỳ thân (bản sao) 1", domain::PaperKind::Shown}};
    admin->updateProcedure(p);
    CHECK(lastAudit(s) == "procedure.update 1.004873");
    CHECK(admin->procedure("1.004873").days == 2);
    CHECK(admin->procedure("1.004873").papers == p.papers);  // kinds kept, not re-inferred
    auto bad = p;
    bad.days = -1;
    REQUIRE_THROWS_WITH(admin->updateProcedure(bad), Catch::Contains("days"));
    bad = p;
    bad.group = "ZZ";
    CHECK(codeOf([&] { admin->updateProcedure(bad); }) == ErrorCode::InvalidInput);
    bad = p;
    bad.code = "1.999999";
    CHECK(codeOf([&] { admin->updateProcedure(bad); }) == ErrorCode::NotFound);
    CHECK(admin->procedure("1.004873").feeVnd == 15000);
    CHECK(codeOf([&] { s.open("clerk")->updateProcedure(p); }) == ErrorCode::Forbidden);
}

TEST_CASE("admin: an import with bad rows reports row and column and imports nothing", "[admin]")
{
    test::TestStore s;
    auto admin = s.open();
    const auto result = admin->importProcedures(std::string(domain::kProcedureCsvHeaderV1) +
                                                "\n1.100001,Thủ tục tốt,Hộ tịch,HT,1,0,,,pause,,\n"
                                                "1.100002,Thủ tục xấu,Hộ tịch,HT,một,0,,,pause,,\n"
                                                "1.100003,Nhóm lạ,Hộ tịch,QQ,1,0,,,pause,,\n");
    REQUIRE(result.rowErrors.size() == 1);  // the group check runs only when every row parses
    CHECK(result.rowErrors[0].line == 3);
    CHECK(result.rowErrors[0].column == "days");
    CHECK(codeOf([&] { (void)admin->procedure("1.100001"); }) == ErrorCode::NotFound);
    const auto groups = admin->importProcedures(std::string(domain::kProcedureCsvHeaderV1) +
                                                "\n1.100001,Thủ tục tốt,Hộ tịch,HT,1,0,,,pause,,\n"
                                                "1.100003,Nhóm lạ,Hộ tịch,QQ,1,0,,,pause,,\n");
    REQUIRE(groups.rowErrors.size() == 1);
    CHECK(groups.rowErrors[0].line == 3);
    CHECK(groups.rowErrors[0].column == "group");
    CHECK(codeOf([&] { (void)admin->procedure("1.100001"); }) == ErrorCode::NotFound);
}

TEST_CASE("the kiosk PIN reaches only those who manage settings, the kiosk checks it through the Desk")
{
    test::TestStore s;
    auto admin = s.open("admin");
    admin->setSetting("kiosk.admin_pin", "135790");
    CHECK(admin->settings().at("kiosk.admin_pin") == "135790");
    auto kiosk = s.open("kiosk");
    CHECK(kiosk->settings().count("kiosk.admin_pin") == 0);
    CHECK(kiosk->settings().count("office.name") == 1);
    CHECK(kiosk->checkKioskPin("135790"));
    CHECK_FALSE(kiosk->checkKioskPin("135791"));
    CHECK_FALSE(kiosk->checkKioskPin("1357900"));
    CHECK_FALSE(kiosk->checkKioskPin(""));
}
