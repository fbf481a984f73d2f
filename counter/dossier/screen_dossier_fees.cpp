// The open dossier's fees (issue 16): each line with what it owes or how it was paid, the VietQR
// for what is still owed (a citizen pays from a banking app at the counter), and buttons to record
// a payment — cash, a transfer with its bank reference, or the portal with its transaction number.
#include "counter/counter_widgets.h"
#include "counter/screens.h"

#include "documents/qr.h"
#include "ui/theme.h"
#include "ui/widgets.h"

namespace motcua::counter {

namespace {

std::string lineText(const domain::FeeLine& l)
{
    std::string t = std::to_string(l.line) + ". " + l.label + ": " + domain::formatVnd(l.amountVnd);
    if (!l.exemptReason.empty()) return t + " — miễn (" + l.exemptReason + ")";
    if (l.payment)
        return t + " — đã nộp " + domain::paymentWayLabel(l.payment->way) + " lúc " + domain::formatLocal(l.payment->at) +
               (l.payment->reference.empty() ? "" : ", mã " + l.payment->reference);
    if (!l.waivedBy.empty()) return t + " — lãnh đạo cho trả khi chưa nộp: " + l.waivedReason;
    return l.amountVnd > 0 ? t + " — CHƯA NỘP" : t;
}

void payButtons(DossierPanel& p, Commands& commands, const std::string& code, int line)
{
    const std::pair<domain::PaymentWay, const char*> ways[] = {{domain::PaymentWay::Cash, "Nộp tiền mặt"},
                                                               {domain::PaymentWay::Transfer, "Đã chuyển khoản"},
                                                               {domain::PaymentWay::Portal, "Đã nộp trên Cổng"}};
    for (const auto& [way, label] : ways) {
        const std::string id = std::string("fee-pay-") + std::to_string(line) + "-" + domain::paymentWayName(way);
        if (button(label, id, true, ImVec2(0, 36), ui::colors::kSuccess)) {
            if (way != domain::PaymentWay::Cash && p.paymentRef.empty()) {
                p.message = way == domain::PaymentWay::Transfer ? "Nhập mã tham chiếu chuyển khoản (trên sao kê/tin nhắn ngân hàng)"
                                                                : "Nhập mã giao dịch trên Cổng dịch vụ công";
                p.messageIsError = true;
            } else {
                Command c = cmd(CommandKind::PayFee, code, way == domain::PaymentWay::Cash ? "" : p.paymentRef,
                                domain::paymentWayName(way), line);
                commands.push_back(c);
            }
        }
        ImGui::SameLine();
    }
    ImGui::NewLine();
}

}  // namespace

void drawDossierFees(CounterState& s, Commands& commands, const domain::DossierDetail& d)
{
    // Long fee labels and the transfer note wrap at the panel's edge instead of running past it.
    struct Wrap {
        Wrap() { ImGui::PushTextWrapPos(0.0f); }
        ~Wrap() { ImGui::PopTextWrapPos(); }
    } wrap;
    auto& p = s.dossiers;
    ui::labelColored(ui::colors::kMuted, "Phí, lệ phí");
    if (d.fees.empty()) {
        ui::label("Không thu phí, lệ phí.");
        return;
    }
    for (const auto& l : d.fees)
        ui::labelColored(l.owing() ? ui::colors::kDanger : ui::colors::kText, lineText(l));
    const auto owed = domain::amountOwed(d.fees);
    if (owed <= 0) return;
    if (!p.paymentQr.empty()) {
        ui::qrCode(documents::makeQr(p.paymentQr), 180);
        ui::label("Công dân quét mã VietQR bằng ứng dụng ngân hàng để chuyển " + domain::formatVnd(owed) +
                  ", nội dung " + d.dossier.code);
    } else {
        ui::labelColored(ui::colors::kMuted, "Chưa đặt tài khoản thu phí (payment.*) nên chưa có mã VietQR.");
    }
    if (!s.can(domain::Permission::CollectFee)) return;
    field("Mã tham chiếu chuyển khoản / mã giao dịch trên Cổng", "fee-ref", p.paymentRef, "",
          std::min(ImGui::GetContentRegionAvail().x, 520.0f));
    for (const auto& l : d.fees)
        if (l.owing()) {
            ui::label("Khoản " + std::to_string(l.line) + ":");
            ImGui::SameLine();
            payButtons(p, commands, d.dossier.code, l.line);
        }
}

}  // namespace motcua::counter
