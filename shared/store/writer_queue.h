// The queue of one process's writers to one SQLite file (store::Transaction takes it before BEGIN
// IMMEDIATE). First come, first served: the store host's connections wake the moment the writer
// before them ends, instead of polling in SQLite's busy handler, whose sleeps grow to 100 ms and
// let a newcomer take the lock ahead of a writer that has waited for a second (docs/performance.md).
#pragma once

#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <memory>
#include <mutex>
#include <set>
#include <string>

namespace motcua::store {

class WriterQueue {
public:
    /// Waits for this caller's turn; false (and the turn given up) after `timeout`.
    [[nodiscard]] bool enter(std::chrono::milliseconds timeout);
    /// Ends the current turn: the longest waiter goes next.
    void leave();

    /// The queue every connection of this process to `file` shares.
    [[nodiscard]] static std::shared_ptr<WriterQueue> forFile(const std::string& file);

private:
    std::mutex m_mutex;
    std::condition_variable m_turn;
    std::uint64_t m_next = 0;     ///< the ticket the next caller draws
    std::uint64_t m_serving = 0;  ///< the ticket whose turn it is
    std::set<std::uint64_t> m_gaveUp;
};

}  // namespace motcua::store
