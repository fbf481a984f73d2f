// Office settings: every rule a decree can move is a setting (DOMAIN.md §1), each with a
// default, a Vietnamese description and a validator. Values are stored as text.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace motcua::domain {

struct SettingSpec {
    const char* key;
    const char* defaultValue;
    const char* description;  ///< Vietnamese, shown in the admin screen and `motcua setting list`
};

/// Every known setting, in display order.
[[nodiscard]] const std::vector<SettingSpec>& settingSpecs();
[[nodiscard]] const SettingSpec* findSetting(std::string_view key);
/// Returns the value normalised, or throws Error(InvalidInput) saying what a valid value is.
/// Unknown keys are refused.
[[nodiscard]] std::string validateSetting(std::string_view key, std::string_view value);

/// Parsed typed values (the input must already be valid).
[[nodiscard]] double settingNumber(std::string_view value);
[[nodiscard]] bool settingBool(std::string_view value);
/// A secret (the kiosk PIN, tokens): Desk::settings() gives it only to those who may manage settings.
[[nodiscard]] bool isSecretSetting(std::string_view key);

}  // namespace motcua::domain
