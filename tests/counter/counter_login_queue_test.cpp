// Headless counter tests (issue 5): login (good, bad, lock-out, log out) and the queue panel
// (call next, recall, skip and bring back, transfer, finish, the F-key shortcuts).
#include "counter_support.h"

#include <catch2/catch.hpp>

using namespace motcua;
using namespace motcua::counter;
using test::CounterFixture;

TEST_CASE("login: a good password opens the counter and shows who is logged in where", "[counter][login]")
{
    CounterFixture f;
    CHECK(CounterFixture::shows(f.frame(), "Bộ phận Một cửa — đăng nhập"));
    f.loginWithUi("motcua1", "demo1234");
    REQUIRE(f.state.user);
    CHECK(f.state.user->username == "motcua1");
    CHECK(f.state.login.password.empty());
    const auto text = f.frame();
    CHECK(CounterFixture::shows(text, "Nguyễn Thị Lan · Cán bộ một cửa"));
    CHECK(CounterFixture::shows(text, "Quầy 2"));
    CHECK(CounterFixture::shows(text, "Gọi tiếp  [F5]"));

    REQUIRE(f.click("logout"));
    f.applyAll();
    CHECK_FALSE(f.state.user);
    CHECK(f.state.loggedOut);
    CHECK(CounterFixture::shows(f.frame(), "Đã đăng xuất."));
}

TEST_CASE("login: a wrong password is refused with a message, five lock the account", "[counter][login]")
{
    CounterFixture f;
    f.loginWithUi("motcua1", "sai-mat-khau");
    CHECK_FALSE(f.state.user);
    CHECK(CounterFixture::shows(f.frame(), "Sai tên đăng nhập hoặc mật khẩu"));
    CHECK(f.state.login.password.empty());  // cleared for the next try
    for (int i = 0; i < 4; ++i) {
        f.commands.push_back(cmd(CommandKind::Login, {}, "motcua1", "sai"));
        f.applyAll();
    }
    f.commands.push_back(cmd(CommandKind::Login, {}, "motcua1", "demo1234"));
    f.applyAll();
    CHECK_FALSE(f.state.user);  // locked: even the right password waits
    CHECK(CounterFixture::shows(f.frame(), "tạm khoá"));
}

TEST_CASE("queue: call next, recall, skip and bring back, finish", "[counter][queue]")
{
    CounterFixture f;
    f.login();
    REQUIRE_FALSE(f.state.queue.serving);
    CHECK(CounterFixture::shows(f.frame(), "Chưa phục vụ ai"));
    REQUIRE(f.click("q-next"));
    f.applyAll();
    REQUIRE(f.state.queue.serving);
    const std::string first = f.state.queue.serving->label;
    CHECK(f.state.queue.serving->counter == 2);
    CHECK(CounterFixture::shows(f.frame(), "Mời số " + first + " đến quầy 2"));

    REQUIRE(f.click("q-recall"));
    f.applyAll();
    CHECK(f.state.queue.serving->recalls == 1);

    REQUIRE(f.click("q-skip"));
    f.applyAll();
    CHECK_FALSE(f.state.queue.serving);
    REQUIRE(f.state.queue.skipped.size() == 1);
    CHECK(f.state.queue.skipped[0].label == first);
    REQUIRE(f.click("q-restore-" + first));
    f.applyAll();
    CHECK(f.state.queue.skipped.empty());
    REQUIRE(f.click("q-next"));  // back at the front of its line
    f.applyAll();
    REQUIRE(f.state.queue.serving);
    CHECK(f.state.queue.serving->label == first);

    REQUIRE(f.click("q-finish"));
    f.applyAll();
    CHECK_FALSE(f.state.queue.serving);
    for (const auto& t : f.desk->tickets(domain::TicketStatus::Finished))
        if (t.label == first) CHECK(t.counter == 2);
}

TEST_CASE("queue: transfer to another group, and the keyboard shortcuts", "[counter][queue]")
{
    CounterFixture f;
    f.login();
    f.key(kKeyF5);
    f.applyAll();
    REQUIRE(f.state.queue.serving);
    const auto label = f.state.queue.serving->label;
    f.key(kKeyF8);
    CHECK(f.state.queue.transferOpen);
    const std::string target = f.state.queue.serving->groupCode == "DD" ? "HT" : "DD";
    REQUIRE(f.click("q-to-group-" + target));
    f.applyAll();
    CHECK_FALSE(f.state.queue.serving);
    bool moved = false;
    for (const auto& t : f.desk->tickets(domain::TicketStatus::Waiting))
        if (t.label == label) moved = t.groupCode == target;
    CHECK(moved);

    f.key(kKeyF5);
    f.applyAll();
    REQUIRE(f.state.queue.serving);
    f.key(kKeyF9);
    f.applyAll();
    CHECK_FALSE(f.state.queue.serving);
}

TEST_CASE("queue: an empty queue says so calmly", "[counter][queue]")
{
    CounterFixture f;
    auto admin = f.openDesk();
    admin->actAs("admin");
    admin->setSetting("queue.repeat_call_seconds", "0");  // the fixture's clock stands still
    f.login();
    for (int i = 0; i < 30 && !f.state.queue.message.starts_with("Không còn"); ++i) {
        f.commands.push_back(cmd(CommandKind::CallNext));
        f.applyAll();
    }
    CHECK(f.state.queue.message == "Không còn ai đang chờ ở các nhóm quầy này phục vụ.");
    CHECK_FALSE(f.state.queue.messageIsError);
}

TEST_CASE("queue: F5 twice calls once, a ticket finished moments after its call can be brought back", "[counter][queue]")
{
    CounterFixture f;
    f.login();
    REQUIRE(f.click("q-next"));
    f.applyAll();
    REQUIRE(f.state.queue.serving);
    const std::string first = f.state.queue.serving->label;
    // The second press a moment later (the fixture's clock stands still): refused, said why.
    REQUIRE(f.click("q-next"));
    f.applyAll();
    REQUIRE(f.state.queue.serving);
    CHECK(f.state.queue.serving->label == first);
    CHECK(f.state.queue.messageIsError);
    CHECK(f.state.queue.message.find("vừa gọi số " + first) != std::string::npos);
    // Finished by mistake right after the call: listed with the skipped, and it comes back.
    REQUIRE(f.click("q-finish"));
    f.applyAll();
    REQUIRE(f.state.queue.skipped.size() == 1);
    CHECK(f.state.queue.skipped[0].label == first);
    REQUIRE(f.click("q-restore-" + first));
    f.applyAll();
    CHECK(f.state.queue.skipped.empty());
    bool waiting = false;
    for (const auto& t : f.desk->tickets(domain::TicketStatus::Waiting)) waiting |= t.label == first;
    CHECK(waiting);
}

TEST_CASE("login: the account logged in at another counter (replace) ends this one at the next refresh",
          "[counter][session][issue12]")
{
    // Issue 12 item 6, seen live: the replaced counter kept working for up to a minute (for ever
    // under a fixed clock), calling tickets as an account that had moved to another counter.
    CounterFixture f;
    auto admin = f.openDesk();
    admin->actAs("admin");
    admin->setSetting("session.second_login", "replace");
    f.login();
    REQUIRE(f.state.user);
    auto other = f.openDesk();
    other->serveCounter(1);
    other->login("motcua1", test::kPassword);  // the same minute: the fixture's clock stands still
    refresh(*f.desk, f.state);
    CHECK_FALSE(f.state.user);
    CHECK(f.state.login.error.find("vừa đăng nhập ở quầy 1") != std::string::npos);
}
