// BackgroundWork: jobs run in order on one thread, results come back only when drained (on the
// caller's thread), an escaped exception reaches the drain, and shutdown with a job in flight
// waits for that job and drops the ones not started.
#include "ui/background_work.h"

#include <catch2/catch.hpp>

#include <atomic>
#include <chrono>
#include <stdexcept>
#include <thread>
#include <vector>

using motcua::ui::BackgroundWork;
using motcua::ui::Finish;

TEST_CASE("background work runs jobs in order and hands results back only at drain", "[ui][worker]")
{
    std::atomic<int> wakes{0};
    BackgroundWork work([&wakes] { ++wakes; });
    std::vector<int> ranOn;  // touched on the worker only, read after waitIdle
    std::vector<int> finished;  // touched by finishers only (this thread)
    const auto self = std::this_thread::get_id();
    std::atomic<bool> offThread{true};
    for (int i = 0; i < 5; ++i)
        work.post([&, i]() -> Finish {
            if (std::this_thread::get_id() == self) offThread = false;
            ranOn.push_back(i);
            return [&finished, i] { finished.push_back(i); };
        });
    REQUIRE(work.waitIdle(5));
    CHECK(offThread);
    CHECK(ranOn == std::vector<int>{0, 1, 2, 3, 4});
    CHECK(finished.empty());  // nothing reaches the UI state before the drain
    CHECK(work.outstanding() == 5);
    CHECK(work.drain() == 5);
    CHECK(finished == std::vector<int>{0, 1, 2, 3, 4});
    CHECK(work.outstanding() == 0);
    // The wake follows each result onto the queue, so the last one may come just after waitIdle.
    for (int i = 0; i < 500 && wakes < 5; ++i) std::this_thread::sleep_for(std::chrono::milliseconds(10));
    CHECK(wakes == 5);
}

TEST_CASE("background work: posting and draining never wait for a running job", "[ui][worker]")
{
    BackgroundWork work;
    std::atomic<bool> release{false};
    work.post([&]() -> Finish {
        while (!release) std::this_thread::sleep_for(std::chrono::milliseconds(1));
        return {};
    });
    const auto t0 = std::chrono::steady_clock::now();
    for (int frame = 0; frame < 100; ++frame) {
        CHECK(work.drain() == 0);  // the slow job is not done: a frame goes on
        work.post([]() -> Finish { return {}; });
    }
    CHECK(std::chrono::steady_clock::now() - t0 < std::chrono::milliseconds(500));
    CHECK_FALSE(work.waitIdle(0.05));
    release = true;
    CHECK(work.finishAll(5));
    CHECK(work.outstanding() == 0);
}

TEST_CASE("background work: a job's exception comes out of the drain, later results stay", "[ui][worker]")
{
    BackgroundWork work;
    int after = 0;
    work.post([]() -> Finish { throw std::runtime_error("máy chủ không trả lời"); });
    work.post([&after]() -> Finish { return [&after] { ++after; }; });
    REQUIRE(work.waitIdle(5));
    CHECK_THROWS_WITH(work.drain(), "máy chủ không trả lời");
    CHECK(after == 0);
    CHECK(work.drain() == 1);
    CHECK(after == 1);
}

TEST_CASE("background work: shutdown waits for the job in flight and drops the rest", "[ui][worker]")
{
    std::atomic<bool> started{false}, finishedJob{false}, laterRan{false};
    {
        BackgroundWork work;
        work.post([&]() -> Finish {
            started = true;
            std::this_thread::sleep_for(std::chrono::milliseconds(200));
            finishedJob = true;
            return {};
        });
        work.post([&]() -> Finish {
            laterRan = true;
            return {};
        });
        while (!started) std::this_thread::sleep_for(std::chrono::milliseconds(1));
    }  // the destructor joins here
    CHECK(finishedJob);
    CHECK_FALSE(laterRan);
}
