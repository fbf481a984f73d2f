#include "bench_support/run_motcua.h"

#include <cstdio>
#include <stdexcept>

namespace motcua::bench {

std::string runMotcua(const std::string& motcua, const std::vector<std::string>& args)
{
    std::string cmd = "'" + motcua + "'";
    for (const auto& a : args) cmd += " '" + a + "'";
    FILE* p = popen(cmd.c_str(), "r");
    if (!p) throw std::runtime_error("cannot run " + cmd);
    std::string out;
    char buf[4096];
    while (const auto n = fread(buf, 1, sizeof buf, p)) out.append(buf, n);
    if (pclose(p) != 0) throw std::runtime_error("failed: " + cmd + "\n" + out);
    return out;
}

}  // namespace motcua::bench
