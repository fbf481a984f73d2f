// Bad input for every command (issue 2, "Tests"): each row runs once against its own copy of
// the demo database and must exit non-zero (with the documented code), print nothing on stdout,
// give one clear line on stderr starting with "motcua: ", and leave every file in its directory
// byte-identical — the database, its -wal/-shm (none may appear), and any file named on the
// command line. Arguments go through execve untouched (no shell), so invalid UTF-8, control
// characters and SQL metacharacters arrive exactly as written here.
#include "cli_runner.h"

#include <catch2/catch.hpp>

#include <filesystem>

using namespace motcua::clitest;

namespace {

const char* const kNow = "2026-11-23 10:15";
const char* const kDemoCode = "000.00.20.H56-261123-0001";  // received by the demo at 08:05, status received

/// What sits at {DB} for the row (None: no --db option is added at all).
enum class Db { Demo, Missing, Text, Empty, Foreign, Directory, None };

struct Row {
    const char* what;
    std::vector<std::string> args;  ///< after the global options; "{DIR}" and "{DB}" are substituted
    int exit;                       ///< the documented exit code (2 usage, 4 not found, 5 refused, 6 storage)
    Db db = Db::Demo;
    const char* now = kNow;         ///< nullptr: no --now given
};

std::string repeat(const std::string& s, std::size_t n)
{
    std::string out;
    for (std::size_t i = 0; i < n; ++i) out += s;
    return out;
}

std::string substitute(std::string arg, const std::string& dir, const std::string& db)
{
    for (const auto& [key, value] : {std::pair<std::string, std::string>{"{DIR}", dir}, {"{DB}", db}}) {
        for (auto pos = arg.find(key); pos != std::string::npos; pos = arg.find(key, pos + value.size()))
            arg.replace(pos, key.size(), value);
    }
    return arg;
}

bool isValidUtf8(const std::string& s)
{
    std::size_t i = 0;
    while (i < s.size()) {
        const auto c = static_cast<unsigned char>(s[i]);
        std::size_t n = 0;
        unsigned min = 0, cp = 0;
        if (c < 0x80) { ++i; continue; }
        if ((c & 0xE0) == 0xC0) { n = 1; cp = c & 0x1Fu; min = 0x80; }
        else if ((c & 0xF0) == 0xE0) { n = 2; cp = c & 0x0Fu; min = 0x800; }
        else if ((c & 0xF8) == 0xF0) { n = 3; cp = c & 0x07u; min = 0x10000; }
        else return false;
        for (std::size_t k = 1; k <= n; ++k) {
            if (i + k >= s.size()) return false;
            const auto d = static_cast<unsigned char>(s[i + k]);
            if ((d & 0xC0) != 0x80) return false;
            cp = (cp << 6) | (d & 0x3Fu);
        }
        if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return false;
        i += n + 1;
    }
    return true;
}

/// The demo office, made once per test process and copied for every row.
const std::string& demoTemplate()
{
    static TempDir dir;
    static const std::string path = [] {
        const std::string p = dir.file("template.db");
        Office::createDemo(p, kNow);
        return p;
    }();
    return path;
}

void prepare(const TempDir& dir, const Row& row, const std::string& db)
{
    switch (row.db) {
    case Db::Demo: copyFile(demoTemplate(), db); break;
    case Db::Missing:
    case Db::None: break;
    case Db::Text: writeFile(db, "Danh sách hồ sơ — không phải cơ sở dữ liệu\n"); break;
    case Db::Empty: writeFile(db, ""); break;
    case Db::Foreign:
        // Another program's SQLite database (rollback journal, user_version 0).
        execSql(db, "CREATE TABLE notes(id INTEGER PRIMARY KEY, body TEXT); INSERT INTO notes(body) VALUES('của ứng dụng khác');");
        break;
    case Db::Directory: std::filesystem::create_directory(db); break;
    }
    // Input files some rows name.
    const std::string header = "code,name,field,group,days,fee_vnd,fee_note,unit,supplement_rule,papers,source\n";
    const std::string good = "9.999001,Thủ tục hợp lệ,Thử nghiệm,HT,3,0,,Bộ phận Một cửa,pause,\"Đơn, 1\",Kiểm thử\n";
    writeFile(dir.file("bad-days.csv"), header + good + "9.999002,Thủ tục lỗi,Thử nghiệm,HT,abc,0,,Bộ phận Một cửa,pause,,Kiểm thử\n");
    writeFile(dir.file("bad-group.csv"), header + good + "9.999003,Nhóm lạ,Thử nghiệm,ZZ,3,0,,Bộ phận Một cửa,pause,,Kiểm thử\n");
    writeFile(dir.file("bad-header.csv"), "ma,ten\n1.001193,Đăng ký khai sinh\n");
    writeFile(dir.file("binary.csv"), std::string("\xff\xfe\x00\x01garbage", 11));
    writeFile(dir.file("holidays-bad.csv"),
              "date,kind,name,source,verified\n2026-12-01,holiday,Nghỉ thử,Kiểm thử,yes\n2026-02-30,holiday,Ngày không có,Kiểm thử,yes\n");
    writeFile(dir.file("exists.db"), "already here\n");
    std::filesystem::create_directory(dir.file("subdir"));
}

void runRow(const Row& row);

void runRows(const std::vector<Row>& rows)
{
    REQUIRE_FALSE(demoTemplate().empty());
    for (const auto& row : rows) {
        try {
            runRow(row);
        } catch (const std::exception& e) {
            FAIL_CHECK("row: " << row.what << ": " << e.what());
        }
    }
}

void runRow(const Row& row)
{
    TempDir dir;
    const std::string db = dir.file("office.db");
    prepare(dir, row, db);
    std::vector<std::string> argv;
    if (row.db != Db::None) {
        argv.push_back("--db");
        argv.push_back(db);
    }
    if (row.now) {
        argv.push_back("--now");
        argv.push_back(row.now);
    }
    for (const auto& a : row.args) argv.push_back(substitute(a, dir.path(), db));

    const auto before = snapshot(dir.path());
    const auto r = runMotcua(argv);
    const auto diff = firstDifference(before, snapshot(dir.path()));

    INFO("row: " << row.what << "\n" << describe(argv, r));
    CHECK(r.exitCode != 0);
    CHECK(r.exitCode == row.exit);
    CHECK(r.out.empty());
    const auto lines = splitLines(r.err);
    CHECK(lines.size() == 1);
    CHECK((!r.err.empty() && r.err.back() == '\n'));
    CHECK(r.err.rfind("motcua: ", 0) == 0);
    CHECK(r.err.size() > std::string("motcua: \n").size() + 5);
    // Clear: no control characters echoed back (a newline or an escape sequence from the
    // input would break the one-line rule or reach the terminal), and valid UTF-8.
    bool clean = true;
    for (std::size_t i = 0; i + 1 < r.err.size(); ++i) {
        const auto c = static_cast<unsigned char>(r.err[i]);
        if (c < 0x20 || c == 0x7f) clean = false;
    }
    CHECK(clean);
    CHECK(isValidUtf8(r.err));
    INFO("files after the command: " << diff);
    CHECK(diff == "");
    if (row.db == Db::Missing || row.db == Db::None) CHECK_FALSE(fileExists(db));
}

}  // namespace

TEST_CASE("bad input: the command line itself", "[cli][bad-input]")
{
    runRows({
        {"unknown command", {"frobnicate"}, 2},
        {"unknown sub-command", {"ticket", "frobnicate"}, 2},
        {"single-dash option", {"-h"}, 2},
        {"unknown option", {"ticket", "issue", "--group", "HT", "--colour", "red"}, 2},
        {"option of another command", {"ticket", "list", "--code", kDemoCode}, 2},
        {"repeated option", {"ticket", "issue", "--group", "HT", "--group", "DD"}, 2},
        {"repeated global option", {"--now", kNow, "ticket", "list"}, 2},
        {"repeated flag", {"--json", "--json", "ticket", "list"}, 2},
        {"missing value at the end", {"ticket", "issue", "--group"}, 2},
        {"missing required option", {"ticket", "issue"}, 2},
        {"flag given a value", {"--json=yes", "ticket", "list"}, 2},
        {"extra positional argument", {"ticket", "list", "extra"}, 2},
        {"both --group and --counter for transfer", {"ticket", "transfer", "--ticket", "A002", "--group", "DD", "--counter", "3"}, 2},
        {"neither --days nor --hours", {"calendar", "due", "--from", kNow}, 2},
        {"both --days and --hours", {"calendar", "due", "--from", kNow, "--days", "3", "--hours", "2"}, 2},
        {"missing --reason for supplement", {"case", "supplement", "--code", kDemoCode}, 2},
        {"--now garbage", {"ticket", "list"}, 2, Db::Demo, "yesterday"},
        {"--now empty", {"ticket", "list"}, 2, Db::Demo, ""},
        {"--now 2026-02-30", {"ticket", "list"}, 2, Db::Demo, "2026-02-30 10:00"},
        {"--now 2026-13-01", {"ticket", "list"}, 2, Db::Demo, "2026-13-01 10:00"},
        {"--now 24:00", {"ticket", "list"}, 2, Db::Demo, "2026-11-23 24:00"},
        {"--now 10:60", {"ticket", "list"}, 2, Db::Demo, "2026-11-23 10:60"},
        {"--now without time", {"ticket", "list"}, 2, Db::Demo, "2026-11-23"},
        {"--as unknown user", {"--as", "nobody", "case", "list"}, 4},
        {"--as empty", {"--as", "", "case", "list"}, 4},
        {"--as with SQL", {"--as", "admin' OR '1'='1", "case", "list"}, 4},
    });
}

TEST_CASE("bad input: text values (empty, too long, invalid UTF-8, control characters)", "[cli][bad-input]")
{
    const std::vector<std::string> receive = {"case", "receive", "--procedure", "1.001193"};
    auto with = [&](std::vector<std::string> extra) {
        auto a = receive;
        a.insert(a.end(), extra.begin(), extra.end());
        return a;
    };
    runRows({
        {"empty applicant", with({"--applicant", ""}), 2},
        {"blank applicant", with({"--applicant", "   \t "}), 2},
        {"applicant of 101 characters", with({"--applicant", repeat("Ă", 101)}), 2},
        // (one argv string may be at most 128 kB on Linux)
        {"applicant of 90 kB", with({"--applicant", repeat("Nguyễn ", 10000)}), 2},
        {"invalid UTF-8 applicant", with({"--applicant", "\xff\xfe"}), 2},
        {"truncated UTF-8 sequence", with({"--applicant", "Nguy\xe1\xbb"}), 2},
        {"overlong UTF-8 encoding", with({"--applicant", "\xc0\xaf"}), 2},
        {"UTF-16 surrogate in UTF-8", with({"--applicant", "\xed\xa0\x80"}), 2},
        {"control character in applicant", with({"--applicant", "Nguyễn\x01Văn"}), 2},
        {"newline in applicant", with({"--applicant", "Nguyễn\nVăn"}), 2},
        {"escape sequence in address", with({"--applicant", "An", "--address", "Thôn\x1b[31mĐông"}), 2},
        {"line separator U+2028", with({"--applicant", "Nguyễn\u2028Văn"}), 2},
        {"byte-order mark", with({"--applicant", "\ufeffNguyễn"}), 2},
        {"address of 301 characters", with({"--applicant", "An", "--address", repeat("x", 301)}), 2},
        {"CCCD with 11 digits", with({"--applicant", "An", "--id-number", "03809500123"}), 2},
        {"CCCD with 13 digits", with({"--applicant", "An", "--id-number", "0380950012345"}), 2},
        {"CCCD with a letter", with({"--applicant", "An", "--id-number", "03809500123X"}), 2},
        {"phone with letters", with({"--applicant", "An", "--phone", "09123abcde"}), 2},
        {"phone too short", with({"--applicant", "An", "--phone", "0912"}), 2},
        {"--channel bogus", with({"--applicant", "An", "--channel", "bogus"}), 2},
        {"--channel empty", with({"--applicant", "An", "--channel", ""}), 2},
        {"priority reason of 101 characters", {"ticket", "issue", "--group", "HT", "--priority", repeat("x", 101)}, 2},
        {"empty priority reason", {"ticket", "issue", "--group", "HT", "--priority", ""}, 2},
        {"empty forward target", {"case", "forward", "--code", kDemoCode, "--to", ""}, 2},
        {"forward to a unit that does not exist (typo)", {"case", "forward", "--code", kDemoCode, "--to", "Phòng Văn hoá - Xã hộ"}, 2},
        {"forward to an unknown account", {"case", "forward", "--code", kDemoCode, "--to", "chuyenvien2"}, 2},
        {"note of 1001 characters", {"case", "forward", "--code", kDemoCode, "--to", "chuyenvien", "--note", repeat("x", 1001)}, 2},
        {"empty refusal reason", {"case", "refuse", "--code", kDemoCode, "--reason", ""}, 2},
        {"empty apology reason", {"apology", "sign", "--id", "1", "--reason", ""}, 2},
        {"calendar name with a control character", {"calendar", "set", "--date", "2026-12-01", "--kind", "holiday", "--name", "Nghỉ\x07"}, 2},
        {"staff username with a space", {"staff", "add", "--username", "Bad User", "--name", "X", "--role", "staff", "--password", "matkhau123"}, 2},
        {"staff password too short", {"staff", "add", "--username", "moi", "--name", "X", "--role", "staff", "--password", "short"}, 2},
        {"staff role bogus", {"staff", "add", "--username", "moi", "--name", "X", "--role", "god", "--password", "matkhau123"}, 2},
        {"staff username taken", {"staff", "add", "--username", "motcua1", "--name", "X", "--role", "staff", "--password", "matkhau123"}, 5},
    });
}

TEST_CASE("bad input: codes — SQL metacharacters, malformed and unknown", "[cli][bad-input]")
{
    const std::string sql = "'; DROP TABLE dossiers;--";
    runRows({
        {"SQL in procedure code", {"case", "receive", "--procedure", sql, "--applicant", "An"}, 2},
        {"SQL in dossier code", {"case", "show", "--code", sql}, 2},
        {"SQL in dossier code (forward)", {"case", "forward", "--code", sql, "--to", "chuyenvien"}, 2},
        {"SQL in group code", {"ticket", "issue", "--group", "'; DROP TABLE tickets;--"}, 2},
        {"SQL in ticket label", {"ticket", "recall", "--ticket", "A001'; DROP TABLE tickets;--"}, 2},
        {"malformed dossier code", {"case", "show", "--code", "ABC"}, 2},
        {"dossier code with month 13", {"case", "show", "--code", "000.00.20.H56-261323-0001"}, 2},
        {"dossier code with 3-digit sequence", {"case", "show", "--code", "000.00.20.H56-261123-001"}, 2},
        {"dossier code with sequence 0000", {"case", "result", "--code", "000.00.20.H56-261123-0000"}, 2},
        {"unknown dossier code", {"case", "show", "--code", "000.00.20.H56-261123-9999"}, 4},
        {"dossier of another office", {"case", "show", "--code", "000.00.20.H99-261123-0001"}, 4},
        {"unknown procedure", {"case", "receive", "--procedure", "9.999999", "--applicant", "An"}, 4},
        {"empty procedure", {"case", "receive", "--procedure", "", "--applicant", "An"}, 2},
        {"empty group", {"ticket", "issue", "--group", ""}, 2},
        {"malformed procedure code", {"case", "receive", "--procedure", "1.00' OR 1=1", "--applicant", "An"}, 2},
        {"unknown group", {"ticket", "issue", "--group", "ZZ"}, 4},
        {"unknown transfer group", {"ticket", "transfer", "--ticket", "A002", "--group", "ZZ"}, 4},
        {"unknown ticket", {"ticket", "recall", "--ticket", "A999"}, 4},
        {"malformed ticket", {"ticket", "skip", "--ticket", "A-1"}, 2},
        {"lower-case ticket", {"ticket", "finish", "--ticket", "a001"}, 2},
        {"unknown ticket on receive", {"case", "receive", "--procedure", "1.001193", "--applicant", "An", "--ticket", "A999"}, 4},
        {"unknown apology", {"apology", "sign", "--id", "999", "--reason", "X"}, 4},
        {"illegal move: return a received dossier", {"case", "return", "--code", kDemoCode}, 5},
        {"illegal move: resume a received dossier", {"case", "resume", "--code", kDemoCode}, 5},
        {"illegal move: recall a waiting ticket", {"ticket", "recall", "--ticket", "A002"}, 5},
        {"stale --expect-version", {"case", "forward", "--code", kDemoCode, "--to", "chuyenvien", "--expect-version", "42"}, 5},
        {"bad --status for case list", {"case", "list", "--status", "bogus"}, 2},
        {"bad --status for ticket list", {"ticket", "list", "--status", "bogus"}, 2},
        {"bad --status for apology list", {"apology", "list", "--status", "bogus"}, 2},
        {"placeholder reason not replaced",
         {"--as", "lanhdao", "apology", "sign", "--id", "5", "--reason", "[Cần ghi rõ lý do chậm trễ trước khi ký]"}, 2},
    });
}

TEST_CASE("bad input: numbers and dates", "[cli][bad-input]")
{
    const std::vector<std::string> due = {"calendar", "due", "--from", kNow};
    auto dueWith = [&](std::vector<std::string> extra) {
        auto a = due;
        a.insert(a.end(), extra.begin(), extra.end());
        return a;
    };
    runRows({
        {"--counter -1", {"ticket", "call", "--counter", "-1"}, 2},
        {"--counter 0", {"ticket", "call", "--counter", "0"}, 2},
        {"--counter 99999999999999999999", {"ticket", "call", "--counter", "99999999999999999999"}, 2},
        {"--counter 1.5", {"ticket", "call", "--counter", "1.5"}, 2},
        {"--counter with a space", {"ticket", "call", "--counter", " 1"}, 2},
        {"--counter empty", {"ticket", "call", "--counter", ""}, 2},
        {"--counter unknown", {"ticket", "call", "--counter", "42"}, 4},
        {"transfer to unknown counter", {"ticket", "transfer", "--ticket", "A002", "--counter", "42"}, 4},
        {"--days -1", dueWith({"--days", "-1"}), 2},
        {"--days 1e309", dueWith({"--days", "1e309"}), 2},
        {"--days nan", dueWith({"--days", "nan"}), 2},
        {"--days inf", dueWith({"--days", "inf"}), 2},
        {"--days 366", dueWith({"--days", "366"}), 2},
        {"--days 0x10", dueWith({"--days", "0x10"}), 2},
        {"--days empty", dueWith({"--days", ""}), 2},
        {"--hours 0", dueWith({"--hours", "0"}), 2},
        {"--hours huge", dueWith({"--hours", "99999999"}), 2},
        {"--from garbage", {"calendar", "due", "--from", "tomorrow", "--days", "1"}, 2},
        {"--from 2026-02-30", {"calendar", "due", "--from", "2026-02-30 09:00", "--days", "1"}, 2},
        {"forward --hours -5", {"case", "forward", "--code", kDemoCode, "--to", "chuyenvien", "--hours", "-5"}, 2},
        {"--id -1", {"apology", "sign", "--id", "-1"}, 2},
        {"--id 0x10", {"apology", "sign", "--id", "0x10"}, 2},
        {"--id huge", {"apology", "sign", "--id", "99999999999999999999"}, 2},
        {"--new-due 2026-02-30", {"apology", "sign", "--id", "1", "--new-due", "2026-02-30 10:00"}, 2},
        {"--new-due in the past", {"apology", "sign", "--id", "1", "--new-due", "2026-11-20 10:00"}, 2},
        {"--new-due without time", {"apology", "sign", "--id", "1", "--new-due", "2026-11-30"}, 2},
        {"calendar set --date 2026-02-30", {"calendar", "set", "--date", "2026-02-30", "--kind", "holiday"}, 2},
        {"calendar set --date 2026-13-01", {"calendar", "set", "--date", "2026-13-01", "--kind", "holiday"}, 2},
        {"calendar set --date 2027-02-29", {"calendar", "set", "--date", "2027-02-29", "--kind", "holiday"}, 2},
        {"calendar set --date 26-12-01", {"calendar", "set", "--date", "26-12-01", "--kind", "holiday"}, 2},
        {"calendar set --kind bogus", {"calendar", "set", "--date", "2026-12-01", "--kind", "bogus"}, 2},
        {"calendar list --year abc", {"calendar", "list", "--year", "abc"}, 2},
        {"calendar suggest --year 1800", {"calendar", "suggest", "--year", "1800"}, 2},
        {"calendar suggest --year huge", {"calendar", "suggest", "--year", "99999999999999999999"}, 2},
        {"case list --limit 0", {"case", "list", "--limit", "0"}, 2},
        {"case list --limit -5", {"case", "list", "--limit", "-5"}, 2},
        {"setting set priority_in_a_row -1", {"setting", "set", "--key", "queue.priority_in_a_row", "--value", "-1"}, 2},
        {"setting set unknown key", {"setting", "set", "--key", "no.such.key", "--value", "1"}, 2},
        {"init --admin-password too short", {"init", "--admin-password", "short"}, 2},
    });
}

TEST_CASE("bad input: database files and input/output files", "[cli][bad-input]")
{
    runRows({
        {"--db missing (must not be created)", {"ticket", "issue", "--group", "HT"}, 4, Db::Missing},
        {"--db missing, read-only command", {"case", "list"}, 4, Db::Missing},
        {"--db missing, --now garbage on init", {"init"}, 2, Db::Missing, "garbage"},
        {"--db a text file", {"case", "list"}, 6, Db::Text},
        {"--db a text file, init", {"init"}, 6, Db::Text},
        {"--db a text file, write command", {"ticket", "issue", "--group", "HT"}, 6, Db::Text},
        {"--db a directory", {"case", "list"}, 6, Db::Directory},
        {"--db empty path", {"--db", "", "case", "list"}, 2, Db::None},
        {"no --db and no MOTCUA_DB", {"ticket", "issue", "--group", "HT"}, 2, Db::None},
        {"init --demo on an existing database", {"init", "--demo"}, 2},
        {"procedure import: missing file", {"procedure", "import", "--csv", "{DIR}/none.csv"}, 4},
        {"procedure import: a directory", {"procedure", "import", "--csv", "{DIR}/subdir"}, 2},
        {"procedure import: binary file", {"procedure", "import", "--csv", "{DIR}/binary.csv"}, 2},
        {"procedure import: wrong header", {"procedure", "import", "--csv", "{DIR}/bad-header.csv"}, 2},
        {"calendar import with a bad row (nothing imported)", {"calendar", "import", "--csv", "{DIR}/holidays-bad.csv"}, 2},
        {"procedure export into a missing directory", {"procedure", "export", "--csv", "{DIR}/no/such/dir/x.csv"}, 6},
        {"procedure export over a directory", {"procedure", "export", "--csv", "{DIR}/subdir"}, 6},
        {"backup over an existing file", {"backup", "--to", "{DIR}/exists.db"}, 2},
        {"backup over the database itself", {"backup", "--to", "{DB}"}, 2},
        {"backup into a missing directory", {"backup", "--to", "{DIR}/no/such/dir/b.db"}, 6},
    });
}

// Rows that once failed because of product bugs found by these tests (now fixed): hostile text
// echoed into the error line, multi-line import reports, foreign SQLite files rewritten on open,
// blank priority reasons, an empty backup path.
TEST_CASE("bad input: regressions of fixed bugs", "[cli][bad-input]")
{
    runRows({
        // The error message quotes the raw value: a newline makes it two lines, ESC reaches the terminal.
        {"newline in dossier code", {"case", "show", "--code", "000.00.20.H56\n-261123-0001"}, 2},
        {"newline in group code", {"ticket", "issue", "--group", "H\nT"}, 2},
        {"newline in --now", {"ticket", "list"}, 2, Db::Demo, "2026-11-23\n10:15"},
        {"escape sequence in group code", {"ticket", "issue", "--group", "HT\x1b[2J"}, 2},
        {"newline in --as", {"--as", "ad\nmin", "case", "list"}, 4},
        // A bad import row is reported on several lines (one per bad row plus a summary).
        {"procedure import with an unknown group (nothing imported)", {"procedure", "import", "--csv", "{DIR}/bad-group.csv"}, 2},
        {"procedure import with a bad row (nothing imported)", {"procedure", "import", "--csv", "{DIR}/bad-days.csv"}, 2},
        // Opening switches any SQLite file to WAL (and writes a header into an empty file) before
        // the schema check refuses it.
        {"--db another program's SQLite database", {"case", "list"}, 6, Db::Foreign},
        {"--db an empty file", {"case", "list"}, 6, Db::Empty},
        {"init on another program's SQLite database", {"init"}, 6, Db::Foreign},
        // A blank priority reason silently issues a normal ticket.
        {"blank priority reason", {"ticket", "issue", "--group", "HT", "--priority", "   "}, 2},
        // An empty backup path "succeeds" into SQLite's anonymous temporary database.
        {"backup --to empty path", {"backup", "--to", ""}, 2},
    });
}
