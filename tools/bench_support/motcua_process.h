// The benchmarks drive the real `motcua` binary as child processes: CLI runs (a demo office,
// enrolments, checks afterwards) and the store host (`motcua serve`).
#pragma once

#include <sys/types.h>

#include <string>
#include <vector>

namespace motcua::bench {

/// Runs `motcua args…` to completion and returns its stdout; throws std::runtime_error with the
/// command and its output on a non-zero exit.
std::string runMotcua(const std::string& motcua, const std::vector<std::string>& args);

/// A running `motcua serve`: its pid and what it printed.
struct Host {
    pid_t pid = -1;
    std::string api;          ///< "https://127.0.0.1:PORT"
    std::string fingerprint;  ///< the certificate's pin
    std::string port;         ///< kept across restarts so enrolled clients find it again
};

/// Starts `motcua --db DB --now NOW serve --listen LISTEN --public 127.0.0.1:0` (stderr appended to
/// DB.serve.log) and waits for its URL and fingerprint. Throws std::runtime_error when it does not start.
Host startHost(const std::string& motcua, const std::string& db, const std::string& now, const std::string& listen);
/// Sends `sig` and waits for the host to exit (nothing when it is not running).
void stopHost(Host& host, int sig);

}  // namespace motcua::bench
