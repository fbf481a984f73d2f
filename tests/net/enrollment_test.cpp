// Enrolment against the fake host, the device file (0600, atomic, reused, clear messages when it
// is missing, garbled or names another server) and the --server URL's form.
#include "fake_host.h"

#include "domain/error.h"
#include "net/device_file.h"
#include "net/enrollment.h"
#include "net/https_transport.h"

#include <catch2/catch.hpp>

#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <sys/stat.h>

#include <cstdio>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <random>

using namespace motcua;
using namespace motcua::nettest;
namespace fs = std::filesystem;

namespace {

struct TempDir {
    TempDir()
    {
        std::random_device rd;
        path = fs::temp_directory_path() / ("motcua-net-" + std::to_string(rd()) + std::to_string(rd()));
        fs::create_directories(path);
    }
    ~TempDir()
    {
        std::error_code ec;
        fs::remove_all(path, ec);
    }
    fs::path path;
};

unsigned modeOf(const fs::path& p)
{
    struct stat st {};
    REQUIRE(::stat(p.c_str(), &st) == 0);
    return st.st_mode & 0777U;
}

std::string messageOf(const std::function<void()>& f, ErrorCode expected)
{
    try {
        f();
    } catch (const Error& e) {
        CHECK(e.code() == expected);
        return e.what();
    }
    FAIL("no error thrown");
    return {};
}

}  // namespace

TEST_CASE("Enrolment proves the code, checks the host's proof, writes the device file 0600 and reuses it", "[net]")
{
    FakeHost host;
    TempDir dir;
    const auto file = dir.path / "config" / "counter";
    const auto first = net::deviceForStart(host.url(), host.enrollCode, file.string(), 2000);
    CHECK(first.fingerprint == host.fingerprint());
    CHECK(first.token == "good-token");
    CHECK(first.kind == "counter");
    CHECK(first.name == "Quầy 3");
    CHECK(first.server == host.url());
    CHECK(modeOf(file) == 0600U);
    CHECK(modeOf(file.parent_path()) == 0700U);
    CHECK(host.count("enroll") == 1);
    CHECK(host.seen().front().route == "version");  // the probe that read the certificate
    CHECK(host.seen().back().requestId.size() == 32);

    // The next start: neither code nor URL needed, and the host is not asked again.
    const auto again = net::deviceForStart("", "", file.string(), 2000);
    CHECK(again.token == first.token);
    CHECK(again.fingerprint == first.fingerprint);
    CHECK(net::deviceForStart(host.url() + "/", "", file.string(), 2000).token == "good-token");
    CHECK(host.count("enroll") == 1);

    // The stored pin and token work for calls.
    net::HttpsOptions o;
    o.host = "127.0.0.1";
    o.port = host.port();
    o.pin = again.fingerprint;
    o.deviceToken = again.token;
    o.watchEvents = false;
    net::HttpsTransport t(o);
    CHECK(t.call("now", nlohmann::json::object(), false) == 1795000000);
}

TEST_CASE("A host that cannot prove the enrolment code is refused and nothing is stored", "[net]")
{
    FakeHost host;
    host.wrongServerProof = true;
    TempDir dir;
    const auto file = dir.path / "kiosk";
    const auto message = messageOf([&] { (void)net::deviceForStart(host.url(), host.enrollCode, file.string(), 2000); }, ErrorCode::Forbidden);
    CHECK_THAT(message, Catch::Contains("không chứng minh được"));
    CHECK_FALSE(fs::exists(file));
}

TEST_CASE("A wrong enrolment code is refused by the host and nothing is stored", "[net]")
{
    FakeHost host;
    TempDir dir;
    const auto file = dir.path / "wall";
    const auto message = messageOf([&] { (void)net::deviceForStart(host.url(), "WRONG-0000", file.string(), 2000); }, ErrorCode::Forbidden);
    CHECK(message == "Mã đăng ký không đúng hoặc đã hết hạn");
    CHECK_FALSE(fs::exists(file));
}

TEST_CASE("The proofs are HMAC-SHA256 of the side and fingerprint keyed by the code", "[net]")
{
    // Checked against OpenSSL's HMAC, an independent implementation of the same formula.
    const std::string code = "K7QM-2XPA";
    const std::string fp = "SHA256:" + std::string(64, 'b');
    const std::string data = "client:" + fp;
    unsigned char mac[EVP_MAX_MD_SIZE];
    unsigned int len = 0;
    HMAC(EVP_sha256(), code.data(), static_cast<int>(code.size()), reinterpret_cast<const unsigned char*>(data.data()), data.size(), mac, &len);
    std::string hex;
    for (unsigned i = 0; i < len; ++i) {
        char b[3];
        std::snprintf(b, sizeof b, "%02x", mac[i]);
        hex += b;
    }
    CHECK(net::enrollmentProof(code, "client", fp) == hex);
    CHECK(net::enrollmentProof("c", "client", "SHA256:x") != net::enrollmentProof("c", "server", "SHA256:x"));
}

TEST_CASE("Starting without enrolment, with another server, or with a garbled device file says what to do", "[net]")
{
    TempDir dir;
    const auto file = (dir.path / "counter").string();
    CHECK_THAT(messageOf([&] { (void)net::deviceForStart("https://10.0.0.5:8443", "", file, 1000); }, ErrorCode::InvalidInput),
               Catch::Contains("chưa đăng ký") && Catch::Contains("--enroll"));
    CHECK_THAT(messageOf([&] { (void)net::deviceForStart("", "ABCD-1234", file, 1000); }, ErrorCode::InvalidInput),
               Catch::Contains("--enroll cần --server"));

    net::DeviceFile f{"https://10.0.0.5:8443", "SHA256:" + std::string(64, 'a'), "tok", "counter", "Quầy 1", 3};
    net::writeDeviceFile(file, f);
    CHECK(net::readDeviceFile(file)->name == "Quầy 1");
    CHECK_THAT(messageOf([&] { (void)net::deviceForStart("https://10.0.0.6:8443", "", file, 1000); }, ErrorCode::InvalidInput),
               Catch::Contains("đã đăng ký với máy chủ https://10.0.0.5:8443"));

    std::ofstream(file) << "{\"server\": \"https://10.0.0.5:8443\", \"tok";
    CHECK_THAT(messageOf([&] { (void)net::readDeviceFile(file); }, ErrorCode::InvalidInput),
               Catch::Contains("bị hỏng") && Catch::Contains("đăng ký lại"));
    std::ofstream(file) << R"({"server": "https://10.0.0.5:8443", "fingerprint": "SHA256:ab", "token": "t", "kind": "wall"})";
    CHECK_THAT(messageOf([&] { (void)net::readDeviceFile(file); }, ErrorCode::InvalidInput), Catch::Contains("dấu vân tay"));
    std::ofstream(file) << R"({"server": "https://10.0.0.5:8443", "token": "t", "kind": "wall"})";
    CHECK_THAT(messageOf([&] { (void)net::readDeviceFile(file); }, ErrorCode::InvalidInput), Catch::Contains("thiếu mục \"fingerprint\""));
}

TEST_CASE("The server URL must be https://HOST:PORT", "[net]")
{
    CHECK(net::parseServerUrl("https://192.168.1.10:8443").host == "192.168.1.10");
    CHECK(net::parseServerUrl("https://may-chu.local:443/").port == 443);
    for (const char* bad : {"http://10.0.0.1:8443", "10.0.0.1:8443", "https://10.0.0.1", "https://:8443", "https://10.0.0.1:0",
                            "https://10.0.0.1:70000", "https://10.0.0.1:84a3", "https://10.0.0.1:8443/v1", "https://máy:8443"})
        CHECK_THAT(messageOf([&] { (void)net::parseServerUrl(bad); }, ErrorCode::InvalidInput), Catch::Contains("https://MÁY:CỔNG"));
}

TEST_CASE("The config directory: explicit, then MOTCUA_CONFIG_DIR, then XDG_CONFIG_HOME, then HOME", "[net]")
{
    CHECK(net::configDirectory("/x/y") == "/x/y");
    // Environment reads only (the tests run in parallel processes; no setenv here).
    const char* own = std::getenv("MOTCUA_CONFIG_DIR");
    const char* xdg = std::getenv("XDG_CONFIG_HOME");
    const char* home = std::getenv("HOME");
    const std::string expected = own && *own ? own : xdg && *xdg ? std::string(xdg) + "/motcua" : home ? std::string(home) + "/.config/motcua" : "";
    if (!expected.empty()) CHECK(net::configDirectory("") == expected);
}
