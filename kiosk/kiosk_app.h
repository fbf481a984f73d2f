// motcua-kiosk as a library: its options, the demo state of each screen for --screen, and the
// run loop that wires KioskState, the Desk and the printer to the ui runner.
#pragma once

#include "kiosk/kiosk_state.h"
#include "service/desk.h"

#include <optional>
#include <string>
#include <vector>

namespace motcua::kiosk {

struct KioskOptions {
    std::string db;                 ///< --db, or MOTCUA_DB
    std::string printer = "pdf:.";  ///< --printer, or MOTCUA_PRINTER
    bool fullscreen = false;
    int width = 1080;               ///< --size WxH (portrait kiosk by default)
    int height = 1920;
    Lang lang = Lang::Vi;
    std::optional<Screen> screen;   ///< --screen NAME: open there with demo data
    std::string screenshot;         ///< --screenshot PATH (needs --screen)
    std::optional<domain::Instant> now;  ///< --now, or MOTCUA_NOW
    bool help = false;
    bool version = false;
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
