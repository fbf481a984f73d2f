// Each call's sound for the web wall (issue 14 item 4): the wall's chime followed by the spoken
// call (counter/wall/voice.h's sentence, espeak-ng's Vietnamese voice), as one WAV the page plays —
// TV browsers rarely have a Vietnamese voice of their own. Rendered once per sentence and cached.
#pragma once

#include <cstddef>
#include <list>
#include <map>
#include <mutex>
#include <string>

namespace motcua::server {

class CallAudio {
public:
    /// `program` is espeak-ng (or a stand-in with its arguments); at most `cacheSize` WAVs are kept.
    explicit CallAudio(std::string program, std::size_t cacheSize = 64);

    /// The chime and the announcement of `label` called to `counter`. Without the voice program
    /// the chime alone (the flash on screen still says who is called).
    [[nodiscard]] std::string wav(const std::string& label, int counter);

    /// The sample data of `wav` (16-bit mono PCM) and its rate, or nothing if it is not such a WAV.
    struct Pcm {
        int rate = 0;
        std::string samples;
    };
    [[nodiscard]] static Pcm pcmOf(const std::string& wav);

private:
    std::string render(const std::string& sentence);

    std::string m_program;
    std::size_t m_cacheSize;
    std::mutex m_mutex;
    std::map<std::string, std::string> m_cache;  ///< sentence → WAV
    std::list<std::string> m_order;               ///< oldest first, for eviction
};

}  // namespace motcua::server
