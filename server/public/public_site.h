// The host's public port (issue 14 items 4–5, DESIGN.md §9): plain HTTP, read-only, public data
// only — the web wall for TVs (/wall, ?groups=A,B) and the citizen's status page (/tra-cuu). Built
// from the same public views the ImGui wall (Desk::wallPicture) and the kiosk use.
#pragma once

#include "service/desk.h"

#include <cstdint>
#include <functional>
#include <memory>
#include <string>

namespace httplib {
class Server;
}

namespace motcua::server {

struct PublicSiteOptions {
    int lookupsPerMinute = 10;  ///< /tra-cuu answers per client address and minute (then 429)
    std::string voiceProgram = "espeak-ng";  ///< renders each call's announcement to WAV
    /// Open /wall/events streams at most (each holds one of the port's threads for as long as the
    /// TV shows the page); one more is refused with 503, and its page keeps current by polling.
    /// Keep it well under ServerOptions::publicThreads so /tra-cuu and the pages always have threads.
    int maxStreams = 16;
};

class PublicSite {
public:
    /// `openDesk` opens a Desk on the host's store for the pages' reads (wallPicture and
    /// publicStatus need no role); it may be called from several threads.
    explicit PublicSite(std::function<std::unique_ptr<service::Desk>()> openDesk, PublicSiteOptions options = {});
    ~PublicSite();
    PublicSite(const PublicSite&) = delete;
    PublicSite& operator=(const PublicSite&) = delete;

    /// Adds the routes (/wall, /wall/…, /tra-cuu, …) to `http`; everything else stays 404.
    void mount(httplib::Server& http);
    /// The host saw a commit (store data version `version`): open pages update within 1 s.
    void changed(std::int64_t version);
    /// Ends the open event streams so the server can stop (SIGTERM).
    void stop();

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

}  // namespace motcua::server
