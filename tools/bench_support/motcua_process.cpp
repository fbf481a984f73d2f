#include "bench_support/motcua_process.h"

#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <stdexcept>

extern char** environ;

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

Host startHost(const std::string& motcua, const std::string& db, const std::string& now, const std::string& listen)
{
    int out[2];
    if (pipe(out) != 0) throw std::runtime_error("pipe");
    posix_spawn_file_actions_t fa;
    posix_spawn_file_actions_init(&fa);
    posix_spawn_file_actions_adddup2(&fa, out[1], 1);
    posix_spawn_file_actions_addclose(&fa, out[0]);
    posix_spawn_file_actions_addopen(&fa, 2, (db + ".serve.log").c_str(), O_WRONLY | O_CREAT | O_APPEND, 0644);
    std::vector<std::string> args = {motcua, "--db", db, "--now", now, "serve", "--listen", listen, "--public", "127.0.0.1:0"};
    std::vector<char*> argv;
    for (auto& a : args) argv.push_back(a.data());
    argv.push_back(nullptr);
    Host h;
    const int spawned = posix_spawn(&h.pid, motcua.c_str(), &fa, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&fa);
    close(out[1]);
    if (spawned != 0) {
        close(out[0]);
        throw std::runtime_error("cannot start motcua serve");
    }
    FILE* f = fdopen(out[0], "r");
    char line[512];
    while (fgets(line, sizeof line, f)) {
        std::string s(line);
        while (!s.empty() && (s.back() == '\n' || s.back() == '\r')) s.pop_back();
        if (s.rfind("listening: ", 0) == 0) h.api = s.substr(11);
        if (s.rfind("fingerprint: ", 0) == 0) h.fingerprint = s.substr(13);
        if (!h.api.empty() && !h.fingerprint.empty()) break;
    }
    fclose(f);  // the host's later stdout goes nowhere; it only logs to stderr
    if (h.api.empty()) throw std::runtime_error("motcua serve did not start (see " + db + ".serve.log)");
    h.port = h.api.substr(h.api.rfind(':') + 1);
    return h;
}

void stopHost(Host& h, int sig)
{
    if (h.pid <= 0) return;
    kill(h.pid, sig);
    int status = 0;
    waitpid(h.pid, &status, 0);
    h.pid = -1;
}

}  // namespace motcua::bench
