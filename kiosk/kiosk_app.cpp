// The kiosk program: opens the store (as the `kiosk` account) or the store host and the printer, then hands the
// ui runner a draw callback (state → commands), an after-frame step (apply, retries), a cheap
// store-change check (data_version) and the next deadline (clock, time-outs, retries), so an
// untouched kiosk sleeps instead of redrawing.
#include "kiosk/kiosk_app.h"

#include "kiosk/apply.h"
#include "kiosk/screens.h"
#include "domain/error.h"
#include "ui/open_desk.h"
#include "ui/runner.h"

#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <memory>

namespace motcua::kiosk {

namespace {

using SteadyClock = std::chrono::steady_clock;

double secondsSince(SteadyClock::time_point t0) { return std::chrono::duration<double>(SteadyClock::now() - t0).count(); }

int fail(int code, const std::string& message)
{
    std::fprintf(stderr, "motcua-kiosk: %s\n", message.c_str());
    return code;
}

class KioskApp {
public:
    KioskApp(KioskOptions options, SteadyClock::time_point started)
        : m_options(std::move(options)), m_started(started), m_timing(std::getenv("MOTCUA_KIOSK_TIMING") != nullptr)
    {
    }

    /// Opens the store and the printer; returns an exit code, 0 when ready.
    int open()
    {
        if (!ui::usesServer(m_options) && !std::filesystem::exists(m_options.db))
            return fail(2, "Không có tệp cơ sở dữ liệu " + m_options.db + "; tạo bằng: motcua --db " + m_options.db + " init");
        try {
            m_printer = documents::openPrinter(m_options.printer, printerOptions());
        } catch (const Error& e) {
            return fail(2, e.what());
        }
        m_state.printerName = m_printer->describe();
        m_state.printerIsNone = m_state.printerName == "none";
        m_state.lang = m_options.lang;
        m_state.defaultLang = m_options.lang;
        m_clock = m_options.now ? service::fixedClock(*m_options.now) : service::systemClock();
        m_state.now = m_clock();
        if (!connect() && m_options.screen) return fail(1, "Không mở được " + ui::storeName(m_options) + ": " + m_lastError);
        if (m_options.screen && m_desk) {
            try {
                prepareScreen(*m_options.screen, *m_desk, m_state);
            } catch (const Error& e) {
                return fail(1, e.what());
            }
        }
        return m_fatal.empty() ? 0 : fail(1, m_fatal);
    }

    int run()
    {
        auto r = ui::windowOptions("motcua-kiosk", m_options.width, m_options.height, ui::ThemeKind::Kiosk, {30, 46, 220},
                                   m_options.screenshot);
        r.fullscreen = m_options.fullscreen;
        r.allowClose = !m_options.fullscreen;
        return ui::runWindow(r, ui::appCallbacks(*this));
    }

private:
    friend ui::AppCallbacks ui::appCallbacks<KioskApp>(KioskApp&);
    bool shouldQuit() const { return m_state.quit; }

    documents::PrinterOptions printerOptions() const
    {
        documents::PrinterOptions p;
        p.timeoutMs = 5000;  // the citizen is standing there; printing is synchronous for now
        return p;
    }

    /// Opens the store; on Busy/Storage the kiosk starts anyway with a notice and retries.
    bool connect()
    {
        try {
            service::DeskOptions d;
            d.clock = m_clock;
            d.migrate = false;
            d.busyTimeoutMs = 1500;  // a frame may wait this long; then a notice and a retry
            auto desk = ui::openDesk(m_options, d, "kiosk");
            // Over the network the host runs this kiosk device as the kiosk account (no actAs there).
            if (!ui::usesServer(m_options)) desk->actAs("kiosk");
            m_desk = std::move(desk);
            m_version = m_desk->dataVersion();
            refresh(*m_desk, m_state);
            return true;
        } catch (const Error& e) {
            m_lastError = e.what();
            if (e.code() == ErrorCode::Busy || e.code() == ErrorCode::Storage) {
                m_state.storeNotice = {&txt::kStoreDown, e.what()};
                m_reconnectAt = secondsSince(m_started) + kRetrySeconds;
                return false;
            }
            m_fatal = e.what();  // a newer schema, no kiosk account: nothing a retry fixes
            return false;
        }
    }

    void draw(const ui::Fonts& fonts)
    {
        m_state.now = m_clock();
        tick(m_state, secondsSince(m_started));
        drawKiosk(m_state, m_commands, fonts);
        if (m_timing && !m_firstFrameReported) {
            m_firstFrameReported = true;
            std::fprintf(stderr, "{\"first_frame_ms\": %.1f}\n", secondsSince(m_started) * 1000);
        }
    }

    bool afterFrame()
    {
        const Screen before = m_state.screen;
        const bool had = !m_commands.empty();
        m_state.seconds = secondsSince(m_started);
        if (!m_desk) {
            m_commands.clear();
            if (m_state.seconds >= m_reconnectAt) connect();
            return had;
        }
        const bool printing = m_state.screen == Screen::Ticket && m_state.ticket.status == PrintStatus::Printing;
        apply(m_commands, *m_desk, *m_printer, m_state);
        retryDue(*m_desk, *m_printer, m_state);
        if (m_state.hours && ticketsOpen(m_state) != m_state.hours->open) refresh(*m_desk, m_state);  // opened or closed
        if (m_timing && printing && m_state.ticket.status != PrintStatus::Printing)
            std::fprintf(stderr, "{\"tap_to_printed_ms\": %.1f}\n", m_state.ticket.tapToPrintMs);
        return had || before != m_state.screen;
    }

    bool storeChanged()
    {
        if (!m_desk) return false;
        try {
            const auto v = m_desk->dataVersion();
            if (v == m_version) return false;
            m_version = v;
            refresh(*m_desk, m_state);
            return true;
        } catch (const Error&) {
            return false;
        }
    }

    double nextDeadline()
    {
        m_state.seconds = secondsSince(m_started);
        double next = 60.0 - static_cast<double>(m_clock() % 60);  // the header clock's next minute
        auto take = [&next](double d) {
            if (d >= 0) next = std::min(next, d);
        };
        const double timeout = secondsToTimeout(m_state);
        take(timeout);
        // The ticket screen counts down its 20 s out loud.
        if (m_state.screen == Screen::Ticket && timeout > 0) take(timeout - std::floor(timeout));
        take(secondsToRetry(m_state));
        if (!m_desk) take(std::max(0.0, m_reconnectAt - m_state.seconds));
        return std::max(0.0, next);
    }

    KioskOptions m_options;
    SteadyClock::time_point m_started;
    bool m_timing = false;
    bool m_firstFrameReported = false;
    service::Clock m_clock;
    std::unique_ptr<service::Desk> m_desk;
    std::unique_ptr<documents::Printer> m_printer;
    KioskState m_state;
    Commands m_commands;
    std::int64_t m_version = 0;
    double m_reconnectAt = 0;
    std::string m_fatal;
    std::string m_lastError;
};

}  // namespace

int runKiosk(int argc, char** argv)
{
    const auto started = SteadyClock::now();
    KioskOptions options;
    try {
        options = parseKioskOptions(std::vector<std::string>(argv + 1, argv + argc));
    } catch (const Error& e) {
        return fail(2, e.what());
    }
    if (options.help) {
        std::fputs(kioskUsage().c_str(), stdout);
        return 0;
    }
    if (options.version) {
        std::printf("motcua-kiosk %s\n", MOTCUA_VERSION);
        return 0;
    }
    KioskApp app(std::move(options), started);
    if (const int code = app.open()) return code;
    return app.run();
}

}  // namespace motcua::kiosk
