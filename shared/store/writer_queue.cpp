#include "store/writer_queue.h"

#include <filesystem>
#include <map>

namespace motcua::store {

bool WriterQueue::enter(std::chrono::milliseconds timeout)
{
    std::unique_lock lock(m_mutex);
    const std::uint64_t ticket = m_next++;
    if (m_turn.wait_for(lock, timeout, [&] { return m_serving == ticket; })) return true;
    m_gaveUp.insert(ticket);  // skipped when its turn comes
    return false;
}

void WriterQueue::leave()
{
    {
        const std::lock_guard lock(m_mutex);
        ++m_serving;
        while (m_gaveUp.erase(m_serving) > 0) ++m_serving;
    }
    m_turn.notify_all();
}

std::shared_ptr<WriterQueue> WriterQueue::forFile(const std::string& file)
{
    static std::mutex registryMutex;
    static std::map<std::string, std::weak_ptr<WriterQueue>> registry;
    std::error_code ec;
    std::string key = std::filesystem::weakly_canonical(file, ec).string();
    if (ec) key = file;
    const std::lock_guard lock(registryMutex);
    auto& slot = registry[key];
    auto queue = slot.lock();
    if (!queue) {
        std::erase_if(registry, [](const auto& entry) { return entry.second.expired(); });
        queue = std::make_shared<WriterQueue>();
        registry[key] = queue;
        return queue;
    }
    return queue;
}

}  // namespace motcua::store
