// Apology timing as the service applies it (DOMAIN.md §2, issue 13): drafts at the draft horizon,
// sign-by = due − 1 working day, slips signed after it recorded as signed late, short procedures
// drafted when at risk (never at intake), paused dossiers neither late nor at risk; and the
// calendar of §8: 15:00 is not after 15:00, unconfirmed years use suggested holidays and say so.
// Times worked by hand on 07:30–11:30, 13:30–17:00; 2026-11-16 is a Monday.
#include "test_store.h"

#include "domain/error.h"
#include "store/database.h"
#include "store/migrations.h"

#include <catch2/catch.hpp>

using namespace motcua;
using domain::ApologyStatus;

namespace {

constexpr const char* kThreeDays = "1.004873";
constexpr const char* kSameDay = "1.001193";

domain::Dossier receiveAt(test::TestStore& s, service::Desk& clerk, const char* when, const char* procedure)
{
    s.now = test::at(when);
    return clerk.receive({procedure, "Nguyễn Văn An", "", "", "", domain::Channel::Direct, ""});
}

service::SignApologyRequest signing(const domain::Apology& a)
{
    return {a.id, std::string("Chờ kết quả xác minh của xã nơi cư trú trước đây"), std::nullopt};
}

}  // namespace

TEST_CASE("a dossier due Wednesday 17:00 is drafted Monday 17:00, to be signed by Tuesday 17:00", "[apology-timing]")
{
    test::TestStore s;
    auto clerk = s.open("clerk");
    const auto d = receiveAt(s, *clerk, "2026-11-16 07:30", kThreeDays);
    REQUIRE(domain::formatLocal(d.dueAt) == "2026-11-18 17:00");
    s.now = test::at("2026-11-16 16:59");
    REQUIRE(clerk->sweep().drafted == 0);
    // The old rule waited for "inside the last working day": Wednesday morning, after the deadline.
    s.now = test::at("2026-11-16 17:00");
    const auto r = clerk->sweep();
    REQUIRE(r.drafted == 1);
    REQUIRE(r.atRisk == 0);  // not at risk yet: the draft comes first
    const auto drafts = clerk->apologies(ApologyStatus::Draft);
    REQUIRE(drafts.size() == 1);
    REQUIRE(drafts[0].signBy);
    REQUIRE(domain::formatLocal(*drafts[0].signBy) == "2026-11-17 17:00");
    REQUIRE_FALSE(drafts[0].shortNotice);
    // The late tab's list (ApologyDue) shows it with its sign-by time.
    service::DossierQuery q;
    q.kind = service::DossierQuery::Kind::ApologyDue;
    const auto due = clerk->dossiers(q);
    REQUIRE(due.size() == 1);
    REQUIRE(due[0].apologyDue);
    REQUIRE(domain::formatLocal(*due[0].signBy) == "2026-11-17 17:00");
}

TEST_CASE("a slip signed after its sign-by time is recorded as signed late, and still valid", "[apology-timing]")
{
    test::TestStore s;
    auto clerk = s.open("clerk");
    auto boss = s.open("boss");
    const auto onTime = receiveAt(s, *clerk, "2026-11-16 07:30", kThreeDays);  // due 18/11 17:00
    const auto tardy = receiveAt(s, *clerk, "2026-11-16 07:31", kThreeDays);   // due 19/11 07:31
    s.now = test::at("2026-11-17 08:00");
    REQUIRE(clerk->sweep().drafted == 2);
    auto drafts = clerk->apologies(ApologyStatus::Draft);
    const auto& first = drafts[0].dossierCode == onTime.code ? drafts[0] : drafts[1];
    const auto& second = drafts[0].dossierCode == tardy.code ? drafts[0] : drafts[1];
    REQUIRE(domain::formatLocal(*second.signBy) == "2026-11-18 07:31");
    s.now = test::at("2026-11-17 16:59");
    const auto good = boss->signApology(signing(first));
    REQUIRE_FALSE(good.signedLate);
    s.now = test::at("2026-11-18 09:00");  // 1 h 29 min of working time after 07:31
    const auto bad = boss->signApology(signing(second));
    REQUIRE(bad.signedLate);
    REQUIRE(bad.status == ApologyStatus::Signed);
    const auto detail = clerk->dossier(tardy.code);
    REQUIRE(detail.dossier.dueAt == bad.proposedDueAt);  // valid: the appointment moved
    const auto& ev = detail.events.back();
    REQUIRE(ev.action == "apology_signed");
    REQUIRE(ev.flagged);
    REQUIRE(ev.note.find("ký sau hạn ký") != std::string::npos);
}

TEST_CASE("a same-day procedure is not drafted at intake, but when it turns at risk", "[apology-timing]")
{
    test::TestStore s;
    auto clerk = s.open("clerk");
    const auto d = receiveAt(s, *clerk, "2026-11-16 08:00", kSameDay);  // due 16/11 17:00
    REQUIRE(domain::formatLocal(d.dueAt) == "2026-11-16 17:00");
    auto r = clerk->sweep();
    REQUIRE(r.drafted == 0);
    REQUIRE(r.atRisk == 0);
    s.now = test::at("2026-11-16 13:31");  // under half of its 7 h left
    r = clerk->sweep();
    REQUIRE(r.drafted == 1);
    REQUIRE(r.atRisk == 1);
    const auto a = clerk->apologies(ApologyStatus::Draft).at(0);
    REQUIRE(a.shortNotice);
    REQUIRE_FALSE(a.late);
    REQUIRE(domain::formatLocal(*a.signBy) == "2026-11-16 17:00");
}

TEST_CASE("a dossier waiting for a supplement is neither late nor at risk anywhere", "[apology-timing]")
{
    test::TestStore s;
    auto clerk = s.open("clerk");
    const auto d = receiveAt(s, *clerk, "2026-11-16 08:00", kThreeDays);
    s.now = test::at("2026-11-17 09:00");
    clerk->requestSupplement(d.code, "Thiếu bản sao giấy tờ tùy thân");
    s.now = test::at("2026-11-25 09:00");  // long past the old due time
    const auto r = clerk->sweep();
    REQUIRE(r.late == 0);
    REQUIRE(r.atRisk == 0);
    REQUIRE(r.drafted == 0);
    for (const auto kind : {service::DossierQuery::Kind::Late, service::DossierQuery::Kind::AtRisk,
                            service::DossierQuery::Kind::LateOrAtRisk, service::DossierQuery::Kind::ApologyDue}) {
        service::DossierQuery q;
        q.kind = kind;
        REQUIRE(clerk->dossiers(q).empty());
    }
    service::DossierQuery all;
    const auto list = clerk->dossiers(all);
    REQUIRE(list.size() == 1);
    REQUIRE_FALSE(list[0].late);
    REQUIRE_FALSE(list[0].atRisk);
}

TEST_CASE("a receipt at exactly 15:00 counts that day", "[apology-timing][calendar]")
{
    test::TestStore s;
    auto clerk = s.open("clerk");
    REQUIRE(domain::formatLocal(receiveAt(s, *clerk, "2026-11-16 15:00", kSameDay).dueAt) == "2026-11-16 17:00");
    REQUIRE(domain::formatLocal(receiveAt(s, *clerk, "2026-11-16 15:01", kSameDay).dueAt) == "2026-11-17 17:00");
}

TEST_CASE("a year without a confirmed table uses suggested holidays and warns", "[apology-timing][calendar]")
{
    test::TestStore s;
    s.now = test::at("2026-11-20 09:00");
    auto boss = s.open("admin");
    // Nothing imported: 24/11/2026 (Ngày Văn hóa Việt Nam) is still a day off, never a working day.
    auto e = boss->dueForDays(test::at("2026-11-23 10:00"), 3, domain::Channel::Direct);
    REQUIRE(domain::formatLocal(e.due) == "2026-11-27 10:00");
    REQUIRE(e.unconfirmedYears == std::vector<int>{2026});
    // Tết 2027 (mùng 1 = Saturday 6/2) reaches in from the year before.
    e = boss->dueForDays(test::at("2027-02-04 10:00"), 1, domain::Channel::Direct);
    // Suggested off: Friday 5/2 (last day of the lunar year), mùng 3–4 (8–9/2), and 10–11/2 for
    // mùng 1–2 falling on the weekend (Điều 111 khoản 3).
    REQUIRE(domain::formatLocal(e.due) == "2027-02-12 10:00");
    // An imported table confirms its years.
    boss->importHolidays("date,kind,name,source,verified\n2026-11-24,holiday,Ngày Văn hóa Việt Nam,NQ 28/2026/QH16,yes\n");
    REQUIRE(boss->unconfirmedYears(test::at("2026-11-23 10:00"), test::at("2026-11-27 10:00")).empty());
    // Confirming a year without a day off in its table is refused: it would be all working days.
    REQUIRE_THROWS_AS(boss->confirmCalendarYear(2028), Error);
    boss->setCalendarDay(*domain::parseDate("2028-01-03"), domain::CalendarOverride::Holiday, "Nghỉ bù Tết Dương lịch");
    boss->confirmCalendarYear(2028);
    const auto years = boss->confirmedCalendarYears();
    REQUIRE(years == std::vector<int>{2026, 2028});
    // Confirmed 2028 uses its table only: 1/1/2028 is a Saturday anyway, 3/1 is off, 4/1 works.
    e = boss->dueForDays(test::at("2027-12-31 16:00"), 1, domain::Channel::Direct);
    REQUIRE(domain::formatLocal(e.due) == "2028-01-04 17:00");
    REQUIRE(e.unconfirmedYears == std::vector<int>{2027});
    auto clerk = s.open("clerk");
    REQUIRE_THROWS_AS(clerk->confirmCalendarYear(2029), Error);  // supervisors and admins only
}

TEST_CASE("a v4 store gains sign-by columns and confirms the years it already has", "[sqlite][migrations][apology-timing]")
{
    test::TestStore s;
    {
        auto boss = s.open("admin");
        boss->setCalendarDay(*domain::parseDate("2026-11-24"), domain::CalendarOverride::Holiday, "Ngày Văn hóa Việt Nam");
        auto clerk = s.open("clerk");
        receiveAt(s, *clerk, "2026-11-16 07:30", kThreeDays);
        s.now = test::at("2026-11-17 08:00");
        REQUIRE(clerk->sweep().drafted == 1);
    }
    {
        // Back to what a v4 build wrote.
        store::Database db(s.path(), store::OpenMode::ExistingReadWrite);
        test::rollBackTo(db, 4);
    }
    {
        store::Database db(s.path(), store::OpenMode::ExistingReadWrite);
        REQUIRE(store::migrate(db) == store::latestSchemaVersion() - 4);
    }
    auto boss = s.open("admin");
    REQUIRE(boss->confirmedCalendarYears() == std::vector<int>{2026});
    const auto slips = boss->apologies(std::nullopt);
    REQUIRE(slips.size() == 1);
    REQUIRE(slips[0].signBy);  // filled from the calendar for slips drafted before v5
    REQUIRE(domain::formatLocal(*slips[0].signBy) == "2026-11-17 17:00");
}
