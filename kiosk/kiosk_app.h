// motcua-kiosk as a library: its options, the demo state of each screen for --screen, and the
// run loop that wires KioskState, the Desk and the printer to the ui runner.
#pragma once

#include "kiosk/kiosk_state.h"
#include "service/desk.h"
#include "ui/app_options.h"

#include <optional>
#include <string>
#include <vector>

namespace motcua::kiosk {

/// --db, --printer, --screenshot (needs --screen), --now, --help, --version: ui::AppOptions.
struct KioskOptions : ui::AppOptions {
    bool fullscreen = false;
    int width = 1080;               ///< --size WxH (portrait kiosk by default)
    int height = 1920;
    Lang lang = Lang::Vi;
    std::optional<Screen> screen;   ///< --screen NAME: open there with demo data
};

/// Parses argv (without the program name) and the MOTCUA_* variables. Throws
/// motcua::Error(InvalidInput) with a Vietnamese message naming the bad option.
[[nodiscard]] KioskOptions parseKioskOptions(const std::vector<std::string>& args);
[[nodiscard]] std::string kioskUsage();

/// Fills `state` so `screen` shows believable data from the store (for --screen and the
/// screenshots): an existing waiting ticket, a late dossier with its apology, a procedure …
void prepareScreen(Screen screen, service::Desk& desk, KioskState& state);

/// The whole program: returns the process exit code (2 for bad options).
int runKiosk(int argc, char** argv);

}  // namespace motcua::kiosk
