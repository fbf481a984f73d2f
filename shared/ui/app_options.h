// The command-line options every app shares (motcua-kiosk, motcua-counter): --db or --server (with
// --enroll the first time), --printer, --screenshot, --now, --help, --version with their MOTCUA_*
// variables, the option walk with its "needs a value" check, and WxH sizes — each mistake a
// Vietnamese message naming the option.
#pragma once

#include "domain/date.h"
#include "domain/error.h"

#include <functional>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace motcua::ui {

struct AppOptions {
    std::string db;                      ///< --db, or MOTCUA_DB: the store file on this PC
    std::string server;                  ///< --server https://HOST:PORT, or MOTCUA_SERVER: the store host
    std::string enroll;                  ///< --enroll CODE: the first start with --server on this PC
    std::string printer = "pdf:.";       ///< --printer, or MOTCUA_PRINTER
    std::string screenshot;              ///< --screenshot PATH
    std::optional<domain::Instant> now;  ///< --now, or MOTCUA_NOW
    bool help = false;
    bool version = false;
};

/// The lines every app's --help shows for --db, --server and --enroll.
[[nodiscard]] const char* storeOptionsHelp();

/// A non-empty environment variable, or nullptr.
[[nodiscard]] const char* envValue(const char* name);

/// Walks one app's arguments (without the program name).
class OptionParser {
public:
    /// `program` names the app in messages: "… (xem motcua-kiosk --help)".
    OptionParser(std::string program, const std::vector<std::string>& args);

    /// An InvalidInput error with `what` and the pointer to --help.
    [[nodiscard]] Error bad(const std::string& what) const;
    /// The option being read, and its value (the next argument; a message when there is none).
    [[nodiscard]] const std::string& option() const { return m_args[m_i]; }
    [[nodiscard]] std::string value();

    /// Reads the MOTCUA_* defaults, then every argument: the shared options into `o`, the others
    /// through `own`, which returns false for an option it does not know (then: a message).
    void parse(AppOptions& o, const std::function<bool(const std::string& option)>& own);
    /// After the app's own checks: exactly one of --db and --server (an option given on the command
    /// line wins over the other's variable), --enroll only with --server, and --now must be a time
    /// (unless --help or --version was asked for).
    void finish(AppOptions& o) const;

    /// "1920x1080" → {"1920", "1080"}; a message naming `example` when there is no 'x'.
    [[nodiscard]] std::pair<std::string, std::string> sizeParts(const std::string& spec, const char* example) const;

private:
    std::string m_program;
    const std::vector<std::string>& m_args;
    std::size_t m_i = 0;
    std::optional<std::string> m_nowText;
    bool m_dbGiven = false;      ///< --db on the command line (not only MOTCUA_DB)
    bool m_serverGiven = false;  ///< --server on the command line
};

}  // namespace motcua::ui
