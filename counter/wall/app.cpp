// motcua-counter --wall: the unattended wall screen. Opens the store read-only (or, with --server,
// the store host as a wall device that reads public data only), redraws when the
// store changes (data_version, polled by the runner) or a minute passes, and survives a locked
// store or a briefly missing file: a notice, and the last picture stays. With --voice each new
// call is spoken, in order.
#include "counter/counter_app.h"
#include "counter/wall/draw.h"
#include "counter/wall/state.h"
#include "counter/wall/voice.h"

#include "domain/error.h"
#include "ui/open_desk.h"
#include "ui/runner.h"

#include <sys/stat.h>

#include <chrono>
#include <cstdio>
#include <memory>

namespace motcua::counter {

namespace {

using SteadyClock = std::chrono::steady_clock;

class WallApp {
public:
    explicit WallApp(const CounterOptions& options) : m_options(options), m_started(SteadyClock::now())
    {
        m_clock = m_options.now ? service::fixedClock(*m_options.now) : service::systemClock();
        if (m_options.voice && m_options.screenshot.empty()) m_voice = WallVoice::forSystem();
    }

    int run()
    {
        reload();
        ui::RunnerOptions r;
        r.title = "motcua — màn hình sảnh";
        r.width = m_options.width;
        r.height = m_options.height;
        // Full screen on the hall's TV; a window when a size was asked for (a second monitor, a test).
        r.fullscreen = m_options.screenshot.empty() && !m_options.sizeGiven;
        r.theme = ui::ThemeKind::Wall;
        // Type sized from the screen height: readable across a hall at 1080 and 2160 lines.
        const auto type = wallFontSizes(static_cast<float>(m_options.height));
        r.bodyFont = type.body;
        r.largeFont = type.large;
        r.hugeFont = type.huge;
        r.screenshotPath = m_options.screenshot;
        r.pollSeconds = 0.25;
        // Nothing on the wall is typed or clicked, and its panels have fixed sizes: one frame
        // more after a change settles it (each costs ~40 ms of CPU with software OpenGL).
        r.framesAfterChange = 1;
        ui::AppCallbacks app;
        app.draw = [this](const ui::Fonts& fonts) {
            m_state.now = m_clock();
            m_state.seconds = seconds();
            m_frame = drawWall(m_state, fonts);
        };
        app.afterFrame = [] { return false; };
        app.storeChanged = [this] { return poll(); };
        app.nextDeadline = [this] {
            m_state.seconds = seconds();
            m_state.now = m_clock();
            return wallNextFrame(m_state, m_frame);
        };
        app.shouldQuit = [] { return false; };
        return ui::runWindow(r, app);
    }

private:
    double seconds() const { return std::chrono::duration<double>(SteadyClock::now() - m_started).count(); }

    /// The file's identity, or 0 when it is missing (always 1 over the network: no file here).
    std::uint64_t fileId() const
    {
        if (ui::usesServer(m_options)) return 1;
        struct stat st {};
        if (::stat(m_options.db.c_str(), &st) != 0) return 0;
        return (static_cast<std::uint64_t>(st.st_dev) << 40) ^ static_cast<std::uint64_t>(st.st_ino);
    }

    void connect()
    {
        service::DeskOptions d;
        d.clock = m_clock;
        d.readOnly = true;
        d.migrate = false;
        d.busyTimeoutMs = 300;
        m_desk = ui::openDesk(m_options, d, "wall");
        // A wall device reads wallPicture only; the host knows it as such (no actAs over the network).
        if (!ui::usesServer(m_options)) m_desk->actAs(m_options.wallUser);
        m_fileId = fileId();
    }

    /// Loads a new picture; on failure keeps the last one and says why.
    void reload()
    {
        try {
            if (fileId() == 0) throw Error(ErrorCode::NotFound, "Không thấy tệp dữ liệu " + m_options.db);
            if (!m_desk || fileId() != m_fileId) connect();
            auto fresh = loadWall(*m_desk);
            if (m_voice)
                for (const auto& c : newCalls(fresh.calls, m_lastCall, !m_state.loaded))
                    m_voice->say(callSentence(c.label, c.counter));
            if (!fresh.calls.empty()) m_lastCall = fresh.calls.front();
            takeWall(m_state, std::move(fresh), seconds());
            m_version = m_desk->dataVersion();
            m_minute = m_clock() / 60;
        } catch (const Error& e) {
            if (e.code() != ErrorCode::Busy) m_desk.reset();  // reopen next time (file replaced, …)
            m_state.notice = std::string("Đang cập nhật dữ liệu, hình có thể chưa mới: ") + e.what();
        } catch (const std::exception& e) {
            m_desk.reset();
            m_state.notice = std::string("Đang cập nhật dữ liệu, hình có thể chưa mới: ") + e.what();
        }
    }

    bool poll()
    {
        bool due = !m_desk || !m_state.notice.empty() || m_clock() / 60 != m_minute || fileId() != m_fileId;
        if (!due) {
            try {
                due = m_desk->dataVersion() != m_version;
            } catch (const std::exception&) {
                due = true;
            }
        }
        if (!due) return false;
        reload();
        return true;
    }

    CounterOptions m_options;  // a copy: openDesk clears the spent enrolment code
    SteadyClock::time_point m_started;
    service::Clock m_clock;
    std::unique_ptr<service::Desk> m_desk;
    WallState m_state;
    WallFrame m_frame;
    std::int64_t m_version = -1;
    std::int64_t m_minute = 0;
    std::uint64_t m_fileId = 0;
    std::optional<service::RecentCall> m_lastCall;
    std::unique_ptr<WallVoice> m_voice;  ///< last member: stops (after its sentence) before the rest
};

}  // namespace

int runWall(const CounterOptions& options)
{
    WallApp app(options);
    return app.run();
}

}  // namespace motcua::counter
