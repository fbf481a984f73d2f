#include "counter/intake/paper_scans.h"

#include "counter/counter_widgets.h"
#include "domain/error.h"
#include "scan/paper_pdf.h"
#include "scan/sane_scanner.h"
#include "ui/headless.h"
#include "ui/pdf_thumbnail.h"
#include "ui/theme.h"
#include "ui/widgets.h"

#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <functional>
#include <map>
#include <sstream>

namespace motcua::counter {
namespace {

constexpr int kThumbnailPx = 96;
constexpr int kLargePx = 900;

// [SECTION] thumbnails: textures live on the UI thread, keyed by the PDF's content and page
/// True under the real runner; the headless tests have no OpenGL, so they draw no texture.
bool canDrawTextures() { return ImGui::GetIO().BackendRendererName != nullptr; }

ui::PdfTexture* texture(const std::string& pdf, int page, int px) {
    static std::map<std::string, ui::PdfTexture> cache;
    if (cache.size() > 64) cache.clear();  // an intake shows a handful; old ones are not kept
    const std::string key = std::to_string(std::hash<std::string>{}(pdf)) + ":" + std::to_string(pdf.size()) + ":" +
                            std::to_string(page) + ":" + std::to_string(px);
    auto found = cache.find(key);
    if (found == cache.end()) {
        try {
            found = cache.emplace(key, ui::PdfTexture(ui::renderPdfPage(pdf, page, px, px))).first;
        } catch (const Error&) {
            return nullptr;
        }
    }
    return &found->second;
}

void drawThumbnails(CounterState& s, int index, const PaperScan& scanned) {
    const float right = ImGui::GetWindowPos().x + ImGui::GetWindowContentRegionMax().x;
    for (int page = 0; page < scanned.pages; ++page) {
        const std::string id = "scan-thumb-" + std::to_string(index) + "-" + std::to_string(page);
        // Thumbnails wrap at the column's edge (ImGui's own "manual wrapping" pattern).
        if (page > 0 && ImGui::GetItemRectMax().x + ImGui::GetStyle().ItemSpacing.x + ImGui::GetItemRectSize().x < right)
            ImGui::SameLine();
        ImGui::PushID(id.c_str());
        ui::PdfTexture* t = canDrawTextures() ? texture(scanned.pdf, page, kThumbnailPx) : nullptr;
        const bool open = t != nullptr ? ImGui::ImageButton(t->id(), t->size())
                                       : ImGui::Button(("Trang " + std::to_string(page + 1)).c_str(), ImVec2(72, kThumbnailPx));
        ImGui::PopID();
        ui::recordItem(id);
        if (open) {
            s.intake.viewPaper = index;
            s.intake.viewPage = page;
        }
        if (page == 5 && scanned.pages > 6) {  // a long paper: the rest in the large view
            ImGui::SameLine();
            ImGui::TextUnformatted(("+" + std::to_string(scanned.pages - 6) + " trang").c_str());
            break;
        }
    }
}

std::vector<std::string> lines(const std::string& text) {
    std::vector<std::string> out;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);)
        if (line.find_first_not_of(" \t\r") != std::string::npos) out.push_back(line);
    return out;
}

std::string joined(const std::vector<std::string>& paths) {
    std::string text;
    for (const auto& p : paths) text += p + "\n";
    return text;
}

// [SECTION] on the worker thread
/// The files' bytes; a path that is no regular file, or too big, is refused by its position
/// before anything is read (a dropped /dev/zero never starts).
std::vector<std::string> readFiles(const std::vector<std::string>& paths, const scan::PaperLimits& limits) {
    std::vector<std::string> files;
    for (std::size_t i = 0; i < paths.size(); ++i) {
        const std::string which = "Tệp thứ " + std::to_string(i + 1) + " (" + std::filesystem::path(paths[i]).filename().string() + "): ";
        std::error_code ec;
        if (!std::filesystem::is_regular_file(paths[i], ec))
            throw Error(ErrorCode::InvalidInput, which + "không phải một tệp đọc được (thư mục, thiết bị hoặc không tồn tại).");
        const auto size = std::filesystem::file_size(paths[i], ec);
        if (ec || static_cast<std::int64_t>(size) > limits.maxBytes)
            throw Error(ErrorCode::InvalidInput, which + "lớn hơn giới hạn dung lượng của một giấy tờ.");
        std::ifstream in(paths[i], std::ios::binary);
        std::ostringstream bytes;
        bytes << in.rdbuf();
        if (!in.good() && !in.eof()) throw Error(ErrorCode::InvalidInput, which + "không đọc được.");
        files.push_back(bytes.str());
    }
    return files;
}

scan::ScanRequest scannerRequest() {
    scan::ScanRequest request;
    request.pages = 0;  // the whole feeder, or the one sheet on the glass
    if (const char* device = std::getenv("MOTCUA_SCANNER")) request.device = device;
    return request;
}

void stored(CounterState& s, int index, scan::PaperPdf paper, std::string source) {
    auto& f = s.intake.form;
    PaperScan& scanned = f.scans[index];
    if (scanned.pdf.empty()) {
        scanned = PaperScan{std::move(paper.pdf), paper.pages, std::move(source)};
    } else {  // more pages for the same paper: appended
        scanned.pdf = scan::paperPdf({scanned.pdf, paper.pdf}, scan::PaperLimits{}).pdf;
        scanned.pages += paper.pages;
        scanned.source += ", " + source;
    }
    f.reused.erase(index);  // a fresh scan replaces an earlier file chosen for the same paper
    if (index >= 0 && static_cast<std::size_t>(index) < f.papers.size()) f.papers[static_cast<std::size_t>(index)].given = true;
    s.intake.scanMessage = "Đã số hoá giấy tờ số " + std::to_string(index + 1) + ": " + std::to_string(scanned.pages) + " trang.";
    s.intake.scanMessageIsError = false;
}

}  // namespace

void drawPaperScan(CounterState& s, Commands& commands, int index) {
    auto& in = s.intake;
    const std::string n = std::to_string(index);
    ImGui::Indent(34);
    if (button("Quét", "scan-paper-" + n)) commands.push_back(cmd(CommandKind::ScanPaper, {}, {}, {}, index));
    ImGui::SameLine();
    if (button(in.filesFor == index ? "Đóng" : "Thêm tệp", "scan-files-" + n)) {
        in.filesFor = in.filesFor == index ? -1 : index;
        in.filePaths.clear();
    }
    const auto found = in.form.scans.find(index);
    if (found != in.form.scans.end()) {
        ImGui::SameLine();
        if (button("Bỏ bản quét", "scan-remove-" + n)) commands.push_back(cmd(CommandKind::RemovePaperScan, {}, {}, {}, index));
        drawThumbnails(s, index, found->second);
    }
    if (in.filesFor == index) {
        ImGui::PushTextWrapPos(ImGui::GetWindowContentRegionMax().x - 12);  // it ran past the column's edge
        ui::labelColored(ui::colors::kMuted, "Kéo thả tệp (PDF, JPEG, PNG, TIFF) vào cửa sổ, hoặc gõ đường dẫn, mỗi dòng một tệp:");
        ImGui::PopTextWrapPos();
        ImGui::InputTextMultiline(("##scan-paths-" + n).c_str(), &in.filePaths, ImVec2(-12, 60));
        ui::recordItem("scan-paths-" + n);
        if (button("Đính kèm", "scan-add-" + n, !lines(in.filePaths).empty()))
            commands.push_back(cmd(CommandKind::AddPaperFiles, {}, joined(lines(in.filePaths)), {}, index));
    }
    ImGui::Unindent(34);
}

void drawScanViewer(CounterState& s) {
    auto& in = s.intake;
    const auto found = in.form.scans.find(in.viewPaper);
    if (found == in.form.scans.end()) {
        in.viewPaper = -1;
        return;
    }
    ImGui::OpenPopup("Bản quét###scan-viewer");
    ImGui::SetNextWindowSize(ImVec2(kLargePx * 0.75f + 40, kLargePx + 120), ImGuiCond_Appearing);
    if (!ImGui::BeginPopupModal("Bản quét###scan-viewer", nullptr, ImGuiWindowFlags_NoSavedSettings)) return;
    const PaperScan& scanned = found->second;
    in.viewPage = std::clamp(in.viewPage, 0, std::max(0, scanned.pages - 1));
    ui::label("Giấy tờ số " + std::to_string(in.viewPaper + 1) + " · trang " + std::to_string(in.viewPage + 1) + "/" +
              std::to_string(scanned.pages));
    if (button("‹ Trang trước", "scan-view-prev", in.viewPage > 0)) --in.viewPage;
    ImGui::SameLine();
    if (button("Trang sau ›", "scan-view-next", in.viewPage + 1 < scanned.pages)) ++in.viewPage;
    ImGui::SameLine();
    if (button("Đóng", "scan-view-close")) {
        in.viewPaper = -1;
        ImGui::CloseCurrentPopup();
    }
    if (canDrawTextures())
        if (ui::PdfTexture* t = texture(scanned.pdf, in.viewPage, kLargePx)) ImGui::Image(t->id(), t->size());
    ImGui::EndPopup();
}

void filesDropped(CounterState& s, Commands& commands, const std::vector<std::string>& paths) {
    if (s.tab == Tab::Dossiers && s.dossiers.resultFilesOpen && s.dossiers.detail) {  // the result's files
        commands.push_back(cmd(CommandKind::AddResultFiles, s.dossiers.detail->dossier.code, joined(paths)));
        return;
    }
    if (s.tab != Tab::Intake || s.intake.filesFor < 0) {
        s.intake.scanMessage = "Muốn đính kèm tệp: bấm \"Thêm tệp\" ở giấy tờ cần đính kèm rồi kéo thả lại.";
        s.intake.scanMessageIsError = true;
        return;
    }
    commands.push_back(cmd(CommandKind::AddPaperFiles, {}, joined(paths), {}, s.intake.filesFor));
}

scan::PaperPdf digitise(const Command& c, const scan::PaperLimits& limits, std::string& source)
{
    if (c.kind == CommandKind::ScanPaper || c.kind == CommandKind::ScanResult) {
        source = "máy quét";
        return scan::scanPaper(scannerRequest(), limits);
    }
    const std::vector<std::string> paths = lines(c.text);
    source.clear();
    for (const auto& p : paths) source += (source.empty() ? "" : ", ") + std::filesystem::path(p).filename().string();
    return scan::paperPdf(readFiles(paths, limits), limits);
}

void applyPaperScan(CounterState& s, const Command& c, const scan::PaperLimits& limits) {
    try {
        switch (c.kind) {
        case CommandKind::ScanPaper:
        case CommandKind::AddPaperFiles: {
            std::string source;
            auto paper = digitise(c, limits, source);
            stored(s, c.number, std::move(paper), std::move(source));
            if (c.kind == CommandKind::AddPaperFiles) {
                s.intake.filesFor = -1;
                s.intake.filePaths.clear();
            }
            break;
        }
        case CommandKind::RemovePaperScan:
            s.intake.form.scans.erase(c.number);
            s.intake.scanMessage.clear();
            break;
        default: break;
        }
    } catch (const Error& e) {
        s.intake.scanMessage = "Giấy tờ số " + std::to_string(c.number + 1) + " chưa được số hoá. " + e.what();
        s.intake.scanMessageIsError = true;
    }
}

}  // namespace motcua::counter
