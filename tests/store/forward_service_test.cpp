// Forwarding a dossier (issue 12, items 5 and 7): only to a unit or an officer that exists, and a
// step deadline past the dossier's own appointment is cut back to it (or kept, with a warning).
#include "test_store.h"

#include "domain/error.h"

#include <catch2/catch.hpp>

using namespace motcua;

namespace {

service::ReceiveRequest request(const char* procedure)
{
    return {procedure, "Nguyễn Văn An", "038095001234", "0912345678", "Hà Tân", domain::Channel::Direct, ""};
}

}  // namespace

TEST_CASE("forward: targets are the catalog's and staff's units and the active processing accounts", "[store][forward]")
{
    test::TestStore s;
    auto clerk = s.open("clerk");
    const auto targets = clerk->forwardTargets();
    std::vector<std::string> values;
    for (const auto& t : targets) values.push_back(t.value);
    CHECK(values == std::vector<std::string>{"Công chức Tư pháp - Hộ tịch", "Phòng Kinh tế", "Phòng Văn hóa - Xã hội",
                                             "boss", "clerk", "officer", "admin"});
    CHECK(targets[4].label == "Nguyễn Thị Lan (clerk) – Phòng Văn hóa - Xã hội");
    CHECK_FALSE(targets[0].officer);
    CHECK(targets[3].officer);
}

TEST_CASE("forward: an unknown unit or account is refused in Vietnamese and changes nothing", "[store][forward]")
{
    test::TestStore s;
    auto clerk = s.open("clerk");
    s.now = test::at("2026-11-16 09:00");
    const auto d = clerk->receive(request("1.004873"));
    for (const char* typo : {"Phòng Văn hoá - Xã hộ", "officer2", "Chuyên viên"}) {
        try {
            clerk->forward(d.code, typo, 4.0, "");
            FAIL("forwarded to " << typo);
        } catch (const Error& e) {
            CHECK(e.code() == ErrorCode::InvalidInput);
            CHECK_THAT(e.what(), Catch::Contains("Không có đơn vị hay cán bộ") && Catch::Contains(typo));
        }
    }
    const auto detail = clerk->dossier(d.code);
    CHECK(detail.steps.empty());
    CHECK(detail.dossier.version == d.version);
    CHECK(clerk->forward(d.code, "officer", 4.0, "").unit == "officer");
    CHECK(s.open("officer")->assignedToMe().size() == 1);
}

TEST_CASE("forward: a step due after the dossier's appointment is capped to it, with a note", "[store][forward]")
{
    test::TestStore s;
    auto clerk = s.open("clerk");
    s.now = test::at("2026-11-16 09:00");
    const auto d = clerk->receive(request("1.001193"));  // 0 days: due the same day
    REQUIRE(d.dueAt == test::at("2026-11-16 17:00"));
    s.now = test::at("2026-11-16 16:00");
    clerk->forward(d.code, "officer", 8.0, "Thẩm định");  // 8 working hours: 15:00 the next day
    auto steps = clerk->dossier(d.code).steps;
    REQUIRE(steps.size() == 1);
    REQUIRE(steps[0].dueAt);
    CHECK(*steps[0].dueAt == d.dueAt);
    CHECK_THAT(steps[0].note, Catch::StartsWith("Thẩm định; Đã rút hạn bước về hạn trả hồ sơ"));

    // The office may keep the longer step: then it is only flagged.
    s.open("admin")->setSetting("deadline.step_cap_to_due", "no");
    clerk->forward(d.code, "boss", 8.0, "");
    steps = clerk->dossier(d.code).steps;
    REQUIRE(steps.size() == 2);
    CHECK(*steps[1].dueAt > d.dueAt);
    CHECK_THAT(steps[1].note, Catch::StartsWith("Cảnh báo: hạn bước"));
    // A step inside the appointment is left alone and says nothing.
    clerk->forward(d.code, "officer", 0.5, "");
    steps = clerk->dossier(d.code).steps;
    CHECK(steps[2].note.empty());
}
