// Idle CPU of the wall screen (issue 6, "near-zero CPU between changes"); a benchmark, not a test.
// Run under an X server: tests/kiosk/with_xvfb.sh build/ci/tests/counter/wall_bench [SECONDS].
#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

extern char** environ;

namespace {

pid_t spawn(std::vector<std::string> args, bool quiet)
{
    std::vector<char*> argv;
    for (auto& a : args) argv.push_back(a.data());
    argv.push_back(nullptr);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    if (quiet) posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0);
    pid_t pid = 0;
    const int rc = ::posix_spawn(&pid, argv[0], &actions, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    if (rc != 0) {
        std::fprintf(stderr, "wall_bench: cannot start %s\n", args[0].c_str());
        std::exit(1);
    }
    return pid;
}

int run(std::vector<std::string> args)
{
    int status = 0;
    ::waitpid(spawn(std::move(args), true), &status, 0);
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

/// CPU seconds (user + system, all threads) the process has used so far.
double cpuSeconds(pid_t pid)
{
    std::ifstream in("/proc/" + std::to_string(pid) + "/stat");
    std::string stat;
    std::getline(in, stat);
    if (stat.rfind(')') == std::string::npos) return 0;
    std::istringstream fields(stat.substr(stat.rfind(')') + 2));  // after "pid (comm) "
    std::string skip;
    for (int i = 3; i < 14; ++i) fields >> skip;  // fields 3..13
    long utime = 0, stime = 0;
    fields >> utime >> stime;
    return static_cast<double>(utime + stime) / static_cast<double>(::sysconf(_SC_CLK_TCK));
}

void sleepSeconds(double s) { std::this_thread::sleep_for(std::chrono::duration<double>(s)); }

}  // namespace

int main(int argc, char** argv)
{
    const int seconds = argc > 1 ? std::atoi(argv[1]) : 30;
    const std::string size = argc > 2 ? argv[2] : "1920x1080";
    // "demo": the demo office, whose late list takes pages at 1080 lines; "quiet": the same with
    // every late dossier returned, so only the clock and the changes need a frame.
    const std::string office = argc > 3 ? argv[3] : "demo";
    if (seconds < 1 || !std::getenv("DISPLAY")) {
        std::fprintf(stderr, "usage: with_xvfb.sh wall_bench [SECONDS [WxH [demo|quiet]]] (needs DISPLAY)\n");
        return 2;
    }
    namespace fs = std::filesystem;
    const fs::path dir = fs::temp_directory_path() / ("wall-bench-" + std::to_string(::getpid()));
    fs::create_directories(dir);
    const std::string db = (dir / "wall.db").string();
    const std::string motcua = MOTCUA_BINARY;
    if (run({motcua, "--db", db, "init", "--demo"}) != 0) {
        std::fprintf(stderr, "wall_bench: motcua init failed\n");
        return 1;
    }
    if (office == "quiet") {
        for (const char* sql : {"UPDATE dossiers SET status = 'returned'"}) {
            if (run({"/usr/bin/sqlite3", db, sql}) != 0) {
                std::fprintf(stderr, "wall_bench: sqlite3 failed\n");
                return 1;
            }
        }
    }
    const pid_t wall = spawn({MOTCUA_COUNTER, "--wall", "--db", db, "--size", size}, false);
    sleepSeconds(4);  // start-up: fonts, the first picture, the frames after it
    const double startup = cpuSeconds(wall);
    sleepSeconds(seconds);
    const double idle = cpuSeconds(wall) - startup;
    // One change a second: a ticket issued, then called (the called one flashes on the wall).
    const double before = cpuSeconds(wall);
    for (int i = 0; i < seconds; ++i) {
        const auto t0 = std::chrono::steady_clock::now();
        if (i % 2 == 0) run({motcua, "--db", db, "ticket", "issue", "--group", "HT"});
        else run({motcua, "--db", db, "--as", "motcua1", "ticket", "call", "--counter", "1"});
        std::this_thread::sleep_until(t0 + std::chrono::seconds(1));
    }
    const double changing = cpuSeconds(wall) - before;
    ::kill(wall, SIGTERM);
    int status = 0;
    rusage usage{};
    ::wait4(wall, &status, 0, &usage);
    const double total = static_cast<double>(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
                         static_cast<double>(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
    fs::remove_all(dir);
    std::printf("{\"office\": \"%s\", \"size\": \"%s\", \"seconds\": %d, \"startup_cpu_s\": %.2f, \"idle_cpu_s\": %.2f, "
                "\"idle_cpu_percent\": %.2f, \"one_change_per_second_cpu_s\": %.2f, "
                "\"one_change_per_second_cpu_percent\": %.2f, \"whole_run_cpu_s_getrusage\": %.2f}\n",
                office.c_str(), size.c_str(), seconds, startup, idle, idle / seconds * 100, changing, changing / seconds * 100, total);
    return 0;
}
