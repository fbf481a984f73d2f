// The public port's routes (issue 14 items 4–5). Reads go through one Desk behind a mutex (a Desk
// is not thread-safe); the wall's picture is read once per change and shared by every page.
// Only GET/HEAD routes exist, so any other method or address is 404.
#include "server/public/public_site.h"

#include "server/public/call_audio.h"
#include "server/public/rate_limit.h"
#include "server/public/site_assets.h"
#include "server/public/status_page.h"
#include "server/public/wall_json.h"

#include "domain/error.h"

#include <httplib.h>

#include <algorithm>
#include <chrono>
#include <condition_variable>
#include <mutex>

namespace motcua::server {

namespace {

using Clock = std::chrono::steady_clock;
/// The picture holds times ("late by", the clock): read again after this even without a commit.
constexpr auto kPictureMaxAge = std::chrono::seconds(10);
/// A stream that has nothing to say sends a ping this often, so TVs and proxies keep it open.
constexpr auto kPingEvery = std::chrono::seconds(15);

void secure(httplib::Response& res, bool inlineStyle)
{
    res.set_header("X-Content-Type-Options", "nosniff");
    res.set_header("Referrer-Policy", "no-referrer");
    res.set_header("X-Frame-Options", "DENY");
    res.set_header("Content-Security-Policy", inlineStyle ? "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'"
                                                          : "default-src 'self'; media-src 'self'; connect-src 'self'");
}

std::string upperTrimmed(const std::string& s)
{
    std::string out;
    for (char c : s) {
        if (c == ' ' || c == '\t' || c == '\r' || c == '\n') continue;
        out += (c >= 'a' && c <= 'z') ? static_cast<char>(c - 'a' + 'A') : c;
        if (out.size() > 64) break;
    }
    return out;
}

}  // namespace

struct PublicSite::Impl {
    std::function<std::unique_ptr<service::Desk>()> openDesk;
    PublicSiteOptions options;
    RateLimit lookups;
    CallAudio audio;

    std::mutex deskMutex;  ///< guards desk and the cached picture
    std::unique_ptr<service::Desk> desk;
    std::optional<service::WallPicture> picture;
    std::int64_t pictureGeneration = -1;
    Clock::time_point pictureAt;

    std::mutex eventMutex;  ///< guards version, generation, stopping
    std::condition_variable wake;
    std::int64_t version = 0;
    std::int64_t generation = 0;  ///< counts changed() calls: a stream sends when it moves
    bool stopping = false;
    int streams = 0;  ///< open /wall/events streams, under eventMutex

    Impl(std::function<std::unique_ptr<service::Desk>()> open, PublicSiteOptions o)
        : openDesk(std::move(open)), options(std::move(o)), lookups(options.lookupsPerMinute), audio(options.voiceProgram)
    {
    }

    service::Desk& theDesk()
    {
        if (!desk) desk = openDesk();
        return *desk;
    }

    /// The current picture and the store version it was read at. Throws motcua::Error.
    std::pair<service::WallPicture, std::int64_t> currentPicture()
    {
        std::int64_t gen = 0;
        std::int64_t ver = 0;
        {
            std::lock_guard lock(eventMutex);
            gen = generation;
            ver = version;
        }
        std::lock_guard lock(deskMutex);
        if (!picture || pictureGeneration != gen || Clock::now() - pictureAt > kPictureMaxAge) {
            try {
                picture = theDesk().wallPicture();
            } catch (const Error&) {
                desk.reset();  // a broken connection is opened again next time
                throw;
            }
            pictureGeneration = gen;
            pictureAt = Clock::now();
        }
        return {*picture, ver};
    }

    std::string pictureText(const std::vector<std::string>& groups)
    {
        auto [p, ver] = currentPicture();
        return wallJson(forGroups(p, groups), ver).dump();
    }

    void serveAsset(const std::string& name, httplib::Response& res)
    {
        const auto asset = siteAsset(name);
        if (!asset) return notFound(res);
        secure(res, false);
        res.set_header("Cache-Control", "no-cache");
        res.set_content(std::string(asset->bytes), asset->contentType);
    }

    static void notFound(httplib::Response& res)
    {
        res.status = 404;
        secure(res, true);
        res.set_content(notFoundPage(), "text/html; charset=utf-8");
    }

    void pictureRoute(const httplib::Request& req, httplib::Response& res)
    {
        secure(res, false);
        res.set_header("Cache-Control", "no-store");
        try {
            res.set_content(pictureText(parseGroups(req.get_param_value("groups"))), "application/json; charset=utf-8");
        } catch (const Error&) {
            res.status = 503;
            res.set_content(R"({"error":"Hệ thống đang bận, đang thử lại"})", "application/json; charset=utf-8");
        }
    }

    void eventsRoute(const httplib::Request& req, httplib::Response& res)
    {
        secure(res, false);
        res.set_header("Cache-Control", "no-store");
        res.set_header("X-Accel-Buffering", "no");
        const auto groups = parseGroups(req.get_param_value("groups"));
        {
            std::lock_guard lock(eventMutex);
            if (streams >= options.maxStreams) {
                // Every stream holds a thread: past the limit a TV would starve /tra-cuu.
                res.status = 503;
                res.set_header("Retry-After", "30");
                res.set_content(R"({"error":"Đã có quá nhiều màn hình đang nhận cập nhật trực tiếp; trang này tự cập nhật )"
                                R"(vài giây một lần và thử lại sau"})",
                                "application/json; charset=utf-8");
                return;
            }
            ++streams;
        }
        // -1: the stream's first turn sends the picture at once (the page draws on connect).
        auto sent = std::make_shared<std::int64_t>(-1);
        res.set_chunked_content_provider(
            "text/event-stream",
            [this, groups, sent](std::size_t, httplib::DataSink& sink) { return streamTurn(groups, *sent, sink); },
            [this](bool) {
                std::lock_guard lock(eventMutex);
                --streams;
            });
    }

    /// One turn of an event stream: waits up to a ping period for a change, then sends the
    /// picture (or a ping). False ends the stream (stopping, or the client went away).
    bool streamTurn(const std::vector<std::string>& groups, std::int64_t& sent, httplib::DataSink& sink)
    {
        std::int64_t gen = 0;
        {
            std::unique_lock lock(eventMutex);
            wake.wait_for(lock, kPingEvery, [&] { return stopping || generation != sent; });
            if (stopping) {
                sink.done();
                return false;
            }
            gen = generation;
        }
        std::string message;
        if (gen != sent) {
            try {
                message = "event: picture\ndata: " + pictureText(groups) + "\n\n";
                sent = gen;
            } catch (const Error&) {
                message = "event: ping\ndata: busy\n\n";  // the page keeps its picture and waits
            }
        } else {
            message = "event: ping\ndata: {}\n\n";
        }
        return sink.is_writable() && sink.write(message.data(), message.size());
    }

    void audioRoute(const httplib::Request& req, httplib::Response& res)
    {
        const std::string label = req.get_param_value("so");
        const std::string counterText = req.get_param_value("quay");
        bool known = false;
        try {
            // Only calls on the wall are spoken: nobody makes the host render arbitrary text.
            const auto [p, ver] = currentPicture();
            (void)ver;
            known = std::any_of(p.calls.begin(), p.calls.end(), [&](const service::RecentCall& c) {
                return c.label == label && std::to_string(c.counter) == counterText;
            });
        } catch (const Error&) {
            known = false;
        }
        if (!known) return notFound(res);
        secure(res, false);
        res.set_header("Cache-Control", "public, max-age=3600");
        res.set_content(audio.wav(label, std::stoi(counterText)), "audio/wav");
    }

    void statusRoute(const httplib::Request& req, httplib::Response& res)
    {
        secure(res, true);
        res.set_header("Cache-Control", "no-store");
        const std::string code = upperTrimmed(req.get_param_value("ma"));
        const std::string check = req.get_param_value("kiem");
        if (code.empty() && check.empty()) return res.set_content(statusFormPage(), "text/html; charset=utf-8");
        if (!lookups.allow(req.remote_addr)) {
            res.status = 429;
            res.set_header("Retry-After", "60");
            return res.set_content(statusTooManyPage(), "text/html; charset=utf-8");
        }
        try {
            std::lock_guard lock(deskMutex);
            const auto view = theDesk().publicStatus(code, check);
            res.set_content(statusViewPage(view), "text/html; charset=utf-8");
        } catch (const Error& e) {
            const bool unknown = e.code() == ErrorCode::NotFound || e.code() == ErrorCode::InvalidInput;
            res.status = unknown ? 404 : 503;
            res.set_content(unknown ? statusNotFoundPage() : statusUnavailablePage(), "text/html; charset=utf-8");
        }
    }
};

PublicSite::PublicSite(std::function<std::unique_ptr<service::Desk>()> openDesk, PublicSiteOptions options)
    : m_impl(std::make_unique<Impl>(std::move(openDesk), std::move(options)))
{
}

PublicSite::~PublicSite() { stop(); }

void PublicSite::mount(httplib::Server& http)
{
    Impl* impl = m_impl.get();
    http.Get("/wall", [impl](const httplib::Request&, httplib::Response& res) { impl->serveAsset("wall.html", res); });
    http.Get("/wall/wall.js", [impl](const httplib::Request&, httplib::Response& res) { impl->serveAsset("wall.js", res); });
    http.Get("/wall/wall.css", [impl](const httplib::Request&, httplib::Response& res) { impl->serveAsset("wall.css", res); });
    http.Get("/wall/picture.json", [impl](const httplib::Request& req, httplib::Response& res) { impl->pictureRoute(req, res); });
    http.Get("/wall/events", [impl](const httplib::Request& req, httplib::Response& res) { impl->eventsRoute(req, res); });
    http.Get("/wall/am-thanh", [impl](const httplib::Request& req, httplib::Response& res) { impl->audioRoute(req, res); });
    http.Get("/tra-cuu", [impl](const httplib::Request& req, httplib::Response& res) { impl->statusRoute(req, res); });
    // Every other address (and method): a plain Vietnamese 404, nothing about the host.
    http.set_error_handler([](const httplib::Request&, httplib::Response& res) {
        if (!res.body.empty()) return;  // our own pages (/tra-cuu's 404 and 429) stay as they are
        if (res.status == 404 || res.status == 405) Impl::notFound(res);
        else res.set_content("Lỗi " + std::to_string(res.status), "text/plain; charset=utf-8");
    });
}

void PublicSite::changed(std::int64_t version)
{
    {
        std::lock_guard lock(m_impl->eventMutex);
        m_impl->version = version;
        ++m_impl->generation;
    }
    m_impl->wake.notify_all();
}

void PublicSite::stop()
{
    {
        std::lock_guard lock(m_impl->eventMutex);
        m_impl->stopping = true;
    }
    m_impl->wake.notify_all();
}

}  // namespace motcua::server
