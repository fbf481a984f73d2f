// `motcua sign --in IN.pdf --out OUT.pdf --pkcs11-module PATH [--token LABEL] [--key LABEL]`: a
// PDF signed as PAdES with the official's PKCS#11 token. Nothing is written unless it all worked.
#include "cli_sign.h"

#include "cli_files.h"
#include "cli_output.h"
#include "cli_remote.h"

#include "documents/document.h"

#include <openssl/crypto.h>

#include <cstdlib>

namespace motcua::cli {

namespace {

/// The PIN: MOTCUA_PIN, else asked without echo. Never printed, never kept.
std::string tokenPin(const sign::TokenSettings& token)
{
    if (const char* p = std::getenv("MOTCUA_PIN"); p && *p) return p;
    const std::string which = token.tokenLabel.empty() ? std::string() : " \"" + token.tokenLabel + "\"";
    return askWithoutEcho("Mã PIN của thiết bị ký số" + which + ": ",
                          "Cần mã PIN của thiết bị ký số: đặt biến MOTCUA_PIN (không có bàn phím để hỏi)");
}

int cmdSign(Context& c)
{
    const auto inPath = c.args.require("--in");
    const auto out = c.args.require("--out");
    if (out == inPath) throw UsageError("--out phải khác --in: tệp gốc được giữ nguyên");
    const auto signedPdf = signWithToken(c, readInputFile(inPath));
    documents::writeFileAtomically(out, signedPdf.pdf);
    reportSigned(c, out, signedPdf);
    return kOk;
}

}  // namespace

std::vector<OptionSpec> tokenOptions()
{
    return {{"--pkcs11-module", true, "thư viện PKCS#11 của thiết bị ký số (ví dụ /usr/lib/x86_64-linux-gnu/softhsm/libsofthsm2.so)"},
            {"--token", true, "nhãn thiết bị ký số (mặc định: thiết bị duy nhất đang cắm)"},
            {"--key", true, "nhãn khoá ký trên thiết bị (mặc định: khoá duy nhất có chứng thư số)"},
            {"--position", true, "chức vụ người ký, in trong ô chữ ký"}};
}

sign::SignedPdf signWithToken(Context& c, std::string_view pdf)
{
    sign::SignOptions o;
    o.token.modulePath = c.args.require("--pkcs11-module");
    o.token.tokenLabel = c.args.get("--token").value_or("");
    o.token.keyLabel = c.args.get("--key").value_or("");
    o.position = c.args.get("--position").value_or("");
    o.signedAt = c.now;
    std::string pin = tokenPin(o.token);
    try {
        auto result = sign::signPdf(pdf, o, pin);
        OPENSSL_cleanse(pin.data(), pin.size());
        return result;
    } catch (...) {
        OPENSSL_cleanse(pin.data(), pin.size());
        throw;
    }
}

void reportSigned(Context& c, const std::string& out, const sign::SignedPdf& s)
{
    if (c.json) {
        printJson(c.out, {{"file", out}, {"signer", s.signerName}, {"sha256", s.sha256}, {"bytes", s.pdf.size()}});
    } else {
        c.out << "Đã ký số " << out << " (người ký: " << s.signerName << "; " << s.pdf.size() << " byte; SHA-256 " << s.sha256
              << ")\n";
    }
}

void addSignCommands(std::vector<Command>& c)
{
    auto options = tokenOptions();
    options.insert(options.begin(), {{"--in", true, "tệp PDF cần ký"}, {"--out", true, "tệp PDF đã ký (ghi mới; tệp vào giữ nguyên)"}});
    c.push_back({"sign", "ký số một tệp PDF (PAdES) bằng thiết bị ký số PKCS#11; mã PIN lấy từ MOTCUA_PIN hoặc hỏi khi chạy",
                 options, cmdSign});
}

}  // namespace motcua::cli
