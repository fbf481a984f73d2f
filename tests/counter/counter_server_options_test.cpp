// motcua-counter with --server (issue 14): the counter and the wall take the store host in place of
// --db; the mixes are refused with a message naming the option.
#include "counter/counter_app.h"
#include "domain/error.h"

#include <catch2/catch.hpp>

using namespace motcua;
using namespace motcua::counter;

TEST_CASE("counter options: --server in place of --db, for the counter and the wall", "[counter][options]")
{
    const auto o = parseCounterOptions({"--server", "https://10.0.0.5:8443", "--counter", "3"});
    CHECK(o.server == "https://10.0.0.5:8443");
    CHECK(o.db.empty());
    CHECK(parseCounterOptions({"--server", "https://10.0.0.5:8443", "--wall", "--enroll", "WALL-0001"}).enroll == "WALL-0001");
    CHECK(parseCounterOptions({"--db", "x.db", "--wall", "--as", "lanhdao"}).wallUser == "lanhdao");  // as today
    CHECK_THROWS_WITH(parseCounterOptions({"--server", "https://10.0.0.5:8443", "--wall", "--as", "admin"}), Catch::Contains("--as chỉ dùng với --db"));
    CHECK_THROWS_WITH(parseCounterOptions({"--server", "ftp://10.0.0.5:8443"}), Catch::Contains("https://MÁY:CỔNG"));
    CHECK_THROWS_WITH(parseCounterOptions({"--db", "x.db", "--server", "https://10.0.0.5:8443"}), Catch::Contains("Chỉ dùng một trong hai"));
    CHECK_THROWS_WITH(parseCounterOptions({"--db", "x.db", "--enroll", "ABCD-1234"}), Catch::Contains("--enroll cần --server"));
    CHECK_THAT(counterUsage(), Catch::Contains("--server URL") && Catch::Contains("--enroll MÃ"));
}
