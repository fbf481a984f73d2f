// The kiosk's loop with its worker thread (issue 14 item 3): frames keep coming while a slow host
// answers or a printer stalls, the screen shows it is working, a double tap issues one ticket,
// a host that is away gets a calm notice and the kiosk carries on by itself once it is back, and
// a printer that never reads ends with the number voided — never a number the store has not.
#include "kiosk_support.h"
#include "kiosk/kiosk_loop.h"
#include "ui/working_badge.h"
#include "tests/common/faults.h"

#include <catch2/catch.hpp>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <chrono>
#include <thread>

using namespace motcua;
using namespace motcua::kiosk;
using namespace motcua::kiosk::test;
using motcua::service::test::Faults;

namespace {

using Clock = std::chrono::steady_clock;

/// A "printer" on a free loopback port. Accepting, it takes the connection and never reads (a
/// ticket fits in the socket buffers: the print goes out). Not accepting, its queue is kept full
/// by two connections nobody takes, so the kiosk's connect hangs like a printer gone silent.
class StalledPrinter {
public:
    explicit StalledPrinter(bool accepting)
    {
        m_fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
        const int small = 1024;
        ::setsockopt(m_fd, SOL_SOCKET, SO_RCVBUF, &small, sizeof small);
        sockaddr_in a{};
        a.sin_family = AF_INET;
        a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        a.sin_port = 0;
        REQUIRE(::bind(m_fd, reinterpret_cast<sockaddr*>(&a), sizeof a) == 0);
        REQUIRE(::listen(m_fd, 0) == 0);
        socklen_t len = sizeof a;
        ::getsockname(m_fd, reinterpret_cast<sockaddr*>(&a), &len);
        m_port = ntohs(a.sin_port);
        if (accepting) {
            m_accept = std::thread([this] { m_client = ::accept(m_fd, nullptr, nullptr); });
            return;
        }
        for (int& filler : m_fillers) {
            filler = ::socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
            ::connect(filler, reinterpret_cast<sockaddr*>(&a), sizeof a);
        }
    }
    ~StalledPrinter()
    {
        ::shutdown(m_fd, SHUT_RDWR);  // wakes accept() if nobody came
        if (m_accept.joinable()) m_accept.join();
        for (int f : m_fillers)
            if (f >= 0) ::close(f);
        if (m_client >= 0) ::close(m_client);
        ::close(m_fd);
    }
    StalledPrinter(const StalledPrinter&) = delete;
    StalledPrinter& operator=(const StalledPrinter&) = delete;
    [[nodiscard]] std::string spec() const { return "escpos-tcp:127.0.0.1:" + std::to_string(m_port); }

private:
    int m_fd = -1;
    int m_client = -1;
    int m_fillers[2] = {-1, -1};
    int m_port = 0;
    std::thread m_accept;
};

/// The demo office, the kiosk's loop on a Desk behind `faults`, driven by headless frames.
struct LoopRig {
    explicit LoopRig(const std::string& printerSpec = "", int printerTimeoutMs = 10000)
    {
        KioskLoopSetup setup;
        setup.desk = service::test::faultyDesk(k.openDesk("kiosk", 1500), faults);
        documents::PrinterOptions po;
        po.timeoutMs = printerTimeoutMs;
        setup.printer = documents::openPrinter(printerSpec.empty() ? "pdf:" + k.printDir : printerSpec, po);
        KioskState state = k.state;
        state.printerName = setup.printer->describe();
        state.printerIsNone = false;
        setup.clock = service::fixedClock(*domain::parseLocalDateTime(kNow));
        loop = std::make_unique<KioskLoop>(std::move(state), std::move(setup));
        REQUIRE(loop->finishAll(10));
    }
    void draw(const ui::Fonts& fonts) { loop->draw(fonts); }
    std::vector<std::string> frame()
    {
        auto text = k.ui.frame([this](const ui::Fonts& f) { draw(f); });
        loop->afterFrame();
        loop->storeChanged();
        return text;
    }
    bool click(const std::string& id)
    {
        const bool found = k.ui.clickItem(id, [this](const ui::Fonts& f) { draw(f); });
        loop->afterFrame();
        return found;
    }
    /// Draws frames (5 ms apart) until `done` or `seconds` pass; counts those drawn while a Desk
    /// call was in flight, and notes whether a frame showed `watch`.
    template <class Done>
    void frames(double seconds, Done done, const std::string& watch = {})
    {
        const auto until = Clock::now() + std::chrono::duration<double>(seconds);
        while (Clock::now() < until && !done()) {
            const bool during = faults.inFlight > 0 || loop->working();
            const auto text = frame();
            if (during) ++framesWhileWorking;
            if (!watch.empty() && KioskFixture::shows(text, watch)) sawWatch = true;
            std::this_thread::sleep_for(std::chrono::milliseconds(5));
        }
    }
    domain::TicketStatus stored(const std::string& label) { return k.desk->ticketInfo(label).ticket.status; }

    KioskFixture k;
    Faults faults;
    std::unique_ptr<KioskLoop> loop;
    int framesWhileWorking = 0;
    bool sawWatch = false;
};

}  // namespace

TEST_CASE("a slow host: frames keep coming, the kiosk shows it is working, a double tap issues one ticket",
          "[kiosk][worker]")
{
    LoopRig r;
    const auto before = r.k.desk->tickets(std::nullopt).size();
    r.faults.delayMs = 400;  // every Desk call takes a slow LAN round trip
    REQUIRE(r.click("##group-HT"));
    r.frames(0.15, [] { return false; });
    REQUIRE(r.loop->working());
    REQUIRE(r.click("##group-HT"));  // the second half of a double tap, while the first is in flight
    r.frames(10, [&] { return r.loop->state().screen == Screen::Ticket; }, ui::kWorkingText);
    CHECK(r.sawWatch);  // "Đang xử lý…" while the call took its time
    CHECK(r.framesWhileWorking >= 20);
    REQUIRE(r.loop->state().screen == Screen::Ticket);
    const std::string label = r.loop->state().ticket.issued.ticket.label;
    r.sawWatch = false;
    r.frames(10, [&] { return r.loop->state().ticket.status != PrintStatus::Printing; }, "Đang in vé");
    CHECK(r.sawWatch);
    CHECK(r.loop->state().ticket.status == PrintStatus::Printed);
    REQUIRE(r.loop->finishAll(10));
    CHECK(r.stored(label) == domain::TicketStatus::Waiting);
    CHECK(r.k.desk->tickets(std::nullopt).size() == before + 1);  // one ticket, not two
    CHECK(r.faults.writes == 1);
}

TEST_CASE("a host that is away: a calm notice, automatic retries, the ticket once it is back", "[kiosk][worker]")
{
    LoopRig r;
    r.faults.down = true;
    REQUIRE(r.click("##group-DD"));
    r.frames(1.0, [&] { return !r.loop->state().storeNotice.empty(); });
    CHECK(r.loop->state().storeNotice.text == &txt::kStoreBusy);
    CHECK(KioskFixture::shows(r.frame(), "đang thử lại"));
    CHECK(r.loop->state().screen == Screen::Home);
    r.faults.down = false;  // the host is back: the kiosk goes on by itself, nobody taps again
    r.frames(8, [&] {
        const auto& s = r.loop->state();
        return s.screen == Screen::Ticket && s.ticket.status != PrintStatus::Printing && !r.loop->working();
    });
    REQUIRE(r.loop->state().screen == Screen::Ticket);
    CHECK(r.loop->state().ticket.status == PrintStatus::Printed);
    CHECK(r.stored(r.loop->state().ticket.issued.ticket.label) == domain::TicketStatus::Waiting);
    CHECK(r.loop->state().storeNotice.empty());
}

TEST_CASE("a printer that takes no connection: the kiosk keeps drawing \"Đang in vé…\", then voids the number",
          "[kiosk][worker][printer]")
{
    StalledPrinter printer(false);
    LoopRig r(printer.spec(), 1500);
    REQUIRE(r.click("##group-HT"));
    r.frames(5, [&] { return r.loop->state().screen == Screen::Ticket; });
    REQUIRE(r.loop->state().screen == Screen::Ticket);
    const std::string label = r.loop->state().ticket.issued.ticket.label;
    const auto t0 = Clock::now();
    r.framesWhileWorking = 0;
    r.frames(10, [&] { return r.loop->state().ticket.status != PrintStatus::Printing; }, "Đang in vé");
    const double took = std::chrono::duration<double>(Clock::now() - t0).count();
    CHECK(took >= 1.0);                 // the printer really stalled (the 1.5 s time-out) …
    CHECK(r.framesWhileWorking >= 50);  // … and the screen went on drawing all along
    CHECK(r.sawWatch);
    CHECK(r.loop->state().ticket.status == PrintStatus::Failed);
    REQUIRE(r.loop->finishAll(10));
    CHECK(r.stored(label) == domain::TicketStatus::Void);  // never a number the store would call
}

TEST_CASE("a printer that accepts and never reads: the ticket fits its buffers, is printed and confirmed",
          "[kiosk][worker][printer]")
{
    StalledPrinter printer(true);
    LoopRig r(printer.spec(), 1500);
    REQUIRE(r.click("##group-HT"));
    r.frames(8, [&] {
        const auto& s = r.loop->state();
        return s.screen == Screen::Ticket && s.ticket.status != PrintStatus::Printing && !r.loop->working();
    });
    REQUIRE(r.loop->state().screen == Screen::Ticket);
    CHECK(r.loop->state().ticket.status == PrintStatus::Printed);
    CHECK(r.stored(r.loop->state().ticket.issued.ticket.label) == domain::TicketStatus::Waiting);
}
