// Enrolment (enrollment.h): probe the certificate, pin what was seen for the rest of the exchange,
// prove the code, check the host's proof in constant time.
#include "net/enrollment.h"

#include "domain/error.h"
#include "net/https_transport.h"

#include <sodium.h>

namespace motcua::net {

std::string enrollmentProof(const std::string& code, std::string_view side, const std::string& fingerprint)
{
    if (sodium_init() < 0) throw Error(ErrorCode::Internal, "Không khởi tạo được thư viện mã hoá");
    const std::string message = std::string(side) + ":" + fingerprint;
    crypto_auth_hmacsha256_state state;
    crypto_auth_hmacsha256_init(&state, reinterpret_cast<const unsigned char*>(code.data()), code.size());
    crypto_auth_hmacsha256_update(&state, reinterpret_cast<const unsigned char*>(message.data()), message.size());
    unsigned char mac[crypto_auth_hmacsha256_BYTES];
    crypto_auth_hmacsha256_final(&state, mac);
    char hex[2 * crypto_auth_hmacsha256_BYTES + 1];
    sodium_bin2hex(hex, sizeof hex, mac, sizeof mac);
    return hex;
}

DeviceFile enroll(const std::string& server, const std::string& code, int timeoutMs)
{
    const ServerUrl url = parseServerUrl(server);
    if (code.size() < 4 || code.size() > 64 || code.find_first_of(" \t\r\n") != std::string::npos)
        throw Error(ErrorCode::InvalidInput, "Mã đăng ký \"" + code + "\" không đúng dạng: dùng đúng mã motcua device add in ra trên máy chủ");
    HttpsOptions o;
    o.host = url.host;
    o.port = url.port;
    o.timeoutMs = timeoutMs;
    o.watchEvents = false;
    HttpsTransport transport(o);
    const std::string fingerprint = transport.probeFingerprint();
    if (fingerprint.empty()) throw Error(ErrorCode::Busy, "Không nhận được chứng chỉ của máy chủ " + server + " — thử lại");
    transport.pin(fingerprint);  // the enrolment itself must talk to the certificate we prove for
    const auto answer = transport.post("/v1/enroll", {{"code", code}, {"proof", enrollmentProof(code, "client", fingerprint)}});
    const std::string expected = enrollmentProof(code, "server", fingerprint);
    const bool proven = answer.contains("proof") && answer["proof"].is_string() &&
                        answer["proof"].get<std::string>().size() == expected.size() &&
                        sodium_memcmp(answer["proof"].get<std::string>().data(), expected.data(), expected.size()) == 0;
    if (!proven)
        throw Error(ErrorCode::Forbidden, "Máy chủ " + server + " không chứng minh được nó biết mã đăng ký này: có thể đây là máy giả "
                                          "mạo. Chưa lưu gì. Kiểm tra địa chỉ và dấu vân tay chứng chỉ (motcua device add in ra) với quản trị viên");
    auto text = [&](const char* name) {
        if (!answer.contains(name) || !answer[name].is_string() || answer[name].get<std::string>().empty())
            throw Error(ErrorCode::Internal, std::string("Máy chủ trả lời đăng ký thiếu \"") + name + "\"; máy chủ và máy này có thể khác phiên bản");
        return answer[name].get<std::string>();
    };
    DeviceFile f;
    f.server = "https://" + url.host + ":" + std::to_string(url.port);
    f.fingerprint = fingerprint;
    f.token = text("token");
    f.kind = text("kind");
    f.name = answer.contains("name") && answer["name"].is_string() ? answer["name"].get<std::string>() : "";
    f.device = answer.contains("device") && answer["device"].is_number_integer() ? answer["device"].get<std::int64_t>() : 0;
    return f;
}

namespace {

std::string normalised(const std::string& server)
{
    const ServerUrl u = parseServerUrl(server);
    return "https://" + u.host + ":" + std::to_string(u.port);
}

}  // namespace

DeviceFile deviceForStart(const std::string& server, const std::string& code, const std::string& path, int timeoutMs)
{
    if (!code.empty()) {
        if (server.empty())
            throw Error(ErrorCode::InvalidInput, "--enroll cần --server https://MÁY:CỔNG để biết đăng ký với máy chủ nào");
        DeviceFile f = enroll(server, code, timeoutMs);
        writeDeviceFile(path, f);
        return f;
    }
    const auto stored = readDeviceFile(path);
    if (!stored)
        throw Error(ErrorCode::InvalidInput, "Máy này chưa đăng ký với máy chủ (không có " + path +
                                                 "). Lần đầu chạy với --server https://MÁY:CỔNG --enroll MÃ; mã lấy bằng "
                                                 "motcua device add trên máy chủ");
    if (!server.empty() && normalised(server) != stored->server)
        throw Error(ErrorCode::InvalidInput, "Máy này đã đăng ký với máy chủ " + stored->server + ", không phải " + server +
                                                 ". Bỏ --server (hoặc MOTCUA_SERVER) để dùng máy chủ đã đăng ký, hoặc đăng ký lại "
                                                 "với máy chủ mới bằng --enroll MÃ");
    return *stored;
}

}  // namespace motcua::net
