// The administration tab's pure helpers: section names and permissions, the setting keys each
// settings section edits, the date format typed by hand, and the procedure search.
#include "counter/admin/state.h"

#include "domain/text.h"

#include <charconv>

namespace motcua::counter {

namespace {

struct SectionInfo {
    AdminSection section;
    const char* name;
    const char* label;
    domain::Permission permission;
};

constexpr SectionInfo kInfo[] = {
    {AdminSection::Office, "office", "Cơ quan", domain::Permission::ManageSettings},
    {AdminSection::Schedule, "schedule", "Lịch làm việc", domain::Permission::ManageSettings},
    {AdminSection::Holidays, "holidays", "Ngày nghỉ", domain::Permission::ManageCalendar},
    {AdminSection::Groups, "groups", "Nhóm dịch vụ & quầy", domain::Permission::ManageCatalog},
    {AdminSection::Procedures, "procedures", "Thủ tục", domain::Permission::ManageCatalog},
    {AdminSection::Staff, "staff", "Cán bộ", domain::Permission::ManageStaff},
    {AdminSection::Printer, "printer", "Máy in & mã QR", domain::Permission::ManageSettings},
    {AdminSection::Backup, "backup", "Sao lưu", domain::Permission::Backup},
};

const SectionInfo& info(AdminSection s)
{
    for (const auto& i : kInfo)
        if (i.section == s) return i;
    return kInfo[0];
}

bool parseInt(std::string_view s, int& out)
{
    if (s.empty()) return false;
    auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), out);
    return ec == std::errc{} && p == s.data() + s.size();
}

}  // namespace

const char* adminSectionLabel(AdminSection s) { return info(s).label; }
const char* adminSectionName(AdminSection s) { return info(s).name; }
domain::Permission adminPermission(AdminSection s) { return info(s).permission; }

std::optional<AdminSection> parseAdminSection(std::string_view name)
{
    for (const auto& i : kInfo)
        if (name == i.name) return i.section;
    return std::nullopt;
}

const std::vector<std::string>& adminSettingKeys(AdminSection s)
{
    static const std::vector<std::string> kOffice = {"office.name", "office.code", "office.parent",
                                                     "office.place", "office.address", "office.phone"};
    static const std::vector<std::string> kSchedule = {"calendar.schedule",      "calendar.cutoff.direct",
                                                       "calendar.cutoff.postal", "calendar.cutoff.online",
                                                       "deadline.at_risk_days",  "apology.extra_days",
                                                       "apology.draft_days",     "supplement.stop_after_days",
                                                       "deadline.step_cap_to_due"};
    static const std::vector<std::string> kPrinter = {"ticket.paper", "qr.lookup_url", "public.url", "queue.pending_grace_seconds",
                                                      "kiosk.admin_pin"};
    static const std::vector<std::string> kNone;
    switch (s) {
    case AdminSection::Office: return kOffice;
    case AdminSection::Schedule: return kSchedule;
    case AdminSection::Printer: return kPrinter;
    default: return kNone;
    }
}

std::optional<domain::Date> parseAdminDate(std::string_view text)
{
    while (!text.empty() && text.front() == ' ') text.remove_prefix(1);
    while (!text.empty() && text.back() == ' ') text.remove_suffix(1);
    if (auto d = domain::parseDate(text)) return d;
    // dd/mm/yyyy, as dates are written on Vietnamese forms
    const auto a = text.find('/');
    const auto b = a == std::string_view::npos ? a : text.find('/', a + 1);
    if (b == std::string_view::npos) return std::nullopt;
    int day = 0, month = 0, year = 0;
    if (!parseInt(text.substr(0, a), day) || !parseInt(text.substr(a + 1, b - a - 1), month) ||
        !parseInt(text.substr(b + 1), year) || text.size() - b - 1 != 4)
        return std::nullopt;
    if (!domain::isValidDate(year, month, day)) return std::nullopt;
    return domain::Date{year, month, day};
}

std::vector<const domain::Procedure*> filterProcedures(const AdminState& a)
{
    std::vector<const domain::Procedure*> out;
    const std::string needle = domain::foldForSearch(a.search);
    for (const auto& p : a.procedures) {
        if (needle.empty() || p.code.find(a.search) != std::string::npos ||
            domain::foldForSearch(p.name).find(needle) != std::string::npos ||
            domain::foldForSearch(p.field).find(needle) != std::string::npos)
            out.push_back(&p);
    }
    return out;
}

}  // namespace motcua::counter
