// The call's WAV: espeak-ng writes the sentence to a pipe (posix_spawn, no shell: the sentence is
// one argument, never parsed); its samples follow the chime's, made at espeak-ng's own rate.
#include "server/public/call_audio.h"

#include "counter/wall/chime.h"
#include "counter/wall/voice.h"

#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstdint>
#include <vector>

extern char** environ;

namespace motcua::server {

namespace {

std::uint32_t le32(const std::string& s, std::size_t at)
{
    std::uint32_t v = 0;
    for (int i = 3; i >= 0; --i) v = (v << 8) | static_cast<unsigned char>(s[at + static_cast<std::size_t>(i)]);
    return v;
}

std::uint16_t le16(const std::string& s, std::size_t at)
{
    return static_cast<std::uint16_t>(static_cast<unsigned char>(s[at]) | (static_cast<unsigned char>(s[at + 1]) << 8));
}

void put(std::string& out, std::uint32_t v, int bytes)
{
    for (int i = 0; i < bytes; ++i) out += static_cast<char>((v >> (8 * i)) & 0xFF);
}

std::string wavOf(int rate, const std::string& samples)
{
    std::string out = "RIFF";
    put(out, static_cast<std::uint32_t>(36 + samples.size()), 4);
    out += "WAVEfmt ";
    put(out, 16, 4);
    put(out, 1, 2);  // PCM
    put(out, 1, 2);  // mono
    put(out, static_cast<std::uint32_t>(rate), 4);
    put(out, static_cast<std::uint32_t>(rate * 2), 4);
    put(out, 2, 2);
    put(out, 16, 2);
    out += "data";
    put(out, static_cast<std::uint32_t>(samples.size()), 4);
    return out + samples;
}

/// Runs `args` and returns its stdout; empty when it cannot run or fails.
std::string capture(std::vector<std::string> args)
{
    std::vector<char*> argv;
    for (auto& a : args) argv.push_back(a.data());
    argv.push_back(nullptr);
    int fds[2] = {-1, -1};
    if (::pipe2(fds, O_CLOEXEC) != 0) return {};
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0);
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0);
    posix_spawn_file_actions_adddup2(&actions, fds[1], 1);
    pid_t pid = 0;
    const int rc = ::posix_spawnp(&pid, argv[0], &actions, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    ::close(fds[1]);
    std::string out;
    if (rc == 0) {
        char buf[65536];
        for (ssize_t n; (n = ::read(fds[0], buf, sizeof buf)) != 0;) {
            if (n > 0) out.append(buf, static_cast<std::size_t>(n));
            else if (errno != EINTR) break;
        }
    }
    ::close(fds[0]);
    if (rc != 0) return {};
    int status = 0;
    while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {}
    return WIFEXITED(status) && WEXITSTATUS(status) == 0 ? out : std::string();
}

}  // namespace

CallAudio::CallAudio(std::string program, std::size_t cacheSize) : m_program(std::move(program)), m_cacheSize(cacheSize) {}

CallAudio::Pcm CallAudio::pcmOf(const std::string& wav)
{
    if (wav.size() < 12 || wav.compare(0, 4, "RIFF") != 0 || wav.compare(8, 4, "WAVE") != 0) return {};
    Pcm pcm;
    // Walk the chunks: espeak-ng on a pipe writes "unknown length" sizes, so the data chunk is
    // taken to the end of what was read.
    for (std::size_t at = 12; at + 8 <= wav.size();) {
        const std::string id = wav.substr(at, 4);
        const std::uint32_t size = le32(wav, at + 4);
        if (id == "fmt " && at + 24 <= wav.size()) {
            if (le16(wav, at + 8) != 1 || le16(wav, at + 10) != 1 || le16(wav, at + 22) != 16) return {};
            pcm.rate = static_cast<int>(le32(wav, at + 12));
        } else if (id == "data") {
            const std::size_t start = at + 8;
            const std::size_t n = std::min<std::size_t>(size, wav.size() - start) & ~std::size_t{1};
            pcm.samples = wav.substr(start, n);
            return pcm.rate > 0 ? pcm : Pcm{};
        }
        at += 8 + size + (size & 1);
    }
    return {};
}

std::string CallAudio::render(const std::string& sentence)
{
    const Pcm speech = pcmOf(capture({m_program, "-v", "vi", "-s", "130", "--stdout", sentence}));
    const int rate = speech.rate > 0 ? speech.rate : 22050;
    const Pcm chime = pcmOf(counter::chimeWav(rate));
    // A short pause between the chime and the voice, as in the hall.
    const std::string pause(static_cast<std::size_t>(rate / 5) * 2, '\0');
    return wavOf(rate, chime.samples + pause + speech.samples);
}

std::string CallAudio::wav(const std::string& label, int counter)
{
    const std::string sentence = counter::callSentence(label, counter);
    {
        std::lock_guard lock(m_mutex);
        if (const auto it = m_cache.find(sentence); it != m_cache.end()) return it->second;
    }
    std::string out = render(sentence);  // outside the lock: espeak-ng takes a moment
    std::lock_guard lock(m_mutex);
    if (m_cache.emplace(sentence, out).second) {
        m_order.push_back(sentence);
        if (m_order.size() > m_cacheSize) {
            m_cache.erase(m_order.front());
            m_order.pop_front();
        }
    }
    return out;
}

}  // namespace motcua::server
