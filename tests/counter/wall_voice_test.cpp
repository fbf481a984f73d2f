// The wall's voice (--voice): the sentence read digit by digit, which calls are new, and the
// queue (chime then speech for each call, in order, one at a time, never cut off) with a fake
// player and synthesiser instead of aplay and espeak-ng; the chime's WAV read back.
#include "counter/wall/chime.h"
#include "counter/wall/voice.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <atomic>
#include <cstdint>
#include <cstdlib>
#include <chrono>
#include <thread>

using namespace motcua;
using motcua::counter::callSentence;
using motcua::counter::chimeWav;
using motcua::counter::kChimeHighHz;
using motcua::counter::kChimeLowHz;
using motcua::counter::kChimeToneSeconds;
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

TEST_CASE("voice: each call is the chime then its sentence, in order, one at a time, each to the end", "[wall][voice]")
{
    const std::string chime = "RIFF-chime";
    std::vector<std::string> heard;
    std::atomic<int> playing{0};
    bool overlapped = false;
    {
        // The fake player stands in for aplay: it takes as long as a short sound and records it.
        WallVoice voice(
            [&](const std::string& wav) {
                if (++playing > 1) overlapped = true;
                std::this_thread::sleep_for(std::chrono::milliseconds(15));
                heard.push_back(wav == chime ? "chime" : wav);
                --playing;
            },
            [](const std::string& sentence) { return "wav:" + sentence; }, chime);
        voice.say("một");
        voice.say("hai");
        std::this_thread::sleep_for(std::chrono::milliseconds(5));  // a call arrives while one plays
        voice.say("ba");
        voice.drain();
    }
    CHECK_FALSE(overlapped);
    CHECK(heard == std::vector<std::string>{"chime", "wav:một", "chime", "wav:hai", "chime", "wav:ba"});
}

TEST_CASE("voice: a sentence that cannot be synthesised still rings, and the queue goes on", "[wall][voice]")
{
    std::vector<std::string> heard;
    {
        WallVoice voice([&](const std::string& wav) { heard.push_back(wav); },
                        [](const std::string& sentence) { return sentence == "hỏng" ? std::string() : "wav:" + sentence; },
                        "chime");
        voice.say("hỏng");
        voice.say("tiếp");
        voice.drain();
    }
    CHECK(heard == std::vector<std::string>{"chime", "chime", "wav:tiếp"});
}

TEST_CASE("voice: the chime is a WAV of two tones, high then low, made in code", "[wall][voice]")
{
    const int rate = 22050;
    const std::string wav = chimeWav(rate);
    auto u16 = [&](std::size_t at) {
        return static_cast<unsigned>(static_cast<unsigned char>(wav[at]) | (static_cast<unsigned char>(wav[at + 1]) << 8));
    };
    auto u32 = [&](std::size_t at) { return u16(at) | (u16(at + 2) << 16); };
    REQUIRE(wav.size() > 44);
    CHECK(wav.substr(0, 4) == "RIFF");
    CHECK(u32(4) == wav.size() - 8);
    CHECK(wav.substr(8, 8) == "WAVEfmt ");
    CHECK(u16(20) == 1);  // PCM
    CHECK(u16(22) == 1);  // mono
    CHECK(u32(24) == static_cast<unsigned>(rate));
    CHECK(u16(34) == 16);
    CHECK(wav.substr(36, 4) == "data");
    REQUIRE(u32(40) == wav.size() - 44);
    std::vector<int> samples;
    for (std::size_t at = 44; at + 1 < wav.size(); at += 2) samples.push_back(static_cast<std::int16_t>(u16(at)));
    const double seconds = static_cast<double>(samples.size()) / rate;
    CHECK(seconds == Approx(2 * kChimeToneSeconds).margin(0.01));
    // The pitch of each half from its zero crossings (the octave overtone adds none at this level).
    auto pitch = [&](std::size_t from, std::size_t to) {
        int crossings = 0;
        for (std::size_t i = from + 1; i < to; ++i)
            if ((samples[i - 1] < 0) != (samples[i] < 0)) ++crossings;
        return crossings / 2.0 / (static_cast<double>(to - from) / rate);
    };
    const std::size_t half = samples.size() / 2;
    CHECK(pitch(0, half) == Approx(kChimeHighHz).epsilon(0.05));
    CHECK(pitch(half, samples.size()) == Approx(kChimeLowHz).epsilon(0.05));
    // Loud enough to hear, never clipped, and it starts and ends in silence (no click).
    int peak = 0;
    for (int v : samples) peak = std::max(peak, std::abs(v));
    CHECK(peak > 8000);
    CHECK(peak < 32000);
    CHECK(std::abs(samples.front()) < 100);
    CHECK(std::abs(samples.back()) < 100);
}
