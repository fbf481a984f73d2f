// The wall screen (issue 6), headless: a frame drawn from the demo store opened read-only shows
// ticket numbers, waiting counts, masked names and today's figures — and never an ID number,
// phone, address or full name of any demo dossier. Also: a new call starts the flash.
#include "counter_support.h"

#include "counter/wall/draw.h"
#include "counter/wall/state.h"
#include "domain/text.h"

#include <catch2/catch.hpp>

#include <cstdio>
#include <map>

using namespace motcua;
using namespace motcua::counter;

namespace {

std::unique_ptr<service::Desk> readOnlyDesk(const std::string& db)
{
    service::DeskOptions o;
    o.readOnly = true;
    o.migrate = false;
    o.clock = service::fixedClock(*domain::parseLocalDateTime(test::kNow));
    auto desk = service::openSqliteDesk(db, o);
    desk->actAs("admin");
    return desk;
}

bool anyContains(const std::vector<std::string>& text, const std::string& needle)
{
    for (const auto& s : text)
        if (s.find(needle) != std::string::npos) return true;
    return false;
}

}  // namespace

TEST_CASE("wall: a frame shows the queue and masked names, never personal data", "[wall]")
{
    test::CounterFixture f;
    auto wallDesk = readOnlyDesk(f.db);
    const auto state = loadWall(*wallDesk);
    REQUIRE(state.loaded);
    REQUIRE_FALSE(state.dossiers.empty());
    ui::HeadlessUi headless(1920, 1080);
    const auto text = headless.frame([&](const ui::Fonts& fonts) { drawWall(state, fonts); });
    CHECK(anyContains(text, "ĐANG PHỤC VỤ"));
    CHECK(anyContains(text, "Quầy 1"));
    CHECK(anyContains(text, "A001"));    // the demo calls A001 to counter 1
    CHECK(anyContains(text, "người"));   // people waiting per group
    CHECK(anyContains(text, "10:15"));   // the clock
    CHECK(anyContains(text, "Đúng hạn"));

    auto admin = f.openDesk();
    admin->actAs("admin");
    const auto all = admin->dossiers({});
    REQUIRE(all.size() >= 5);
    int maskedShown = 0;
    for (const auto& s : all) {
        const auto& d = s.dossier;
        INFO(d.code);
        for (const auto& secret : {d.idNumber, d.phone, d.address})
            if (!secret.empty()) CHECK_FALSE(anyContains(text, secret));
        CHECK_FALSE(anyContains(text, d.applicantName));
        if (anyContains(text, domain::maskName(d.applicantName))) ++maskedShown;
    }
    CHECK(maskedShown >= 3);
    // The picture itself keeps only masked names.
    for (const auto& d : state.dossiers) CHECK(d.maskedName.find('.') != std::string::npos);
}

TEST_CASE("wall: the read-only store refuses writes and a new call starts the flash", "[wall]")
{
    test::CounterFixture f;
    auto wallDesk = readOnlyDesk(f.db);
    REQUIRE_THROWS_AS(wallDesk->callNext(2), Error);
    WallState shown;
    takeWall(shown, loadWall(*wallDesk), 10.0);
    CHECK(shown.newestCallSeen < 0);  // the first picture does not flash
    auto clerk = f.openDesk();
    clerk->actAs("motcua1");
    const auto called = clerk->callNext(2);
    takeWall(shown, loadWall(*wallDesk), 20.0);
    REQUIRE_FALSE(shown.calls.empty());
    CHECK(shown.calls.front().label == called.label);
    CHECK(shown.newestCallSeen == 20.0);
    CHECK(wallNextFrame(shown, {}) <= 0.5);
    takeWall(shown, loadWall(*wallDesk), 40.0);  // nothing new: the flash time stays
    CHECK(shown.newestCallSeen == 20.0);
}

TEST_CASE("wall: before any picture and with the store gone it says so", "[wall]")
{
    WallState s;
    s.now = *domain::parseLocalDateTime(test::kNow);
    s.notice = "Đang cập nhật dữ liệu, hình có thể chưa mới: Không thấy tệp dữ liệu /tmp/x.db";
    ui::HeadlessUi headless(1920, 1080);
    const auto text = headless.frame([&](const ui::Fonts& fonts) { drawWall(s, fonts); });
    CHECK(anyContains(text, "Không thấy tệp dữ liệu"));
    CHECK(anyContains(text, "Đang chờ dữ liệu"));
    CHECK_FALSE(anyContains(text, "Không có hồ sơ trễ hạn"));
}

TEST_CASE("wall: long counter and procedure names wrap within their boxes, the rest ellipsized", "[wall]")
{
    WallState s;
    s.now = *domain::parseLocalDateTime(test::kNow);
    s.loaded = true;
    const std::string group = "Tư pháp, Lao động – Thương binh và Xã hội, Văn hoá – Thông tin – Thể thao và Du lịch";
    s.serving = {{1, "Quầy 1 – " + group, "A001", 0, false}, {2, "Quầy 2 – Đất đai", "", 0, false},
                 {3, "Quầy 3 – Hộ tịch", "C001", 0, false}};
    const std::string code = "000.00.20.H56-261110-0001";
    const std::string procedure = "Cấp Giấy xác nhận tình trạng hôn nhân cho công dân Việt Nam cư trú ở trong nước";
    s.dossiers = {{code, procedure, "Vũ T. M.", true, "2 ngày", false, 0, "", false}};
    ui::HeadlessUi headless(1920, 1080);
    const auto text = headless.frame([&](const ui::Fonts& fonts) { (void)drawWall(s, fonts); });
    std::map<std::string, float> width;
    (void)headless.frame([&](const ui::Fonts& fonts) {
        ImGui::PushFont(fonts.body);
        for (const auto& t : text) width[t] = ImGui::CalcTextSize(t.c_str()).x;
        ImGui::PopFont();
    });
    const std::string ellipsis = "…";
    auto stripped = [&](std::string t) {
        if (t.size() >= ellipsis.size() && t.compare(t.size() - ellipsis.size(), ellipsis.size(), ellipsis) == 0)
            t.resize(t.size() - ellipsis.size());
        return t;
    };
    // The group's name: two lines, each a piece of it, the second ending in "…", each inside a card.
    std::vector<std::string> groupLines, procedureLines;
    for (const auto& t : text) {
        if (t.size() > 6 && group.find(stripped(t)) != std::string::npos) groupLines.push_back(t);
        if (t.rfind(code, 0) == 0 || (t.size() > 6 && procedure.find(stripped(t)) != std::string::npos))
            procedureLines.push_back(t);
    }
    const float card = 1920 * 0.58f / 3;
    REQUIRE(groupLines.size() == 2);
    CHECK(group.rfind(groupLines[0], 0) == 0);
    CHECK(groupLines[1] != stripped(groupLines[1]));
    for (const auto& l : groupLines) CHECK(width[l] < card);
    // The late dossier: its code starts the first line, the procedure goes on to a second.
    const float panel = 1920 * (1 - 0.58f);
    std::string shown;
    for (const auto& l : procedureLines) shown += l + " | ";
    INFO(shown);
    REQUIRE(procedureLines.size() == 2);
    CHECK(procedureLines[0].rfind(code + " Cấp Giấy", 0) == 0);
    for (const auto& l : procedureLines) CHECK(width[l] < panel);
    CHECK_FALSE(anyContains(text, procedure));  // never drawn whole: it would run out of the panel
}

TEST_CASE("wall: a late list that does not fit turns pages, every dossier shown once per round", "[wall]")
{
    WallState s;
    s.now = *domain::parseLocalDateTime(test::kNow);
    s.loaded = true;
    for (int i = 1; i <= 14; ++i) {
        char code[40];
        std::snprintf(code, sizeof code, "000.00.20.H56-261110-%04d", i);
        s.dossiers.push_back({code, "Đăng ký khai sinh", "Vũ T. M.", true, std::to_string(i) + " ngày", false, 0, "", false});
    }
    ui::HeadlessUi headless(1920, 1080);
    std::map<std::string, int> seen;
    int pages = 0;
    WallFrame frame;
    for (int page = 0; page < 14; ++page) {
        s.seconds = page * kWallRotateSeconds + 0.5;
        const auto text = headless.frame([&](const ui::Fonts& fonts) { frame = drawWall(s, fonts); });
        REQUIRE(frame.listRotates);
        std::vector<std::string> shown;
        for (const auto& t : text)
            if (t.rfind("000.00.20.H56-261110-", 0) == 0) shown.push_back(t.substr(0, 25));
        REQUIRE_FALSE(shown.empty());
        if (page > 0 && shown.front() == "000.00.20.H56-261110-0001") break;  // a full round
        for (const auto& code : shown) ++seen[code];
        ++pages;
    }
    CHECK(pages > 1);
    CHECK(seen.size() == 14);  // every dossier came round
    for (const auto& [code, times] : seen) CHECK(times == 1);  // and only once in the round
    // The wall wakes for the next page, and for nothing else while no call flashes.
    const double next = wallNextFrame(s, frame);
    CHECK(next <= kWallRotateSeconds);
    CHECK(next > 0);
    WallState quiet = s;
    quiet.dossiers.resize(1);
    quiet.newestCallSeen = -1e9;
    (void)headless.frame([&](const ui::Fonts& fonts) { frame = drawWall(quiet, fonts); });
    CHECK_FALSE(frame.listRotates);
    CHECK(wallNextFrame(quiet, frame) > kWallRotateSeconds);  // only the clock's next minute
}

TEST_CASE("wall: 'Vừa gọi' shows a recalled ticket once and drops a transferred one (issue 12)", "[wall]")
{
    test::CounterFixture f;
    auto clerk = f.openDesk();
    clerk->actAs("motcua2");
    const auto first = clerk->callNext(2);
    clerk->recall(first.label);
    clerk->recall(first.label);
    auto wallDesk = readOnlyDesk(f.db);
    auto w = loadWall(*wallDesk);
    int times = 0;
    for (const auto& c : w.shownCalls) times += c.label == first.label ? 1 : 0;
    CHECK(times == 1);
    CHECK(w.shownCalls.front().label == first.label);
    CHECK(w.shownCalls.front().recall);
    // Transferred to counter 3: back in line, its old counter no longer shown.
    clerk->transfer({first.label, std::nullopt, 3});
    w = loadWall(*wallDesk);
    for (const auto& c : w.shownCalls) CHECK(c.label != first.label);
    ui::HeadlessUi headless(1920, 1080);
    const auto text = headless.frame([&](const ui::Fonts& fonts) { drawWall(w, fonts); });
    CHECK_FALSE(anyContains(text, first.label + " · quầy 2"));
    // The voice still hears every call: the raw list keeps them.
    CHECK(w.calls.size() >= 3);
}

TEST_CASE("wall: a long masked organisation name stays inside its panel, no apology word before due", "[wall]")
{
    WallState s;
    s.loaded = true;
    s.now = *domain::parseLocalDateTime("2026-11-23 10:15");
    WallDossier late;
    late.code = "000.00.20.H56-261110-0003";
    late.procedure = "Cấp giấy phép xây dựng";
    late.maskedName = domain::maskName("Công ty Trách nhiệm hữu hạn Xây dựng và Thương mại Dịch vụ Minh Phát Hưng Thịnh");
    late.late = true;
    late.lateBy = "2 ngày 3 giờ";
    WallDossier dueToday;
    dueToday.code = "000.00.20.H56-261120-0004";
    dueToday.procedure = "Đăng ký khai sinh";
    dueToday.maskedName = "Nguyễn V. A.";
    dueToday.lateBy = "hạn 16:00";
    s.dossiers = {late, dueToday};
    ui::HeadlessUi headless(1920, 1080);
    const auto text = headless.frame([&](const ui::Fonts& fonts) { drawWall(s, fonts); });
    ImVec2 n0, n1;
    REQUIRE(ui::itemRect("wall-name-" + late.code, n0, n1));
    CHECK(n1.x <= 1920 - 1080 * 0.02f);  // the panel's right edge
    // "Chưa xin lỗi" once: for the late one only; the one due at 16:00 is not late.
    int notYet = 0;
    for (const auto& line : text) notYet += line == "Chưa xin lỗi" ? 1 : 0;
    CHECK(notYet == 1);
}
