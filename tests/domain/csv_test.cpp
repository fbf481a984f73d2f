// RFC 4180 CSV reading and writing.
#include "domain/csv.h"
#include "domain/error.h"

#include <catch2/catch.hpp>

using namespace motcua::domain;

TEST_CASE("CSV parses quotes, commas, newlines, CRLF and a BOM", "[csv]")
{
    const auto rows = parseCsvWithLines("\xEF\xBB\xBF" "a,b,c\r\n\"x, y\",\"he said \"\"hi\"\"\",\"two\nlines\"\r\n\r\nlast,,\n");
    REQUIRE(rows.size() == 3);
    REQUIRE(rows[0].fields == CsvRow{"a", "b", "c"});
    REQUIRE(rows[1].fields == CsvRow{"x, y", "he said \"hi\"", "two\nlines"});
    REQUIRE(rows[2].fields == CsvRow{"last", "", ""});
    REQUIRE(rows[2].line == 5);
}

TEST_CASE("CSV errors name the line", "[csv]")
{
    REQUIRE_THROWS_WITH(parseCsv("a,b\n\"open,c\n"), Catch::Contains("line 2"));
    REQUIRE_THROWS_AS(parseCsv("a,b\"c\n"), motcua::Error);
}

TEST_CASE("CSV writing quotes only what needs it and round-trips", "[csv]")
{
    const CsvRow row{"plain", "a,b", "say \"x\"", "multi\nline", "Đăng ký"};
    REQUIRE(csvLine(row) == "plain,\"a,b\",\"say \"\"x\"\"\",\"multi\nline\",Đăng ký\n");
    REQUIRE(parseCsv(csvLine(row)).front() == row);
}
