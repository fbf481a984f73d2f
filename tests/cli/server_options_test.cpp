// `motcua --server URL` (issue 14): the command line chooses --db or --server, refuses the mixes
// and the host-only commands with a Vietnamese message and exit 2, and touches no file.
#include "cli_runner.h"

#include <catch2/catch.hpp>

using namespace motcua::clitest;

namespace {

void refused(const std::vector<std::string>& args, const std::string& expected, const Env& env = {})
{
    TempDir config;
    Env e = env;
    e.emplace_back("MOTCUA_CONFIG_DIR", config.file("motcua"));
    const auto r = runMotcua(args, e);
    INFO(describe(args, r));
    CHECK(r.exitCode == 2);
    CHECK(r.out.empty());
    CHECK_THAT(r.err, Catch::StartsWith("motcua: ") && Catch::Contains(expected));
    CHECK_FALSE(fileExists(config.file("motcua")));  // nothing enrolled, nothing written
}

}  // namespace

TEST_CASE("motcua --server: a malformed URL, --db with --server, --enroll without --server are refused", "[cli][server]")
{
    refused({"--server", "http://10.0.0.5:8443", "--as", "motcua1", "ticket", "list"}, "phải bắt đầu bằng https://");
    refused({"--server", "https://10.0.0.5", "--as", "motcua1", "ticket", "list"}, "thiếu cổng");
    refused({"--server", "https://10.0.0.5:8443", "--db", "x.db", "ticket", "list"}, "Chỉ dùng một trong hai");
    refused({"--enroll", "ABCD-1234", "--db", "x.db", "ticket", "list"}, "--enroll cần --server");
    refused({"--as", "motcua1", "ticket", "list"}, "Cả MOTCUA_DB và MOTCUA_SERVER", {{"MOTCUA_DB", "x.db"}, {"MOTCUA_SERVER", "https://10.0.0.5:8443"}});
}

TEST_CASE("motcua --server: host-only commands and a missing --as are refused", "[cli][server]")
{
    for (const auto& cmd : {std::vector<std::string>{"init"}, {"backup", "--to", "b.db"}, {"restore", "--from", "b.db"}})
    {
        std::vector<std::string> args = {"--server", "https://10.0.0.5:8443", "--as", "admin"};
        args.insert(args.end(), cmd.begin(), cmd.end());
        refused(args, "chỉ chạy trên máy chủ dữ liệu, với --db");
    }
    refused({"--server", "https://10.0.0.5:8443", "ticket", "list"}, "cần --as");
    refused({"ticket", "list"}, "cần --as", {{"MOTCUA_SERVER", "https://10.0.0.5:8443"}});
}

TEST_CASE("motcua --server on a PC that never enrolled says how to enrol", "[cli][server]")
{
    TempDir config;
    const auto r = runMotcua({"--server", "https://127.0.0.1:9", "--as", "motcua1", "ticket", "list"},
                             {{"MOTCUA_CONFIG_DIR", config.path()}, {"MOTCUA_PASSWORD", "demo1234"}});
    CHECK(r.exitCode == 2);
    CHECK_THAT(r.err, Catch::Contains("chưa đăng ký") && Catch::Contains("--enroll"));
}

TEST_CASE("motcua --help lists --server and --enroll", "[cli][server]")
{
    const auto r = runMotcua({"--help"});
    CHECK(r.exitCode == 0);
    CHECK_THAT(r.out, Catch::Contains("--server") && Catch::Contains("--enroll") && Catch::Contains("MOTCUA_PASSWORD"));
}
