// The web wall's JSON and the public port's small parts (issue 14 items 4–5); the pages
// themselves are driven by curl and chromium (status_page_test.sh, web_wall_test.sh).
#include "server/public/call_audio.h"
#include "server/public/rate_limit.h"
#include "server/public/status_page.h"
#include "server/public/wall_json.h"

#include <catch2/catch.hpp>

using namespace motcua;

namespace {

service::WallPicture twoGroups()
{
    service::WallPicture p;
    p.officeName = "Bộ phận một cửa";
    p.serving = {{1, "Quầy 1", "A012", 0, false}, {2, "Quầy 2", "B003", 0, false}, {3, "Quầy 3", "", 0, false}};
    p.calls = {{"B003", 2, 100, false}, {"A012", 1, 90, false}};
    p.shownCalls = p.calls;
    p.waiting = {{"Hộ tịch", "A", 4}, {"Đất đai", "B", 2}};
    p.dossiers.push_back({"000.00.20.H56-261120-0001", "Đăng ký khai sinh", "Nguyễn V. A.", true, "2 ngày", false, 0, "", false});
    p.loaded = true;
    return p;
}

}  // namespace

TEST_CASE("?groups= keeps one screen's counters, calls and lines, dossiers and figures stay", "[public]")
{
    CHECK(server::parseGroups("a, B,<x>,A") == std::vector<std::string>{"A", "B", "X"});
    CHECK(server::parseGroups("").empty());
    const auto p = server::forGroups(twoGroups(), server::parseGroups("A"));
    REQUIRE(p.serving.size() == 2);  // A's counter and the idle one
    CHECK(p.serving[0].label == "A012");
    CHECK(p.serving[1].label.empty());
    REQUIRE(p.calls.size() == 1);
    CHECK(p.calls[0].label == "A012");
    REQUIRE(p.waiting.size() == 1);
    CHECK(p.waiting[0].prefix == "A");
    CHECK(p.dossiers.size() == 1);
    CHECK(server::forGroups(twoGroups(), {}).serving.size() == 3);
}

TEST_CASE("the wall's JSON carries the picture and each call's sound address", "[public]")
{
    const auto j = server::wallJson(twoGroups(), 42);
    CHECK(j["version"] == 42);
    CHECK(j["serving"][0]["label"] == "A012");
    CHECK(j["calls"][0]["audio"] == "/wall/am-thanh?so=B003&quay=2");
    CHECK(j["dossiers"][0]["name"] == "Nguyễn V. A.");
    CHECK(j["today"]["onTimePercent"].is_null());
}

TEST_CASE("status pages escape what they show and the not-found page is one page", "[public]")
{
    CHECK(server::escapeHtml("<a href=\"x\">&'") == "&lt;a href=&quot;x&quot;&gt;&amp;&#39;");
    domain::PublicDossierView v;
    v.code = "X";
    v.procedureName = "<script>alert(1)</script>";
    const auto page = server::statusViewPage(v);
    CHECK(page.find("<script>alert") == std::string::npos);
    CHECK(server::statusNotFoundPage() == server::statusNotFoundPage());
}

TEST_CASE("the per-address limit allows N a minute, then refuses until the minute has passed", "[public]")
{
    server::RateLimit limit(3);
    const auto t0 = server::RateLimit::Clock::now();
    for (int i = 0; i < 3; ++i) CHECK(limit.allow("10.0.0.5", t0));
    CHECK_FALSE(limit.allow("10.0.0.5", t0 + std::chrono::seconds(30)));
    CHECK(limit.allow("10.0.0.6", t0));  // another address has its own
    CHECK(limit.allow("10.0.0.5", t0 + std::chrono::seconds(61)));
}

TEST_CASE("a call's WAV is the chime then the voice, one PCM stream, the chime alone without a voice", "[public]")
{
    server::CallAudio none("/nonexistent/espeak-ng");
    const auto chimeOnly = server::CallAudio::pcmOf(none.wav("A012", 3));
    REQUIRE(chimeOnly.rate == 22050);
    CHECK(chimeOnly.samples.size() > 22050);  // two tones of 0.45 s and the pause
    server::CallAudio voice("espeak-ng");
    const auto spoken = server::CallAudio::pcmOf(voice.wav("A012", 3));
    REQUIRE(spoken.rate > 0);
    CHECK(spoken.samples.size() > chimeOnly.samples.size() + static_cast<std::size_t>(spoken.rate));  // at least a second of speech
}
