// Dossier codes {office}-{yymmdd}-{seq4} (DOMAIN.md §5): the sequence widens past 9999, and the
// longer national forms of Thông tư 04/2025 are read but never made.
#include "domain/dossier_code.h"
#include "domain/error.h"

#include <catch2/catch.hpp>

using namespace motcua::domain;

TEST_CASE("dossier codes are made and parsed", "[code]")
{
    REQUIRE(makeDossierCode("000.00.20.H56", {2024, 10, 15}, 7) == "000.00.20.H56-241015-0007");
    const auto c = parseDossierCode("000.00.20.H56-241015-0007");
    REQUIRE(c.has_value());
    REQUIRE(c->office == "000.00.20.H56");
    REQUIRE(c->date == Date{2024, 10, 15});
    REQUIRE(c->sequence == 7);
    REQUIRE(c->str() == "000.00.20.H56-241015-0007");
    REQUIRE(parseDossierCode("H56-261231-9999")->sequence == 9999);
}

TEST_CASE("malformed dossier codes are refused", "[code]")
{
    for (const char* bad : {"", "000.00.20.H56", "000.00.20.H56-241015-007", "000.00.20.H56-241015-00007",
                            "000.00.20.H56-240230-0001", "000.00.20.H56-241315-0001", "000.00.20.H56-241015-0000",
                            "000.00.20.h56-241015-0001", "000..20.H56-241015-0001", ".000.H56-241015-0001",
                            "000.00.20.H56-241015-0001 ", " 000.00.20.H56-241015-0001", "000.00.20.H56_241015_0001",
                            "000.00.20.H56-24101a-0001", "'; DROP TABLE dossiers;--", "AB-241015-0001"})
        REQUIRE_FALSE(parseDossierCode(bad).has_value());
}

TEST_CASE("making a code checks its parts", "[code]")
{
    REQUIRE_THROWS_AS(makeDossierCode("000.00.20.H56", {2024, 10, 15}, 0), motcua::Error);
    REQUIRE_THROWS_AS(makeDossierCode("bad code", {2024, 10, 15}, 1), motcua::Error);
    REQUIRE(isValidOfficeCode("000.00.20.H56"));
    REQUIRE_FALSE(isValidOfficeCode("000.00.20.H56."));
    REQUIRE_FALSE(isValidOfficeCode("x"));
}

TEST_CASE("past 9999 a day the sequence widens and never wraps", "[code]")
{
    CHECK(makeDossierCode("000.00.20.H56", {2024, 10, 15}, 9999) == "000.00.20.H56-241015-9999");
    CHECK(makeDossierCode("000.00.20.H56", {2024, 10, 15}, 10000) == "000.00.20.H56-241015-10000");
    CHECK(makeDossierCode("000.00.20.H56", {2024, 10, 15}, 123456) == "000.00.20.H56-241015-123456");
    const auto wide = parseDossierCode("000.00.20.H56-241015-10000");
    REQUIRE(wide);
    CHECK(wide->sequence == 10000);
    CHECK(wide->str() == "000.00.20.H56-241015-10000");
    // A wide sequence has no leading zero beyond four digits: one code, one text.
    CHECK_FALSE(parseDossierCode("000.00.20.H56-241015-010000"));
    CHECK_FALSE(parseDossierCode("000.00.20.H56-241015-1234567890"));  // ten digits: not a sequence
}

TEST_CASE("the longer national forms are read, and name the plain code", "[code]")
{
    // Thông tư 04/2025: a two-letter channel prefix before the sequence.
    const auto c = parseDossierCode("000.00.20.H56-241015-TT0007");
    REQUIRE(c);
    CHECK(c->prefix == "TT");
    CHECK(c->office == "000.00.20.H56");
    CHECK(c->date == Date{2024, 10, 15});
    CHECK(c->sequence == 7);
    CHECK(c->str() == "000.00.20.H56-241015-0007");  // the plain form is what this office makes
    CHECK(parseDossierCode("H56-261231-BC10000")->sequence == 10000);
    CHECK(parseDossierCode("000.00.20.H56-241015-0007")->prefix.empty());
    for (const char* bad : {"000.00.20.H56-241015-T0007", "000.00.20.H56-241015-TTT0007", "000.00.20.H56-241015-tt0007",
                            "000.00.20.H56-241015-TT007", "000.00.20.H56-241015-TT", "000.00.20.H56-241015-0007TT"}) {
        INFO(bad);
        CHECK_FALSE(parseDossierCode(bad));
    }
}
