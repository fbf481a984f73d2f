// Faults a test injects into a Desk (through HookedDesk): every call waits `delayMs`, then throws
// Error(Busy) with the network client's message while `down` is set — a slow LAN, a host that is
// away. All fields are atomics: the test changes them while the app's worker thread calls.
#pragma once

#include "domain/error.h"
#include "tests/common/hooked_desk.h"

#include <atomic>
#include <chrono>
#include <memory>
#include <string_view>
#include <thread>

namespace motcua::service::test {

struct Faults {
    std::atomic<int> delayMs{0};
    std::atomic<bool> down{false};
    std::atomic<bool> filesDown{false};  ///< only the digitised papers fail (an upload cut off)
    std::atomic<int> calls{0};
    std::atomic<int> inFlight{0};  ///< calls waiting in the hook right now
    std::atomic<int> writes{0};    ///< callNext / issueTicket / receive calls that reached the store

    void before(std::string_view method)
    {
        if (method == "now" || method == "currentUser") return;  // the client's own clock and session
        ++calls;
        ++inFlight;
        if (const int ms = delayMs.load()) std::this_thread::sleep_for(std::chrono::milliseconds(ms));
        --inFlight;
        if (filesDown && (method == "attach" || method == "attachments"))
            throw Error(ErrorCode::Busy, "Không gửi được tệp lên máy chủ; kiểm tra mạng rồi thử lại");
        if (down) throw Error(ErrorCode::Busy, "Không kết nối được máy chủ; kiểm tra mạng rồi thử lại");
        if (method == "callNext" || method == "issueTicket" || method == "receive") ++writes;
    }
};

/// `inner` behind the faults (which must outlive the Desk).
inline std::unique_ptr<Desk> faultyDesk(std::unique_ptr<Desk> inner, Faults& faults)
{
    return std::make_unique<HookedDesk>(std::move(inner), [&faults](std::string_view m) { faults.before(m); });
}

}  // namespace motcua::service::test
