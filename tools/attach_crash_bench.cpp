// Benchmark (not a test), issue 15: SIGKILL a process while it attaches 100 papers, several
// times, then check that no row names a missing file and no file has a wrong hash. Prints figures.
// Usage: motcua-attach-crash-bench [ROUNDS]
#include "documents/sample_pdf.h"
#include "domain/procedure.h"
#include "service/demo_data.h"
#include "service/desk.h"
#include "store/database.h"
#include "store/file_store.h"

#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <csignal>
#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <random>
#include <set>
#include <thread>

using namespace motcua;

namespace {

std::string setUp(const std::string& dir)
{
    const std::string db = dir + "/store.db";
    service::createFirstAdmin(db, "admin-password");
    auto desk = service::openSqliteDesk(db);
    desk->actAs("admin");
    desk->addCounter({1, "Quầy 1", true, {}});
    desk->addGroup({0, "HT", "A", "Tư pháp – Hộ tịch", {1}});
    (void)desk->importProcedures(std::string(domain::kProcedureCsvHeaderV1) +
                                 "\n1.001193,Đăng ký khai sinh,Hộ tịch,HT,0,0,,Công chức Tư pháp - Hộ tịch,pause,"
                                 "Tờ khai (bản chính) 1,bench\n");
    return db;
}

[[noreturn]] void attachLoop(const std::string& db)
{
    auto desk = service::openSqliteDesk(db);
    desk->actAs("admin");
    service::ReceiveRequest r{"1.001193", "Nguyễn Văn Thử", "038095001234", "0912345678", "Hà Tân",
                              domain::Channel::Direct, ""};
    r.papers = std::vector<domain::SubmittedPaper>{{0, "", domain::PaperKind::Required, domain::PaperForm::Original, 1, false}};
    const auto d = desk->receive(r);
    for (int i = 0; i < 100; ++i)
        (void)desk->attach({d.code, 1, false, documents::samplePaperPdf("Bản " + std::to_string(i) + " " + std::to_string(::getpid()), 1), ""});
    std::_Exit(0);
}

}  // namespace

int main(int argc, char** argv)
{
    const int rounds = argc > 1 ? std::atoi(argv[1]) : 10;
    char tmpl[] = "/tmp/motcua-attach-bench-XXXXXX";
    const std::string dir = ::mkdtemp(tmpl);
    const auto db = setUp(dir);
    std::mt19937 rng(12345);
    int killed = 0;
    for (int round = 0; round < rounds; ++round) {
        const pid_t child = ::fork();
        if (child == 0) attachLoop(db);
        std::this_thread::sleep_for(std::chrono::milliseconds(50 + rng() % 400));
        if (::kill(child, SIGKILL) == 0) ++killed;
        int status = 0;
        ::waitpid(child, &status, 0);
    }
    store::Database check(db, store::OpenMode::ReadOnly);
    const store::FileStore files(store::FileStore::folderFor(db));
    std::set<std::string> named;
    long rows = 0, missing = 0, corrupt = 0;
    auto& st = check.prepare("SELECT sha256 FROM attachments");
    while (st.step()) {
        ++rows;
        named.insert(st.getText(0));
        const auto state = files.check(st.getText(0));
        if (state == store::FileStore::State::Missing) ++missing;
        if (state == store::FileStore::State::Corrupt) ++corrupt;
    }
    long orphans = 0, wrongHash = 0;
    for (const auto& sha : files.list()) {
        if (!named.count(sha)) ++orphans;
        if (files.check(sha) == store::FileStore::State::Corrupt) ++wrongHash;
    }
    long temps = 0;
    std::error_code ec;
    for (const auto& e : std::filesystem::directory_iterator(files.folder(), ec))
        if (e.path().filename().string().rfind("tmp-", 0) == 0) ++temps;
    std::cout << "rounds " << rounds << ", killed mid-run " << killed << "\n"
              << "rows " << rows << ", rows without their file " << missing << ", rows whose file changed " << corrupt << "\n"
              << "files " << files.list().size() << ", files without a row (orphans, swept later) " << orphans
              << ", files with a wrong hash " << wrongHash << ", temporaries left " << temps << "\n";
    std::filesystem::remove_all(dir);
    return missing == 0 && corrupt == 0 && wrongHash == 0 ? 0 : 1;
}
