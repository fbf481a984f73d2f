// The digital dossier from the command line (issue 15): `case attach` (a PDF, --json as the issue
// fixes it), `case files`, `case file` (hash-checked, never overwriting), bad input refused with
// the store and its files unchanged, and the demo's digitised dossiers.
#include "cli_runner.h"

#include <catch2/catch.hpp>

using namespace motcua::clitest;

namespace {

const std::string kNow = "2026-11-23 10:15";

/// Receives a dossier of 1.001193 with every paper of its checklist; returns its code.
std::string receiveItemised(const Office& o)
{
    const auto p = o.json(kNow, {"procedure", "show", "--code", "1.001193"});
    std::vector<std::string> args = {"case", "receive", "--procedure", "1.001193", "--applicant", "Trần Thị Mẫu",
                                     "--id-number", "038095009999"};
    int n = 0;
    for (const auto& paper : p["papers"]) {
        ++n;
        args.push_back("--paper");
        args.push_back(std::to_string(n) + (paper["kind"] == "shown" ? ":shown" : ""));
    }
    return o.json(kNow, args)["code"].get<std::string>();
}

void refusedUnchanged(const Office& o, const std::vector<std::string>& args, int exitCode)
{
    const auto before = o.state();
    const auto a = o.argv(kNow, args, "", false);
    const auto r = o.runArgv(a);
    INFO(describe(a, r));
    CHECK(r.exitCode == exitCode);
    CHECK(r.out.empty());
    CHECK(r.err.rfind("motcua: ", 0) == 0);
    CHECK(firstDifference(before, o.state()) == "");
}

}  // namespace

TEST_CASE("cli: case attach stores a PDF, case files lists it, case file writes it back", "[cli][attach]")
{
    TempDir dir;
    const auto o = Office::createDemo(dir.file("office.db"), kNow);
    const auto code = receiveItemised(o);
    const std::string pdf = dir.file("giay.pdf");
    REQUIRE(o.run(kNow, {"render", "receipt", "--code", code, "--out", pdf}).exitCode == 0);
    const auto bytes = readFile(pdf);

    const auto j = o.json(kNow, {"case", "attach", "--code", code, "--paper", "1", pdf});
    REQUIRE(j["attachments"].size() == 1);
    const auto& a = j["attachments"][0];
    CHECK(a["paper"] == 1);
    CHECK(a["sha256"].get<std::string>().size() == 64);
    CHECK(a["pages"].get<int>() >= 1);
    CHECK(a["bytes"].get<std::size_t>() == bytes.size());
    const auto id = std::to_string(a["id"].get<long long>());

    const auto files = o.json(kNow, {"case", "files", "--code", code});
    REQUIRE(files["attachments"].size() == 1);
    CHECK(files["attachments"][0]["sha256"] == a["sha256"]);

    const std::string out = dir.file("ban-sao.pdf");
    REQUIRE(o.run(kNow, {"case", "file", "--id", id, "--out", out}).exitCode == 0);
    CHECK(readFile(out) == bytes);
    refusedUnchanged(o, {"case", "file", "--id", id, "--out", out}, 2);  // never overwrites

    refusedUnchanged(o, {"case", "attach", "--code", code, "--paper", "99", pdf}, 5);
    writeFile(dir.file("not-a-pdf.pdf"), "just text, named .pdf");
    refusedUnchanged(o, {"case", "attach", "--code", code, "--paper", "1", dir.file("not-a-pdf.pdf")}, 2);
    refusedUnchanged(o, {"case", "attach", "--code", code, "--result", pdf}, 5);
    refusedUnchanged(o, {"case", "attach", "--code", code, "--paper", "1"}, 2);
    refusedUnchanged(o, {"case", "attach", "--code", code, "--paper", "1", "--result", pdf}, 2);
    CHECK(o.json(kNow, {"audit", "verify"})["ok"] == true);
}

TEST_CASE("cli: the demo office has digitised dossiers and the report scores group 4", "[cli][attach]")
{
    TempDir dir;
    const auto o = Office::createDemo(dir.file("office.db"), kNow);
    CHECK(fileExists(dir.file("office.db.files")));
    const auto r = o.json(kNow, {"report", "--from", "2026-11-01", "--to", "2026-11-30"});
    bool found = false;
    for (const auto& i : r["quality"]["indicators"]) {
        if (i["indicator"] != "4.2") continue;
        found = true;
        CHECK_FALSE(i["rate"].is_null());
    }
    CHECK(found);
}
