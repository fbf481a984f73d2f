// The `motcua` command-line tool (DESIGN.md §7): every service call with --db, --now, --json,
// --as; errors on stderr with a non-zero exit and the database unchanged.
#pragma once

#include "cli_args.h"
#include "service/desk.h"

#include <functional>
#include <iosfwd>
#include <memory>
#include <string>
#include <vector>

namespace motcua::cli {

/// Exit codes, also listed in `motcua --help`.
enum Exit : int {
    kOk = 0,
    kFailure = 1,      ///< anything else
    kUsage = 2,        ///< bad command line or input value
    kEmpty = 3,        ///< nobody waiting (ticket call)
    kNotFound = 4,     ///< unknown code, ticket, user …
    kRefused = 5,      ///< illegal move, conflict, or not allowed for the role
    kStorage = 6,      ///< database busy, read-only, full, corrupt, too new
};

struct Context {
    Context(const Arguments& a, std::ostream& o) : args(a), out(o) {}
    const Arguments& args;
    std::ostream& out;
    bool json = false;
    std::string dbPath;
    service::Instant now = 0;
    bool fixedNow = false;
    std::string actAs;
    bool asGiven = false;  ///< --as was on the command line
    std::string server;    ///< --server https://HOST:PORT or MOTCUA_SERVER: the store host instead of --db
    std::string enroll;    ///< --enroll CODE: the first use of --server on this PC
    /// Opens the store (existing file, current schema) acting as the --as user; with --server, the
    /// store host, logged in as the --as user (password from MOTCUA_PASSWORD or asked).
    service::Desk& desk();

private:
    std::unique_ptr<service::Desk> m_desk;
};

using Handler = std::function<int(Context&)>;

struct Command {
    std::string path;     ///< "ticket issue"
    std::string summary;  ///< one line, Vietnamese
    std::vector<OptionSpec> options;
    Handler handler;
};

/// Registration by concept (commands_*.cpp).
void addQueueCommands(std::vector<Command>& commands);
void addCaseCommands(std::vector<Command>& commands);
void addFeeCommands(std::vector<Command>& commands);
void addAdminCommands(std::vector<Command>& commands);
void addBenchCommands(std::vector<Command>& commands);
void addDocumentCommands(std::vector<Command>& commands);
void addReportCommands(std::vector<Command>& commands);
void addServerCommands(std::vector<Command>& commands);
void addSignCommands(std::vector<Command>& commands);

int run(int argc, char** argv);

}  // namespace motcua::cli
