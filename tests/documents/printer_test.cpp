// Printer back ends: a raw TCP printer on 127.0.0.1 gets the exact bytes; files and devices;
// CUPS through a stand-in `lp` whose exit status is checked; clear errors for every failure.
#include "escpos_reader.h"
#include "support.h"

#include "documents/printer.h"
#include "documents/slips.h"
#include "documents/ticket.h"

#include <catch2/catch.hpp>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <thread>
#include <unistd.h>

using namespace motcua;
using namespace motcua::documents;

namespace {

Document ticketDoc()
{
    TicketData t;
    t.officeName = "Trung tâm Phục vụ hành chính công xã Hà Tân";
    t.officeCode = "000.00.20.H56";
    t.label = "A023";
    t.groupCode = "HT";
    t.groupName = "Tư pháp – Hộ tịch";
    t.counters = {1};
    t.issuedAt = *domain::parseLocalDateTime("2026-11-23 09:00");
    return renderTicket(t, Paper::Mm80);
}

Document formDoc()
{
    SlipContext ctx;
    ctx.office = {"000.00.20.H56", "Trung tâm Phục vụ hành chính công xã Hà Tân", "Ủy ban nhân dân xã Hà Tân", "Hà Tân", "", "", ""};
    ctx.issuedAt = *domain::parseLocalDateTime("2026-11-23 09:00");
    return renderLedger(ctx, {}, {2026, 11, 1}, {2026, 11, 30}, 2026);
}

/// A one-shot listener on 127.0.0.1: accepts one connection and keeps what it receives.
class Listener {
public:
    Listener()
    {
        m_fd = ::socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in a{};
        a.sin_family = AF_INET;
        a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        REQUIRE(::bind(m_fd, reinterpret_cast<sockaddr*>(&a), sizeof a) == 0);
        REQUIRE(::listen(m_fd, 1) == 0);
        socklen_t len = sizeof a;
        ::getsockname(m_fd, reinterpret_cast<sockaddr*>(&a), &len);
        m_port = ntohs(a.sin_port);
        m_thread = std::thread([this] {
            const int c = ::accept(m_fd, nullptr, nullptr);
            if (c < 0) return;
            char buf[65536];
            for (ssize_t n; (n = ::read(c, buf, sizeof buf)) > 0;) m_received.append(buf, static_cast<std::size_t>(n));
            ::close(c);
        });
    }
    ~Listener()
    {
        ::shutdown(m_fd, SHUT_RDWR);
        if (m_thread.joinable()) m_thread.join();
        ::close(m_fd);
    }
    [[nodiscard]] int port() const { return m_port; }
    std::string received()
    {
        m_thread.join();
        return m_received;
    }

private:
    int m_fd = -1;
    int m_port = 0;
    std::thread m_thread;
    std::string m_received;
};

std::string failure(Printer& p, const Document& doc)
{
    try {
        (void)p.print(doc);
    } catch (const PrintError& e) {
        return e.what();
    }
    return "printed";
}

}  // namespace

TEST_CASE("escpos-tcp: the printer on the other end receives exactly our bytes")
{
    const auto doc = ticketDoc();
    Listener listener;
    auto printer = openPrinter("escpos-tcp:127.0.0.1:" + std::to_string(listener.port()));
    CHECK(printer->print(doc) == "127.0.0.1:" + std::to_string(listener.port()));
    const auto bytes = listener.received();
    CHECK(bytes == renderEscPos(doc));
    const auto job = testing::readEscPos(bytes);
    CHECK(job.error.empty());
    CHECK(job.image.width == kDots80);
    CHECK(job.cutIsLast);
}

TEST_CASE("escpos-tcp: a printer that is not there is a clear error, not a hang")
{
    int port = 0;
    {
        Listener probe;  // a port that was free a moment ago and is closed now
        port = probe.port();
    }
    PrinterOptions o;
    o.timeoutMs = 2000;
    auto printer = openPrinter("escpos-tcp:127.0.0.1:" + std::to_string(port), o);
    CHECK(failure(*printer, ticketDoc()).find("Không kết nối được máy in 127.0.0.1:" + std::to_string(port)) != std::string::npos);
}

TEST_CASE("escpos to a file writes the job, and a missing device is an error and no file appears in /dev")
{
    testing::TempDir dir;
    const auto doc = ticketDoc();
    auto file = openPrinter("escpos:" + dir.file("spool.bin"));
    CHECK(file->print(doc) == dir.file("spool.bin"));
    CHECK(testing::readFile(dir.file("spool.bin")) == renderEscPos(doc));

    auto device = openPrinter("escpos:/dev/motcua-no-such-printer");
    CHECK(failure(*device, doc).find("Không mở được máy in /dev/motcua-no-such-printer") != std::string::npos);
    CHECK_FALSE(testing::fileExists("/dev/motcua-no-such-printer"));
}

TEST_CASE("a thermal printer refuses an A4 form with a message, before sending anything")
{
    testing::TempDir dir;
    auto printer = openPrinter("escpos:" + dir.file("spool.bin"));
    CHECK_THROWS_AS(printer->print(formDoc()), Error);
    CHECK_FALSE(testing::fileExists(dir.file("spool.bin")));
}

TEST_CASE("pdf: and png: directories get a file named after the document")
{
    testing::TempDir dir;
    const auto doc = formDoc();
    const auto pdf = openPrinter("pdf:" + dir.path())->print(doc);
    CHECK(pdf == dir.file("ledger-2026-11-01_2026-11-30.pdf"));
    CHECK(testing::readFile(pdf).rfind("%PDF-", 0) == 0);
    const auto png = openPrinter("png:" + dir.path())->print(ticketDoc());
    CHECK(png == dir.file("ticket-A023.png"));
    CHECK(testing::readFile(png).substr(1, 3) == "PNG");
    auto missing = openPrinter("pdf:" + dir.file("no-such-dir"));
    CHECK(failure(*missing, doc).find("không tồn tại") != std::string::npos);
    CHECK(openPrinter("none")->print(doc) == "none");
}

TEST_CASE("cups: the job goes through lp -d QUEUE and lp's exit status decides")
{
    testing::TempDir dir;
    const auto script = dir.file("lp");
    testing::writeFile(script, "#!/bin/sh\n"
                               "printf '%s\\n' \"$@\" > '" + dir.file("args") + "'\n"
                               "cp \"$6\" '" + dir.file("job.pdf") + "'\n"
                               "if [ \"$2\" = broken ]; then echo 'lp: The printer or class does not exist.' >&2; exit 1; fi\n"
                               "echo 'request id is office-7 (1 file(s))'\n");
    ::chmod(script.c_str(), 0755);
    PrinterOptions o;
    o.lpCommand = script;
    const auto doc = formDoc();

    auto ok = openPrinter("cups:office", o);
    CHECK(ok->print(doc) == "cups:office — request id is office-7 (1 file(s))");
    const auto args = testing::readFile(dir.file("args"));
    CHECK(args.rfind("-d\noffice\n-t\nSổ theo dõi hồ sơ\n--\n", 0) == 0);
    CHECK(testing::readFile(dir.file("job.pdf")).rfind("%PDF-", 0) == 0);

    auto broken = openPrinter("cups:broken", o);
    const auto message = failure(*broken, doc);
    CHECK(message.find("lp thoát mã 1") != std::string::npos);
    CHECK(message.find("does not exist") != std::string::npos);

    o.lpCommand = dir.file("no-lp-here");
    auto absent = openPrinter("cups:office", o);
    CHECK(failure(*absent, doc).find("Không chạy được lệnh") != std::string::npos);
}

TEST_CASE("malformed printer specs are refused before anything is printed")
{
    for (const char* spec : {"", "laser", "pdf:", "fax:/dev/x", "escpos-tcp:", "escpos-tcp:host:99999", "escpos-tcp:host:x",
                             "escpos-tcp:[::1", "cups:-o", "cups:two words", "cups:a/b"}) {
        INFO(spec);
        try {
            (void)openPrinter(spec);
            FAIL("accepted");
        } catch (const Error& e) {
            CHECK(e.code() == ErrorCode::InvalidInput);
        }
    }
    CHECK(openPrinter("escpos-tcp:printer.local")->describe() == "escpos-tcp:printer.local:9100");
    CHECK(openPrinter("escpos-tcp:[::1]:9101")->describe() == "escpos-tcp:[::1]:9101");
}
