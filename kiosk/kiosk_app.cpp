// The kiosk program: opens the store (as the `kiosk` account) or the store host, and the printer, then runs the
// KioskLoop in the ui runner: frames draw the state, the commands, retries, store checks and
// printing run on the loop's worker thread, and an untouched kiosk sleeps instead of redrawing.
#include "kiosk/kiosk_app.h"

#include "kiosk/apply.h"
#include "kiosk/kiosk_loop.h"
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
        // From here on the Desk and the printer belong to the loop's worker thread.
        KioskLoopSetup setup;
        setup.desk = std::move(m_desk);
        setup.printer = std::move(m_printer);
        setup.connect = [this] { return openDesk(); };
        setup.clock = m_clock;
        setup.timing = m_timing;
        KioskLoop loop(std::move(m_state), std::move(setup), ui::wakeRunner);
        auto callbacks = ui::appCallbacks(loop);
        if (m_timing) {
            callbacks.draw = [&loop, this](const ui::Fonts& fonts) {
                loop.draw(fonts);
                if (!m_firstFrameReported) {
                    m_firstFrameReported = true;
                    std::fprintf(stderr, "{\"first_frame_ms\": %.1f}\n", secondsSince(m_started) * 1000);
                }
            };
        }
        return ui::runWindow(r, callbacks);
    }

private:
    documents::PrinterOptions printerOptions() const
    {
        documents::PrinterOptions p;
        p.timeoutMs = 5000;  // the citizen is standing there (printing runs on the worker: the screen says "Đang in vé…")
        return p;
    }

    /// Opens the store as the kiosk (at start on this thread, later on the loop's worker).
    std::unique_ptr<service::Desk> openDesk()
    {
        service::DeskOptions d;
        d.clock = m_clock;
        d.migrate = false;
        d.busyTimeoutMs = 1500;  // a job may wait this long; then a notice and a retry
        auto desk = ui::openDesk(m_options, d, "kiosk");
        // Over the network the host runs this kiosk device as the kiosk account (no actAs there).
        if (!ui::usesServer(m_options)) desk->actAs("kiosk");
        return desk;
    }

    /// Opens the store; on Busy/Storage the kiosk starts anyway with a notice and the loop retries.
    bool connect()
    {
        try {
            m_desk = openDesk();
            refresh(*m_desk, m_state);
            return true;
        } catch (const Error& e) {
            m_lastError = e.what();
            if (e.code() == ErrorCode::Busy || e.code() == ErrorCode::Storage) {
                m_state.storeNotice = {&txt::kStoreDown, e.what()};
                return false;
            }
            m_fatal = e.what();  // a newer schema, no kiosk account: nothing a retry fixes
            return false;
        }
    }

    KioskOptions m_options;
    SteadyClock::time_point m_started;
    bool m_timing = false;
    bool m_firstFrameReported = false;
    service::Clock m_clock;
    std::unique_ptr<service::Desk> m_desk;
    std::unique_ptr<documents::Printer> m_printer;
    KioskState m_state;
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
