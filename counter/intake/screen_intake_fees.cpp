// The intake form's fee lines (issue 16): the catalog's fee as the procedure is chosen, confirmed
// with the citizen before saving — an amount edited, a line added or removed, or a line exempt
// with a reason (the catalog's note on who is exempt is the hint). What is received is what the
// clerk saw here.
#include "counter/counter_widgets.h"
#include "counter/intake/first_error.h"
#include "counter/screens.h"

#include "domain/error.h"
#include "ui/headless.h"
#include "ui/theme.h"
#include "ui/widgets.h"

#include <algorithm>
#include <optional>

namespace motcua::counter {

namespace {

std::string err(const IntakeState& in, const std::string& key)
{
    const auto it = in.errors.find(key);
    return it == in.errors.end() ? std::string() : it->second;
}

/// What the lines add up to, counting the ones whose amount reads: "Phải nộp: 23.000 đ".
std::string totalText(const std::vector<domain::IntakeFee>& fees)
{
    std::int64_t owed = 0;
    bool unread = false;
    for (const auto& f : fees) {
        try {
            if (!f.exempt) owed += domain::parseFeeAmount(f.amount);
        } catch (const Error&) {
            unread = true;
        }
    }
    if (unread) return "Phải nộp: (sửa số tiền chữ đỏ)";
    return owed > 0 ? "Phải nộp: " + domain::formatVnd(owed) : "Không phải nộp phí, lệ phí";
}

/// One line: its name, the amount, "Miễn" and "Xoá" on a row; the reason under it when exempt.
/// True when edited; `remove` set when "Xoá" was pressed.
bool drawLine(IntakeState& in, domain::IntakeFee& f, std::size_t i, const std::string& hint, float w, bool& remove)
{
    const std::string id = "fee-" + std::to_string(i);
    const float amountW = 150;
    const float tailW = choiceWidth("Miễn") + ImGui::CalcTextSize("Xoá").x + 2 * ImGui::GetStyle().FramePadding.x + 16;
    // A narrow column (1024×768) puts "Miễn" and "Xoá" under the inputs rather than past its edge.
    const bool tailBelow = w < 160 + amountW + tailW + 2 * 12;
    const float labelW = tailBelow ? std::max(120.0f, w - amountW - 12) : w - amountW - tailW - 2 * 12;
    bool changed = false;
    FieldRow row;
    changed |= revealedInput(in, id + "-label", [&] {
        return field("Khoản " + std::to_string(i + 1) + " – tên", id + "-label", f.label, err(in, id + "-label"),
                     labelW, 0, "Ví dụ: Phí cấp bản sao trích lục");
    });
    row.next(12);
    changed |= revealedInput(in, id + "-amount", [&] {
        return field("Số tiền (đồng)", id + "-amount", f.amount, err(in, id + "-amount"), amountW, 0, "15000");
    });
    if (!tailBelow) {
        row.next(12);
        // Level with the inputs, under no label of their own.
        ImGui::Dummy(ImVec2(0, ImGui::GetTextLineHeightWithSpacing() - ImGui::GetStyle().ItemSpacing.y));
    } else {
        row.end();
    }
    if (ImGui::Checkbox(("Miễn##" + id).c_str(), &f.exempt)) changed = true;
    ui::recordItem(id + "-exempt");
    ImGui::SameLine();
    if (button("Xoá", id + "-remove")) remove = true;
    if (!tailBelow) row.end();
    if (!f.exempt) return changed;
    ImGui::Indent(16);
    changed |= revealedInput(in, id + "-reason", [&] {
        return field("Lý do miễn *", id + "-reason", f.exemptReason, err(in, id + "-reason"), w - 16, 0,
                     hint.empty() ? "Ví dụ: Hộ nghèo (sổ hộ nghèo số …)" : hint.c_str());
    });
    ImGui::Unindent(16);
    return changed;
}

}  // namespace

void drawIntakeFees(CounterState& s, const domain::Procedure& p, float w)
{
    auto& in = s.intake;
    fitFees(in.form, p);
    auto& fees = *in.form.fees;
    ImGui::Spacing();
    const std::string hint = domain::exemptionNote(p.feeNote);
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + w);
    ui::label("Phí, lệ phí — xác nhận với công dân trước khi lưu");
    if (!p.feeNote.empty()) ui::labelColored(ui::colors::kMuted, "Danh mục: " + p.feeNote);
    ImGui::PopTextWrapPos();
    bool changed = false;
    std::optional<std::size_t> removed;
    for (std::size_t i = 0; i < fees.size(); ++i) {
        bool remove = false;
        changed |= drawLine(in, fees[i], i, hint, w, remove);
        if (remove) removed = i;
    }
    if (removed) {
        fees.erase(fees.begin() + static_cast<std::ptrdiff_t>(*removed));
        changed = true;
    }
    if (button("+ Thêm khoản phí", "fee-add", fees.size() < domain::kMaxFeeLines)) {
        fees.push_back({});
        changed = true;
    }
    const std::string total = totalText(fees);
    sameLineIfFits(ImGui::CalcTextSize(total.c_str()).x + 16);  // under the button when the column is narrow
    ui::labelColored(ui::colors::kPrimary, total);
    ui::recordItem("fee-total");
    if (const auto e = err(in, "fees"); !e.empty()) ui::labelColored(ui::colors::kDanger, e);
    revealIfFirstError(in, "fees");
    if (!changed) return;
    touch(in, s.seconds);
    if (!in.errors.empty()) in.errors = validateIntake(in.form, &p);
}

}  // namespace motcua::counter
