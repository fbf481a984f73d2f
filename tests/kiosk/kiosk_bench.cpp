// Benchmark (not a test): time from a tap on a group button to the ticket printed (pdf back end)
// and confirmed in the store, through the kiosk's real draw → commands → apply path on a
// headless UI. Prints JSON. Usage: kiosk_bench [N]
#include "kiosk_support.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <vector>

using namespace motcua::kiosk;
using namespace motcua::kiosk::test;

int main(int argc, char** argv)
{
    const int n = argc > 1 ? std::max(1, std::atoi(argv[1])) : 30;
    KioskFixture k;
    std::vector<double> ms;
    const char* groups[] = {"##group-HT", "##group-DD", "##group-XH"};
    for (int i = 0; i < n; ++i) {
        const auto t0 = std::chrono::steady_clock::now();
        if (!k.click(groups[i % 3])) return 1;
        k.applyAll();  // issue (pending) and show the ticket screen
        k.frame();     // the "printing…" frame, which asks for the print
        k.applyAll();  // render, print to pdf, confirm
        const auto t1 = std::chrono::steady_clock::now();
        if (k.state.ticket.status != PrintStatus::Printed) {
            std::fprintf(stderr, "ticket %d not printed\n", i);
            return 1;
        }
        ms.push_back(std::chrono::duration<double, std::milli>(t1 - t0).count());
        goTo(k.state, Screen::Home);
    }
    std::sort(ms.begin(), ms.end());
    const auto pick = [&ms](double q) { return ms[std::min(ms.size() - 1, static_cast<std::size_t>(q * static_cast<double>(ms.size())))]; };
    std::printf("{\"tickets\": %d, \"tap_to_printed_ms\": {\"median\": %.1f, \"p95\": %.1f, \"max\": %.1f}}\n", n, pick(0.5), pick(0.95),
                ms.back());
    return 0;
}
