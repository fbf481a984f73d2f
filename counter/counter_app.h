// motcua-counter as a library: its options, the demo state of each screen for --screen, and the
// run loop that wires CounterState, the Desk and the printer to the ui runner.
#pragma once

#include "counter/counter_state.h"
#include "service/desk.h"
#include "ui/app_options.h"

#include <optional>
#include <string>
#include <vector>

namespace motcua::counter {

/// --db, --printer, --screenshot (needs --screen), --now, --help, --version: ui::AppOptions.
struct CounterOptions : ui::AppOptions {
    int counter = 1;                ///< --counter N, or MOTCUA_COUNTER
    int width = 1920;               ///< --size WxH
    int height = 1080;
    bool sizeGiven = false;         ///< --size was on the command line (the wall then opens a window that size)
    std::optional<Screen> screen;   ///< --screen NAME: open there with demo data
    std::optional<AdminSection> adminSection;  ///< --admin-section NAME (with --screen admin)
    bool wall = false;              ///< --wall: the unattended wall screen (wall_app.cpp)
    std::string wallUser = "admin"; ///< --as USER: the account the wall reads as (read-only store)
    bool voice = false;             ///< --voice: the wall speaks each call (espeak-ng)
};

/// Parses argv (without the program name) and the MOTCUA_* variables. Throws
/// motcua::Error(InvalidInput) with a Vietnamese message naming the bad option.
[[nodiscard]] CounterOptions parseCounterOptions(const std::vector<std::string>& args);
[[nodiscard]] std::string counterUsage();

/// Logs in as the demo user of `screen` (motcua1 at the counter, chuyenvien for the officer
/// view) and fills `state` with believable data: a ticket being served, one skipped, a filled
/// intake form, a late dossier open. Changes the store (calls a ticket), so use a demo copy.
void prepareScreen(Screen screen, service::Desk& desk, CounterState& state);

/// The wall screen (--wall): the store opened read-only, full screen unless --screenshot.
int runWall(const CounterOptions& options);

/// The whole program: returns the process exit code (2 for bad options).
int runCounter(int argc, char** argv);

}  // namespace motcua::counter
