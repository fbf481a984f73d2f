// Which ticket is called next, and labels.
#include "domain/queue_rules.h"

#include <catch2/catch.hpp>

using namespace motcua::domain;

namespace {

/// Simulates a counter calling everything: returns the ids in call order.
std::vector<std::int64_t> callAll(std::vector<QueueEntry> waiting, int maxInARow)
{
    std::vector<std::int64_t> order;
    int streak = 0;
    while (auto i = chooseNext(waiting, streak, maxInARow)) {
        const auto e = waiting[*i];
        order.push_back(e.id);
        if (!e.front) streak = e.priority ? streak + 1 : 0;
        waiting.erase(waiting.begin() + static_cast<long>(*i));
    }
    return order;
}

}  // namespace

TEST_CASE("priority tickets go first but do not starve normal ones", "[queue]")
{
    // ids 1–5 normal, 6–10 priority, all in line in id order.
    std::vector<QueueEntry> w;
    for (int i = 1; i <= 10; ++i) w.push_back({i, i > 5, false, i});
    REQUIRE(callAll(w, 2) == std::vector<std::int64_t>{6, 7, 1, 8, 9, 2, 10, 3, 4, 5});
    REQUIRE(callAll(w, 1) == std::vector<std::int64_t>{6, 1, 7, 2, 8, 3, 9, 4, 10, 5});
    // 0 disables interleaving: strict priority.
    REQUIRE(callAll(w, 0) == std::vector<std::int64_t>{6, 7, 8, 9, 10, 1, 2, 3, 4, 5});
}

TEST_CASE("front tickets (brought back, transferred) go before everyone", "[queue]")
{
    std::vector<QueueEntry> w = {{1, false, false, 10}, {2, true, false, 20}, {3, false, true, 99}};
    REQUIRE(chooseNext(w, 0, 2) == 2u);
    REQUIRE(callAll(w, 2) == std::vector<std::int64_t>{3, 2, 1});
}

TEST_CASE("normal tickets in order of their place in line", "[queue]")
{
    std::vector<QueueEntry> w = {{5, false, false, 30}, {4, false, false, 10}, {9, false, false, 10}};
    REQUIRE(callAll(w, 2) == std::vector<std::int64_t>{4, 9, 5});
    REQUIRE_FALSE(chooseNext({}, 0, 2).has_value());
}

TEST_CASE("ticket labels", "[queue]")
{
    REQUIRE(ticketLabel("A", 23) == "A023");
    REQUIRE(ticketLabel("B", 1234) == "B1234");
    REQUIRE(parseTicketLabel("A023")->number == 23);
    REQUIRE(parseTicketLabel("AB1234")->prefix == "AB");
    for (const char* bad : {"", "A", "A23", "a023", "A000", "A12345", "023", "ABCD001", "A02x"})
        REQUIRE_FALSE(parseTicketLabel(bad).has_value());
}

