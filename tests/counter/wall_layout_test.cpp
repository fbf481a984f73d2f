// The wall's layout at the screens halls have (issue 12): 1280×720 clipped the date under the
// clock and the third group of "Đang chờ", because the fixed spacing between lines takes a larger
// share of a small screen. Headless, at the app's own type sizes: every line it shows lies inside
// its panel and every panel inside the screen.
#include "counter_support.h"

#include "counter/wall/draw.h"
#include "counter/wall/state.h"

#include <catch2/catch.hpp>

#include <string>

using namespace motcua;
using namespace motcua::counter;

namespace {

struct Box {
    ImVec2 min, max;
};

Box rectOf(const std::string& id)
{
    Box b;
    INFO(id);
    REQUIRE(ui::itemRect(id, b.min, b.max));
    return b;
}

/// `inner` lies inside `outer` (half a pixel of rounding allowed).
void checkInside(const std::string& inner, const std::string& outer)
{
    const Box i = rectOf(inner), o = rectOf(outer);
    INFO(inner << " [" << i.min.x << "," << i.min.y << " – " << i.max.x << "," << i.max.y << "] in " << outer << " ["
               << o.min.x << "," << o.min.y << " – " << o.max.x << "," << o.max.y << "]");
    CHECK(i.min.x >= o.min.x - 0.5f);
    CHECK(i.min.y >= o.min.y - 0.5f);
    CHECK(i.max.x <= o.max.x + 0.5f);
    CHECK(i.max.y <= o.max.y + 0.5f);
}

WallState busyWall()
{
    WallState s;
    s.loaded = true;
    s.officeName = "UBND xã Hà Tân – Bộ phận Tiếp nhận và Trả kết quả";
    s.now = *domain::parseLocalDateTime("2026-11-25 09:00");  // "Thứ Tư, 25/11/2026": a long date
    s.serving = {{1, "Quầy 1 – Tư pháp, Hộ tịch", "A012", s.now, false},
                 {2, "Quầy 2 – Đất đai, Xây dựng", "B004", s.now, true},
                 {3, "Quầy 3 – Văn hóa - Xã hội", "C007", s.now, false}};
    s.calls = {{"C007", 3, s.now}, {"B004", 2, s.now}, {"A012", 1, s.now}};
    s.shownCalls = s.calls;
    s.waiting = {{"Tư pháp – Hộ tịch", "A", 12}, {"Đất đai – Xây dựng – Tài nguyên môi trường", "B", 4},
                 {"Văn hóa – Xã hội", "C", 7}};
    WallDossier late;
    late.code = "000.00.20.H56-261110-0003";
    late.procedure = "Cấp giấy phép xây dựng";
    late.maskedName = "Nguyễn V. A.";
    late.late = true;
    late.lateBy = "2 ngày 3 giờ";
    s.dossiers = {late};
    s.receivedToday = 14;
    s.returnedToday = 9;
    s.onTimeRateToday = 0.93;
    return s;
}

}  // namespace

TEST_CASE("wall: at 1280x720, 1920x1080 and 3840x2160 every line lies inside its panel (issue 12)", "[wall]")
{
    const WallState s = busyWall();
    for (const auto& [w, h] : {std::pair{1280.0f, 720.0f}, std::pair{1920.0f, 1080.0f}, std::pair{3840.0f, 2160.0f}}) {
        INFO("screen " << w << "x" << h);
        const auto type = wallFontSizes(h);
        ui::HeadlessUi headless(w, h, ui::ThemeKind::Wall, type.body, type.large, type.huge);
        headless.frame([&](const ui::Fonts& fonts) { drawWall(s, fonts); });
        for (const char* panel : {"wall-header", "wall-waiting", "wall-calls", "wall-figures"}) {
            const Box b = rectOf(panel);
            INFO(panel);
            CHECK(b.max.x <= w);
            CHECK(b.max.y <= h);
        }
        checkInside("wall-date", "wall-header");
        for (const auto& g : s.waiting) {
            checkInside("wall-waiting-" + g.prefix, "wall-waiting");
            checkInside("wall-waiting-name-" + g.prefix, "wall-waiting");
        }
        checkInside("wall-call-C007", "wall-calls");
        for (int i = 0; i < 3; ++i) checkInside("wall-figure-" + std::to_string(i), "wall-figures");
    }
}
