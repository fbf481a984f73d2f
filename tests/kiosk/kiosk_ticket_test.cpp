// Headless tests of the ticket path: home → group → ticket printed and shown (two taps), the
// priority ticket, a print failure that voids the number, and a busy store that is retried
// without leaving a half-issued ticket.
#include "kiosk_support.h"

#include <catch2/catch.hpp>
#include <sqlite3.h>

#include <algorithm>
#include <filesystem>

using namespace motcua;
using namespace motcua::kiosk;
using namespace motcua::kiosk::test;

namespace {

template <class T>
const T* findCommand(const Commands& commands)
{
    for (const auto& c : commands)
        if (const T* t = std::get_if<T>(&c)) return t;
    return nullptr;
}

domain::TicketStatus storedStatus(service::Desk& desk, const std::string& label)
{
    return desk.ticketInfo(label).ticket.status;
}

/// Holds SQLite's write lock from another connection while alive: the store is "busy".
class WriteLock {
public:
    explicit WriteLock(const std::string& path)
    {
        sqlite3_open(path.c_str(), &m_db);
        sqlite3_exec(m_db, "BEGIN EXCLUSIVE", nullptr, nullptr, nullptr);
    }
    ~WriteLock()
    {
        sqlite3_exec(m_db, "ROLLBACK", nullptr, nullptr, nullptr);
        sqlite3_close(m_db);
    }
    WriteLock(const WriteLock&) = delete;
    WriteLock& operator=(const WriteLock&) = delete;

private:
    sqlite3* m_db = nullptr;
};

}  // namespace

TEST_CASE("home shows the office, each group with people waiting, and the other services", "[kiosk][home]")
{
    KioskFixture k;
    const auto text = k.frame();
    CHECK(KioskFixture::shows(text, "Trung tâm Phục vụ hành chính công xã Hà Tân"));
    CHECK(KioskFixture::shows(text, "Tư pháp – Hộ tịch – Chứng thực"));
    CHECK(KioskFixture::shows(text, "Đang chờ: 3 người"));
    CHECK(KioskFixture::shows(text, "Ưu tiên"));
    CHECK(KioskFixture::shows(text, "Tra cứu hồ sơ"));
    CHECK(KioskFixture::shows(text, "Thủ tục hành chính"));
    CHECK(KioskFixture::shows(text, "Đánh giá hài lòng"));
    CHECK(KioskFixture::shows(text, "10:15"));
    CHECK(k.commands.empty());
}

TEST_CASE("one tap on a group issues, shows and prints a ticket", "[kiosk][ticket]")
{
    KioskFixture k;
    REQUIRE(k.click("##group-HT"));
    const auto* issue = findCommand<IssueTicket>(k.commands);
    REQUIRE(issue);
    CHECK(issue->groupCode == "HT");
    CHECK(issue->priorityReason.empty());
    k.applyAll();
    REQUIRE(k.state.screen == Screen::Ticket);
    const std::string label = k.state.ticket.issued.ticket.label;
    CHECK(label == "A006");
    // Shown with "printing…" first; the ticket is pending in the store until it is out.
    CHECK(k.state.ticket.status == PrintStatus::Printing);
    CHECK(storedStatus(*k.desk, label) == domain::TicketStatus::Pending);
    const auto printing = k.frame();
    CHECK(KioskFixture::shows(printing, "Đang in vé"));
    CHECK(KioskFixture::shows(printing, "A006"));
    REQUIRE(findCommand<PrintTicket>(k.commands));
    k.applyAll();
    CHECK(k.state.ticket.status == PrintStatus::Printed);
    CHECK(storedStatus(*k.desk, label) == domain::TicketStatus::Waiting);
    const auto files = filesIn(k.printDir);
    REQUIRE(files.size() == 1);
    CHECK(files[0] == "ticket-A006.pdf");
    CHECK(std::filesystem::file_size(k.printDir + "/" + files[0]) > 1000);

    const auto shown = k.frame();
    CHECK(KioskFixture::shows(shown, "Mời bạn nhận vé"));
    CHECK(KioskFixture::shows(shown, "Người chờ trước bạn"));
    CHECK(KioskFixture::shows(shown, "3 người"));
    CHECK(KioskFixture::shows(shown, "Quầy 1, 2"));
    CHECK(k.commands.empty());  // printed once only
    // "Xong" goes home at once; the waiting count there has grown by one.
    REQUIRE(k.click("##done"));
    k.applyAll();
    CHECK(k.state.screen == Screen::Home);
    CHECK(KioskFixture::shows(k.frame(), "Đang chờ: 4 người"));
}

TEST_CASE("a print failure voids the ticket and sends the citizen to the counter", "[kiosk][ticket]")
{
    KioskFixture k("escpos:/nonexistent-dir/x");
    REQUIRE(k.click("##group-DD"));
    k.applyAll();
    k.settle();
    const std::string label = k.state.ticket.issued.ticket.label;
    CHECK(label == "B003");
    CHECK(k.state.ticket.status == PrintStatus::Failed);
    CHECK(storedStatus(*k.desk, label) == domain::TicketStatus::Void);
    CHECK_FALSE(k.state.ticket.printError.empty());
    const auto text = k.frame();
    CHECK(KioskFixture::shows(text, "Máy in vé đang gặp sự cố"));
    CHECK(KioskFixture::shows(text, "hỏi cán bộ tại quầy"));
    CHECK(KioskFixture::shows(text, "Số đã huỷ: B003"));
    // The number is never called: counter 3 (groups B and C) empties its line without it.
    // Calls in a tight loop at one instant: the double-F5 guard (queue.repeat_call_seconds) is off.
    k.openDesk("admin")->setSetting("queue.repeat_call_seconds", "0");
    auto counter = k.openDesk("motcua1");
    std::vector<std::string> called;
    for (int i = 0; i < 10; ++i) {
        try {
            called.push_back(counter->callNext(3).label);
        } catch (const Error& e) {
            INFO(e.what());
            REQUIRE(e.code() == ErrorCode::Empty);  // the line ran dry, nothing else stopped it
            break;
        }
    }
    CHECK(std::find(called.begin(), called.end(), "B002") != called.end());
    CHECK(std::find(called.begin(), called.end(), "B003") == called.end());
}

TEST_CASE("a priority ticket needs the reason first and records it", "[kiosk][priority]")
{
    KioskFixture k;
    REQUIRE(k.click("##priority"));
    k.applyAll();
    REQUIRE(k.state.screen == Screen::Priority);
    CHECK(KioskFixture::shows(k.frame(), "Hãy chọn đối tượng ưu tiên"));
    REQUIRE(k.click("##pgroup-HT"));
    CHECK(k.commands.empty());  // no reason yet: nothing happens
    REQUIRE(k.click("##reason-0"));
    REQUIRE(k.click("##pgroup-HT"));
    const auto* issue = findCommand<IssueTicket>(k.commands);
    REQUIRE(issue);
    CHECK(issue->priorityReason == "Người cao tuổi");
    k.applyAll();
    k.settle();
    CHECK(k.state.ticket.status == PrintStatus::Printed);
    CHECK(k.state.ticket.issued.ticket.priorityReason == "Người cao tuổi");
    CHECK(k.state.ticket.issued.ahead == 0);
    CHECK(KioskFixture::shows(k.frame(), "ƯU TIÊN: Người cao tuổi"));
}

TEST_CASE("a busy store gets a calm notice and a retry, never a half-issued ticket", "[kiosk][busy]")
{
    KioskFixture k;
    k.desk = k.openDesk("kiosk", 100);
    {
        WriteLock lock(k.db);
        REQUIRE(k.click("##group-XH"));
        k.applyAll();
        CHECK(k.state.screen == Screen::Home);
        CHECK(k.state.home.issuing);
        CHECK_FALSE(k.state.storeNotice.empty());
        CHECK(k.state.retry.has_value());
        CHECK(KioskFixture::shows(k.frame(), "Hệ thống đang bận"));
        // While it retries, further taps do not queue more tickets.
        REQUIRE(k.click("##group-XH"));
        CHECK(k.commands.empty());
    }
    CHECK(k.desk->tickets(domain::TicketStatus::Pending).empty());
    k.state.seconds += kRetrySeconds;
    k.applyAll();
    REQUIRE(k.state.screen == Screen::Ticket);
    k.settle();
    CHECK(k.state.ticket.status == PrintStatus::Printed);
    CHECK(k.state.storeNotice.empty());
    CHECK(storedStatus(*k.desk, "C003") == domain::TicketStatus::Waiting);
}

TEST_CASE("a confirmation the busy store refused is kept and retried", "[kiosk][busy]")
{
    KioskFixture k;
    k.desk = k.openDesk("kiosk", 100);
    REQUIRE(k.click("##group-HT"));
    k.applyAll();
    k.frame();
    REQUIRE(findCommand<PrintTicket>(k.commands));
    {
        WriteLock lock(k.db);
        k.applyAll();  // printed, but the store cannot record it yet
        CHECK(k.state.ticket.status == PrintStatus::Printed);
        CHECK(k.state.pendingWrites.size() == 1);
    }
    CHECK(storedStatus(*k.desk, "A006") == domain::TicketStatus::Pending);
    k.state.seconds += kRetrySeconds;
    k.applyAll();
    CHECK(k.state.pendingWrites.empty());
    CHECK(storedStatus(*k.desk, "A006") == domain::TicketStatus::Waiting);
}

TEST_CASE("a busy store that stays busy gives up after a few tries with a message", "[kiosk][busy]")
{
    KioskFixture k;
    k.desk = k.openDesk("kiosk", 50);
    WriteLock lock(k.db);
    REQUIRE(k.click("##group-HT"));
    k.applyAll();
    for (int i = 0; i < kIssueAttempts; ++i) {
        k.state.seconds += kRetrySeconds;
        k.applyAll();
    }
    CHECK_FALSE(k.state.home.issuing);
    CHECK_FALSE(k.state.retry.has_value());
    CHECK(k.state.screen == Screen::Home);
    CHECK(KioskFixture::shows(k.frame(), "Chưa lấy được số"));
}
