// The catalog sections: "Nhóm dịch vụ & quầy" (lists, add, edit: name, prefix, which groups a
// counter serves, open/closed) and "Thủ tục" (search, edit one, import CSV with a per-row error
// table, export CSV).
#include "counter/admin/screens.h"
#include "counter/counter_widgets.h"

#include "ui/headless.h"
#include "ui/theme.h"
#include "ui/widgets.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <iterator>

namespace motcua::counter {

namespace {

std::string joinInts(const std::vector<int>& v)
{
    std::string out;
    for (int n : v) out += (out.empty() ? "" : ", ") + std::to_string(n);
    return out.empty() ? "—" : out;
}

std::string joinCodes(const std::vector<std::string>& v)
{
    std::string out;
    for (const auto& c : v) out += (out.empty() ? "" : ", ") + c;
    return out.empty() ? "—" : out;
}

// [SECTION] groups and counters

void groupTable(CounterState& s, Commands& commands)
{
    auto& a = s.admin;
    if (!ImGui::BeginTable("##groups", 5, ImGuiTableFlags_RowBg | ImGuiTableFlags_Borders)) return;
    ImGui::TableSetupColumn("Mã", ImGuiTableColumnFlags_WidthFixed, 80);
    ImGui::TableSetupColumn("Số vé", ImGuiTableColumnFlags_WidthFixed, 80);
    ImGui::TableSetupColumn("Tên nhóm", ImGuiTableColumnFlags_WidthStretch);
    ImGui::TableSetupColumn("Quầy phục vụ", ImGuiTableColumnFlags_WidthFixed, 160);
    ImGui::TableSetupColumn("", ImGuiTableColumnFlags_WidthFixed, 80);
    ImGui::TableHeadersRow();
    for (const auto& g : a.groups) {
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        ui::label(g.code);
        ImGui::TableNextColumn();
        ui::label(g.prefix);
        ImGui::TableNextColumn();
        ui::label(g.name);
        ImGui::TableNextColumn();
        ui::label(joinInts(g.counters));
        ImGui::TableNextColumn();
        if (button("Sửa", "group-edit-" + g.code, true, ImVec2(-1, 0))) commands.push_back(adminCmd(AdminAction::EditGroup, g.code));
    }
    ImGui::EndTable();
}

void counterTable(CounterState& s, Commands& commands)
{
    auto& a = s.admin;
    if (!ImGui::BeginTable("##counters", 5, ImGuiTableFlags_RowBg | ImGuiTableFlags_Borders)) return;
    ImGui::TableSetupColumn("Số", ImGuiTableColumnFlags_WidthFixed, 60);
    ImGui::TableSetupColumn("Tên quầy", ImGuiTableColumnFlags_WidthStretch);
    ImGui::TableSetupColumn("Trạng thái", ImGuiTableColumnFlags_WidthFixed, 110);
    ImGui::TableSetupColumn("Nhóm phục vụ", ImGuiTableColumnFlags_WidthFixed, 200);
    ImGui::TableSetupColumn("", ImGuiTableColumnFlags_WidthFixed, 80);
    ImGui::TableHeadersRow();
    for (const auto& c : a.counters) {
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        ui::label(std::to_string(c.number));
        ImGui::TableNextColumn();
        ui::label(c.name);
        ImGui::TableNextColumn();
        ui::labelColored(c.open ? ui::colors::kSuccess : ui::colors::kMuted, c.open ? "Đang mở" : "Đóng");
        ImGui::TableNextColumn();
        ui::label(joinCodes(c.groups));
        ImGui::TableNextColumn();
        if (button("Sửa", "counter-edit-" + std::to_string(c.number), true, ImVec2(-1, 0)))
            commands.push_back(adminCmd(AdminAction::EditCounter, {}, {}, c.number));
    }
    ImGui::EndTable();
}

void groupForm(CounterState& s, Commands& commands, float width)
{
    auto& a = s.admin;
    auto& f = *a.group;
    ui::labelColored(ui::colors::kPrimary, f.isNew ? "Thêm nhóm dịch vụ" : "Sửa nhóm " + f.code);
    if (f.isNew) field("Mã nhóm (ví dụ HT)", "group-code", f.code, adminError(a, "group-code"), 200);
    field("Tiền tố số vé (ví dụ A)", "group-prefix", f.prefix, adminError(a, "group-prefix"), 200);
    field("Tên nhóm", "group-name", f.name, adminError(a, "group-name"), width - 40);
    if (button("Lưu nhóm", "group-save", true, ImVec2(180, 40), ui::colors::kPrimary))
        commands.push_back(adminCmd(AdminAction::SaveGroup));
    ImGui::SameLine();
    if (button("Huỷ", "group-cancel", true, ImVec2(120, 40))) a.group.reset();
}

void counterForm(CounterState& s, Commands& commands, float width)
{
    auto& a = s.admin;
    auto& f = *a.counter;
    ui::labelColored(ui::colors::kPrimary, f.isNew ? "Thêm quầy" : "Sửa quầy " + f.number);
    if (f.isNew) field("Số quầy", "counter-number", f.number, adminError(a, "counter-number"), 120);
    field("Tên quầy", "counter-name", f.name, adminError(a, "counter-name"), width - 40);
    adminCheckbox("Đang mở (nhận gọi số)", "counter-open", f.open);
    ui::label("Phục vụ các nhóm:");
    for (const auto& g : a.groups) {
        bool on = f.groups.count(g.code) > 0;
        if (adminCheckbox(g.code + " · " + g.name, "counter-group-" + g.code, on)) {
            if (on) f.groups.insert(g.code);
            else f.groups.erase(g.code);
        }
    }
    if (button("Lưu quầy", "counter-save", true, ImVec2(180, 40), ui::colors::kPrimary))
        commands.push_back(adminCmd(AdminAction::SaveCounter));
    ImGui::SameLine();
    if (button("Huỷ", "counter-cancel", true, ImVec2(120, 40))) a.counter.reset();
}

// [SECTION] procedures

std::string money(std::int64_t vnd)
{
    std::string digits = std::to_string(vnd), out;
    for (std::size_t i = 0; i < digits.size(); ++i) {
        if (i && (digits.size() - i) % 3 == 0) out += '.';
        out += digits[i];
    }
    return vnd ? out + " đ" : "Miễn phí";
}

void procedureTable(CounterState& s, Commands& commands, float height)
{
    const auto list = filterProcedures(s.admin);
    ui::labelColored(ui::colors::kMuted, std::to_string(list.size()) + " thủ tục");
    if (!ImGui::BeginTable("##procedures", 6, ImGuiTableFlags_RowBg | ImGuiTableFlags_Borders | ImGuiTableFlags_ScrollY,
                           ImVec2(0, height)))
        return;
    ImGui::TableSetupScrollFreeze(0, 1);
    ImGui::TableSetupColumn("Mã", ImGuiTableColumnFlags_WidthFixed, ImGui::CalcTextSize("1.000000 ").x);
    ImGui::TableSetupColumn("Tên thủ tục", ImGuiTableColumnFlags_WidthStretch);
    ImGui::TableSetupColumn("Lĩnh vực", ImGuiTableColumnFlags_WidthFixed, 190);
    ImGui::TableSetupColumn("Thời hạn", ImGuiTableColumnFlags_WidthFixed, 100);
    ImGui::TableSetupColumn("Lệ phí", ImGuiTableColumnFlags_WidthFixed, 120);
    ImGui::TableSetupColumn("", ImGuiTableColumnFlags_WidthFixed, 70);
    ImGui::TableHeadersRow();
    for (const auto* p : list) {
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        ui::label(p->code);
        ImGui::TableNextColumn();
        ImGui::PushTextWrapPos(0.0f);
        ui::label(p->name);
        ImGui::PopTextWrapPos();
        ImGui::TableNextColumn();
        ui::label(p->field);
        ImGui::TableNextColumn();
        char days[32];
        std::snprintf(days, sizeof days, "%g ngày", p->days);
        ui::label(p->days == 0 ? std::string("Trong ngày") : std::string(days));
        ImGui::TableNextColumn();
        ui::label(money(p->feeVnd));
        ImGui::TableNextColumn();
        if (button("Sửa", "proc-edit-" + p->code, true, ImVec2(-1, 0))) commands.push_back(adminCmd(AdminAction::EditProcedure, p->code));
    }
    ImGui::EndTable();
}

void procedureForm(CounterState& s, Commands& commands, float width)
{
    static const char* const kColumns[] = {"code", "name", "field", "group", "days", "fee_vnd",
                                           "fee_note", "unit", "supplement_rule", "papers", "paper_kinds", "source"};
    static const char* const kLabels[] = {"Mã thủ tục", "Tên thủ tục", "Lĩnh vực", "Nhóm dịch vụ (mã)",
                                          "Thời hạn (ngày làm việc; 0 = trong ngày)", "Lệ phí (đồng)", "Ghi chú lệ phí",
                                          "Cơ quan xử lý", "Khi chờ bổ sung: pause (tạm dừng) hoặc restart (tính lại)",
                                          "Giấy tờ (ngăn cách bằng \" | \")",
                                          "Loại từng giấy tờ: required (bắt buộc) | conditional (nếu có) | shown (xuất trình)",
                                          "Nguồn"};
    constexpr std::size_t kCount = std::size(kColumns);
    auto& a = s.admin;
    auto& f = *a.procedure;
    if (f.fields.size() != kCount) return;
    ui::labelColored(ui::colors::kPrimary, "Sửa thủ tục " + f.fields[0] + " (mã không đổi được; thủ tục mới thì nhập CSV)");
    ImGui::Spacing();
    const float half = (width - 24) / 2;
    for (std::size_t i = 1; i < kCount; ++i) {
        if (i % 2 == 0) ImGui::SameLine(0, 24);
        ImGui::BeginGroup();
        field(kLabels[i], std::string("proc-") + kColumns[i], f.fields[i], adminError(a, std::string("proc-") + kColumns[i]), half);
        ImGui::EndGroup();
    }
    const auto& codeError = adminError(a, "proc-code");
    if (!codeError.empty()) ui::labelColored(ui::colors::kDanger, codeError);
    if (button("Lưu thủ tục", "proc-save", true, ImVec2(200, 40), ui::colors::kPrimary))
        commands.push_back(adminCmd(AdminAction::SaveProcedure));
    ImGui::SameLine();
    if (button("Quay lại danh sách", "proc-cancel", true, ImVec2(220, 40))) a.procedure.reset();
}

void importErrorTable(const AdminState& a)
{
    if (a.importErrors.empty()) return;
    if (!ImGui::BeginTable("##import-errors", 3, ImGuiTableFlags_RowBg | ImGuiTableFlags_Borders | ImGuiTableFlags_ScrollY,
                           ImVec2(0, std::min(300.0f, 40.0f + 30.0f * static_cast<float>(a.importErrors.size())))))
        return;
    ImGui::TableSetupScrollFreeze(0, 1);
    ImGui::TableSetupColumn("Dòng", ImGuiTableColumnFlags_WidthFixed, 70);
    ImGui::TableSetupColumn("Cột", ImGuiTableColumnFlags_WidthFixed, 170);
    ImGui::TableSetupColumn("Lỗi", ImGuiTableColumnFlags_WidthStretch);
    ImGui::TableHeadersRow();
    for (const auto& e : a.importErrors) {
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        ui::label(e.line ? std::to_string(e.line) : std::string("—"));
        ImGui::TableNextColumn();
        ui::label(e.column.empty() ? std::string("(cả dòng)") : e.column);
        ImGui::TableNextColumn();
        ui::labelColored(ui::colors::kDanger, e.message);
    }
    ImGui::EndTable();
}

void importExport(CounterState& s, Commands& commands, float width)
{
    auto& a = s.admin;
    const float pathWidth = width - 260;
    field("Nhập từ tệp CSV (cả tệp hoặc không dòng nào)", "import-path", a.importPath, adminError(a, "import-path"), pathWidth,
          0, "/media/usb/thu-tuc.csv");
    ImGui::SameLine();
    if (button("Nhập CSV", "import-run", true, ImVec2(200, 0), ui::colors::kPrimary))
        commands.push_back(adminCmd(AdminAction::ImportProcedures));
    importErrorTable(a);
    field("Xuất ra tệp CSV (hoặc thư mục)", "export-path", a.exportPath, adminError(a, "export-path"), pathWidth, 0,
          "/media/usb/thu-tuc.csv");
    ImGui::SameLine();
    if (button("Xuất CSV", "export-run", true, ImVec2(200, 0))) commands.push_back(adminCmd(AdminAction::ExportProcedures));
}

}  // namespace

void drawAdminGroups(CounterState& s, Commands& commands, const ui::Fonts& /*fonts*/)
{
    auto& a = s.admin;
    const float listWidth = std::floor((ImGui::GetContentRegionAvail().x - 24) * 0.6f);
    ImGui::BeginChild("##catalog-lists", ImVec2(listWidth, 0), false);
    ui::labelColored(ui::colors::kPrimary, "Nhóm dịch vụ (lĩnh vực của hàng chờ)");
    groupTable(s, commands);
    if (button("Thêm nhóm dịch vụ", "group-new", true, ImVec2(240, 40))) commands.push_back(adminCmd(AdminAction::NewGroup));
    ImGui::Spacing();
    ui::labelColored(ui::colors::kPrimary, "Quầy");
    counterTable(s, commands);
    if (button("Thêm quầy", "counter-new", true, ImVec2(240, 40))) commands.push_back(adminCmd(AdminAction::NewCounter));
    ImGui::EndChild();
    if (!a.group && !a.counter) return;
    ImGui::SameLine(0, 24);
    beginCard("##catalog-form", ImVec2(0, 0));
    const float width = ImGui::GetContentRegionAvail().x - 8;
    if (a.group) groupForm(s, commands, width);
    else counterForm(s, commands, width);
    ImGui::EndChild();
}

void drawAdminProcedures(CounterState& s, Commands& commands, const ui::Fonts& /*fonts*/)
{
    auto& a = s.admin;
    const float width = ImGui::GetContentRegionAvail().x - 8;
    if (a.procedure) {  // the form takes the list's place; Huỷ goes back to it
        procedureForm(s, commands, width);
        return;
    }
    field("Tìm thủ tục (mã, tên hoặc lĩnh vực; không cần dấu)", "proc-search", a.search, {}, std::min(700.0f, width));
    const float reserve = a.importErrors.empty() ? 250.0f : 250.0f + std::min(300.0f, 40.0f + 30.0f * static_cast<float>(a.importErrors.size()));
    procedureTable(s, commands, std::max(200.0f, ImGui::GetContentRegionAvail().y - reserve));
    ImGui::Spacing();
    importExport(s, commands, width);
}

}  // namespace motcua::counter
