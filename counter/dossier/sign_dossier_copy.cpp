#include "counter/dossier/sign_dossier_copy.h"

#include "counter/counter_widgets.h"
#include "counter/supervisor/export_folder.h"
#include "counter/supervisor/sign_copy.h"
#include "documents/document.h"
#include "documents/sources.h"
#include "sign/sign.h"
#include "ui/headless.h"
#include "ui/theme.h"
#include "ui/widgets.h"

#include <openssl/crypto.h>

#include <algorithm>

namespace motcua::counter {
namespace {

/// The newest digitised result of the dossier (0: none).
std::int64_t resultId(const domain::DossierDetail& dd)
{
    std::int64_t id = 0;
    for (const auto& a : dd.attachments)
        if (a.kind == domain::AttachmentKind::Result) id = a.id;
    return id;
}

bool hasEvent(const domain::DossierDetail& dd, domain::DossierAction a)
{
    return std::any_of(dd.events.begin(), dd.events.end(), [&](const auto& e) { return e.action == domain::actionName(a); });
}

struct PinWipe {
    std::string& pin;
    ~PinWipe() { OPENSSL_cleanse(pin.data(), pin.size()); pin.clear(); }
};

}  // namespace

void drawSignDossierCopies(CounterState& s, Commands& commands, const domain::DossierDetail& dd)
{
    auto& p = s.dossiers;
    const auto& code = dd.dossier.code;
    ui::label("Bản điện tử có chữ ký số:");
    FieldRow row;
    field("Mã PIN thiết bị ký số", "dossier-sign-pin", p.signPin, "", 220, ImGuiInputTextFlags_Password);
    row.next();
    ImGui::SetCursorPosY(ImGui::GetCursorPosY() + ImGui::GetTextLineHeightWithSpacing());
    bool first = true;
    auto signButton = [&](const char* label, const char* id) {
        if (!first) sameLineIfFits(ImGui::CalcTextSize(label).x + 2 * ImGui::GetStyle().FramePadding.x);
        first = false;
        return button(label, id, !p.signPin.empty(), ImVec2(0, 36), ui::colors::kPrimary);
    };
    std::optional<Command> c;
    if (signButton("Ký số giấy tiếp nhận", "sign-receipt")) {
        c = cmd(CommandKind::SignDossierCopy, code);
        c->slip = documents::Kind::Receipt;
    }
    if (hasEvent(dd, domain::DossierAction::Stop) && signButton("Ký số thông báo dừng", "sign-stop")) {
        c = cmd(CommandKind::SignDossierCopy, code);
        c->slip = documents::Kind::Stop;
    }
    if (const auto id = resultId(dd); id != 0 && signButton("Ký số kết quả", "sign-result")) {
        c = cmd(CommandKind::SignDossierCopy, code, "result");
        c->version = id;
    }
    row.end();
    if (c && !p.signPin.empty()) {
        c->text2 = p.signPin;
        commands.push_back(*c);
        OPENSSL_cleanse(p.signPin.data(), p.signPin.size());
        p.signPin.clear();
    }
    if (p.signedCopyFor == code && !p.signedCopy.empty()) ui::labelColored(ui::colors::kSuccess, "Đã ký số: " + p.signedCopy);
}

void signDossierCopy(service::Desk& desk, CounterState& s, Command c)
{
    const PinWipe wipe{c.text2};
    auto& p = s.dossiers;
    const bool result = c.text == "result";
    const auto o = officeSignOptions(desk);
    const std::string what = result ? "ket-qua" : c.slip == documents::Kind::Stop ? "thong-bao-dung" : "giay-tiep-nhan";
    const auto path = exportPath(signedCopyFolder(s), what + "-" + c.code + "-ky-so.pdf", "PDF");  // no PIN try lost
    std::string pdf;
    if (result) {
        pdf = desk.attachmentContent(c.version);
    } else {
        documents::Request r;
        r.kind = c.slip;
        r.code = c.code;
        pdf = documents::renderPdf(documents::buildDocument(desk, r));
    }
    const auto signedPdf = sign::signPdf(pdf, o, c.text2);
    documents::writeFileAtomically(path, signedPdf.pdf);
    const std::string name = result ? "kết quả" : c.slip == documents::Kind::Stop ? "thông báo dừng" : "giấy tiếp nhận";
    p.signedCopy = path + " (người ký: " + signedPdf.signerName + ")";
    p.signedCopyFor = c.code;
    p.message = "Đã ký số " + name + " của hồ sơ " + c.code + ", lưu tại " + path + ".";
    p.messageIsError = false;
}

}  // namespace motcua::counter
