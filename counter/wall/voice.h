// Calls spoken in the hall (motcua-counter --wall --voice): "Mời công dân có số thứ tự A 0 2 3
// đến quầy số 3", digits read one by one, a chime first; calls are queued and each is played to the end.
#pragma once

#include "service/desk.h"

#include <condition_variable>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <vector>

namespace motcua::counter {

/// The sentence for a call: every letter and digit of the label and the counter said apart.
[[nodiscard]] std::string callSentence(const std::string& label, int counter);

/// The calls in `fresh` (newest first) that came after `lastSeen`, oldest first: all of them when
/// `lastSeen` is empty or not among them (many calls since); none on the first picture (the
/// calls made before the wall started are not announced again).
[[nodiscard]] std::vector<service::RecentCall> newCalls(const std::vector<service::RecentCall>& fresh,
                                                        const std::optional<service::RecentCall>& lastSeen,
                                                        bool firstPicture);

/// Plays each queued call — the chime, then the sentence — on its own thread, one call after
/// another, never cutting one off. Chime and speech go through the same player.
class WallVoice {
public:
    /// Plays WAV bytes and returns when they are done.
    using Play = std::function<void(const std::string& wav)>;
    /// Turns a sentence into WAV bytes; empty when it could not (then nothing is played).
    using Synthesize = std::function<std::string(const std::string& sentence)>;

    WallVoice(Play play, Synthesize synthesize, std::string chime);
    ~WallVoice();  ///< finishes the call being played; drops the ones still waiting
    WallVoice(const WallVoice&) = delete;
    WallVoice& operator=(const WallVoice&) = delete;

    /// Queues one call: the chime, then `sentence`.
    void say(std::string sentence);
    /// Blocks until the queue is empty and nothing is being played (tests).
    void drain();

    /// The voice of this machine: espeak-ng's Vietnamese voice (WAV on its stdout) and the chime,
    /// both played by the first of aplay, paplay, pw-play found on PATH. Without any of them
    /// espeak-ng speaks by itself and there is no chime (said once on stderr). Errors are ignored
    /// otherwise: the screen matters more.
    [[nodiscard]] static std::unique_ptr<WallVoice> forSystem();

private:
    void loop();

    Play m_play;
    Synthesize m_synthesize;
    std::string m_chime;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::deque<std::string> m_queue;
    bool m_busy = false;
    bool m_stop = false;
    std::thread m_thread;
};

}  // namespace motcua::counter
