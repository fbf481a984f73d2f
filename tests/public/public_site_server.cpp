// A host's public port for tests (tests/public/*.sh): PublicSite on 127.0.0.1 at a free port over
// a store, told of every commit as `motcua serve` tells it. It seeds one dossier with known
// personal data and writes what the tests need: the port, that dossier's codes, and every
// personal value in the store (full names, ID numbers, phones, addresses) that must never reach a
// public page. With --call-after-ms it makes a call that long after the first wall page connects.
#include "server/public/public_site.h"

#include "domain/date.h"
#include "domain/error.h"
#include "service/desk.h"

#include <httplib.h>

#include <atomic>
#include <chrono>
#include <csignal>
#include <fstream>
#include <iostream>
#include <thread>

using namespace motcua;

namespace {

std::atomic<bool> g_stop{false};
void onSignal(int) { g_stop = true; }

struct Options {
    std::string db, dir, now;
    int callAfterMs = -1;
    int lookups = 10;
};

Options parse(int argc, char** argv)
{
    Options o;
    for (int i = 1; i + 1 < argc; i += 2) {
        const std::string k = argv[i], v = argv[i + 1];
        if (k == "--db") o.db = v;
        else if (k == "--dir") o.dir = v;
        else if (k == "--now") o.now = v;
        else if (k == "--call-after-ms") o.callAfterMs = std::stoi(v);
        else if (k == "--lookups") o.lookups = std::stoi(v);
    }
    return o;
}

service::DeskOptions deskOptions(const Options& o)
{
    service::DeskOptions d;
    if (!o.now.empty()) d.clock = service::fixedClock(*domain::parseLocalDateTime(o.now));
    return d;
}

void write(const std::string& path, const std::string& text) { std::ofstream(path) << text; }

/// The known dossier and every personal value of the store, one a line.
void seed(const Options& o)
{
    auto desk = service::openSqliteDesk(o.db, deskOptions(o));
    desk->actAs("motcua1");
    service::ReceiveRequest r;
    r.procedureCode = "1.001193";
    r.applicantName = "Đỗ Thị Riêngtư Bímật";
    r.idNumber = "079306123987";
    r.phone = "0987654321";
    r.address = "Số 77 ngõ Kín, phường Bí Mật";
    r.email = "bimat@example.vn";
    const auto d = desk->receive(r);
    write(o.dir + "/dossier.txt", d.code + " " + d.checkCode + "\n");
    desk->actAs("admin");
    std::ofstream out(o.dir + "/secrets.txt");
    auto line = [&out](const std::string& s) {
        if (s.size() >= 6) out << s << "\n";
    };
    for (const auto& s : desk->dossiers({})) {
        const auto& x = s.dossier;
        if (x.applicantKind == domain::ApplicantKind::Person) line(x.applicantName);
        line(x.idNumber);
        line(x.phone);
        line(x.address);
        line(x.email);
        line(x.representative.name);
        line(x.representative.idNumber);
        line(x.representative.phone);
        line(x.representative.address);
    }
    for (const auto& m : desk->staff()) line(m.fullName);
}

/// Issues a ticket and calls it at the first counter that can; writes "LABEL COUNTER".
void makeCall(const Options& o)
{
    auto desk = service::openSqliteDesk(o.db, deskOptions(o));
    desk->actAs("motcua1");
    const auto groups = desk->groupStatuses();
    for (const auto& g : groups) {
        try {
            (void)desk->issueTicket({g.group.code, "", true});
            for (const auto& c : desk->counters()) {
                try {
                    const auto t = desk->callNext(c.number);
                    write(o.dir + "/called.txt", t.label + " " + std::to_string(c.number) + "\n");
                    return;
                } catch (const Error&) {
                }
            }
        } catch (const Error& e) {
            std::cerr << "call: " << e.what() << "\n";
        }
    }
}

}  // namespace

int main(int argc, char** argv)
{
    const Options o = parse(argc, argv);
    try {
        seed(o);
    } catch (const std::exception& e) {
        std::cerr << "seed: " << e.what() << "\n";
        return 1;
    }
    server::PublicSiteOptions siteOptions;
    siteOptions.lookupsPerMinute = o.lookups;
    server::PublicSite site([&o] { return service::openSqliteDesk(o.db, [&o] {
                                auto d = deskOptions(o);
                                d.readOnly = true;
                                return d;
                            }()); },
                            siteOptions);
    httplib::Server http;
    std::atomic<bool> wallConnected{false};
    http.set_pre_routing_handler([&wallConnected](const httplib::Request& req, httplib::Response&) {
        if (req.path == "/wall/events") wallConnected = true;
        return httplib::Server::HandlerResponse::Unhandled;
    });
    site.mount(http);
    const int port = http.bind_to_any_port("127.0.0.1");
    if (port <= 0) return 1;
    std::thread listener([&http] { http.listen_after_bind(); });
    write(o.dir + "/port", std::to_string(port) + "\n");
    std::signal(SIGTERM, onSignal);
    std::signal(SIGINT, onSignal);

    // The host's part: every commit reaches the site (as motcua serve does after each write).
    auto watcher = service::openSqliteDesk(o.db, deskOptions(o));
    std::int64_t seen = watcher->dataVersion();
    bool called = o.callAfterMs < 0;
    std::chrono::steady_clock::time_point connectedAt{};
    while (!g_stop) {
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
        if (!called && wallConnected) {
            if (connectedAt == std::chrono::steady_clock::time_point{}) connectedAt = std::chrono::steady_clock::now();
            if (std::chrono::steady_clock::now() - connectedAt >= std::chrono::milliseconds(o.callAfterMs)) {
                makeCall(o);
                called = true;
            }
        }
        if (const auto v = watcher->dataVersion(); v != seen) {
            seen = v;
            site.changed(v);
        }
    }
    site.stop();
    http.stop();
    listener.join();
    return 0;
}
