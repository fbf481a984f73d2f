// Migrations (issue 2; DESIGN.md §4): schema versions tracked by PRAGMA user_version; a database
// newer than the binary is refused by every command with exit 6 and a clear message, and left
// untouched; `init` on a current database runs no migration and changes nothing.
#include "cli_runner.h"

#include <catch2/catch.hpp>

#include <map>

using namespace motcua::clitest;

namespace {

const std::string kNow = "2026-11-23 10:15";
const std::string kCode = "000.00.20.H56-261123-0001";  // a demo dossier, status received

/// A valid invocation of every command of issue 2 against the demo office (the command path is
/// the key). Commands added later to `motcua --help` should get a line here (the test warns).
std::map<std::string, std::vector<std::string>> validInvocations(const TempDir& dir)
{
    std::map<std::string, std::vector<std::string>> out = {
        {"init", {"init"}},
        {"status", {"status"}},
        {"procedure list", {"procedure", "list"}},
        {"procedure import", {"procedure", "import", "--csv", dir.file("catalog.csv")}},
        {"procedure export", {"procedure", "export", "--csv", dir.file("export.csv")}},
        {"procedure show", {"procedure", "show", "--code", "1.001193"}},
        {"calendar due", {"calendar", "due", "--from", kNow, "--days", "3"}},
        {"calendar set", {"calendar", "set", "--date", "2026-12-01", "--kind", "holiday", "--name", "Nghỉ"}},
        {"calendar list", {"calendar", "list", "--year", "2026"}},
        {"calendar suggest", {"calendar", "suggest", "--year", "2027"}},
        {"calendar import", {"calendar", "import", "--csv", dir.file("holidays.csv")}},
        {"calendar confirm", {"calendar", "confirm", "--year", "2026"}},
        {"setting list", {"setting", "list"}},
        {"setting set", {"setting", "set", "--key", "queue.priority_in_a_row", "--value", "3"}},
        {"staff list", {"staff", "list"}},
        {"staff add", {"staff", "add", "--username", "moi", "--name", "Người Mới", "--role", "staff", "--password", "matkhau123"}},
        {"audit verify", {"audit", "verify"}},
        {"backup", {"backup", "--to", dir.file("backup.db")}},
        {"ticket issue", {"ticket", "issue", "--group", "HT"}},
        {"ticket call", {"ticket", "call", "--counter", "1"}},
        {"ticket recall", {"ticket", "recall", "--ticket", "A001"}},
        {"ticket skip", {"ticket", "skip", "--ticket", "A001"}},
        {"ticket finish", {"ticket", "finish", "--ticket", "A001"}},
        {"ticket restore", {"ticket", "restore", "--ticket", "A001"}},
        {"ticket transfer", {"ticket", "transfer", "--ticket", "A002", "--group", "XH"}},
        {"ticket list", {"ticket", "list"}},
        {"case receive", {"case", "receive", "--procedure", "1.001193", "--applicant", "Nguyễn Văn Mới"}},
        {"case forward", {"case", "forward", "--code", kCode, "--to", "Công chức Tư pháp - Hộ tịch (UBND xã)"}},
        {"case step-done", {"case", "step-done", "--code", kCode}},
        {"case supplement", {"case", "supplement", "--code", kCode, "--reason", "Thiếu giấy tờ"}},
        {"case resume", {"case", "resume", "--code", kCode}},
        {"case result", {"case", "result", "--code", kCode}},
        {"case return", {"case", "return", "--code", kCode}},
        {"case refuse", {"case", "refuse", "--code", kCode, "--reason", "Không đủ điều kiện"}},
        {"case withdraw", {"case", "withdraw", "--code", kCode}},
        {"case stop", {"case", "stop", "--code", kCode, "--reason", "Dừng"}},
        {"case show", {"case", "show", "--code", kCode}},
        {"case list", {"case", "list"}},
        {"sweep", {"sweep"}},
        {"apology list", {"apology", "list"}},
        {"apology sign", {"apology", "sign", "--id", "1", "--reason", "Lý do"}},
        {"apology deliver", {"apology", "deliver", "--id", "1", "--how", "Trao tận tay"}},
        {"staff set", {"staff", "set", "--username", "motcua2", "--unit", "Phòng Kinh tế"}},
        {"staff reset-password", {"staff", "reset-password", "--username", "motcua2", "--password", "mat-khau-moi"}},
        {"staff unlock", {"staff", "unlock", "--username", "motcua1"}},
        {"report", {"report", "--quarter", "2026-Q4"}},
        {"restore", {"restore", "--from", dir.file("good-backup.db")}},
        {"qr", {"qr", "--code", kCode}},
        {"case fees", {"case", "fees", "--code", kCode}},
        {"case pay", {"case", "pay", "--code", kCode, "--line", "1", "--way", "cash"}},
        {"case fee-correct", {"case", "fee-correct", "--code", kCode, "--line", "1", "--reason", "Nhầm"}},
        {"case fee-waive", {"case", "fee-waive", "--code", kCode, "--line", "1", "--reason", "Hộ nghèo"}},
        {"qr vietqr", {"qr", "vietqr", "--code", kCode}},
        {"case attach", {"case", "attach", "--code", kCode, "--paper", "1", dir.file("paper.pdf")}},
        {"case files", {"case", "files", "--code", kCode}},
        {"case file", {"case", "file", "--id", "1", "--out", dir.file("out.pdf")}},
        {"serve", {"serve", "--listen", "127.0.0.1:0", "--public", "127.0.0.1:0"}},
        {"device add", {"device", "add", "--kind", "counter", "--name", "Quầy 9"}},
        {"device list", {"device", "list"}},
        {"device revoke", {"device", "revoke", "--id", "1"}},
        // Issue 15: signs a file on a PKCS#11 token; it never opens --db (skipped below, like bench).
        {"sign", {"sign", "--in", dir.file("receipt.pdf"), "--out", dir.file("receipt-signed.pdf"), "--pkcs11-module",
                  "/usr/lib/x86_64-linux-gnu/softhsm/libsofthsm2.so"}},
    };
    const std::vector<std::pair<std::string, std::vector<std::string>>> kinds = {
        {"ticket", {"--ticket", "A001"}},   {"receipt", {"--code", kCode}}, {"supplement", {"--code", kCode}},
        {"refusal", {"--procedure", "1.001193", "--applicant", "Lê Văn Tám", "--reason", "Không thuộc thẩm quyền"}},
        {"refusal-notice", {"--code", kCode}},
        {"stop", {"--code", kCode}},    {"control", {"--code", kCode}},
        {"apology", {"--id", "1"}},         {"ledger", {"--from", "2026-11-01", "--to", "2026-11-30"}}};
    for (const auto& [kind, selector] : kinds) {
        auto render = std::vector<std::string>{"render", kind};
        render.insert(render.end(), selector.begin(), selector.end());
        render.insert(render.end(), {"--out", dir.file(kind + ".pdf")});
        out["render " + kind] = render;
        auto print = std::vector<std::string>{"print", kind};
        print.insert(print.end(), selector.begin(), selector.end());
        print.insert(print.end(), {"--printer", "pdf:" + dir.path()});
        out["print " + kind] = print;
    }
    return out;
}

}  // namespace

TEST_CASE("migrations: a database newer than the binary is refused by every command (exit 6)", "[cli][migrations][on-disk]")  // schema versions of the local file, `init`: host-only
{
    TempDir dir;
    const auto office = Office::createDemo(dir.file("office.db"));
    // Files the invocations read.
    office.json(kNow, {"procedure", "export", "--csv", dir.file("catalog.csv")});
    office.json(kNow, {"backup", "--to", dir.file("good-backup.db")});
    writeFile(dir.file("holidays.csv"), "date,kind,name,source,verified\n2026-12-01,holiday,Nghỉ thử,Kiểm thử,yes\n");

    const auto current = pragmaInt(office.db(), "user_version");
    REQUIRE(current >= 1);
    const long long newer = current + 41;
    execSql(office.db(), "PRAGMA user_version=" + std::to_string(newer));
    REQUIRE(pragmaInt(office.db(), "user_version") == newer);
    REQUIRE_FALSE(fileExists(office.db() + "-wal"));

    const auto invocations = validInvocations(dir);
    const auto listed = listedCommands();
    REQUIRE(listed.size() >= 20);
    for (const auto& cmd : listed) {
        if (cmd.rfind("bench", 0) == 0) continue;  // works on a temporary database of its own, not on --db
        if (cmd == "sign") continue;               // works on files and the token, never on --db
        INFO("command `" << cmd << "` (listed by motcua --help)");
        const auto it = invocations.find(cmd);
        if (it == invocations.end()) {
            FAIL("no valid invocation known for `" << cmd << "`; add one to validInvocations() in " __FILE__);
            continue;
        }
        const auto before = snapshot(dir.path());
        const auto args = office.argv(kNow, it->second, "", false);
        const auto r = runMotcua(args);
        const auto diff = firstDifference(before, snapshot(dir.path()));
        INFO(describe(args, r));
        CHECK(r.exitCode == 6);
        CHECK(r.out.empty());
        CHECK(splitLines(r.err).size() == 1);
        CHECK(r.err.rfind("motcua: ", 0) == 0);
        // A clear message names the version found.
        CHECK(r.err.find(std::to_string(newer)) != std::string::npos);
        INFO("files after the command: " << diff);
        CHECK(diff == "");
    }
    CHECK(pragmaInt(office.db(), "user_version") == newer);
}

TEST_CASE("migrations: `init` on a current database runs 0 migrations and changes nothing", "[cli][migrations][on-disk]")  // schema versions of the local file, `init`: host-only
{
    TempDir dir;
    const auto office = Office::createDemo(dir.file("office.db"));
    const auto version = pragmaInt(office.db(), "user_version");
    const auto before = snapshot(dir.path());
    const auto j = office.json("2026-11-24 08:00", {"init"});
    INFO(j.dump());
    CHECK(j["created"] == false);
    CHECK(j["migrations"] == 0);
    CHECK(j["schema_version"] == version);
    CHECK(firstDifference(before, snapshot(dir.path())) == "");
    // Plain text says so too, and a second run is the same.
    const auto r = office.run("2026-11-24 08:00", {"init"});
    CHECK(r.exitCode == 0);
    CHECK(r.err.empty());
    CHECK_FALSE(r.out.empty());
    CHECK(office.json("2026-11-24 08:00", {"init"})["migrations"] == 0);
    CHECK(firstDifference(before, snapshot(dir.path())) == "");

    // A plain office made by init is at the same version.
    const auto plain = Office::createPlain(dir.file("plain.db"));
    CHECK(pragmaInt(plain.db(), "user_version") == version);
}
