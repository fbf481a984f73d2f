// The digital dossier through the Desk (issue 15): papers and the result stored as checked PDFs,
// limits, the checklist line, roles, audit rows, the hash checked on read and by audit verify,
// orphan files swept, reuse by reference, backup and restore with the files, QĐ 766 group 4.
#include "test_store.h"

#include "documents/sample_pdf.h"
#include "domain/error.h"
#include "store/file_store.h"

#include <catch2/catch.hpp>

#include <sys/stat.h>
#include <utime.h>

#include <filesystem>
#include <fstream>

using namespace motcua;

namespace {

service::ReceiveRequest request(const char* idNumber = "038095001234")
{
    service::ReceiveRequest r{"1.001193", "Nguyễn Văn An", idNumber, "0912345678", "Hà Tân", domain::Channel::Direct, ""};
    r.papers = std::vector<domain::SubmittedPaper>{{0, "", domain::PaperKind::Required, domain::PaperForm::Original, 1, false}};
    return r;
}

ErrorCode codeOf(const std::function<void()>& f)
{
    try {
        f();
    } catch (const Error& e) {
        return e.code();
    }
    return ErrorCode::Internal;
}

service::AttachRequest paper(const std::string& code, int line, int pages = 1)
{
    return {code, line, false, documents::samplePaperPdf("Tờ khai đăng ký khai sinh", pages), "to-khai.pdf"};
}

std::int64_t auditRows(const std::string& path, const char* action)
{
    store::Database db(path, store::OpenMode::ReadOnly);
    auto& st = db.prepare("SELECT count(*) FROM audit_log WHERE action = ?").bind(1, std::string(action));
    st.step();
    const auto n = st.getInt(0);
    st.reset();
    return n;
}

std::size_t filesIn(const std::string& dbPath) { return store::FileStore(store::FileStore::folderFor(dbPath)).list().size(); }

}  // namespace

TEST_CASE("a paper is attached, listed with its dossier, read back and audited", "[attach]")
{
    test::TestStore s;
    auto clerk = s.open("clerk");
    const auto d = clerk->receive(request());
    const auto req = paper(d.code, 1, 2);
    const auto a = clerk->attach(req);
    CHECK(a.paper == 1);
    CHECK(a.kind == domain::AttachmentKind::Intake);
    CHECK(a.pages == 2);
    CHECK(a.bytes == static_cast<std::int64_t>(req.pdf.size()));
    CHECK(a.sha256 == store::sha256Hex(req.pdf));
    CHECK(a.addedBy == "clerk");
    CHECK(clerk->attachments(d.code) == std::vector<domain::Attachment>{a});
    CHECK(clerk->dossier(d.code).attachments == std::vector<domain::Attachment>{a});
    CHECK(clerk->attachmentContent(a.id) == req.pdf);
    CHECK(auditRows(s.path(), "dossier.attach") == 1);
    struct stat st {};
    CHECK(::stat(store::FileStore(store::FileStore::folderFor(s.path())).pathOf(a.sha256).c_str(), &st) == 0);
}

TEST_CASE("bad input changes nothing: limits, a line not on the checklist, a broken PDF, the result too early", "[attach]")
{
    test::TestStore s;
    auto admin = s.open("admin");
    auto clerk = s.open("clerk");
    const auto d = clerk->receive(request());
    admin->setSetting("scan.max_pages", "1");
    CHECK(codeOf([&] { (void)clerk->attach(paper(d.code, 1, 2)); }) == ErrorCode::InvalidInput);
    admin->setSetting("scan.max_pages", "50");
    admin->setSetting("scan.max_bytes", "100");
    CHECK(codeOf([&] { (void)clerk->attach(paper(d.code, 1)); }) == ErrorCode::InvalidInput);
    admin->setSetting("scan.max_bytes", "20971520");
    CHECK(codeOf([&] { admin->setSetting("scan.max_pages", "0"); }) == ErrorCode::InvalidInput);
    CHECK(codeOf([&] { (void)clerk->attach(paper(d.code, 2)); }) == ErrorCode::IllegalState);
    CHECK(codeOf([&] { (void)clerk->attach({d.code, 1, false, "%PDF-1.4 broken", "x.pdf"}); }) == ErrorCode::InvalidInput);
    CHECK(codeOf([&] { (void)clerk->attach({d.code, 0, true, documents::samplePaperPdf("Kết quả", 1), ""}); }) ==
          ErrorCode::IllegalState);
    CHECK(clerk->attachments(d.code).empty());
    CHECK(filesIn(s.path()) == 0);
    CHECK(auditRows(s.path(), "dossier.attach") == 0);
    clerk->markResult(d.code);
    const auto r = clerk->attach({d.code, 0, true, documents::samplePaperPdf("Giấy khai sinh", 1), "kq.pdf"});
    CHECK(r.kind == domain::AttachmentKind::Result);
    CHECK(r.paper == 0);
}

TEST_CASE("roles: the kiosk reads and attaches nothing, an officer digitises only the result", "[attach]")
{
    test::TestStore s;
    auto clerk = s.open("clerk");
    auto kiosk = s.open("kiosk");
    auto officer = s.open("officer");
    const auto d = clerk->receive(request());
    const auto a = clerk->attach(paper(d.code, 1));
    CHECK(codeOf([&] { (void)kiosk->attach(paper(d.code, 1)); }) == ErrorCode::Forbidden);
    CHECK(codeOf([&] { (void)kiosk->attachments(d.code); }) == ErrorCode::Forbidden);
    CHECK(codeOf([&] { (void)kiosk->attachmentContent(a.id); }) == ErrorCode::Forbidden);
    CHECK(codeOf([&] { (void)kiosk->citizenAttachments("038095001234"); }) == ErrorCode::Forbidden);
    CHECK(codeOf([&] { (void)officer->attach(paper(d.code, 1)); }) == ErrorCode::Forbidden);
    CHECK(codeOf([&] { (void)officer->citizenAttachments("038095001234"); }) == ErrorCode::Forbidden);
    officer->markResult(d.code);
    CHECK(officer->attach({d.code, 0, true, documents::samplePaperPdf("Kết quả", 1), ""}).addedBy == "officer");
}

TEST_CASE("a changed file is refused on read and reported by audit verify", "[attach]")
{
    test::TestStore s;
    auto clerk = s.open("clerk");
    auto admin = s.open("admin");
    const auto d = clerk->receive(request());
    const auto a = clerk->attach(paper(d.code, 1));
    CHECK(admin->verifyAudit().ok);
    CHECK(admin->verifyAudit().files == 1);
    const auto file = store::FileStore(store::FileStore::folderFor(s.path())).pathOf(a.sha256);
    {
        std::fstream f(file, std::ios::in | std::ios::out | std::ios::binary);
        f.seekp(20);
        f.put('X');
    }
    CHECK(codeOf([&] { (void)clerk->attachmentContent(a.id); }) == ErrorCode::Storage);
    auto report = admin->verifyAudit();
    CHECK_FALSE(report.ok);
    CHECK(report.badFiles == 1);
    CHECK(report.problem.find(a.sha256) != std::string::npos);
    std::filesystem::remove(file);
    CHECK(codeOf([&] { (void)clerk->attachmentContent(a.id); }) == ErrorCode::NotFound);
    CHECK(admin->verifyAudit().badFiles == 1);
}

TEST_CASE("the sweep removes an old file no row names and keeps the rest", "[attach]")
{
    test::TestStore s;
    auto clerk = s.open("clerk");
    const auto d = clerk->receive(request());
    const auto a = clerk->attach(paper(d.code, 1));
    store::FileStore files(store::FileStore::folderFor(s.path()));
    const auto orphan = files.put("left by a crash before its row committed");
    const auto fresh = files.put("stored a moment ago by a writer about to commit");
    const auto oldTime = ::time(nullptr) - 7200;
    const struct utimbuf old{oldTime, oldTime};
    REQUIRE(::utime(files.pathOf(orphan).c_str(), &old) == 0);
    REQUIRE(::utime(files.pathOf(a.sha256).c_str(), &old) == 0);
    CHECK(clerk->sweep().orphanFiles == 1);
    CHECK(files.check(orphan) == store::FileStore::State::Missing);
    CHECK(files.check(fresh) == store::FileStore::State::Ok);  // within the grace period
    CHECK(files.check(a.sha256) == store::FileStore::State::Ok);
    CHECK(clerk->attachmentContent(a.id).size() == static_cast<std::size_t>(a.bytes));
}

TEST_CASE("a citizen's earlier paper is reused by reference, never another citizen's", "[attach]")
{
    test::TestStore s;
    auto clerk = s.open("clerk");
    const auto first = clerk->receive(request());
    const auto original = clerk->attach(paper(first.code, 1));
    const auto second = clerk->receive(request());
    const auto earlier = clerk->citizenAttachments("038095001234");
    REQUIRE(earlier.size() == 1);
    CHECK(earlier[0].id == original.id);
    const auto reused = clerk->reuseAttachment(second.code, 1, original.id);
    CHECK(reused.reusedFrom == original.id);
    CHECK(reused.sha256 == original.sha256);
    CHECK(reused.dossierCode == second.code);
    CHECK(filesIn(s.path()) == 1);  // no copy
    CHECK(clerk->citizenAttachments("038095001234").size() == 1);  // reuses are not offered again
    CHECK(auditRows(s.path(), "dossier.reuse") == 1);
    const auto stranger = clerk->receive(request("001203004567"));
    CHECK(codeOf([&] { (void)clerk->reuseAttachment(stranger.code, 1, original.id); }) == ErrorCode::Forbidden);
    CHECK(clerk->citizenAttachments("001203004567").empty());
}

TEST_CASE("QĐ 766 group 4 from the digitised dossiers, worked by hand", "[attach][report]")
{
    test::TestStore s;
    auto clerk = s.open("clerk");
    auto boss = s.open("boss");
    // d1: paper and result digitised; d2: the paper reused, result recorded but not digitised;
    // d3: nothing digitised, still running.
    const auto d1 = clerk->receive(request());
    const auto p1 = clerk->attach(paper(d1.code, 1));
    clerk->markResult(d1.code);
    (void)clerk->attach({d1.code, 0, true, documents::samplePaperPdf("Giấy khai sinh", 1), ""});
    const auto d2 = clerk->receive(request());
    (void)clerk->reuseAttachment(d2.code, 1, p1.id);
    clerk->markResult(d2.code);
    (void)clerk->receive(request("001203004567"));
    s.now = test::at("2026-11-16 16:00");
    const auto r = boss->report(test::at("2026-11-16 00:00"), test::at("2026-11-17 00:00"));
    const auto* i41 = r.quality.find("4.1");
    const auto* i42 = r.quality.find("4.2");
    const auto* i43 = r.quality.find("4.3");
    REQUIRE(i41->measure);
    REQUIRE(i42->measure);
    REQUIRE(i43->measure);
    // 4.1: results digitised 1 ÷ results recorded 2 = 50 % → 6 × 0.5 = 3 points.
    CHECK(i41->measure->part == 1);
    CHECK(i41->measure->whole == 2);
    CHECK(*i41->points() == Approx(3.0));
    // 4.2: papers and result digitised 1 ÷ received 3 → 4 × (1/3) ÷ 0.8 = 1.667 points.
    CHECK(i42->measure->part == 1);
    CHECK(i42->measure->whole == 3);
    CHECK(*i42->points() == Approx(4.0 / 3.0 / 0.8));
    // 4.3: reusing 1 ÷ received 3 → 2 × (1/3) ÷ 0.8 = 0.833 points.
    CHECK(i43->measure->part == 1);
    CHECK(*i43->points() == Approx(2.0 / 3.0 / 0.8));
}

TEST_CASE("backup carries exactly the files its rows name and restore brings them back", "[sqlite][attach]")
{
    test::TestStore s;
    auto clerk = s.openLocal("clerk");
    auto admin = s.openLocal("admin");
    const auto d = clerk->receive(request());
    const auto a = clerk->attach(paper(d.code, 1));
    store::FileStore(store::FileStore::folderFor(s.path())).put("an orphan the backup must not carry");
    const std::string backup = s.dir() + "/backup.db";
    admin->backup(backup);
    const store::FileStore copied(store::FileStore::folderFor(backup));
    CHECK(copied.list() == std::vector<std::string>{a.sha256});
    const auto later = clerk->attach(paper(d.code, 1, 3));
    std::filesystem::remove(store::FileStore(store::FileStore::folderFor(s.path())).pathOf(a.sha256));
    admin->restoreBackup(backup);
    auto after = s.openLocal("clerk");
    CHECK(after->attachments(d.code).size() == 1);
    CHECK(after->attachmentContent(a.id).size() == static_cast<std::size_t>(a.bytes));
    CHECK(admin->verifyAudit().ok);
    // A backup whose file was changed is refused before anything changes.
    {
        std::ofstream f(copied.pathOf(a.sha256), std::ios::binary | std::ios::trunc);
        f << "changed";
    }
    CHECK(codeOf([&] { (void)admin->restoreBackup(backup); }) == ErrorCode::Storage);
    (void)later;
}
