// The counter app's service additions (issue 5): intake drafts per clerk that survive a new
// connection, procedure search by folded words, and the officer's "assigned to me" list.
#include "test_store.h"

#include "domain/error.h"
#include "store/database.h"
#include "store/migrations.h"

#include <catch2/catch.hpp>

using namespace motcua;

TEST_CASE("an intake draft survives the process and belongs to its clerk", "[draft]")
{
    test::TestStore s;
    s.now = test::at("2026-11-16 10:00");
    domain::IntakeDraft d;
    d.procedureCode = "1.001193";
    d.applicantName = "Nguyễn Văn An";
    d.idNumber = "03809500";  // half typed: a draft keeps it as it is
    d.channel = domain::Channel::Postal;
    d.ticket = "A003";
    // The new intake fields come back too (issue 13 item 3): papers with form, quantity, shown.
    d.papers = {{true, domain::PaperForm::Copy, 2, false}, {}, {true, domain::PaperForm::Original, 1, true}};
    d.applicantKind = domain::ApplicantKind::Organisation;
    d.email = "ketoan@congty";  // half typed
    d.representative = {"Trần Văn Bình", "0381960", "", "", "Giấy giới thiệu số 15"};
    d.collection = domain::Collection::Post;
    {
        auto clerk = s.open("clerk");
        REQUIRE_FALSE(clerk->loadDraft());
        clerk->saveDraft(d);
    }
    auto again = s.open("clerk");  // "after the crash"
    const auto back = again->loadDraft();
    REQUIRE(back);
    CHECK(back->savedAt == s.now);
    d.savedAt = s.now;
    CHECK(*back == d);
    CHECK_FALSE(s.open("boss")->loadDraft());  // another user's login does not see it

    d.phone = "0912";
    again->saveDraft(d);  // replaced, not added
    CHECK(s.open("clerk")->loadDraft()->phone == "0912");
    again->discardDraft();
    CHECK_FALSE(s.open("clerk")->loadDraft());
}

TEST_CASE("drafts refuse garbage and roles that do not receive", "[draft]")
{
    test::TestStore s;
    auto clerk = s.open("clerk");
    domain::IntakeDraft bad;
    bad.applicantName = "\xFF\xFE";
    CHECK_THROWS_AS(clerk->saveDraft(bad), Error);
    bad.applicantName = std::string(5000, 'a');
    CHECK_THROWS_AS(clerk->saveDraft(bad), Error);
    auto kiosk = s.open("kiosk");
    try {
        kiosk->saveDraft({});
        FAIL("kiosk saved a draft");
    } catch (const Error& e) {
        CHECK(e.code() == ErrorCode::Forbidden);
    }
}

TEST_CASE("procedure search through the desk ignores case and diacritics", "[draft][search]")
{
    test::TestStore s;
    auto clerk = s.open("clerk");
    for (const char* q : {"khai sinh", "KHAI SINH", "dang ky khai sinh", "Khai Sinh", "đăng ký"}) {
        INFO(q);
        const auto found = clerk->searchProcedures(q, 5);
        REQUIRE(found.size() == 1);
        CHECK(found.front().code == "1.001193");
    }
    CHECK(clerk->searchProcedures("xac nhan hon nhan", 0).front().code == "1.004873");
    CHECK(clerk->searchProcedures("", 2).size() == 2);
    CHECK(clerk->searchProcedures("khai sinh ket hon", 0).empty());
}

TEST_CASE("assigned to me: held by my unit or forwarded to me by name, nearest due first", "[draft][mine]")
{
    test::TestStore s;
    s.now = test::at("2026-11-16 09:00");
    auto clerk = s.open("clerk");
    auto slow = clerk->receive({"1.004873", "Trần Thị Bình", "038095001234", "0912345678", "Hà Tân",
                                domain::Channel::Direct, ""});
    auto fast = clerk->receive({"1.004873", "Lê Văn Cường", "038095001235", "0912345678", "Hà Tân",
                                domain::Channel::Direct, ""});
    auto other = clerk->receive({"1.001193", "Phạm Văn Dũng", "038095001236", "0912345678", "Hà Tân",
                                 domain::Channel::Direct, ""});
    s.now = test::at("2026-11-16 10:00");
    clerk->forward(slow.code, "Phòng Văn hóa - Xã hội", 16.0, "");  // my unit
    clerk->forward(fast.code, "officer", 2.0, "");                 // me, by username
    clerk->forward(other.code, "Phòng Kinh tế", 1.0, "");
    auto officer = s.open("officer");
    const auto mine = officer->assignedToMe();
    REQUIRE(mine.size() == 2);
    CHECK(mine[0].dossier.code == slow.code);  // both due in 3 days: by code
    CHECK(mine[1].dossier.code == fast.code);
    officer->markResult(fast.code);
    CHECK(officer->assignedToMe().size() == 1);  // resolved: off the list
}

TEST_CASE("schema v3 adds the drafts table to an older store", "[draft][migration]")
{
    test::TestStore s;
    store::Database db(s.path());
    CHECK(db.userVersion() == store::latestSchemaVersion());
    CHECK(store::latestSchemaVersion() >= 3);
    auto& st = db.prepare("SELECT count(*) FROM sqlite_schema WHERE name = 'intake_drafts'");
    REQUIRE(st.step());
    CHECK(st.getInt(0) == 1);
    st.reset();
}

TEST_CASE("working time left skips nights and weekends", "[draft][time]")
{
    test::TestStore s;
    auto clerk = s.open("clerk");
    // Friday 16:00 → Monday 08:30: one hour on Friday, one hour on Monday.
    CHECK(clerk->workingSecondsBetween(test::at("2026-11-20 16:00"), test::at("2026-11-23 08:30")) == 2 * 3600);
    CHECK(clerk->workingSecondsBetween(test::at("2026-11-23 08:30"), test::at("2026-11-20 16:00")) == 0);
}
