// The counter program: opens the store and the printer, then hands the ui runner a draw callback
// (state → commands), an after-frame step (apply, draft save, live appointment), a cheap
// store-change check (data_version) and the next deadline (clock minute, draft save), so an
// untouched counter sleeps instead of redrawing.
#include "counter/counter_app.h"

#include "counter/apply.h"
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
        return ui::runWindow(r, ui::appCallbacks(*this));
    }

private:
    friend ui::AppCallbacks ui::appCallbacks<CounterApp>(CounterApp&);
    bool shouldQuit() const { return m_state.quit; }

    void connect()
    {
        service::DeskOptions d;
        d.clock = m_clock;
        d.migrate = false;
        d.busyTimeoutMs = 2000;
        m_desk = ui::openDesk(m_options, d, "counter");
        m_version = m_desk->dataVersion();
    }

    double seconds() const { return std::chrono::duration<double>(SteadyClock::now() - m_started).count(); }

    void draw(const ui::Fonts& fonts)
    {
        m_state.now = m_clock();
        m_state.seconds = seconds();
        drawCounter(m_state, m_commands, fonts);
    }

    bool afterFrame()
    {
        const bool had = !m_commands.empty();
        m_state.seconds = seconds();
        apply(m_commands, *m_desk, *m_printer, m_state);
        if (m_state.loggedOut) {
            m_state.loggedOut = false;
            try {
                connect();  // a fresh session: nothing of the last user stays in the Desk
            } catch (const Error& e) {
                m_state.storeNotice = e.what();
            }
        }
        saveDraftIfDue(*m_desk, m_state);
        updateDue(*m_desk, m_state);
        return had;
    }

    bool storeChanged()
    {
        try {
            const auto v = m_desk->dataVersion();
            if (v == m_version) return false;
            m_version = v;
            refresh(*m_desk, m_state);
            m_state.storeNotice.clear();
            return true;
        } catch (const Error& e) {
            m_state.storeNotice = std::string("Cơ sở dữ liệu đang bận, sẽ thử lại: ") + e.what();
            return true;
        }
    }

    double nextDeadline()
    {
        m_state.seconds = seconds();
        double next = 60.0 - static_cast<double>(m_clock() % 60);  // the header clock's next minute
        const double save = secondsToDraftSave(m_state);
        if (save >= 0) next = std::min(next, save);
        return std::max(0.0, next);
    }

    CounterOptions m_options;
    SteadyClock::time_point m_started;
    service::Clock m_clock;
    std::unique_ptr<service::Desk> m_desk;
    std::unique_ptr<documents::Printer> m_printer;
    CounterState m_state;
    Commands m_commands;
    std::int64_t m_version = 0;
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
