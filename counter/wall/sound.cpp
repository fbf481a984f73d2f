// The wall voice's processes (WallVoice::forSystem): espeak-ng writes the sentence as WAV to a
// pipe, and one player (aplay, paplay or pw-play) plays the chime and the speech from a temporary
// file. posix_spawn, no shell: the sentence is one argument, never parsed.
#include "counter/wall/chime.h"
#include "counter/wall/voice.h"

#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

extern char** environ;

namespace motcua::counter {

namespace {

/// Runs argv to the end; its stdout (when `out` is given) is read into `out`, stderr dropped.
bool runProcess(std::vector<std::string> args, std::string* out)
{
    std::vector<char*> argv;
    for (auto& a : args) argv.push_back(a.data());
    argv.push_back(nullptr);
    int pipeFds[2] = {-1, -1};
    if (out && ::pipe2(pipeFds, O_CLOEXEC) != 0) return false;
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0);
    if (out) posix_spawn_file_actions_adddup2(&actions, pipeFds[1], 1);
    pid_t pid = 0;
    const int rc = ::posix_spawnp(&pid, argv[0], &actions, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    if (out) {
        ::close(pipeFds[1]);
        if (rc == 0) {
            char buf[65536];
            for (ssize_t n; (n = ::read(pipeFds[0], buf, sizeof buf)) != 0;) {
                if (n > 0) out->append(buf, static_cast<std::size_t>(n));
                else if (errno != EINTR) break;
            }
        }
        ::close(pipeFds[0]);
    }
    if (rc != 0) return false;
    int status = 0;
    while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {}
    return WIFEXITED(status) && WEXITSTATUS(status) == 0;
}

/// The first player found on PATH, or "".
std::string findPlayer()
{
    const char* path = std::getenv("PATH");
    std::string dirs = path ? path : "/usr/bin:/bin";
    for (const char* player : {"aplay", "paplay", "pw-play"}) {
        std::size_t start = 0;
        while (start <= dirs.size()) {
            const std::size_t end = std::min(dirs.find(':', start), dirs.size());
            const std::string file = dirs.substr(start, end - start) + "/" + player;
            if (end > start && ::access(file.c_str(), X_OK) == 0) return player;
            start = end + 1;
        }
    }
    return "";
}

WallVoice::Play playerFor(const std::string& player)
{
    return [player](const std::string& wav) {
        const char* tmp = std::getenv("TMPDIR");
        std::string name = std::string(tmp && *tmp ? tmp : "/tmp") + "/motcua-wall-XXXXXX";
        const int fd = ::mkstemp(name.data());
        if (fd < 0) return;
        const bool written = ::write(fd, wav.data(), wav.size()) == static_cast<ssize_t>(wav.size());
        ::close(fd);
        std::vector<std::string> args = {player};
        if (player == "aplay") args.emplace_back("-q");
        args.push_back(name);
        if (written) runProcess(args, nullptr);
        ::unlink(name.c_str());
    };
}

std::string espeakWav(const std::string& sentence)
{
    std::string wav;
    if (!runProcess({"espeak-ng", "-v", "vi", "-s", "130", "--stdout", sentence}, &wav)) return "";
    // Written to a pipe, espeak-ng's header says "unknown length" (0x7ffff000): the real sizes go
    // in, so the player reads a complete file rather than a stream cut short.
    if (wav.size() >= 44 && wav.compare(0, 4, "RIFF") == 0 && wav.compare(36, 4, "data") == 0) {
        auto put32 = [&wav](std::size_t at, std::size_t v) {
            for (int i = 0; i < 4; ++i) wav[at + static_cast<std::size_t>(i)] = static_cast<char>((v >> (8 * i)) & 0xFF);
        };
        put32(4, wav.size() - 8);
        put32(40, wav.size() - 44);
    }
    return wav;
}

}  // namespace

std::unique_ptr<WallVoice> WallVoice::forSystem()
{
    const std::string player = findPlayer();
    if (player.empty()) {
        std::fprintf(stderr, "motcua: không thấy aplay, paplay hay pw-play: đọc số bằng espeak-ng, không có tiếng chuông\n");
        return std::make_unique<WallVoice>(
            [](const std::string&) {},
            [](const std::string& sentence) {
                runProcess({"espeak-ng", "-v", "vi", "-s", "130", sentence}, nullptr);
                return std::string();
            },
            std::string());
    }
    return std::make_unique<WallVoice>(playerFor(player), espeakWav, chimeWav());
}

}  // namespace motcua::counter
