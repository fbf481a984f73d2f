// The crash-safety workload (issue 7): a front desk's mixed day — issue, call, receive, forward,
// return, sweep — against a real store file, writing each operation to a side log only after its
// commit returned. The parent kills it with SIGKILL at a random moment and checks the store.
#include "domain/date.h"
#include "domain/error.h"
#include "service/desk.h"

#include <fcntl.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <random>
#include <string>

using namespace motcua;

namespace {

/// Appends one acknowledged operation and forces it to disk before the next operation starts.
void acknowledge(int fd, const std::string& line)
{
    const std::string l = line + "\n";
    if (::write(fd, l.data(), l.size()) != static_cast<ssize_t>(l.size())) std::_Exit(3);
    ::fsync(fd);
}

}  // namespace

int main(int argc, char** argv)
{
    if (argc != 4 && argc != 5) {
        std::fprintf(stderr, "usage: crash_worker DB LOG SEED [DAY]\n");
        return 2;
    }
    const int log = ::open(argv[2], O_WRONLY | O_CREAT | O_APPEND, 0644);
    if (log < 0) return 2;
    
    // Each run is another day, so numbering restarts and 200 runs never reach 9,999 a day.
    // DAY (for many workers sharing one day's queue) defaults to the seed.
    const auto seed = std::strtol(argv[3], nullptr, 10);
    const auto day = argc == 5 ? std::strtol(argv[4], nullptr, 10) : seed;
    const auto now = *domain::parseLocalDateTime("2026-11-23 09:00") + day * domain::kSecondsPerDay;
    std::mt19937 rng(static_cast<unsigned>(seed));
    try {
        service::DeskOptions o;
        o.clock = service::fixedClock(now);
        o.migrate = false;
        auto desk = service::openSqliteDesk(argv[1], o);
        desk->actAs("admin");
        // Tells the parent the work starts now, so its random kill lands in the work and not in
        // the start-up (which an AddressSanitizer build makes several times longer).
        if (const char* ready = std::getenv("MOTCUA_CRASH_READY_FD")) {
            const int fd = std::atoi(ready);
            if (::write(fd, "R", 1) != 1) return 2;
            ::close(fd);
        }
        std::string lastCode;
        for (;;) {
            try {
                switch (rng() % 6) {
                case 0:
                case 1: {
                    const auto t = desk->issueTicket({rng() % 2 ? "HT" : "DD", rng() % 5 ? "" : "Người cao tuổi", true});
                    acknowledge(log, "ticket " + t.ticket.day.iso() + "/" + t.ticket.label);
                    break;
                }
                case 2: {
                    const auto t = desk->callNext(static_cast<int>(rng() % 3) + 1);
                    acknowledge(log, "called " + t.day.iso() + "/" + t.label);
                    break;
                }
                case 3: {
                    const auto d = desk->receive({"1.004873", "Nguyễn Văn An", "038095001234", "", "", domain::Channel::Direct, ""});
                    lastCode = d.code;
                    acknowledge(log, "dossier " + d.code);
                    break;
                }
                case 4:
                    if (!lastCode.empty()) {
                        const auto d = desk->forward(lastCode, "Công chức Tư pháp - Hộ tịch", 4.0, "Chuyển xử lý");
                        acknowledge(log, "forwarded " + d.code);
                        desk->markResult(lastCode);
                        desk->returnResult(lastCode, "");
                        acknowledge(log, "returned " + d.code);
                        lastCode.clear();
                    }
                    break;
                default: desk->sweep(); break;
                }
            } catch (const Error& e) {
                if (e.code() != ErrorCode::Empty && e.code() != ErrorCode::Busy) throw;
            }
        }
    } catch (const std::exception& e) {
        std::fprintf(stderr, "crash_worker: %s\n", e.what());
        return 1;
    }
}
