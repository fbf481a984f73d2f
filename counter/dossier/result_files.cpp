#include "counter/dossier/result_files.h"

#include "counter/counter_widgets.h"
#include "counter/intake/paper_scans.h"
#include "domain/error.h"
#include "ui/headless.h"
#include "ui/theme.h"
#include "ui/widgets.h"

#include <imgui.h>
#include <imgui_stdlib.h>

namespace motcua::counter {

bool canDigitiseResult(const CounterState& s, const domain::Dossier& d)
{
    const bool hasResult = d.status == domain::DossierStatus::ResultReady || d.status == domain::DossierStatus::Returned;
    return hasResult && s.can(domain::Permission::ProcessDossier);
}

void drawResultFiles(CounterState& s, Commands& commands, const domain::Dossier& d)
{
    auto& p = s.dossiers;
    if (!canDigitiseResult(s, d)) {
        p.resultFilesOpen = false;
        return;
    }
    ui::labelColored(ui::colors::kMuted, "Số hoá kết quả giải quyết (bản quét hoặc tệp PDF, ảnh):");
    if (button("Quét kết quả", "result-scan")) commands.push_back(cmd(CommandKind::ScanResult, d.code));
    ImGui::SameLine();
    if (button(p.resultFilesOpen ? "Đóng" : "Thêm tệp kết quả", "result-files")) {
        p.resultFilesOpen = !p.resultFilesOpen;
        p.resultPaths.clear();
    }
    if (!p.resultFilesOpen) return;
    ImGui::PushTextWrapPos(0.0f);
    ui::labelColored(ui::colors::kMuted, "Kéo thả tệp kết quả (PDF, JPEG, PNG, TIFF) vào cửa sổ, hoặc gõ đường dẫn, mỗi dòng một tệp:");
    ImGui::PopTextWrapPos();
    ImGui::InputTextMultiline("##result-paths", &p.resultPaths, ImVec2(-12, 60));
    ui::recordItem("result-paths");
    const bool any = p.resultPaths.find_first_not_of(" \t\r\n") != std::string::npos;
    if (button("Đính kèm kết quả", "result-add", any)) commands.push_back(cmd(CommandKind::AddResultFiles, d.code, p.resultPaths));
}

void applyResultFiles(service::Desk& desk, CounterState& s, const Command& c, const scan::PaperLimits& limits)
{
    auto& p = s.dossiers;
    try {
        std::string source;
        const auto pdf = digitise(c, limits, source);
        const auto a = desk.attach(service::AttachRequest{c.code, 0, true, pdf.pdf, source});
        p.message = "Đã số hoá kết quả của hồ sơ " + c.code + ": " + std::to_string(a.pages) + " trang.";
        p.messageIsError = false;
        if (c.kind == CommandKind::AddResultFiles) {
            p.resultFilesOpen = false;
            p.resultPaths.clear();
        }
    } catch (const Error& e) {
        p.message = "Kết quả của hồ sơ " + c.code + " chưa được số hoá. " + e.what();
        p.messageIsError = true;
    }
}

}  // namespace motcua::counter
