// The host's dispatcher and the wire's errors: every Desk method is on the wire, named as in
// desk.h, and refuses bad arguments before the Desk runs.
#include "test_store.h"

#include "net/desk_rpc.h"
#include "net/wire_error.h"

#include "domain/error.h"

#include <catch2/catch.hpp>

#include <fstream>
#include <regex>
#include <sstream>

using namespace motcua;
using nlohmann::json;

namespace {

ErrorCode codeOf(auto&& f)
{
    try {
        f();
    } catch (const Error& e) {
        return e.code();
    }
    return ErrorCode::Internal;
}

/// The names of Desk's virtual methods, in order, read from desk.h itself.
std::vector<std::string> deskVirtuals()
{
    std::ifstream in(MOTCUA_SOURCE_DIR "/shared/service/desk.h");
    std::stringstream text;
    text << in.rdbuf();
    const std::string all = text.str();
    const auto begin = all.find("class Desk {");
    const auto end = all.find("\n};", begin);
    REQUIRE(begin != std::string::npos);
    const std::string body = all.substr(begin, end - begin);
    const std::regex method(R"(virtual\s+[^;(~]*?\b(\w+)\s*\()");
    std::vector<std::string> names;
    for (auto it = std::sregex_iterator(body.begin(), body.end(), method); it != std::sregex_iterator(); ++it)
        names.push_back((*it)[1]);
    return names;
}

}  // namespace

TEST_CASE("the method table names every Desk virtual, in desk.h's order", "[dispatch]")
{
    std::vector<std::string> table;
    for (const auto& m : net::deskMethods()) table.emplace_back(m.name);
    const auto virtuals = deskVirtuals();
    CHECK(virtuals.size() > 70);
    CHECK(table == virtuals);
    CHECK(net::findDeskMethod("callNext")->write);
    CHECK(net::findDeskMethod("nosuchmethod") == nullptr);
}

TEST_CASE("every method dispatches, and bad arguments never reach the Desk", "[dispatch]")
{
    test::TestStore s;
    auto desk = s.openLocal("admin");
    const auto before = desk->dataVersion();
    for (const auto& m : net::deskMethods()) {
        INFO(m.name);
        CHECK(codeOf([&] { (void)net::callDesk(*desk, m.name, json(42)); }) == ErrorCode::InvalidInput);
        CHECK(codeOf([&] { (void)net::callDesk(*desk, m.name, json::array()); }) == ErrorCode::InvalidInput);
    }
    // Ill-typed arguments of writes are refused before anything is written.
    CHECK(codeOf([&] { (void)net::callDesk(*desk, "issueTicket", {{"request", {{"groupCode", 5}}}}); }) ==
          ErrorCode::InvalidInput);
    CHECK(codeOf([&] { (void)net::callDesk(*desk, "callNext", {{"counter", "1"}}); }) == ErrorCode::InvalidInput);
    CHECK(codeOf([&] { (void)net::callDesk(*desk, "callNext", json::object()); }) == ErrorCode::InvalidInput);
    CHECK(codeOf([&] { (void)net::callDesk(*desk, "rate", {{"code", "x"}, {"rating", "great"}, {"reasons", ""}}); }) ==
          ErrorCode::InvalidInput);
    CHECK(desk->dataVersion() == before);
    CHECK(desk->tickets(std::nullopt).empty());
}

TEST_CASE("calls run on the Desk with desk.h's parameter names", "[dispatch]")
{
    test::TestStore s;
    auto desk = s.openLocal("clerk");
    const json issued =
        net::callDesk(*desk, "issueTicket", {{"request", {{"groupCode", "HT"}, {"priorityReason", ""}, {"confirmed", true}}}});
    CHECK(issued.at("ticket").at("label") == "A001");
    CHECK(issued.at("ticket").at("status") == "waiting");
    const json called = net::callDesk(*desk, "callNext", {{"counter", 1}});
    CHECK(called.at("label") == "A001");
    CHECK(called.at("counter") == 1);
    CHECK(net::callDesk(*desk, "recentCalls", {{"limit", 5}}).size() == 1);
    CHECK(net::callDesk(*desk, "discardDraft", json::object()).is_null());
    CHECK(net::callDesk(*desk, "loadDraft", nullptr).is_null());  // no arguments: {} or null
    CHECK(net::callDesk(*desk, "currentUser", json::object()).at("username") == "clerk");
    CHECK(codeOf([&] { (void)net::callDesk(*desk, "callNext", {{"counter", 1}}); }) == ErrorCode::IllegalState);
}

TEST_CASE("an unknown method is NotFound, with a message safe to send", "[dispatch]")
{
    test::TestStore s;
    auto desk = s.openLocal("admin");
    CHECK(codeOf([&] { (void)net::callDesk(*desk, "dropTables", json::object()); }) == ErrorCode::NotFound);
    try {
        (void)net::callDesk(*desk, "\xFF\xFE", json::object());
        FAIL("dispatched garbage");
    } catch (const Error& e) {
        CHECK(e.code() == ErrorCode::NotFound);
        CHECK_NOTHROW(net::errorBody(e).dump());  // strict dump: valid UTF-8
    }
}

TEST_CASE("wire errors: every code survives the round trip, statuses follow the contract", "[dispatch][wire]")
{
    const ErrorCode codes[] = {ErrorCode::InvalidInput, ErrorCode::NotFound,      ErrorCode::IllegalState,
                               ErrorCode::Conflict,     ErrorCode::Forbidden,     ErrorCode::Busy,
                               ErrorCode::Storage,      ErrorCode::VersionTooNew, ErrorCode::Empty};
    for (const ErrorCode c : codes) {
        const Error original(c, "Vé A001 đã được gọi");
        const json body = json::parse(net::errorBody(original).dump());
        try {
            net::throwWireError(body, net::httpStatusOf(c));
        } catch (const Error& e) {
            CHECK(e.code() == c);
            CHECK(std::string(e.what()) == "Vé A001 đã được gọi");
        }
    }
    CHECK(net::httpStatusOf(ErrorCode::InvalidInput) == 400);
    CHECK(net::httpStatusOf(ErrorCode::Forbidden) == 403);
    CHECK(net::httpStatusOf(ErrorCode::NotFound) == 404);
    CHECK(net::httpStatusOf(ErrorCode::Empty) == 409);
    CHECK(net::httpStatusOf(ErrorCode::Conflict) == 409);
    CHECK(net::httpStatusOf(ErrorCode::Storage) == 503);
    CHECK(net::httpStatusOf(ErrorCode::Internal) == 500);
    // Internal errors never carry their text (SQL, paths) over the wire.
    CHECK(net::errorBody(Error(ErrorCode::Internal, "SELECT * FROM x /home/a"))["error"]["message"] !=
          "SELECT * FROM x /home/a");
}

TEST_CASE("wire errors: 401 and bodies outside the contract still give a sensible Error", "[dispatch][wire]")
{
    auto rebuilt = [](const json& body, int status) {
        try {
            net::throwWireError(body, status);
        } catch (const Error& e) {
            return std::pair<ErrorCode, std::string>(e.code(), e.what());
        }
        return std::pair<ErrorCode, std::string>(ErrorCode::Internal, "");
    };
    const auto session = rebuilt({{"error", {{"code", "unauthenticated"}, {"message", "Phiên làm việc đã hết, đăng nhập lại"}}}}, 401);
    CHECK(session.first == ErrorCode::Forbidden);
    CHECK(session.second == "Phiên làm việc đã hết, đăng nhập lại");
    CHECK(rebuilt("<html>Bad gateway</html>", 503).first == ErrorCode::Busy);
    CHECK(rebuilt(nullptr, 401).first == ErrorCode::Forbidden);
    CHECK(rebuilt({{"error", 5}}, 404).first == ErrorCode::NotFound);
    CHECK(rebuilt({{"error", {{"code", "martian"}, {"message", 7}}}}, 500).first == ErrorCode::Internal);
    CHECK_FALSE(rebuilt({{"error", {{"code", "busy"}, {"message", "\xFF"}}}}, 503).second.empty());
    CHECK(rebuilt({{"error", {{"code", "busy"}}}}, 429).first == ErrorCode::Busy);
}
