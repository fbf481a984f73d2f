#include "service/demo_data.h"

#include "domain/error.h"
#include "domain/holiday_table.h"
#include "service/desk.h"
#include "service/passwords.h"

#include <algorithm>
#include <map>
#include <vector>

namespace motcua::service {

namespace {

// A small table read once at demo set-up: field order follows the reading, not the padding.
struct DemoCase {  // NOLINT(clang-analyzer-optin.performance.Padding)
    const char* procedure;
    const char* name;
    const char* idNumber;
    const char* phone;
    int workingDaysAgo;  ///< received this many working days before today
    int minute;          ///< local minute of the day it was received
    enum class Fate { Open, Forwarded, Supplement, Ready, Returned } fate;
    const char* email = "";
    bool organisation = false;  ///< name and idNumber are the organisation's name and tax code
    const char* repName = "";   ///< an authorised representative handed it in
    const char* repId = "";
    const char* authorisation = "";
};

// Names are invented; ID numbers are well-formed but not real.
const DemoCase kCases[] = {
    {"1.001193", "Nguyễn Văn An", "038095001234", "0912345678", 0, 8 * 60 + 5, DemoCase::Fate::Open},
    {"2.000815", "Công ty TNHH Xây dựng Hà Tân", "2801234567", "0912888999", 0, 8 * 60 + 40, DemoCase::Fate::Returned,
     "ketoan@xaydunghatan.vn", true, "Trần Thị Bích Ngọc", "038196002345", "Giấy giới thiệu số 15/GGT-XDHT ngày 20/11/2026"},
    {"1.000894", "Lê Hoàng Minh", "038090003456", "0905123456", 1, 9 * 60 + 10, DemoCase::Fate::Forwarded},
    {"1.004873", "Phạm Thị Thu Hà", "038185004567", "0978111222", 2, 14 * 60 + 20, DemoCase::Fate::Forwarded},
    {"1.001022", "Hoàng Văn Dũng", "038075005678", "0966333444", 6, 10 * 60, DemoCase::Fate::Forwarded},
    {"1.000656", "Vũ Thị Mai", "038188006789", "0944555666", 9, 15 * 60 + 30, DemoCase::Fate::Forwarded,
     "vuthimai@gmail.com", false, "Vũ Văn Nam", "038092011223", "Giấy ủy quyền ngày 02/11/2026 (người thân, không cần chứng thực)"},
    {"1.001193", "Đặng Quốc Bảo", "038099007890", "0933777888", 3, 7 * 60 + 45, DemoCase::Fate::Returned},
    {"2.000815", "Bùi Thị Lan Anh", "038197008901", "0922999000", 4, 13 * 60 + 50, DemoCase::Fate::Supplement},
    {"1.001022", "Ngô Đức Thắng", "038080009012", "0911222333", 12, 9 * 60 + 30, DemoCase::Fate::Ready},
    {"1.004873", "Đỗ Thị Hồng", "038182000123", "0988444555", 5, 16 * 60 + 10, DemoCase::Fate::Forwarded},
};

/// The local date `n` working days before `from` under the default schedule and the tables.
domain::Date workingDaysBack(const domain::WorkCalendar& cal, domain::Date from, int n)
{
    domain::Date d = from;
    while (n > 0 || !cal.isWorkingDay(d)) {
        d = d.addDays(-1);
        if (cal.isWorkingDay(d)) --n;
    }
    return d;
}

/// The case as the counter would receive it: required and shown papers as the catalog lists
/// them, the authorisation too when a representative brought the dossier.
ReceiveRequest demoRequest(Desk& desk, const DemoCase& c)
{
    ReceiveRequest r;
    r.procedureCode = c.procedure;
    r.applicantName = c.name;
    r.idNumber = c.idNumber;
    r.phone = c.phone;
    r.address = c.organisation ? "Số 12 đường Lê Lợi, xã Hà Tân, tỉnh Thanh Hóa" : "Xã Hà Tân, tỉnh Thanh Hóa";
    r.email = c.email;
    r.applicantKind = c.organisation ? domain::ApplicantKind::Organisation : domain::ApplicantKind::Person;
    if (*c.repName) r.representative = {c.repName, c.repId, "", "Xã Hà Tân, tỉnh Thanh Hóa", c.authorisation};
    const auto procedure = desk.procedure(c.procedure);
    std::vector<domain::PaperEntry> entries;
    for (const auto& paper : procedure.papers) {
        auto e = domain::defaultPaperEntry(paper);
        const bool authorisation = paper.text.find("ủy quyền") != std::string::npos;
        e.given = paper.kind != domain::PaperKind::Conditional || (authorisation && *c.repName);
        entries.push_back(e);
    }
    r.papers = domain::submittedPapers(procedure.papers, entries);
    return r;
}

}  // namespace

std::string createFirstAdmin(const std::string& dbPath, const std::string& password)
{
    auto desk = openSqliteDesk(dbPath);
    std::string pw = password.empty() ? randomPassword() : password;
    domain::StaffMember admin;
    admin.username = "admin";
    admin.fullName = "Quản trị hệ thống";
    admin.role = domain::Role::Admin;
    desk->addStaff(admin, pw);
    return pw;
}

DemoSummary seedDemo(const std::string& dbPath, domain::Instant now, const std::string& holidayCsv,
                     const std::string& catalogCsv)
{
    domain::Instant simulated = now;
    DeskOptions options;
    options.clock = [&simulated] { return simulated; };
    auto desk = openSqliteDesk(dbPath, options);
    if (!desk->procedures({}).empty())
        throw Error(ErrorCode::InvalidInput, "Cơ sở dữ liệu đã có dữ liệu; dữ liệu mẫu chỉ tạo trên tệp mới");

    desk->actAs("admin");
    desk->setSetting("office.code", "000.00.20.H56");
    desk->setSetting("office.name", "Trung tâm Phục vụ hành chính công xã Hà Tân");
    desk->setSetting("office.parent", "Ủy ban nhân dân xã Hà Tân");
    desk->setSetting("office.place", "Hà Tân");
    desk->setSetting("office.address", "Thôn Đông, xã Hà Tân, tỉnh Thanh Hóa");
    desk->setSetting("office.phone", "0237 3 812 345");
    desk->importHolidays(holidayCsv);

    desk->addCounter({1, "Quầy 1 – Tư pháp, Hộ tịch", true, {}});
    desk->addCounter({2, "Quầy 2 – Tư pháp, Lao động – Xã hội", true, {}});
    desk->addCounter({3, "Quầy 3 – Đất đai, Xây dựng", true, {}});
    desk->addGroup({0, "HT", "A", "Tư pháp – Hộ tịch – Chứng thực", {1, 2}});
    desk->addGroup({0, "DD", "B", "Đất đai – Xây dựng – Môi trường", {3}});
    desk->addGroup({0, "XH", "C", "Lao động – Xã hội – Văn hóa", {2, 3}});

    const auto report = desk->importProcedures(catalogCsv);
    if (!report.errors.empty())
        throw Error(ErrorCode::InvalidInput, "Danh mục thủ tục mẫu có lỗi: " + report.errors.front());

    const struct {
        const char* user;
        const char* name;
        domain::Role role;
        const char* unit;
    } kStaff[] = {
        {"lanhdao", "Lê Văn Hùng", domain::Role::Supervisor, "Lãnh đạo UBND xã"},
        {"motcua1", "Nguyễn Thị Lan", domain::Role::Staff, "Bộ phận Một cửa"},
        {"motcua2", "Trần Văn Bình", domain::Role::Staff, "Bộ phận Một cửa"},
        {"chuyenvien", "Phạm Thị Hoa", domain::Role::Officer, "Phòng Văn hóa - Xã hội"},
        {"kiosk", "Ki-ốt sảnh chờ", domain::Role::Kiosk, ""},
    };
    for (const auto& s : kStaff) desk->addStaff({0, s.user, s.name, s.role, s.unit, true}, kDemoPassword);

    // A working fortnight of dossiers, received by the counter clerks at believable times.
    std::map<std::int64_t, domain::CalendarOverride> overrides;
    for (const auto& row : domain::parseHolidayTable(holidayCsv))
        if (row.kind != domain::DayKind::Normal)
            overrides[row.date.toDays()] = row.kind == domain::DayKind::Holiday ? domain::CalendarOverride::Holiday
                                                                               : domain::CalendarOverride::Workday;
    const domain::WorkCalendar cal(domain::WeeklySchedule::standard(), overrides);
    const domain::Date today = domain::localDate(now);
    DemoSummary summary;
    for (const auto& c : kCases) {
        const domain::Date day = workingDaysBack(cal, today, c.workingDaysAgo);
        simulated = domain::fromLocal(day, c.minute);
        if (simulated > now) continue;  // "today" cases only once the office has opened
        desk->actAs(c.workingDaysAgo % 2 ? "motcua2" : "motcua1");
        const auto d = desk->receive(demoRequest(*desk, c));
        ++summary.dossiers;
        auto later = [&](domain::Instant seconds) { simulated = std::min(now, simulated + seconds); };
        switch (c.fate) {
        case DemoCase::Fate::Open: break;
        case DemoCase::Fate::Forwarded:
            later(20 * 60);
            desk->forward(d.code, "Phòng Văn hóa - Xã hội", 8.0, "Chuyển thẩm định hồ sơ");
            break;
        case DemoCase::Fate::Supplement:
            later(30 * 60);
            desk->forward(d.code, "Phòng Văn hóa - Xã hội", 4.0, "Chuyển xử lý");
            later(60 * 60);
            desk->actAs("chuyenvien");
            desk->requestSupplement(d.code, "Bổ sung bản sao giấy khai sinh của người yêu cầu");
            break;
        case DemoCase::Fate::Ready:
        case DemoCase::Fate::Returned:
            later(15 * 60);
            desk->forward(d.code, "Công chức Tư pháp - Hộ tịch (UBND xã)", 4.0, "Chuyển xử lý");
            later(45 * 60);
            desk->actAs("chuyenvien");
            desk->markResult(d.code);
            if (c.fate == DemoCase::Fate::Returned) {
                later(30 * 60);
                desk->actAs("motcua1");
                // Fees are paid before the result goes back (issue 16): a mix of the three ways.
                const auto way = static_cast<domain::PaymentWay>(c.minute % 3);
                const std::string ref = way == domain::PaymentWay::Cash       ? ""
                                        : way == domain::PaymentWay::Transfer ? "FT2633" + std::to_string(100000 + c.minute)
                                                                              : "DVC" + std::to_string(2026000000 + c.minute);
                for (const auto& line : desk->fees(d.code))
                    if (line.owing()) desk->payFee(d.code, line.line, way, ref);
                desk->returnResult(d.code, "");
            }
            break;
        }
    }

    // This morning's queue: a few served, some waiting (only once the office has opened).
    const domain::Instant opening = domain::fromLocal(today, 7 * 60 + 30);
    if (cal.isWorkingDay(today) && now > opening) {
        desk->actAs("kiosk");
        const char* groups[] = {"HT", "HT", "XH", "DD", "HT", "XH", "HT", "DD", "HT"};
        int i = 0;
        for (const char* g : groups) {
            simulated = std::min(now, opening + 4 * 60 * i);
            desk->issueTicket({g, i == 4 ? "Người cao tuổi" : "", true});
            ++summary.tickets;
            ++i;
        }
        desk->actAs("motcua1");
        simulated = std::min(now, opening + 10 * 60);
        try {
            desk->callNext(1);
            simulated = std::min(now, opening + 25 * 60);
            desk->callNext(1);
            desk->actAs("motcua2");
            desk->callNext(3);
        } catch (const Error& e) {
            if (e.code() != ErrorCode::Empty) throw;
        }
    }

    simulated = now;
    desk->actAs("lanhdao");
    desk->sweep();
    return summary;
}

}  // namespace motcua::service
