// The lateness sweep and apology slips (issue 2, `sweep`, `apology list|sign`; DESIGN.md §3.3):
// drafts for at-risk and late dossiers, idempotent sweeps, voiding when the dossier is resolved
// in time, signing (reason required, supervisor only) moves the appointment and keeps the
// original, and a missed new appointment drafts again with the breach flagged.
#include "cli_runner.h"

#include <catch2/catch.hpp>

#include <set>

using namespace motcua::clitest;

namespace {

/// The slips of one dossier, from `apology list --json`.
std::vector<Json> slipsOf(const Json& list, const std::string& code)
{
    std::vector<Json> out;
    for (const auto& a : list)
        if (a["code"] == code) out.push_back(a);
    return out;
}

void expectRefusedUnchanged(const Office& o, const std::string& now, const std::vector<std::string>& args,
                            const std::string& as, int exitCode)
{
    const auto before = o.state();
    const auto a = o.argv(now, args, as, false);
    const auto r = o.runArgv(a);
    INFO(describe(a, r));
    if (exitCode >= 0) CHECK(r.exitCode == exitCode);
    CHECK(r.exitCode != 0);
    CHECK(r.out.empty());
    CHECK(splitLines(r.err).size() == 1);
    CHECK(r.err.rfind("motcua: ", 0) == 0);
    const auto diff = firstDifference(before, o.state());
    INFO(diff);
    CHECK(diff == "");
}

}  // namespace

TEST_CASE("apology: sweep drafts, is idempotent, voids resolved dossiers — signing moves the appointment",
          "[cli][apology][sweep]")
{
    TempDir dir;
    const auto office = Office::createDemo(dir.file("office.db"));

    // The demo's own sweep ran at init: sweeping again at the same instant drafts nothing.
    const auto s0 = office.json("2026-11-23 10:15", {"sweep"}, "lanhdao");
    INFO(s0.dump());
    for (const char* key : {"at_risk", "late", "drafted", "voided"}) CHECK(s0.contains(key));
    CHECK(s0["drafted"] == 0);
    CHECK(s0["voided"] == 0);
    CHECK(s0["late"].get<int>() >= 1);  // the demo has late dossiers
    const auto initial = office.json("2026-11-23 10:15", {"apology", "list"}, "lanhdao");
    CHECK(initial.size() >= s0["late"].get<std::size_t>());
    for (const auto& a : initial) {
        for (const char* key : {"id", "number", "code", "reason", "new_due_at", "status"}) CHECK(a.contains(key));
        CHECK(a["status"] == "draft");
        CHECK(a["number"].is_null());  // numbered only when signed
    }

    // Two 3-day dossiers received Wed 25/11 09:00, due Mon 30/11 09:00.
    const auto x = office.json("2026-11-25 09:00", {"case", "receive", "--procedure", "1.004873", "--applicant", "Xin Lỗi"}, "motcua1");
    const auto y = office.json("2026-11-25 09:00", {"case", "receive", "--procedure", "1.004873", "--applicant", "Kịp Hạn"}, "motcua1");
    const std::string xc = x["code"], yc = y["code"];
    REQUIRE(x["due_at"] == "2026-11-30 09:00");

    // Fri 27/11 10:00 they are inside their last working day: the sweep drafts a slip for each.
    const std::string fri = "2026-11-27 10:00";
    const auto before = office.json(fri, {"apology", "list"}, "lanhdao").size();
    const auto s1 = office.json(fri, {"sweep"}, "chuyenvien");
    const auto afterFirst = office.json(fri, {"apology", "list"}, "lanhdao");
    CHECK(s1["drafted"].get<std::size_t>() == afterFirst.size() - before);
    CHECK(s1["drafted"].get<int>() >= 2);
    CHECK(s1["at_risk"].get<int>() >= 2);
    const auto xs = slipsOf(afterFirst, xc);
    REQUIRE(xs.size() == 1);
    CHECK(xs[0]["status"] == "draft");
    CHECK(xs[0]["due_at"] == "2026-11-30 09:00");
    CHECK(xs[0]["late"] == false);
    // Proposed: current due + apology.extra_days (5) working days → Mon 07/12 09:00.
    CHECK(xs[0]["new_due_at"] == "2026-12-07 09:00");
    // No step note yet: the reason is a placeholder the supervisor must replace.
    CHECK(xs[0]["reason_is_placeholder"] == true);
    REQUIRE(slipsOf(afterFirst, yc).size() == 1);

    // A second sweep at the same instant drafts nothing.
    const auto s2 = office.json(fri, {"sweep"}, "lanhdao");
    CHECK(s2["drafted"] == 0);
    CHECK(s2["voided"] == 0);
    CHECK(s2["at_risk"] == s1["at_risk"]);
    CHECK(s2["late"] == s1["late"]);
    CHECK(office.json(fri, {"apology", "list"}, "lanhdao").size() == afterFirst.size());

    // Y is resolved before its due time: the next sweep voids its draft (kept, marked void).
    office.json("2026-11-27 10:05", {"case", "forward", "--code", yc, "--to", "Công chức Tư pháp - Hộ tịch (UBND xã)"}, "motcua1");
    office.json("2026-11-27 10:10", {"case", "result", "--code", yc}, "chuyenvien");
    const auto s3 = office.json("2026-11-27 10:30", {"sweep"}, "lanhdao");
    CHECK(s3["voided"] == 1);
    CHECK(s3["drafted"] == 0);
    const auto afterVoid = office.json("2026-11-27 10:30", {"apology", "list"}, "lanhdao");
    REQUIRE(slipsOf(afterVoid, yc).size() == 1);
    CHECK(slipsOf(afterVoid, yc)[0]["status"] == "void");
    CHECK(slipsOf(afterVoid, xc)[0]["status"] == "draft");
    const auto drafts = office.json("2026-11-27 10:30", {"apology", "list", "--status", "draft"}, "lanhdao");
    for (const auto& a : drafts) CHECK(a["code"] != yc);
    // Voiding is idempotent too.
    CHECK(office.json("2026-11-27 10:31", {"sweep"}, "lanhdao")["voided"] == 0);

    // Signing: refused while the reason is the placeholder, refused for counter staff.
    const std::string id = std::to_string(xs[0]["id"].get<long long>());
    const std::string mon = "2026-11-30 08:00";
    expectRefusedUnchanged(office, mon, {"apology", "sign", "--id", id}, "lanhdao", -1);
    expectRefusedUnchanged(office, mon, {"apology", "sign", "--id", id, "--reason", "Chờ xác minh"}, "motcua1", 5);
    expectRefusedUnchanged(office, mon, {"apology", "sign", "--id", id, "--reason", "Chờ xác minh"}, "kiosk", 5);

    const auto signedSlip =
        office.json(mon, {"apology", "sign", "--id", id, "--reason", "Chờ kết quả xác minh của Sở Tư pháp"}, "lanhdao");
    INFO(signedSlip.dump());
    CHECK(signedSlip["status"] == "signed");
    CHECK_FALSE(signedSlip["number"].is_null());
    CHECK(signedSlip["reason"] == "Chờ kết quả xác minh của Sở Tư pháp");
    CHECK(signedSlip["new_due_at"] == "2026-12-07 09:00");
    CHECK(signedSlip["code"] == xc);

    // The dossier's appointment moved; the original due time stays.
    const auto shown = office.json(mon, {"case", "show", "--code", xc}, "lanhdao");
    CHECK(shown["due_at"] == "2026-12-07 09:00");
    CHECK(shown["original_due_at"] == "2026-11-30 09:00");
    REQUIRE(shown["apologies"].size() == 1);
    CHECK(shown["apologies"][0]["status"] == "signed");
    CHECK(shown["events"].back()["action"] == "apology_signed");

    // A slip is signed once.
    expectRefusedUnchanged(office, mon, {"apology", "sign", "--id", id, "--reason", "Lần nữa"}, "lanhdao", 5);
    const auto signedList = office.json(mon, {"apology", "list", "--status", "signed"}, "lanhdao");
    REQUIRE(signedList.size() == 1);
    CHECK(signedList[0]["code"] == xc);

    // With the new appointment no longer at risk, X is neither late nor at risk on Monday.
    for (const auto& s : office.json(mon, {"case", "list", "--late", "--at-risk"}, "lanhdao")) CHECK(s["code"] != xc);

    // The new appointment is missed too: the sweep drafts again and flags the breach of the
    // once-only rule.
    const std::string later = "2026-12-08 09:00";
    const auto s4 = office.json(later, {"sweep"}, "lanhdao");
    CHECK(s4["drafted"].get<int>() >= 1);
    const auto again = slipsOf(office.json(later, {"apology", "list", "--status", "draft"}, "lanhdao"), xc);
    REQUIRE(again.size() == 1);
    CHECK(again[0]["due_at"] == "2026-12-07 09:00");
    CHECK(again[0]["breach"] == true);
    CHECK(again[0]["late"] == true);

    // Sign one of the demo's late drafts with an explicit new date; its reason came from the step note.
    const auto demoDrafts = office.json(later, {"apology", "list", "--status", "draft"}, "lanhdao");
    const Json* withNote = nullptr;
    for (const auto& a : demoDrafts)
        if (a["reason_is_placeholder"] == false && a["code"] != xc) withNote = &a;
    REQUIRE(withNote != nullptr);
    const std::string code = (*withNote)["code"];
    const auto originalDue = office.json(later, {"case", "show", "--code", code}, "lanhdao")["original_due_at"];
    const auto s = office.json(later, {"apology", "sign", "--id", std::to_string((*withNote)["id"].get<long long>()),
                                       "--new-due", "2026-12-15 10:00"}, "lanhdao");
    CHECK(s["new_due_at"] == "2026-12-15 10:00");
    CHECK(s["reason"] == (*withNote)["reason"]);
    const auto z = office.json(later, {"case", "show", "--code", code}, "lanhdao");
    CHECK(z["due_at"] == "2026-12-15 10:00");
    CHECK(z["original_due_at"] == originalDue);
    // Signed slips are numbered in order within the year.
    CHECK(s["number"] != signedSlip["number"]);

    // The audit chain is intact after all of it.
    const auto audit = office.json(later, {"audit", "verify"});
    CHECK(audit["ok"] == true);
}

TEST_CASE("apology: `apology sign --id 999` is not found — a new date must be after the old one", "[cli][apology]")
{
    TempDir dir;
    const auto office = Office::createDemo(dir.file("office.db"));
    const std::string now = "2026-11-23 10:15";
    expectRefusedUnchanged(office, now, {"apology", "sign", "--id", "999", "--reason", "X"}, "lanhdao", 4);
    const auto drafts = office.json(now, {"apology", "list", "--status", "draft"}, "lanhdao");
    REQUIRE_FALSE(drafts.empty());
    const std::string id = std::to_string(drafts[0]["id"].get<long long>());
    expectRefusedUnchanged(office, now, {"apology", "sign", "--id", id, "--reason", "X", "--new-due", "2026-11-20 10:00"},
                           "lanhdao", 2);
    expectRefusedUnchanged(office, now, {"apology", "sign", "--id", id, "--reason", "X", "--new-due", "2026-02-30 10:00"},
                           "lanhdao", 2);
}
