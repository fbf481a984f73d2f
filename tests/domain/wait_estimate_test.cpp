// Wait estimates (issue 12), with hand-worked numbers: people at a counter count, "no wait" only
// when a counter is free, the figure falls one step per call, and the service time is smoothed.
#include "domain/wait_estimate.h"

#include <catch2/catch.hpp>

using namespace motcua::domain;

TEST_CASE("wait estimate: no wait only when a counter is free for the ticket", "[queue][wait]")
{
    // One counter, serving someone, nobody else waiting: not "no wait" but half a service.
    CHECK(estimateWaitMinutes({0, 1, 1, 10}) == 5);
    // One counter, free: called at once.
    CHECK(estimateWaitMinutes({0, 0, 1, 10}) == 0);
    // Two counters, one free, one person ahead: that person takes the free one, this one waits
    // for the busy counter: (1 + 1 − 2 + ½) × 10 ÷ 2 = 2.5 → 3.
    CHECK(estimateWaitMinutes({1, 1, 2, 10}) == 3);
    // Two counters both free, one ahead: a counter is still free for this one.
    CHECK(estimateWaitMinutes({1, 0, 2, 10}) == 0);
    // No counter open: nobody is free; one counter assumed: (0 + 1 − 1 + ½) × 10 = 5.
    CHECK(estimateWaitMinutes({0, 0, 0, 10}) == 5);
    CHECK(estimateWaitMinutes({3, 0, 0, 10}) == 35);
}

TEST_CASE("wait estimate: hand-worked figures and one step down per call", "[queue][wait]")
{
    // Two counters busy, 4 ahead, 10 minutes: (4 + 2 − 2 + ½) × 10 ÷ 2 = 22.5 → 23.
    CHECK(estimateWaitMinutes({4, 2, 2, 10}) == 23);
    // 7.5 minutes, one counter busy, 2 ahead: (2 + 1 − 1 + ½) × 7.5 = 18.75 → 19.
    CHECK(estimateWaitMinutes({2, 1, 1, 7.5}) == 19);
    // The line moves: each call takes one from "ahead" while the counter stays busy; with a
    // steady service time the estimate never goes up and ends at half a service, then 0.
    int last = 1 << 30;
    for (int ahead = 6; ahead >= 0; --ahead) {
        const int m = estimateWaitMinutes({ahead, 1, 1, 8});
        CHECK(m < last);
        last = m;
    }
    CHECK(last == 4);
}

TEST_CASE("service time: the default until services are seen, then smoothed toward them", "[queue][wait]")
{
    CHECK(smoothedServiceMinutes({}, 10) == Approx(10));
    CHECK(smoothedServiceMinutes({}, 0) == Approx(1));  // a zero default still estimates something
    // One 4-minute service against a 10-minute default (weight 5): (50 + 4) ÷ 6 = 9.
    CHECK(smoothedServiceMinutes({4}, 10) == Approx(9));
    // Twenty 4-minute services: (50 + 80) ÷ 25 = 5.2 — the data wins as it grows.
    CHECK(smoothedServiceMinutes(std::vector<double>(20, 4.0), 10) == Approx(5.2));
    // A forgotten ticket (100 minutes) among 6-minute ones is capped at 3 × 10 = 30:
    // (50 + 6 + 6 + 6 + 30) ÷ 9 = 10.89 — the naive mean would be 29.5.
    CHECK(smoothedServiceMinutes({6, 6, 6, 100}, 10) == Approx(98.0 / 9));
    // Slow services are believed: all 40-minute services cap at 3 × 40 (median), not 30.
    CHECK(smoothedServiceMinutes(std::vector<double>(5, 40.0), 10) == Approx((50 + 200) / 10.0));
}

TEST_CASE("service time: one long service moves the home screen's estimate a little, not by a third", "[queue][wait]")
{
    // The jump: 4 waiting ≈ 30 min, then 3 waiting ≈ 41 after one long service. With
    // eight 7-minute services and then a 40-minute one, one counter busy:
    std::vector<double> samples(8, 7.0);
    const double before = smoothedServiceMinutes(samples, 10);
    samples.push_back(40);
    const double after = smoothedServiceMinutes(samples, 10);
    const int four = estimateWaitMinutes({4, 1, 1, before});
    const int three = estimateWaitMinutes({3, 1, 1, after});
    CHECK(three <= four);
}
