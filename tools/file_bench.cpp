// motcua-file-bench: the store host's memory while a digitised paper travels (issue 15). Figures,
// not a test: starts a real `motcua serve` on loopback over a fresh demo store, attaches one PDF
// of --mb megabytes (20 by default; scan.max_bytes' default is 20 MiB) from a network client and
// reads it back, and prints the host's RSS before and its peak (VmHWM, reset between phases)
// during each — once streamed (POST /v1/file/attach, GET /v1/file/attachmentContent) and once the
// old way older counters use (the PDF base64 inside POST /v1/call/attach, the answer base64),
// each on its own host.
#include "bench_support/motcua_process.h"
#include "net/desk_codec.h"
#include "net/desk_rpc.h"
#include "net/device_file.h"
#include "net/https_transport.h"
#include "net/remote_desk.h"
#include "store/database.h"

#include <nlohmann/json.hpp>

#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <csignal>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <random>
#include <string>
#include <vector>

extern char** environ;

namespace {

using namespace motcua;
namespace fs = std::filesystem;
using Json = nlohmann::json;

const char* kNow = "2026-11-23 10:15";

std::string run(const std::string& motcua, const std::vector<std::string>& args) { return bench::runMotcua(motcua, args); }

/// `motcua serve` on 127.0.0.1:0: its pid and the URL it printed.
std::pair<pid_t, std::string> startHost(const std::string& motcua, const std::string& db)
{
    const auto host = bench::startHost(motcua, db, kNow, "127.0.0.1:0");
    return {host.pid, host.api};
}

/// Linux: "5" into clear_refs sets the peak back to the current RSS, so each phase has its own.
void resetPeak(pid_t pid) { std::ofstream("/proc/" + std::to_string(pid) + "/clear_refs") << "5"; }

long rssKib(pid_t pid)
{
    std::ifstream status("/proc/" + std::to_string(pid) + "/status");
    for (std::string l; std::getline(status, l);)
        if (l.rfind("VmRSS:", 0) == 0) return std::stol(l.substr(6));
    return 0;
}

long peakRssKib(pid_t pid)
{
    std::ifstream status("/proc/" + std::to_string(pid) + "/status");
    for (std::string l; std::getline(status, l);)
        if (l.rfind("VmHWM:", 0) == 0) return std::stol(l.substr(6));
    return 0;
}

std::string pdfOf(std::size_t size)
{
    std::string out = "%PDF-1.4\n";
    std::vector<std::size_t> at;
    auto object = [&](const std::string& body) {
        at.push_back(out.size());
        out += std::to_string(at.size()) + " 0 obj\n" + body + "\nendobj\n";
    };
    object("<</Type/Catalog/Pages 2 0 R>>");
    object("<</Type/Pages/Kids[3 0 R]/Count 1>>");
    object("<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]/Contents 4 0 R>>");
    std::string data(size, '\0');
    std::mt19937 random(7);
    for (char& c : data) c = static_cast<char>(random() & 0xff);
    object("<</Length " + std::to_string(size) + ">>\nstream\n" + data + "\nendstream");
    const std::size_t xref = out.size();
    out += "xref\n0 5\n0000000000 65535 f \n";
    for (const auto a : at) {
        char l[24];
        std::snprintf(l, sizeof l, "%010zu 00000 n \n", a);
        out += l;
    }
    return out + "trailer<</Size 5/Root 1 0 R>>\nstartxref\n" + std::to_string(xref) + "\n%%EOF\n";
}

std::string openDossier(const std::string& db)
{
    store::Database d(db, store::OpenMode::ReadOnly);
    auto& st = d.prepare("SELECT code FROM dossiers d WHERE status IN ('received','processing') AND EXISTS "
                         "(SELECT 1 FROM dossier_papers p WHERE p.dossier_id = d.id AND p.idx = 0) ORDER BY id LIMIT 1");
    if (!st.step()) throw std::runtime_error("no open dossier in the demo store");
    std::string code = st.getText(0);
    st.reset();
    return code;
}

Json measure(const std::string& motcua, const std::string& dir, bool streamed, const std::string& pdf)
{
    const std::string db = dir + (streamed ? "/streamed.db" : "/base64.db");
    (void)run(motcua, {"--db", db, "--now", kNow, "init", "--demo"});
    const std::string code = openDossier(db);
    const auto enrol = Json::parse(run(motcua, {"--db", db, "device", "add", "--kind", "cli", "--name", "bench", "--json"}));
    auto [pid, api] = startHost(motcua, db);
    net::RemoteOptions ro;
    ro.server = api;
    ro.enrollCode = enrol.at("code").get<std::string>();
    ro.configDir = dir + "/devices-" + (streamed ? "s" : "b");
    ro.deviceName = "cli";
    (void)net::openRemoteDesk(ro);  // enrols and writes the device file
    const auto device = net::readDeviceFile(ro.configDir + "/cli").value();
    const auto url = net::parseServerUrl(device.server);
    net::HttpsOptions o;
    o.host = url.host;
    o.port = url.port;
    o.pin = device.fingerprint;
    o.deviceToken = device.token;
    o.timeoutMs = 30000;
    o.watchEvents = false;
    net::HttpsTransport t(o);
    (void)t.call("login", {{"username", "motcua1"}, {"password", "demo1234"}}, true);
    const long before = rssKib(pid);
    resetPeak(pid);
    const service::AttachRequest request{code, 1, false, pdf, "bench.pdf"};
    const auto t0 = std::chrono::steady_clock::now();
    Json attached = streamed ? t.upload(std::string(net::kUploadMethod), net::uploadArgs(request), pdf, true)
                             : t.call("attach", {{"request", net::encode(request)}}, true);
    const double upSeconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    const long afterUpload = peakRssKib(pid);
    resetPeak(pid);
    const Json id{{"id", attached.at("id")}};
    const auto t1 = std::chrono::steady_clock::now();
    const std::string back = streamed ? t.download(std::string(net::kDownloadMethod), id)
                                      : net::base64Decode(t.call("attachmentContent", id, false).get<std::string>(), "result");
    const double downSeconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t1).count();
    const long afterDownload = peakRssKib(pid);
    kill(pid, SIGTERM);
    int status = 0;
    waitpid(pid, &status, 0);
    if (back != pdf) throw std::runtime_error("the file came back different");
    return {{"way", streamed ? "streamed" : "base64 JSON (old)"},
            {"host_rss_kib_before", before},
            {"host_peak_rss_kib_during_upload", afterUpload},
            {"host_peak_rss_kib_during_download", afterDownload},
            {"upload_s", upSeconds},
            {"download_s", downSeconds}};
}

}  // namespace

int main(int argc, char** argv)
{
    std::signal(SIGPIPE, SIG_IGN);
    std::string motcua = (fs::path(argv[0]).parent_path() / "motcua").string();
    double mb = 20;
    for (int i = 1; i + 1 < argc; i += 2) {
        const std::string a = argv[i];
        if (a == "--mb") mb = std::stod(argv[i + 1]);
        else if (a == "--motcua") motcua = argv[i + 1];
    }
    if (argc % 2 == 0) {
        std::cerr << "Cách dùng: motcua-file-bench [--mb 20] [--motcua PATH]\n";
        return 2;
    }
    char tmpl[] = "/tmp/motcua-file-bench-XXXXXX";
    const char* dir = mkdtemp(tmpl);
    if (!dir) return 1;
    try {
        const std::string pdf = pdfOf(static_cast<std::size_t>(mb * 1000 * 1000));
        Json out{{"pdf_bytes", pdf.size()}, {"runs", Json::array()}};
        out["runs"].push_back(measure(motcua, dir, true, pdf));
        out["runs"].push_back(measure(motcua, dir, false, pdf));
        std::cout << out.dump(2) << "\n";
    } catch (const std::exception& e) {
        std::cerr << "Lỗi: " << e.what() << '\n';
        fs::remove_all(dir);
        return 1;
    }
    fs::remove_all(dir);
    return 0;
}
