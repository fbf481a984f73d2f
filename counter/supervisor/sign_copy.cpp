#include "counter/supervisor/sign_copy.h"

#include "counter/supervisor/export_folder.h"
#include "documents/document.h"
#include "documents/sources.h"
#include "sign/sign.h"

#include <openssl/crypto.h>

#include <filesystem>

namespace motcua::counter {

namespace {

std::string setting(const std::map<std::string, std::string>& all, const char* key)
{
    const auto it = all.find(key);
    return it == all.end() ? std::string() : it->second;
}

/// Wipes the PIN on every way out.
struct PinWipe {
    std::string& pin;
    ~PinWipe() { OPENSSL_cleanse(pin.data(), pin.size()); pin.clear(); }
};

}  // namespace

sign::SignOptions officeSignOptions(service::Desk& desk)
{
    const auto settings = desk.settings();
    sign::SignOptions o;
    o.token.modulePath = setting(settings, "sign.pkcs11_module");
    o.token.tokenLabel = setting(settings, "sign.token_label");
    o.position = setting(settings, "sign.position");
    o.signedAt = desk.now();
    if (o.token.modulePath.empty())
        throw Error(ErrorCode::InvalidInput, "Chưa cài thiết bị ký số cho cơ quan: quản trị đặt \"sign.pkcs11_module\" "
                                             "(thư viện PKCS#11 của USB token) trong Quản trị → Cài đặt.");
    return o;
}

std::string signedCopyFolder(const CounterState& s)
{
    if (!s.reports.folder.empty()) return s.reports.folder;
    if (s.user) {
        const auto remembered = rememberedExportFolder(s.prefsDir.empty() ? defaultPrefsDir() : s.prefsDir, s.user->username);
        if (!remembered.empty()) return remembered;
    }
    std::error_code ec;
    return std::filesystem::current_path(ec).string();
}

void signApologyCopy(service::Desk& desk, CounterState& s, std::string pin)
{
    const PinWipe wipe{pin};
    auto& L = s.late;
    const auto& slip = *L.editor.slip;
    const auto o = officeSignOptions(desk);
    const std::string name = "phieu-xin-loi-" + std::to_string(slip.number.value_or(0)) + "-" +
                             std::to_string(slip.numberYear.value_or(0)) + "-ky-so.pdf";
    const auto path = exportPath(signedCopyFolder(s), name, "PDF");  // checked first: a bad folder costs no PIN try
    documents::Request r;
    r.kind = documents::Kind::Apology;
    r.apologyId = slip.id;
    const auto signedPdf = sign::signPdf(documents::renderPdf(documents::buildDocument(desk, r)), o, pin);
    documents::writeFileAtomically(path, signedPdf.pdf);
    L.signing = SlipSigning{{}, slip.id, path, signedPdf.sha256, signedPdf.signerName};
    L.message = "Đã ký số phiếu xin lỗi số " + slip.numberText() + " (người ký: " + signedPdf.signerName + "), lưu tại " + path +
                ". Gửi tệp này cho công dân rồi bấm \"Gửi thư điện tử / tin nhắn / cổng dịch vụ công\" để ghi nhận bản đã gửi.";
    L.messageIsError = false;
}

}  // namespace motcua::counter
