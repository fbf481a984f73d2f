// Handing a signed apology slip over to the citizen (schema v4): recorded once, only for signed
// slips, only by a supervisor, audited; and a v3 store gains the columns on upgrade.
#include "test_store.h"

#include "domain/error.h"
#include "store/database.h"
#include "store/migrations.h"

#include <catch2/catch.hpp>

using namespace motcua;
using domain::ApologyStatus;

namespace {

/// One late dossier with its draft slip (due Thu 12/11 09:00, swept Tue 17/11).
domain::Apology lateDraft(test::TestStore& s, service::Desk& clerk)
{
    s.now = test::at("2026-11-09 09:00");
    clerk.receive({"1.004873", "Nguyễn Văn An", "", "", "", domain::Channel::Direct, ""});
    s.now = test::at("2026-11-17 11:00");
    clerk.sweep();
    return clerk.apologies(ApologyStatus::Draft).front();
}

std::int64_t auditRows(const std::string& path, const char* action)
{
    store::Database db(path, store::OpenMode::ExistingReadWrite);
    auto& st = db.prepare("SELECT count(*) FROM audit_log WHERE action = ?").bind(1, std::string(action));
    st.step();
    const auto n = st.getInt(0);
    st.reset();
    return n;
}

}  // namespace

TEST_CASE("a signed slip is recorded as handed over once, audited", "[lateness][delivery]")
{
    test::TestStore s;
    auto clerk = s.open("clerk");
    auto boss = s.open("boss");
    const auto draft = lateDraft(s, *clerk);
    REQUIRE_FALSE(draft.deliveredAt);

    // A draft cannot be handed over; nor by counter staff; nor with no way given.
    REQUIRE_THROWS_AS(boss->markApologyDelivered(draft.id, "Trao tận tay", ""), Error);
    boss->signApology({draft.id, std::string("Chờ xác minh nơi cư trú"), std::nullopt});
    REQUIRE_THROWS_AS(clerk->markApologyDelivered(draft.id, "Trao tận tay", ""), Error);
    REQUIRE_THROWS_AS(boss->markApologyDelivered(draft.id, "   ", ""), Error);
    REQUIRE_THROWS_AS(boss->markApologyDelivered(draft.id + 100, "Trao tận tay", ""), Error);
    REQUIRE(auditRows(s.path(), "apology.deliver") == 0);

    s.now = test::at("2026-11-17 14:20");
    const auto delivered = boss->markApologyDelivered(draft.id, "Trao tận tay tại bộ phận một cửa", "");
    REQUIRE(delivered.status == ApologyStatus::Signed);
    REQUIRE(delivered.deliveredAt == test::at("2026-11-17 14:20"));
    REQUIRE(delivered.deliveredHow == "Trao tận tay tại bộ phận một cửa");
    REQUIRE(clerk->apologies(ApologyStatus::Signed).front().deliveredAt == delivered.deliveredAt);
    REQUIRE(auditRows(s.path(), "apology.deliver") == 1);

    // A second record is refused and changes nothing.
    s.now = test::at("2026-11-17 15:00");
    try {
        boss->markApologyDelivered(draft.id, "Gửi bưu chính", "");
        FAIL("recorded twice");
    } catch (const Error& e) {
        REQUIRE(e.code() == ErrorCode::IllegalState);
    }
    const auto after = clerk->apologies(ApologyStatus::Signed).front();
    REQUIRE(after.deliveredHow == "Trao tận tay tại bộ phận một cửa");
    REQUIRE(after.deliveredAt == test::at("2026-11-17 14:20"));
    REQUIRE(auditRows(s.path(), "apology.deliver") == 1);
}

TEST_CASE("the placeholder reason sent back unchanged is refused", "[lateness][delivery]")
{
    test::TestStore s;
    auto clerk = s.open("clerk");
    auto boss = s.open("boss");
    const auto draft = lateDraft(s, *clerk);
    REQUIRE(draft.reasonIsPlaceholder);
    REQUIRE_THROWS_WITH(boss->signApology({draft.id, draft.reason, std::nullopt}), Catch::Contains("lý do"));
    REQUIRE(clerk->apologies(ApologyStatus::Draft).size() == 1);
}

TEST_CASE("a v3 store is upgraded to v4 with its slips not yet handed over", "[sqlite][migrations][delivery]")
{
    test::TestStore s;
    const std::string path = s.dir() + "/v3.db";
    {
        // What a v3 build wrote: a dossier with a draft slip (later steps add columns of their own).
        store::Database db(path);
        store::migrate(db, 3);
        db.exec("INSERT INTO staff(username, full_name, role, password_hash) VALUES ('clerk','Nguyễn Thị Lan','staff','x');"
                "INSERT INTO procedures(code, name, name_folded, field, group_code, days) VALUES ('1.004873','Xác nhận',"
                "'xac nhan','Hộ tịch','HT',3);"
                "INSERT INTO dossiers(code, office, day, seq, procedure_code, applicant_name, name_folded, channel, status,"
                " received_at, original_due_at, due_at, receiver) VALUES ('000.00.20.H56-261109-0001','000.00.20.H56',"
                "'2026-11-09',1,'1.004873','Nguyễn Văn An','nguyen van an','direct','received',1,2,2,'clerk');"
                "INSERT INTO apologies(dossier_id, for_due_at, status, reason, proposed_due_at, drafted_at)"
                " VALUES (1, 2, 'draft', 'Chờ xác minh', 3, 2);");
    }
    {
        store::Database db(path, store::OpenMode::ExistingReadWrite);
        REQUIRE(store::migrate(db, 4) == 1);
        REQUIRE(db.userVersion() == 4);
    }
    auto desk = service::openSqliteDesk(path);
    desk->actAs("clerk");
    const auto slips = desk->apologies(std::nullopt);
    REQUIRE(slips.size() == 1);
    REQUIRE_FALSE(slips[0].deliveredAt);
    REQUIRE(slips[0].deliveredHow.empty());
}

TEST_CASE("the signed electronic copy delivered is recorded by its SHA-256", "[lateness][delivery]")
{
    test::TestStore s;
    auto clerk = s.open("clerk");
    auto boss = s.open("boss");
    const auto draft = lateDraft(s, *clerk);
    boss->signApology({draft.id, std::string("Chờ xác minh nơi cư trú"), std::nullopt});
    const std::string upper = "9F86D081884C7D659A2FEAA0C55AD015A3BF4F1B2B0B822CD15D6C15B0F00A08";
    // Not hex, or not 64 digits: refused, nothing recorded.
    REQUIRE_THROWS_AS(boss->markApologyDelivered(draft.id, "Gửi thư điện tử", "abc"), Error);
    REQUIRE_THROWS_AS(boss->markApologyDelivered(draft.id, "Gửi thư điện tử", std::string(63, 'a') + "g"), Error);
    REQUIRE_FALSE(clerk->apologies(ApologyStatus::Signed).front().deliveredAt);
    REQUIRE(auditRows(s.path(), "apology.deliver") == 0);

    const auto delivered = boss->markApologyDelivered(draft.id, "Gửi thư điện tử", upper);
    std::string lower = upper;
    for (auto& ch : lower) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
    REQUIRE(delivered.deliveredCopySha256 == lower);
    REQUIRE(clerk->apologies(ApologyStatus::Signed).front().deliveredCopySha256 == lower);
}

TEST_CASE("upgrade: slips delivered before signed copies were recorded keep their record, with no copy", "[migrations][delivery]")
{
    test::TestStore s;
    auto clerk = s.open("clerk");
    auto boss = s.open("boss");
    const auto draft = lateDraft(s, *clerk);
    boss->signApology({draft.id, std::string("Chờ xác minh nơi cư trú"), std::nullopt});
    (void)boss->markApologyDelivered(draft.id, "Trao tận tay", "");
    clerk.reset();
    boss.reset();
    {
        store::Database db(s.path(), store::OpenMode::ExistingReadWrite);
        test::rollBackTo(db, store::latestSchemaVersion() - 1);
    }
    const auto slip = s.open("clerk")->apologies(ApologyStatus::Signed).front();  // opening migrates
    CHECK(slip.deliveredHow == "Trao tận tay");
    CHECK(slip.deliveredCopySha256.empty());
}
