// Calls spoken in the hall (motcua-counter --wall --voice): "Mời công dân có số thứ tự A 0 2 3
// đến quầy số 3", digits read one by one; calls are queued and each is spoken to the end.
#pragma once

#include "service/desk.h"

#include <condition_variable>
#include <deque>
#include <functional>
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

/// Speaks queued sentences one after another on its own thread, never cutting one off.
class WallVoice {
public:
    /// Speaks one sentence and returns when it is done.
    using Speak = std::function<void(const std::string&)>;
    explicit WallVoice(Speak speak);
    ~WallVoice();  ///< finishes the sentence being spoken; drops the ones still waiting
    WallVoice(const WallVoice&) = delete;
    WallVoice& operator=(const WallVoice&) = delete;

    void say(std::string sentence);
    /// Blocks until the queue is empty and nothing is being spoken (tests).
    void drain();

    /// espeak-ng with the Vietnamese voice (errors are ignored: the screen matters more).
    [[nodiscard]] static Speak espeak();

private:
    void loop();

    Speak m_speak;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::deque<std::string> m_queue;
    bool m_busy = false;
    bool m_stop = false;
    std::thread m_thread;
};

}  // namespace motcua::counter
