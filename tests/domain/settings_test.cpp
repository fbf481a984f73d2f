// Settings validation.
#include "domain/error.h"
#include "domain/settings.h"

#include <catch2/catch.hpp>

using namespace motcua::domain;

TEST_CASE("every setting's default is itself valid", "[settings]")
{
    for (const auto& s : settingSpecs()) {
        INFO(s.key);
        REQUIRE_NOTHROW(validateSetting(s.key, s.defaultValue));
    }
}

TEST_CASE("settings are validated and normalised", "[settings]")
{
    REQUIRE(validateSetting("calendar.cutoff.direct", "15:30") == "15:30");
    REQUIRE(validateSetting("calendar.schedule", "mon-fri 07:30-11:30 13:30-17:00;sat 07:30-11:30") ==
            "mon-fri 07:30-11:30 13:30-17:00; sat 07:30-11:30");
    REQUIRE(validateSetting("queue.transfer_to_front", "no") == "no");
    REQUIRE(validateSetting("qr.lookup_url", "https://dvc.example.vn/tra-cuu?ma={code}") == "https://dvc.example.vn/tra-cuu?ma={code}");
    REQUIRE(validateSetting("office.name", "  Trung tâm   xã ") == "Trung tâm xã");
    const std::pair<const char*, const char*> bad[] = {
        {"no.such.key", "1"},          {"calendar.cutoff.direct", "25:00"}, {"calendar.cutoff.direct", "3pm"},
        {"deadline.at_risk_days", "-1"}, {"deadline.at_risk_days", "abc"}, {"deadline.at_risk_days", "1e400"},
        {"queue.priority_in_a_row", "1.5"}, {"queue.priority_in_a_row", "0"}, {"queue.transfer_to_front", "true"},
        {"office.code", "bad code"},   {"kiosk.admin_pin", "12"},           {"kiosk.admin_pin", "12ab"},
        {"qr.lookup_url", "ftp://x/{code}"}, {"qr.lookup_url", "https://x/"}, {"calendar.schedule", "sometimes"},
        {"office.name", "a\x01" "b"},
    };
    for (const auto& [k, v] : bad) {
        INFO(k << " = " << v);
        REQUIRE_THROWS_AS(validateSetting(k, v), motcua::Error);
    }
}
