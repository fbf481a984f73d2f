// The wall's voice: call sentences, which calls are new, and the thread that plays each call
// (chime, then speech) to the end before the next. The processes behind it: wall_sound.cpp.
#include "counter/wall/voice.h"

#include <algorithm>
#include <cctype>

namespace motcua::counter {

namespace {

std::string spelled(const std::string& text)
{
    std::string out;
    for (char c : text) {
        if (std::isspace(static_cast<unsigned char>(c))) continue;
        if (!out.empty()) out += ' ';
        out += c;
    }
    return out;
}

bool sameCall(const service::RecentCall& a, const service::RecentCall& b)
{
    return a.label == b.label && a.counter == b.counter && a.at == b.at && a.recall == b.recall;
}

}  // namespace

std::string callSentence(const std::string& label, int counter)
{
    return "Mời công dân có số thứ tự " + spelled(label) + " đến quầy số " + spelled(std::to_string(counter));
}

std::vector<service::RecentCall> newCalls(const std::vector<service::RecentCall>& fresh,
                                          const std::optional<service::RecentCall>& lastSeen, bool firstPicture)
{
    std::vector<service::RecentCall> out;
    if (firstPicture) return out;
    for (const auto& c : fresh) {
        if (lastSeen && sameCall(c, *lastSeen)) break;
        out.push_back(c);
    }
    std::reverse(out.begin(), out.end());  // oldest first
    return out;
}

WallVoice::WallVoice(Play play, Synthesize synthesize, std::string chime)
    : m_play(std::move(play)), m_synthesize(std::move(synthesize)), m_chime(std::move(chime)), m_thread([this] { loop(); })
{
}

WallVoice::~WallVoice()
{
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
        m_queue.clear();
    }
    m_wake.notify_all();
    m_thread.join();
}

void WallVoice::say(std::string sentence)
{
    {
        std::lock_guard lock(m_mutex);
        m_queue.push_back(std::move(sentence));
    }
    m_wake.notify_all();
}

void WallVoice::drain()
{
    std::unique_lock lock(m_mutex);
    m_wake.wait(lock, [this] { return m_queue.empty() && !m_busy; });
}

void WallVoice::loop()
{
    std::unique_lock lock(m_mutex);
    for (;;) {
        m_wake.wait(lock, [this] { return m_stop || !m_queue.empty(); });
        if (m_queue.empty()) return;  // stopping
        std::string sentence = std::move(m_queue.front());
        m_queue.pop_front();
        m_busy = true;
        lock.unlock();
        // Synthesised before the chime, so the sentence follows it without a gap.
        const std::string speech = m_synthesize(sentence);
        if (!m_chime.empty()) m_play(m_chime);
        if (!speech.empty()) m_play(speech);
        lock.lock();
        m_busy = false;
        m_wake.notify_all();
    }
}

}  // namespace motcua::counter
