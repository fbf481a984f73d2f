#include "test_store.h"

#include "service/demo_data.h"

#include <catch2/catch.hpp>

#include <cstdlib>
#include <filesystem>

namespace motcua::test {

domain::Instant at(const char* localTime)
{
    const auto t = domain::parseLocalDateTime(localTime);
    if (!t) throw std::runtime_error(std::string("bad test time ") + localTime);
    return *t;
}

TestStore::TestStore() : now(at("2026-11-16 08:00"))
{
    char tmpl[] = "/tmp/motcua-test-XXXXXX";
    m_dir = ::mkdtemp(tmpl);
    m_path = m_dir + "/store.db";
    service::createFirstAdmin(m_path, "admin-password");
    auto desk = open("admin");
    desk->addCounter({1, "Quầy 1", true, {}});
    desk->addCounter({2, "Quầy 2", true, {}});
    desk->addCounter({3, "Quầy 3", true, {}});
    desk->addGroup({0, "HT", "A", "Tư pháp – Hộ tịch", {1, 2}});
    desk->addGroup({0, "DD", "B", "Đất đai", {3}});
    const char* users[][3] = {{"clerk", "staff", "Nguyễn Thị Lan"}, {"officer", "officer", "Phạm Thị Hoa"},
                              {"boss", "supervisor", "Lê Văn Hùng"}, {"kiosk", "kiosk", "Ki-ốt"}};
    for (const auto& u : users)
        desk->addStaff({0, u[0], u[2], *domain::parseRole(u[1]), "Phòng Văn hóa - Xã hội", true}, "password-123");
    const auto report = desk->importProcedures(
        std::string(domain::kProcedureCsvHeaderV1) +
        "\n1.001193,Đăng ký khai sinh,Hộ tịch,HT,0,0,,Công chức Tư pháp - Hộ tịch,pause,Tờ khai (bản chính) 1,test\n"
        "1.004873,Cấp Giấy xác nhận tình trạng hôn nhân,Hộ tịch,HT,3,0,,Công chức Tư pháp - Hộ tịch,pause,Tờ khai (bản chính) 1,test\n"
        "1.000002,Thủ tục tính lại thời hạn,Đất đai,DD,3,0,,Phòng Kinh tế,restart,Đơn (bản chính) 1,test\n");
    REQUIRE(report.errors.empty());
}

TestStore::~TestStore()
{
    std::error_code ec;
    std::filesystem::remove_all(m_dir, ec);
}

std::unique_ptr<service::Desk> TestStore::open(const std::string& user)
{
    service::DeskOptions options;
    options.clock = [this] { return now; };
    auto desk = service::openSqliteDesk(m_path, options);
    desk->actAs(user);
    return desk;
}

void rollBackTo(store::Database& db, int version)
{
    auto dropColumns = [&db](const char* table, std::initializer_list<const char*> columns) {
        for (const char* c : columns) db.exec(std::string("ALTER TABLE ") + table + " DROP COLUMN " + c);
    };
    for (int v = db.userVersion(); v > version; --v) {
        switch (v) {
        case 9: db.exec("DROP TABLE dossier_fees"); break;  // fees
        case 8:  // what the citizen brings
            db.exec("DROP TABLE dossier_papers");
            dropColumns("procedures", {"paper_kinds"});
            dropColumns("dossiers", {"applicant_kind", "email", "rep_name", "rep_id_number", "rep_phone", "rep_address",
                                     "rep_authorisation", "collection", "papers_recorded"});
            dropColumns("intake_drafts", {"applicant_kind", "email", "rep_name", "rep_id_number", "rep_phone",
                                          "rep_address", "rep_authorisation", "collection"});
            break;
        case 7: db.exec("DROP TABLE ticket_ratings"); break;  // visit ratings
        case 6:  // apology timing, confirmed years
            db.exec("DROP TABLE calendar_years");
            dropColumns("apologies", {"sign_by", "short_notice", "signed_late"});
            break;
        case 5: break;  // the wider sequence only relaxed a CHECK
        case 4: dropColumns("apologies", {"delivered_at", "delivered_how"}); break;
        default: FAIL("no undo for schema step " << v);
        }
    }
    db.setUserVersion(version);
}

}  // namespace motcua::test
