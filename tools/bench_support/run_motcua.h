// The benchmarks drive the real `motcua` CLI (a demo office, enrolments, checks afterwards).
#pragma once

#include <string>
#include <vector>

namespace motcua::bench {

/// Runs `motcua args…` to completion and returns its stdout; throws std::runtime_error with the
/// command and its output on a non-zero exit.
std::string runMotcua(const std::string& motcua, const std::vector<std::string>& args);

}  // namespace motcua::bench
