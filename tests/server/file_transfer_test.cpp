// Files through the store host, streamed (issue 15, docs/network-protocol.md "Files"): an upload
// is one request whose body is the raw PDF, checked before it is read, received into a hashed
// temporary in the file store and adopted by rename; a download is the raw PDF with its SHA-256,
// checked by the host before it leaves and by the client as it arrives.
#include "server_support.h"

#include "domain/error.h"
#include "net/remote_desk.h"
#include "store/database.h"
#include "store/file_store.h"

#include <catch2/catch.hpp>
#include <httplib.h>
#include <sodium.h>

#include <filesystem>
#include <fstream>
#include <random>
#include <thread>

using namespace motcua;
using namespace motcua::servertest;

namespace {

namespace fs = std::filesystem;

/// A valid one-page PDF of `size` bytes or a little more: its content stream is random binary.
std::string bigPdf(std::size_t size, unsigned seed = 1)
{
    std::string out = "%PDF-1.4\n%\xE2\xE3\xCF\xD3\n";
    std::vector<std::size_t> offsets;
    auto object = [&](const std::string& body) {
        offsets.push_back(out.size());
        out += std::to_string(offsets.size()) + " 0 obj\n" + body + "\nendobj\n";
    };
    object("<</Type/Catalog/Pages 2 0 R>>");
    object("<</Type/Pages/Kids[3 0 R]/Count 1>>");
    object("<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]/Contents 4 0 R>>");
    std::string data(size, '\0');
    std::mt19937 random(seed);
    for (char& c : data) c = static_cast<char>(random() & 0xff);
    object("<</Length " + std::to_string(size) + ">>\nstream\n" + data + "\nendstream");
    const std::size_t xref = out.size();
    out += "xref\n0 " + std::to_string(offsets.size() + 1) + "\n0000000000 65535 f \n";
    for (const auto at : offsets) {
        char line[24];
        std::snprintf(line, sizeof line, "%010zu 00000 n \n", at);
        out += line;
    }
    out += "trailer<</Size " + std::to_string(offsets.size() + 1) + "/Root 1 0 R>>\nstartxref\n" + std::to_string(xref) + "\n%%EOF\n";
    return out;
}

std::string sha256(const std::string& bytes)
{
    unsigned char d[crypto_hash_sha256_BYTES];
    crypto_hash_sha256(d, reinterpret_cast<const unsigned char*>(bytes.data()), bytes.size());
    char hex[2 * crypto_hash_sha256_BYTES + 1];
    sodium_bin2hex(hex, sizeof hex, d, sizeof d);
    return hex;
}

long long rows(const std::string& db, const std::string& sql)
{
    store::Database d(db, store::OpenMode::ReadOnly);
    auto& st = d.prepare(sql);
    st.step();
    const auto n = st.getInt(0);
    st.reset();
    return n;
}

/// A running dossier with a first paper line to attach to.
std::string openDossier(const std::string& db)
{
    store::Database d(db, store::OpenMode::ReadOnly);
    auto& st = d.prepare(
        "SELECT code FROM dossiers d WHERE status IN ('received','processing') AND EXISTS "
        "(SELECT 1 FROM dossier_papers p WHERE p.dossier_id = d.id AND p.idx = 0) ORDER BY id LIMIT 1");
    REQUIRE(st.step());
    std::string code = st.getText(0);
    st.reset();
    return code;
}

/// Every name in the store's files folder, its subfolders' files included ("ab/<sha>", "tmp-…").
std::vector<std::string> filesFolder(const std::string& db)
{
    std::vector<std::string> out;
    const std::string root = store::FileStore::folderFor(db);
    std::error_code ec;
    for (const auto& e : fs::recursive_directory_iterator(root, ec))
        if (e.is_regular_file()) out.push_back(fs::relative(e.path(), root).string());
    std::sort(out.begin(), out.end());
    return out;
}

bool anyTemporary(const std::string& db)
{
    for (const auto& name : filesFolder(db))
        if (name.rfind("tmp-", 0) == 0) return true;
    return false;
}

/// The host's limits as `motcua serve` sets them, or smaller: the body cap (JSON calls) is 8 MiB,
/// so a base64 7-MB PDF inside JSON would be refused, a raw one is not.
std::function<void(server::ServerOptions&)> bodyCap(std::size_t bytes = 8 * 1024 * 1024)
{
    return [bytes](server::ServerOptions& o) { o.maxBodyBytes = bytes; };
}

std::unique_ptr<service::Desk> clerkOver(TestHost& host, const std::string& name)
{
    net::RemoteOptions o;
    o.server = "https://127.0.0.1:" + std::to_string(host.port());
    o.enrollCode = host.addDevice("counter");
    o.configDir = host.dir().file("devices-" + name);
    o.deviceName = "counter";
    o.timeoutMs = 5000;
    auto desk = net::openRemoteDesk(o);
    desk->login("motcua1", "demo1234");
    return desk;
}

void setSetting(const std::string& db, const std::string& key, const std::string& value)
{
    store::Database d(db, store::OpenMode::ExistingReadWrite);
    auto& st = d.prepare("INSERT INTO settings(key, value) VALUES(?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value");
    st.bind(1, key);
    st.bind(2, value);
    st.step();
    st.reset();
    REQUIRE(d.changes() == 1);
}

/// A raw upload as any client might send it: POST /v1/file/attach?args=… with the PDF as body.
httplib::Result rawUpload(const TestHost& host, const Headers& headers, const std::string& code, const std::string& pdf,
                          const httplib::ContentProvider& provider = nullptr)
{
    httplib::SSLClient c("127.0.0.1", host.port());
    c.enable_server_certificate_verification(false);
    c.set_read_timeout(20);
    const std::string args = Json{{"request", {{"code", code}, {"paper", 1}, {"result", false}, {"pdf", ""}, {"sourceName", "a.pdf"}}}}.dump();
    const std::string path = "/v1/file/attach?args=" + httplib::detail::encode_query_param(args);
    httplib::Headers h(headers.begin(), headers.end());
    if (provider) return c.Post(path.c_str(), h, pdf.size(), provider, "application/pdf");
    return c.Post(path.c_str(), h, pdf, "application/pdf");
}

}  // namespace

TEST_CASE("files: a 7-MB PDF attached over the host is stored under its hash and comes back byte for byte",
          "[server][files][attach]")
{
    TestHost host(bodyCap());
    const std::string code = openDossier(host.db());
    auto clerk = clerkOver(host, "clerk");
    const std::string pdf = bigPdf(7 * 1000 * 1000);
    const auto a = clerk->attach({code, 1, false, pdf, "to-khai.pdf"});
    CHECK(a.sha256 == sha256(pdf));
    CHECK(a.bytes == static_cast<std::int64_t>(pdf.size()));
    CHECK(a.pages == 1);
    const std::string stored = store::FileStore(store::FileStore::folderFor(host.db())).pathOf(a.sha256);
    CHECK(clitest::readFile(stored) == pdf);
    CHECK_FALSE(anyTemporary(host.db()));
    CHECK(clerk->attachmentContent(a.id) == pdf);

    // On the wire: the answer is the raw PDF with its hash, never base64 JSON.
    const std::string token = host.enrol("cli");
    const std::string session = host.login(token, "motcua1");
    const auto r = host.get("/v1/file/attachmentContent?args=" + httplib::detail::encode_query_param(Json{{"id", a.id}}.dump()),
                            deviceHeaders(token, session));
    REQUIRE(r.status == 200);
    CHECK(r.headers.at("Content-Type") == "application/pdf");
    CHECK(r.headers.at("X-Content-SHA256") == a.sha256);
    CHECK(r.body == pdf);
}

TEST_CASE("files: a body over scan.max_bytes is refused with the Vietnamese 413 before any of it is kept",
          "[server][files][attach]")
{
    TestHost host(bodyCap(64 * 1024 * 1024));
    setSetting(host.db(), "scan.max_bytes", "65536");
    const std::string code = openDossier(host.db());
    auto clerk = clerkOver(host, "clerk");
    const auto files = filesFolder(host.db());
    const auto before = host.dump();
    const std::string pdf = bigPdf(10 * 1000 * 1000);
    try {
        (void)clerk->attach({code, 1, false, pdf, "qua-lon.pdf"});
        FAIL("a 10-MB PDF was accepted with scan.max_bytes = 64 kB");
    } catch (const Error& e) {
        CHECK(e.code() == ErrorCode::InvalidInput);
        CHECK_THAT(e.what(), Catch::Contains("lớn hơn giới hạn") && Catch::Contains("scan.max_bytes") &&
                                 Catch::Contains("chưa có gì được lưu"));
    }
    CHECK(host.dump() == before);
    CHECK(filesFolder(host.db()) == files);  // no stored file, no temporary

    // On the wire: 413, and the host wrote none of it (no temporary grew while the body came).
    const std::string token = host.enrol("cli");
    Headers h = deviceHeaders(token, host.login(token, "motcua1"));
    h.emplace("X-Request-Id", newRequestId());
    std::size_t largestTemporary = 0;
    const auto r = rawUpload(host, h, code, pdf, [&](std::size_t offset, std::size_t length, httplib::DataSink& sink) {
        for (const auto& name : filesFolder(host.db()))
            if (name.rfind("tmp-", 0) == 0)
                largestTemporary = std::max<std::size_t>(largestTemporary, fs::file_size(store::FileStore::folderFor(host.db()) + "/" + name));
        return sink.write(pdf.data() + offset, std::min<std::size_t>(length, 256 * 1024));
    });
    REQUIRE(r);
    CHECK(r->status == 413);
    CHECK(largestTemporary == 0);
    CHECK(filesFolder(host.db()) == files);
}

TEST_CASE("files: an upload cut off mid-body leaves no row and no temporary", "[server][files][attach]")
{
    TestHost host(bodyCap());
    const std::string code = openDossier(host.db());
    const std::string token = host.enrol("cli");
    Headers h = deviceHeaders(token, host.login(token, "motcua1"));
    h.emplace("X-Request-Id", newRequestId());
    const auto attachments = rows(host.db(), "SELECT count(*) FROM attachments");
    const auto files = filesFolder(host.db());
    const std::string pdf = bigPdf(6 * 1000 * 1000);
    bool sawTemporary = false;
    const auto r = rawUpload(host, h, code, pdf, [&](std::size_t offset, std::size_t length, httplib::DataSink& sink) {
        if (offset >= pdf.size() / 2) {
            // Half is sent: the host is writing it to a temporary in the files folder, not memory.
            for (int i = 0; i < 200 && !sawTemporary; ++i) {
                sawTemporary = anyTemporary(host.db());
                if (!sawTemporary) std::this_thread::sleep_for(std::chrono::milliseconds(10));
            }
            return false;  // the client gives up: httplib closes the connection
        }
        return sink.write(pdf.data() + offset, std::min<std::size_t>(length, 64 * 1024));
    });
    CHECK_FALSE(r);
    CHECK(sawTemporary);
    // The handler notices the closed connection (at once, or after its read timeout) and cleans up.
    for (int i = 0; i < 400 && anyTemporary(host.db()); ++i) std::this_thread::sleep_for(std::chrono::milliseconds(10));
    CHECK_FALSE(anyTemporary(host.db()));
    CHECK(rows(host.db(), "SELECT count(*) FROM attachments") == attachments);
    CHECK(filesFolder(host.db()) == files);
}

TEST_CASE("files: a retried upload with the same request id answers the first attachment and makes one row",
          "[server][files][attach][retry]")
{
    TestHost host(bodyCap());
    const std::string code = openDossier(host.db());
    const std::string token = host.enrol("cli");
    Headers h = deviceHeaders(token, host.login(token, "motcua1"));
    const std::string id = newRequestId();
    h.emplace("X-Request-Id", id);
    const auto attachments = rows(host.db(), "SELECT count(*) FROM attachments");
    const std::string pdf = bigPdf(1000 * 1000, 2);
    const auto first = rawUpload(host, h, code, pdf);
    REQUIRE(first);
    REQUIRE(first->status == 200);
    const auto again = rawUpload(host, h, code, pdf);
    REQUIRE(again);
    CHECK(again->status == 200);
    CHECK(again->body == first->body);
    CHECK(rows(host.db(), "SELECT count(*) FROM attachments") == attachments + 1);
    CHECK(Json::parse(first->body).at("result").at("sha256") == sha256(pdf));
    CHECK_FALSE(anyTemporary(host.db()));

    // Without a session the body is never taken: 401, nothing written, no temporary.
    Headers anonymous = deviceHeaders(token);
    anonymous.emplace("X-Request-Id", newRequestId());
    const auto refused = rawUpload(host, anonymous, code, pdf);
    REQUIRE(refused);
    CHECK(refused->status == 401);
    CHECK(rows(host.db(), "SELECT count(*) FROM attachments") == attachments + 1);
    CHECK_FALSE(anyTemporary(host.db()));
}

TEST_CASE("files: a stored file changed on disk is refused as changed, and the client gets none of it",
          "[server][files][attach]")
{
    TestHost host(bodyCap());
    const std::string code = openDossier(host.db());
    auto clerk = clerkOver(host, "clerk");
    const std::string pdf = bigPdf(300 * 1000, 3);
    const auto a = clerk->attach({code, 1, false, pdf, "a.pdf"});
    const std::string path = store::FileStore(store::FileStore::folderFor(host.db())).pathOf(a.sha256);
    {
        std::fstream f(path, std::ios::in | std::ios::out | std::ios::binary);
        f.seekp(1000);
        f.put('X');
    }
    try {
        (void)clerk->attachmentContent(a.id);
        FAIL("a changed file was sent");
    } catch (const Error& e) {
        CHECK(e.code() == ErrorCode::Storage);
        CHECK_THAT(e.what(), Catch::Contains("đã bị thay đổi") && Catch::Contains("mã băm không khớp"));
    }
}
