// Dossier codes {office}-{yymmdd}-{seq4}.
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
    REQUIRE_THROWS_AS(makeDossierCode("000.00.20.H56", {2024, 10, 15}, 10000), motcua::Error);
    REQUIRE_THROWS_AS(makeDossierCode("bad code", {2024, 10, 15}, 1), motcua::Error);
    REQUIRE(isValidOfficeCode("000.00.20.H56"));
    REQUIRE_FALSE(isValidOfficeCode("000.00.20.H56."));
    REQUIRE_FALSE(isValidOfficeCode("x"));
}
