// The counter program: opens the store and the printer, then runs the CounterLoop in the ui
// runner: frames draw the state; commands, draft saves, the live appointment, store checks and
// printing run on the loop's worker thread; an untouched counter sleeps instead of redrawing.
#include "counter/counter_app.h"

#include "counter/apply.h"
#include "counter/counter_loop.h"
#include "counter/intake/local_draft.h"
#include "counter/admin/apply.h"
#include "counter/screens.h"
#include "domain/error.h"
#include "ui/open_desk.h"
#include "ui/runner.h"

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <memory>

namespace motcua::counter {

namespace {

using SteadyClock = std::chrono::steady_clock;

int fail(int code, const std::string& message)
{
    std::fprintf(stderr, "motcua-counter: %s\n", message.c_str());
    return code;
}

class CounterApp {
public:
    explicit CounterApp(CounterOptions options) : m_options(std::move(options)), m_started(SteadyClock::now()) {}

    int open()
    {
        if (!ui::usesServer(m_options) && !std::filesystem::exists(m_options.db))
            return fail(2, "Không có tệp cơ sở dữ liệu " + m_options.db + "; tạo bằng: motcua --db " + m_options.db + " init");
        try {
            m_printer = documents::openPrinter(m_options.printer);
            m_clock = m_options.now ? service::fixedClock(*m_options.now) : service::systemClock();
            connect();
            m_state.counter = m_options.counter;
            m_state.printerName = m_printer->describe();
            m_state.now = m_clock();
            for (const auto& c : m_desk->counters())
                if (c.number == m_options.counter) m_state.counterName = c.name;
            if (m_state.counterName.empty())
                return fail(2, "Không có quầy số " + std::to_string(m_options.counter) + " trong cơ sở dữ liệu");
            if (m_options.screen) prepareScreen(*m_options.screen, *m_desk, m_state);
            if (m_options.adminSection) openAdminSection(*m_desk, m_state, *m_options.adminSection);
        } catch (const Error& e) {
            return fail(1, e.what());
        }
        return 0;
    }

    int run()
    {
        const auto r = ui::windowOptions("motcua-counter — " + m_state.counterName, m_options.width, m_options.height,
                                         ui::ThemeKind::Desk, {20, 28, 120}, m_options.screenshot);
        // From here on the Desk and the printer belong to the loop's worker thread.
        CounterLoopSetup setup;
        setup.desk = std::move(m_desk);
        setup.printer = std::move(m_printer);
        setup.connect = [this] { return openDesk(); };
        setup.clock = m_clock;
        setup.draftDir = defaultConfigDir();
        CounterLoop loop(std::move(m_state), std::move(setup), ui::wakeRunner);
        ui::AppCallbacks callbacks = ui::appCallbacks(loop);
        callbacks.filesDropped = [&loop](std::vector<std::string> paths) { loop.filesDropped(paths); };
        return ui::runWindow(r, callbacks);
    }

private:
    /// Opens the store (at start on this thread, after a log-out on the loop's worker).
    std::unique_ptr<service::Desk> openDesk()
    {
        service::DeskOptions d;
        d.clock = m_clock;
        d.migrate = false;
        d.busyTimeoutMs = 2000;
        return ui::openDesk(m_options, d, "counter");
    }

    void connect() { m_desk = openDesk(); }

    CounterOptions m_options;
    SteadyClock::time_point m_started;
    service::Clock m_clock;
    std::unique_ptr<service::Desk> m_desk;
    std::unique_ptr<documents::Printer> m_printer;
    CounterState m_state;
};

}  // namespace

int runCounter(int argc, char** argv)
{
    CounterOptions options;
    try {
        options = parseCounterOptions(std::vector<std::string>(argv + 1, argv + argc));
    } catch (const Error& e) {
        return fail(2, e.what());
    }
    if (options.help) {
        std::fputs(counterUsage().c_str(), stdout);
        return 0;
    }
    if (options.version) {
        std::printf("motcua-counter %s\n", MOTCUA_VERSION);
        return 0;
    }
    if (options.wall) return runWall(options);
    CounterApp app(std::move(options));
    if (const int code = app.open()) return code;
    return app.run();
}

}  // namespace motcua::counter
