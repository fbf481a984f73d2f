// The real `motcua serve` process: what it prints when it listens, the device commands, and a
// clean stop on SIGTERM while an event stream is open.
#include "server_support.h"

#include "host_crypto.h"

#include <httplib.h>

#include <catch2/catch.hpp>

#include <fcntl.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <thread>

using namespace motcua;
using namespace motcua::servertest;
using clitest::TempDir;

namespace {

struct Child {
    pid_t pid = -1;
    std::string api, publicUrl, fingerprint;
    std::string stderrPath;
};

Child startServe(const TempDir& dir, const std::string& db)
{
    Child c;
    c.stderrPath = dir.file("serve.err");
    int out[2];
    REQUIRE(::pipe(out) == 0);
    c.pid = ::fork();
    REQUIRE(c.pid >= 0);
    if (c.pid == 0) {
        ::dup2(out[1], 1);
        const int err = ::open(c.stderrPath.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
        ::dup2(err, 2);
        ::close(out[0]);
        const std::string bin = clitest::motcuaPath();
        ::execl(bin.c_str(), bin.c_str(), "--db", db.c_str(), "--now", "2026-11-23 10:15", "serve", "--listen",
                "127.0.0.1:0", "--public", "127.0.0.1:0", static_cast<char*>(nullptr));
        ::_exit(127);
    }
    ::close(out[1]);
    FILE* f = ::fdopen(out[0], "r");
    char line[512];
    while (std::fgets(line, sizeof line, f)) {
        std::string s(line);
        while (!s.empty() && (s.back() == '\n' || s.back() == '\r')) s.pop_back();
        if (s.rfind("listening: ", 0) == 0) c.api = s.substr(11);
        if (s.rfind("public: ", 0) == 0) c.publicUrl = s.substr(8);
        if (s.rfind("fingerprint: ", 0) == 0) {
            c.fingerprint = s.substr(13);
            break;
        }
    }
    std::fclose(f);
    return c;
}

int portOf(const std::string& url) { return std::stoi(url.substr(url.rfind(':') + 1)); }

}  // namespace

TEST_CASE("process: device add --json, then serve prints its URLs and fingerprint, then stops cleanly on SIGTERM",
          "[server][process]")
{
    TempDir dir;
    const std::string db = dir.file("office.db");
    REQUIRE(clitest::runMotcua({"--db", db, "--now", "2026-11-23 10:15", "init", "--demo"}).exitCode == 0);
    const auto added = clitest::runMotcua({"--db", db, "--now", "2026-11-23 10:15", "--json", "device", "add", "--kind",
                                           "wall", "--name", "TV sảnh"});
    REQUIRE(added.exitCode == 0);
    const auto j = Json::parse(added.out);
    CHECK(j.at("device") == 1);
    CHECK(j.at("expires") == "2026-11-24 10:15");
    const std::string code = j.at("code");
    const std::string fingerprint = j.at("fingerprint");
    CHECK(fingerprint.size() == 71);

    Child c = startServe(dir, db);
    REQUIRE(c.pid > 0);
    CHECK(c.api.rfind("https://127.0.0.1:", 0) == 0);
    CHECK(c.publicUrl.rfind("http://127.0.0.1:", 0) == 0);
    CHECK(c.fingerprint == fingerprint);  // the same identity device add made

    httplib::SSLClient api("127.0.0.1", portOf(c.api));
    api.enable_server_certificate_verification(false);
    const auto enrolled = api.Post("/v1/enroll",
                                   Json{{"code", code}, {"proof", server::hmacSha256Hex(code, "client:" + fingerprint)}}.dump(),
                                   "application/json");
    REQUIRE(enrolled);
    REQUIRE(enrolled->status == 200);
    const std::string token = Json::parse(enrolled->body).at("token");
    // The public port listens (its pages arrive with server/public; until then 404).
    httplib::Client pub("127.0.0.1", portOf(c.publicUrl));
    const auto page = pub.Get("/nothing");
    REQUIRE(page);
    CHECK(page->status == 404);

    // An open event stream must not keep the host from stopping.
    std::atomic<bool> streamOpen{false};
    std::thread stream([&] {
        httplib::SSLClient s("127.0.0.1", portOf(c.api));
        s.enable_server_certificate_verification(false);
        s.set_read_timeout(20);
        (void)s.Get("/v1/events", httplib::Headers{{"Authorization", "Device " + token}}, [&](const char*, std::size_t) {
            streamOpen = true;
            return true;
        });
    });
    for (int i = 0; i < 200 && !streamOpen; ++i) std::this_thread::sleep_for(std::chrono::milliseconds(10));
    REQUIRE(streamOpen);
    const auto t0 = std::chrono::steady_clock::now();
    REQUIRE(::kill(c.pid, SIGTERM) == 0);
    int status = 0;
    REQUIRE(::waitpid(c.pid, &status, 0) == c.pid);
    stream.join();
    CHECK(std::chrono::steady_clock::now() - t0 < std::chrono::seconds(5));
    CHECK(WIFEXITED(status));
    CHECK(WEXITSTATUS(status) == 0);
    const std::string err = clitest::readFile(c.stderrPath);
    INFO(err);
    CHECK(err.find("device=1 user=- POST /v1/call") == std::string::npos);  // nothing called
    CHECK(err.find("POST /v1/enroll 200") != std::string::npos);             // one line per request
    CHECK(err.find("GET /v1/events 200") != std::string::npos);
    CHECK(err.find("đã dừng") != std::string::npos);
}

TEST_CASE("process: device list and revoke", "[server][process]")
{
    TempDir dir;
    const std::string db = dir.file("office.db");
    REQUIRE(clitest::runMotcua({"--db", db, "init", "--demo"}).exitCode == 0);
    REQUIRE(clitest::runMotcua({"--db", db, "device", "add", "--kind", "counter", "--name", "Quầy 3"}).exitCode == 0);
    const auto list = clitest::runMotcua({"--db", db, "--json", "device", "list"});
    REQUIRE(list.exitCode == 0);
    const auto rows = Json::parse(list.out);
    REQUIRE(rows.size() == 1);
    CHECK(rows[0].at("name") == "Quầy 3");
    CHECK(rows[0].at("state") == "chờ đăng ký");
    CHECK(clitest::runMotcua({"--db", db, "device", "revoke", "--id", "1"}).exitCode == 0);
    const auto again = clitest::runMotcua({"--db", db, "device", "revoke", "--id", "1"});
    CHECK(again.exitCode == 5);
    CHECK(clitest::runMotcua({"--db", db, "device", "revoke", "--id", "9"}).exitCode == 4);
    const auto bad = clitest::runMotcua({"--db", db, "device", "add", "--kind", "printer", "--name", "X"});
    CHECK(bad.exitCode == 2);
    CHECK(Json::parse(clitest::runMotcua({"--db", db, "--json", "device", "list"}).out)[0].at("state") == "đã thu hồi");
}

TEST_CASE("process: motcua --server --now is refused by a host without --trust-client-clock, and nothing changes",
          "[server][process]")
{
    TempDir dir;
    const std::string db = dir.file("office.db");
    REQUIRE(clitest::runMotcua({"--db", db, "--now", "2026-11-23 10:15", "init", "--demo"}).exitCode == 0);
    const auto added = clitest::runMotcua({"--db", db, "--json", "device", "add", "--kind", "cli", "--name", "Máy tính"});
    REQUIRE(added.exitCode == 0);
    Child c = startServe(dir, db);
    REQUIRE(c.pid > 0);
    const clitest::Env env = {{"MOTCUA_CONFIG_DIR", dir.file("config")}, {"MOTCUA_PASSWORD", "demo1234"}};
    const std::string code = Json::parse(added.out).at("code");
    const auto r = clitest::runMotcua({"--server", c.api, "--enroll", code, "--as", "motcua1", "--now", "2026-12-01 09:00",
                                       "ticket", "issue", "--group", "HT"},
                                      env);
    INFO(clitest::describe({}, r));
    CHECK(r.exitCode == 5);
    CHECK(r.out.empty());
    CHECK_THAT(r.err, Catch::Contains("--trust-client-clock") && Catch::Contains("bỏ --now"));
    // Without --now the same CLI (enrolled by the refused start) works on the host's clock.
    const auto ok = clitest::runMotcua({"--server", c.api, "--as", "motcua1", "--json", "ticket", "list"}, env);
    INFO(clitest::describe({}, ok));
    CHECK(ok.exitCode == 0);
    ::kill(c.pid, SIGTERM);
    int status = 0;
    ::waitpid(c.pid, &status, 0);
}
