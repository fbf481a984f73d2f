#include "counter/intake/citizen_papers.h"

#include "counter/counter_widgets.h"
#include "domain/error.h"
#include "domain/papers.h"
#include "domain/text.h"
#include "ui/headless.h"
#include "ui/theme.h"
#include "ui/widgets.h"

#include <imgui.h>

#include <algorithm>
#include <set>

namespace motcua::counter {
namespace {

std::string earlierLabel(const domain::Attachment& a, const std::string& paperName)
{
    return "Hồ sơ " + a.dossierCode + " · thành phần " + std::to_string(a.paper) +
           (paperName.empty() ? "" : " – " + paperName) + " · " + std::to_string(a.pages) + " trang · " +
           domain::localDate(a.addedAt).vn();
}

/// Whether an earlier paper is the same paper as a checklist line: the name its dossier's
/// checklist gave it is the catalog text's name part, without "(bản chính), 1" (splitPaperText),
/// compared without case or diacritics.
bool samePaper(const EarlierPaper& e, const std::string& catalogText)
{
    const auto name = domain::splitPaperText(catalogText).name;
    return !e.paperName.empty() && domain::foldForSearch(e.paperName) == domain::foldForSearch(name);
}

/// The earlier papers for checklist line `catalogText`: those of the same paper first (the most
/// likely choice), each group newest first as the store gives them.
std::vector<const EarlierPaper*> ordered(const std::vector<EarlierPaper>& papers, const std::string& catalogText)
{
    std::vector<const EarlierPaper*> out;
    for (const auto& e : papers) out.push_back(&e);
    std::stable_partition(out.begin(), out.end(), [&](const EarlierPaper* e) { return samePaper(*e, catalogText); });
    return out;
}

/// A click that is the second half of a double click acts nowhere here: a clerk double-clicks by
/// habit, and what the first click opened, chose or removed puts another control under the pointer.
bool singleClick(bool pressed)
{
    const ImGuiIO& io = ImGui::GetIO();
    return pressed && !(ImGui::IsMouseReleased(ImGuiMouseButton_Left) && io.MouseClickedLastCount[ImGuiMouseButton_Left] >= 2);
}

/// One earlier paper as a line of the list: wrapped within the column (a Selectable's label would
/// run past its edge), the whole line clickable. True when clicked.
bool pickLine(const std::string& text, const std::string& id)
{
    const float width = std::max(80.0f, ImGui::GetContentRegionAvail().x - 12);
    const float textW = width - 8;
    ui::logText(text);
    const float height = ImGui::CalcTextSize(text.c_str(), nullptr, false, textW).y;
    const ImVec2 at = ImGui::GetCursorScreenPos();
    const bool clicked = ImGui::Selectable(("##" + id).c_str(), false, 0, ImVec2(width, height));
    ui::recordItem(id);
    ImGui::GetWindowDrawList()->AddText(nullptr, 0.0f, ImVec2(at.x + 4, at.y), ImGui::GetColorU32(ImGuiCol_Text), text.c_str(),
                                        nullptr, textW);
    return clicked;
}

void choose(IntakeForm& f, int index, const EarlierPaper& e)
{
    f.reused[index] = ReusedPaper{e.attachment.id, e.attachment.pages, e.label};
    f.scans.erase(index);  // one file per paper: the earlier one instead of a new scan
    if (index >= 0 && static_cast<std::size_t>(index) < f.papers.size()) f.papers[static_cast<std::size_t>(index)].given = true;
}

}  // namespace

void requestCitizenPapers(CounterState& s, Commands& commands)
{
    auto& in = s.intake;
    const auto& f = in.form;
    const bool complete = f.applicantKind == domain::ApplicantKind::Person && domain::isValidIdNumber(f.idNumber);
    if (!s.can(domain::Permission::ReceiveDossier) || !complete) {
        if (!in.citizenPapersFor.empty()) {  // another citizen now: nothing of the last one stays
            in.citizenPapers.clear();
            in.citizenPapersFor.clear();
            in.form.reused.clear();
            in.reuseFor = -1;
        }
        return;
    }
    if (f.idNumber == in.citizenPapersFor) return;
    in.citizenPapersFor = f.idNumber;
    commands.push_back(cmd(CommandKind::LookupCitizenPapers, {}, f.idNumber));
}

void drawCitizenPapersNote(const CounterState& s)
{
    const auto n = s.intake.citizenPapers.size();
    if (n == 0) return;
    ImGui::PushTextWrapPos(ImGui::GetWindowContentRegionMax().x - 12);
    ui::labelColored(ui::colors::kPrimary, "Công dân đã có " + std::to_string(n) +
                                               " giấy tờ số hoá ở hồ sơ trước (chỉ cán bộ xem): bấm \"Dùng lại\" ở "
                                               "giấy tờ tương ứng, không cần quét lại.");
    ImGui::PopTextWrapPos();
    ui::recordItem("reuse-note");
}

void drawPaperReuse(CounterState& s, const domain::Procedure& p, int index)
{
    auto& in = s.intake;
    const std::string n = std::to_string(index);
    ImGui::Indent(34);
    ImGui::PushTextWrapPos(ImGui::GetWindowContentRegionMax().x - 12);
    if (const auto found = in.form.reused.find(index); found != in.form.reused.end()) {
        ui::labelColored(ui::colors::kSuccess, "Dùng lại: " + found->second.label);
        ui::recordItem("reuse-chosen-" + n);
        if (singleClick(button("Bỏ dùng lại", "reuse-remove-" + n))) in.form.reused.erase(index);
    } else if (!in.citizenPapers.empty()) {
        // Opens only (a second click of a double click must not close it again); closing is its
        // own button beside it, or choosing a paper.
        const bool open = in.reuseFor == index;
        if (button("Dùng lại bản đã số hoá", "reuse-open-" + n, true, {}, open ? ui::colors::kPrimary : 0)) in.reuseFor = index;
        if (open) {
            sameLineIfFits(ImGui::CalcTextSize("Đóng danh sách").x + 2 * ImGui::GetStyle().FramePadding.x);
            if (singleClick(button("Đóng danh sách", "reuse-close-" + n))) in.reuseFor = -1;
            const std::string text = static_cast<std::size_t>(index) < p.papers.size() ? p.papers[static_cast<std::size_t>(index)].text : "";
            for (const EarlierPaper* e : ordered(in.citizenPapers, text)) {
                if (singleClick(pickLine(e->label, "reuse-pick-" + n + "-" + std::to_string(e->attachment.id)))) {
                    choose(in.form, index, *e);
                    in.reuseFor = -1;
                    touch(in, s.seconds);
                }
            }
        }
    }
    ImGui::PopTextWrapPos();
    ImGui::Unindent(34);
}

void applyCitizenPapers(service::Desk& desk, CounterState& s, const Command& c)
{
    auto& in = s.intake;
    if (c.text != in.form.idNumber) return;  // typed on since: the newer number asks again
    std::map<std::string, std::vector<domain::SubmittedPaper>> checklists;
    std::set<std::string> files;
    std::vector<EarlierPaper> found;
    for (auto& a : desk.citizenAttachments(c.text)) {  // newest first
        if (!files.insert(a.sha256).second) continue;  // the same file reused before: listed once
        if (!checklists.count(a.dossierCode)) {
            try {
                checklists[a.dossierCode] = desk.dossier(a.dossierCode).papers;
            } catch (const Error&) {
                checklists[a.dossierCode] = {};  // listed without its name
            }
        }
        std::string name;
        for (const auto& paper : checklists[a.dossierCode])
            if (paper.index + 1 == a.paper) name = paper.name;
        std::string label = earlierLabel(a, name);
        found.push_back(EarlierPaper{std::move(a), std::move(name), std::move(label)});
    }
    in.citizenPapers = std::move(found);
    in.citizenPapersFor = c.text;
    std::erase_if(in.form.reused, [&](const auto& r) {
        return std::none_of(in.citizenPapers.begin(), in.citizenPapers.end(),
                            [&](const EarlierPaper& e) { return e.attachment.id == r.second.attachmentId; });
    });
}

std::string attachReused(service::Desk& desk, const std::string& code, const std::map<int, ReusedPaper>& reused)
{
    std::string problem;
    for (const auto& [line, r] : reused) {
        try {
            (void)desk.reuseAttachment(code, line + 1, r.attachmentId);
        } catch (const Error& e) {
            problem += "Chưa dùng lại được bản số hoá cho giấy tờ số " + std::to_string(line + 1) + " của hồ sơ " + code +
                       ": " + e.what() + ". ";
        }
    }
    return problem;
}

}  // namespace motcua::counter
