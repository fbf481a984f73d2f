// The apology flow end to end (issue 6), through the real `motcua` binary with the clock set by
// --now: a dossier runs late, the sweep drafts, the supervisor signs, the appointment moves (the
// original kept), the ledger PDF and the report count the slip; missing the new appointment
// drafts a second slip flagged as a breach. Every expected value is worked out by hand below.
#include "cli_runner.h"

#include <catch2/catch.hpp>

using namespace motcua::clitest;

namespace {

constexpr const char* kField = "Kiểm thử xin lỗi";
constexpr const char* kUnit = "Tổ thử xin lỗi";

/// The slips of one dossier from `apology list --json`, oldest first.
std::vector<Json> slipsOf(const Office& o, const std::string& now, const std::string& code)
{
    std::vector<Json> out;
    for (const auto& a : o.json(now, {"apology", "list"}, "lanhdao"))
        if (a["code"] == code) out.push_back(a);
    return out;
}

const Json& rowNamed(const Json& rows, const std::string& name)
{
    for (const auto& r : rows)
        if (r["name"] == name) return r;
    throw CommandFailed("no report row " + name);
}

/// pdftotext of the file, runs of white space as one space (it breaks lines inside table cells).
std::string pdfText(const std::string& pdf)
{
    const auto r = runProgram("/usr/bin/pdftotext", {"-enc", "UTF-8", pdf, "-"});
    if (r.exitCode != 0) throw CommandFailed("pdftotext failed: " + r.err);
    std::string out;
    for (const char c : r.out) {
        const bool space = c == ' ' || c == '\n' || c == '\t' || c == '\f';
        if (!space) out += c;
        else if (!out.empty() && out.back() != ' ') out += ' ';
    }
    return out;
}

}  // namespace

TEST_CASE("apology flow: late, swept, signed, moved, in the ledger and the report, then a breach",
          "[cli][apology][flow]")
{
    TempDir dir;
    const auto office = Office::createDemo(dir.file("office.db"));
    // A procedure of our own (2 working days) so its field and unit rows hold only this dossier.
    writeFile(dir.file("catalog.csv"),
              "code,name,field,group,days,fee_vnd,fee_note,unit,supplement_rule,papers,source\n"
              "9.000002,Thủ tục thử xin lỗi,Kiểm thử xin lỗi,HT,2,0,,Tổ thử xin lỗi,pause,Tờ khai (bản chính) 1,test\n");
    office.json("2026-11-23 10:20", {"procedure", "import", "--csv", dir.file("catalog.csv")}, "admin");

    // Received Wednesday 25/11 09:00; 2 working days (Thu 26, Fri 27) → due Friday 27/11 09:00.
    const auto received = office.json("2026-11-25 09:00",
                                      {"case", "receive", "--procedure", "9.000002", "--applicant", "Phan Thị Thu",
                                       "--id-number", "038195007777", "--address", "Hà Tân"},
                                      "motcua1");
    const std::string code = received["code"];
    CHECK(received["due_at"] == "2026-11-27 09:00");
    CHECK(slipsOf(office, "2026-11-25 09:05", code).empty());

    // Monday 30/11 10:00: late since Friday 09:00. The sweep drafts one slip, proposing the later
    // of (due, now) + 5 working days: Mon 30/11 10:00 → Tue 1, Wed 2, Thu 3, Fri 4, Mon 7/12 10:00.
    const auto swept = office.json("2026-11-30 10:00", {"sweep"}, "lanhdao");
    CHECK(swept["drafted"].get<int>() >= 1);
    auto slips = slipsOf(office, "2026-11-30 10:00", code);
    REQUIRE(slips.size() == 1);
    CHECK(slips[0]["status"] == "draft");
    CHECK(slips[0]["late"] == true);
    CHECK(slips[0]["breach"] == false);
    CHECK(slips[0]["due_at"] == "2026-11-27 09:00");
    CHECK(slips[0]["new_due_at"] == "2026-12-07 10:00");
    CHECK(slips[0]["reason_is_placeholder"] == true);  // nobody wrote a step note
    const std::string id = std::to_string(slips[0]["id"].get<long long>());
    // Sweeping again drafts nothing more for it.
    office.json("2026-11-30 10:05", {"sweep"}, "lanhdao");
    CHECK(slipsOf(office, "2026-11-30 10:05", code).size() == 1);

    // The supervisor signs at 10:30 with a reason and a new appointment of Friday 4/12 16:00: the
    // first slip signed in 2026 (the demo signs none) is number 1/PXL.
    const auto signedSlip = office.json("2026-11-30 10:30",
                                        {"apology", "sign", "--id", id, "--reason", "Chờ xác minh của Công an xã",
                                         "--new-due", "2026-12-04 16:00"},
                                        "lanhdao");
    CHECK(signedSlip["status"] == "signed");
    CHECK(signedSlip["number"] == "1/PXL");
    CHECK(signedSlip["new_due_at"] == "2026-12-04 16:00");
    CHECK(signedSlip["signed_by"] == "lanhdao");

    // `case show`: the new appointment, the original due kept.
    const auto shown = office.json("2026-11-30 10:35", {"case", "show", "--code", code}, "lanhdao");
    CHECK(shown["due_at"] == "2026-12-04 16:00");
    CHECK(shown["original_due_at"] == "2026-11-27 09:00");

    // The ledger for the day it was received: its line keeps the original appointment and notes
    // the new one with the slip's number.
    const auto pdf = dir.file("so-theo-doi.pdf");
    const auto rendered = office.run("2026-11-30 10:40", {"render", "ledger", "--from", "2026-11-25", "--to", "2026-11-25", "--out", pdf},
                                     "lanhdao");
    INFO(rendered.err);
    REQUIRE(rendered.exitCode == 0);
    const auto text = pdfText(pdf);
    INFO(text);
    CHECK(text.find(code) != std::string::npos);
    CHECK(text.find("27/11/2026") != std::string::npos);  // the original appointment (pdftotext splits the cell)
    CHECK(text.find("hẹn lại 16:00 04/12/2026 (phiếu xin lỗi 1/PXL)") != std::string::npos);

    // The report for 25/11–30/11 as of 30/11 10:45: our field and unit received 1 (direct), nothing
    // resolved, 1 in progress past its original due (27/11 09:00), 1 apology signed (30/11 10:30).
    const auto report = office.json("2026-11-30 10:45", {"report", "--from", "2026-11-25", "--to", "2026-11-30"}, "lanhdao");
    for (const auto* rows : {&report["by_field"], &report["by_unit"]}) {
        const auto& r = rowNamed(*rows, rows == &report["by_field"] ? kField : kUnit);
        INFO(r.dump());
        CHECK(r["received_new"] == 1);
        CHECK(r["received_direct_postal"] == 1);
        CHECK(r["carried_over"] == 0);
        CHECK(r["resolved"] == 0);
        CHECK(r["in_progress"] == 1);
        CHECK(r["in_progress_within_due"] == 0);
        CHECK(r["in_progress_past_due"] == 1);
        CHECK(r["apologies_signed"] == 1);
    }
    CHECK(report["total"]["apologies_signed"] == 1);

    // Monday 7/12 09:00: the new appointment (Fri 4/12 16:00) was missed too. The sweep drafts a
    // second slip for it, flagged as a breach of the once-only rule.
    office.json("2026-12-07 09:00", {"sweep"}, "lanhdao");
    slips = slipsOf(office, "2026-12-07 09:00", code);
    REQUIRE(slips.size() == 2);
    CHECK(slips[0]["status"] == "signed");
    CHECK(slips[1]["status"] == "draft");
    CHECK(slips[1]["breach"] == true);
    CHECK(slips[1]["late"] == true);
    CHECK(slips[1]["due_at"] == "2026-12-04 16:00");
}
