// Applying the administration commands for procedures (edit, import and export CSV) and staff
// accounts (add, role and unit, active, password reset, unlock). Fields are checked first; the
// Desk checks again, refuses what the role may not do, and writes the audit log.
#include "counter/admin/apply_parts.h"

#include "documents/document.h"
#include "domain/error.h"
#include "domain/procedure.h"
#include "service/passwords.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace motcua::counter {

namespace {

using A = AdminAction;

constexpr std::uintmax_t kMaxCsvBytes = 16 * 1024 * 1024;

// [SECTION] procedures

void saveProcedure(service::Desk& desk, CounterState& s)
{
    auto& a = s.admin;
    if (!a.procedure) return;
    a.errors.clear();
    std::string column;
    domain::Procedure p;
    try {
        p = domain::parseProcedureFields(a.procedure->fields, &column);
    } catch (const Error& e) {
        a.errors["proc-" + column] = e.what();
        return;
    }
    const auto saved = desk.updateProcedure(p);
    s.procedures = desk.procedures("");
    done(a, "Đã lưu thủ tục " + saved.code + " – " + saved.name + ".");
    a.procedure.reset();
}

void importProcedures(service::Desk& desk, CounterState& s)
{
    auto& a = s.admin;
    a.errors.clear();
    a.importErrors.clear();
    std::error_code ec;
    if (a.importPath.empty()) a.errors["import-path"] = "Nhập đường dẫn tệp CSV cần nhập";
    else if (!std::filesystem::is_regular_file(a.importPath, ec)) a.errors["import-path"] = "Không có tệp " + a.importPath;
    else if (std::filesystem::file_size(a.importPath, ec) > kMaxCsvBytes) a.errors["import-path"] = "Tệp lớn quá 16 MB";
    if (!a.errors.empty()) return;
    std::ifstream in(a.importPath, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    if (!in) {
        a.errors["import-path"] = "Không đọc được tệp " + a.importPath;
        return;
    }
    const auto result = desk.importProcedures(text.str());
    if (!result.errors.empty()) {
        a.importErrors = result.rowErrors;
        fail(a, "Không nhập thủ tục nào: tệp có " + std::to_string(result.errors.size()) +
                    " dòng lỗi (xem bảng dưới). Sửa tệp rồi nhập lại.");
        return;
    }
    s.procedures = desk.procedures("");
    done(a, "Đã nhập " + std::to_string(result.procedures.size()) + " thủ tục từ " + a.importPath + ".");
}

void exportProcedures(service::Desk& desk, CounterState& s)
{
    auto& a = s.admin;
    a.errors.clear();
    std::string path = a.exportPath;
    if (path.empty()) {
        a.errors["export-path"] = "Nhập đường dẫn tệp CSV (hoặc thư mục) để ghi";
        return;
    }
    std::error_code ec;
    if (std::filesystem::is_directory(path, ec)) path = (std::filesystem::path(path) / "thu-tuc.csv").string();
    const std::string csv = desk.exportProcedures();
    try {
        documents::writeFileAtomically(path, csv);
    } catch (const Error& e) {
        a.errors["export-path"] = e.what();
        return;
    }
    const auto rows = std::count(csv.begin(), csv.end(), '\n') - 1;
    done(a, "Đã xuất " + std::to_string(rows) + " thủ tục ra " + path + ".");
}

// [SECTION] staff

const service::StaffAccount* account(const AdminState& a, const std::string& username)
{
    for (const auto& acc : a.staff)
        if (acc.member.username == username) return &acc;
    return nullptr;
}

/// The new password typed twice: true when fine, otherwise its fields' errors are set.
bool checkPasswords(AdminState& a, const StaffForm& f)
{
    try {
        service::checkPasswordRule(f.password);
    } catch (const Error& e) {
        a.errors["staff-password"] = e.what();
    }
    if (f.password != f.password2) a.errors["staff-password2"] = "Hai lần nhập mật khẩu không khớp";
    return a.errors.empty();
}

void saveStaff(service::Desk& desk, CounterState& s)
{
    auto& a = s.admin;
    if (!a.member) return;
    auto& f = *a.member;
    a.errors.clear();
    if (auto why = textProblem(f.fullName, "Họ tên", 100); !why.empty()) a.errors["staff-name"] = why;
    if (auto why = textProblem(f.unit, "Đơn vị", 200, true); !why.empty()) a.errors["staff-unit"] = why;
    if (f.isNew && f.username.empty()) a.errors["staff-username"] = "Nhập tên đăng nhập (a-z, 0-9, dấu chấm, gạch dưới)";
    if (f.isNew) checkPasswords(a, f);
    if (!a.errors.empty()) return;
    const domain::StaffMember m{0, f.username, f.fullName, f.role, f.unit, f.active};
    if (f.isNew) {
        try {
            desk.addStaff(m, f.password);
        } catch (const Error& e) {
            if (e.code() != ErrorCode::InvalidInput && e.code() != ErrorCode::Conflict) throw;
            a.errors["staff-username"] = e.what();
            return;
        }
    } else {
        desk.updateStaff(m);
        if (s.user && s.user->username == m.username) s.user = desk.currentUser();  // own role or unit changed
    }
    done(a, "Đã lưu tài khoản " + f.username + " (" + domain::roleLabel(f.role) + ").");
    a.member.reset();
}

void editStaff(CounterState& s, const Command& c)
{
    auto& a = s.admin;
    a.errors.clear();
    a.member = StaffForm{};
    if (const auto* acc = account(a, c.code)) {
        const auto& m = acc->member;
        a.member = StaffForm{false, m.username, m.fullName, m.unit, m.role, m.active, {}, {}};
    }
}

void setActive(service::Desk& desk, CounterState& s, const Command& c)
{
    const auto* acc = account(s.admin, c.code);
    if (!acc) throw Error(ErrorCode::NotFound, "Không có tài khoản \"" + c.code + "\"");
    auto m = acc->member;
    m.active = c.number != 0;
    desk.updateStaff(m);
    done(s.admin, std::string(m.active ? "Đã kích hoạt lại" : "Đã ngừng hoạt động") + " tài khoản " + m.username + ".");
}

void resetPassword(service::Desk& desk, CounterState& s)
{
    auto& a = s.admin;
    if (!a.member || a.member->isNew) return;
    a.errors.clear();
    if (!checkPasswords(a, *a.member)) return;
    desk.resetPassword(a.member->username, a.member->password);
    a.member->password.clear();
    a.member->password2.clear();
    done(a, "Đã đặt lại mật khẩu cho " + a.member->username + " (tài khoản được mở khoá).");
}

}  // namespace

void applyAdminPeople(service::Desk& desk, CounterState& s, const Command& c)
{
    auto& a = s.admin;
    switch (c.admin) {
    case A::EditProcedure:
        a.errors.clear();
        a.procedure = ProcedureForm{domain::procedureFields(desk.procedure(c.code))};
        return;
    case A::SaveProcedure: saveProcedure(desk, s); return;
    case A::ImportProcedures: importProcedures(desk, s); return;
    case A::ExportProcedures: exportProcedures(desk, s); return;
    case A::NewStaff:
        a.errors.clear();
        a.member = StaffForm{};
        return;
    case A::EditStaff: editStaff(s, c); return;
    case A::SaveStaff: saveStaff(desk, s); return;
    case A::SetActive: setActive(desk, s, c); return;
    case A::ResetPassword: resetPassword(desk, s); return;
    case A::Unlock:
        desk.unlockStaff(c.code);
        done(a, "Đã mở khoá tài khoản " + c.code + ".");
        return;
    default: return;
    }
}

}  // namespace motcua::counter
