// The wall's voice (--voice): the sentence read digit by digit, which calls are new, and the
// speaking queue (in order, one at a time, never cut off) with a fake speaker instead of espeak-ng.
#include "counter/wall_voice.h"

#include <catch2/catch.hpp>

#include <atomic>
#include <chrono>
#include <thread>

using namespace motcua;
using motcua::counter::callSentence;
using motcua::counter::newCalls;
using motcua::counter::WallVoice;

TEST_CASE("voice: the call sentence reads the label and the counter one character at a time", "[wall][voice]")
{
    CHECK(callSentence("A023", 3) == "Mời công dân có số thứ tự A 0 2 3 đến quầy số 3");
    CHECK(callSentence("B105", 12) == "Mời công dân có số thứ tự B 1 0 5 đến quầy số 1 2");
}

TEST_CASE("voice: only calls after the last one heard are new, oldest first", "[wall][voice]")
{
    const service::RecentCall a{"A001", 1, 100, false};
    const service::RecentCall b{"A002", 2, 200, false};
    const service::RecentCall c{"A001", 1, 300, true};  // a recall is heard again
    const std::vector<service::RecentCall> fresh = {c, b, a};  // newest first
    CHECK(newCalls(fresh, a, true).empty());  // the first picture announces nothing
    const auto after = newCalls(fresh, a, false);
    REQUIRE(after.size() == 2);
    CHECK(after[0].label == "A002");
    CHECK(after[1].recall);
    CHECK(newCalls(fresh, c, false).empty());
    CHECK(newCalls(fresh, std::nullopt, false).size() == 3);  // the wall started before any call
}

TEST_CASE("voice: sentences are spoken in order, one at a time, each to the end", "[wall][voice]")
{
    std::vector<std::string> heard;
    std::atomic<int> speaking{0};
    bool overlapped = false;
    {
        WallVoice voice([&](const std::string& s) {
            if (++speaking > 1) overlapped = true;
            std::this_thread::sleep_for(std::chrono::milliseconds(20));
            heard.push_back(s);
            --speaking;
        });
        voice.say("một");
        voice.say("hai");
        voice.say("ba");
        voice.drain();
    }
    CHECK_FALSE(overlapped);
    CHECK(heard == std::vector<std::string>{"một", "hai", "ba"});
}
