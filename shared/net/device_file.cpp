// The device file and the server URL (device_file.h).
#include "net/device_file.h"

#include "domain/error.h"

#include <nlohmann/json.hpp>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace motcua::net {

namespace {

using json = nlohmann::json;
namespace fs = std::filesystem;

Error badUrl(const std::string& url, const std::string& why)
{
    return Error(ErrorCode::InvalidInput, "Địa chỉ máy chủ \"" + url + "\" không hợp lệ: " + why +
                                              ". Cần dạng https://MÁY:CỔNG, ví dụ https://192.168.1.10:8443");
}

Error badFile(const std::string& path, const std::string& why)
{
    return Error(ErrorCode::InvalidInput, "Tệp đăng ký máy " + path + " " + why +
                                              ". Xoá tệp đó rồi đăng ký lại máy này: --server https://MÁY:CỔNG --enroll MÃ "
                                              "(mã lấy bằng motcua device add trên máy chủ)");
}

std::string field(const json& j, const char* name, const std::string& path)
{
    if (!j.contains(name) || !j[name].is_string() || j[name].get<std::string>().empty())
        throw badFile(path, std::string("thiếu mục \"") + name + "\"");
    return j[name].get<std::string>();
}

void writeAll(int fd, const std::string& text, const std::string& path)
{
    std::size_t done = 0;
    while (done < text.size()) {
        const ssize_t n = ::write(fd, text.data() + done, text.size() - done);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) throw Error(ErrorCode::Storage, "Không ghi được tệp đăng ký máy " + path + ": " + std::strerror(errno));
        done += static_cast<std::size_t>(n);
    }
}

}  // namespace

ServerUrl parseServerUrl(const std::string& url)
{
    const std::string scheme = "https://";
    if (url.rfind(scheme, 0) != 0) throw badUrl(url, "phải bắt đầu bằng https://");
    std::string rest = url.substr(scheme.size());
    if (!rest.empty() && rest.back() == '/') rest.pop_back();
    const auto colon = rest.rfind(':');
    if (colon == std::string::npos) throw badUrl(url, "thiếu cổng (:8443)");
    ServerUrl out;
    out.host = rest.substr(0, colon);
    const std::string port = rest.substr(colon + 1);
    if (out.host.empty()) throw badUrl(url, "thiếu tên hoặc địa chỉ máy");
    if (out.host.find_first_not_of("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.-") != std::string::npos)
        throw badUrl(url, "tên máy chỉ gồm chữ không dấu, số, dấu chấm và gạch ngang; không có đường dẫn");
    if (port.empty() || port.size() > 5 || port.find_first_not_of("0123456789") != std::string::npos)
        throw badUrl(url, "cổng phải là số");
    out.port = std::stoi(port);
    if (out.port < 1 || out.port > 65535) throw badUrl(url, "cổng phải từ 1 đến 65535");
    return out;
}

std::string configDirectory(const std::string& explicitDir)
{
    if (!explicitDir.empty()) return explicitDir;
    auto env = [](const char* name) -> std::string {
        const char* v = std::getenv(name);
        return v && *v ? v : "";
    };
    if (auto d = env("MOTCUA_CONFIG_DIR"); !d.empty()) return d;
    if (auto d = env("XDG_CONFIG_HOME"); !d.empty()) return d + "/motcua";
    if (auto d = env("HOME"); !d.empty()) return d + "/.config/motcua";
    throw Error(ErrorCode::InvalidInput, "Không biết lưu tệp đăng ký máy ở đâu: đặt biến MOTCUA_CONFIG_DIR");
}

std::optional<DeviceFile> readDeviceFile(const std::string& path)
{
    std::error_code ec;
    if (!fs::exists(path, ec)) return std::nullopt;
    std::ifstream in(path, std::ios::binary);
    if (!in) throw badFile(path, "không đọc được (quyền truy cập?)");
    std::ostringstream text;
    text << in.rdbuf();
    const json j = json::parse(text.str(), nullptr, false);
    if (!j.is_object()) throw badFile(path, "bị hỏng (không phải JSON)");
    DeviceFile f;
    f.server = field(j, "server", path);
    f.fingerprint = field(j, "fingerprint", path);
    f.token = field(j, "token", path);
    f.kind = field(j, "kind", path);
    f.name = j.contains("name") && j["name"].is_string() ? j["name"].get<std::string>() : "";
    f.device = j.contains("device") && j["device"].is_number_integer() ? j["device"].get<std::int64_t>() : 0;
    if (f.fingerprint.rfind("SHA256:", 0) != 0 || f.fingerprint.size() != 7 + 64) throw badFile(path, "có dấu vân tay chứng chỉ sai dạng");
    try {
        (void)parseServerUrl(f.server);
    } catch (const Error&) {
        throw badFile(path, "có địa chỉ máy chủ sai dạng");
    }
    return f;
}

void writeDeviceFile(const std::string& path, const DeviceFile& file)
{
    const fs::path target(path);
    const fs::path dir = target.has_parent_path() ? target.parent_path() : fs::path(".");
    std::error_code ec;
    if (!fs::exists(dir, ec)) {
        fs::create_directories(dir, ec);
        if (ec) throw Error(ErrorCode::Storage, "Không tạo được thư mục " + dir.string() + ": " + ec.message());
        ::chmod(dir.c_str(), 0700);  // only this user may read the device token
    }
    const json j = {{"server", file.server}, {"fingerprint", file.fingerprint}, {"token", file.token},
                    {"kind", file.kind},     {"name", file.name},               {"device", file.device}};
    const std::string tmp = path + ".tmp";
    ::unlink(tmp.c_str());
    const int fd = ::open(tmp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0) throw Error(ErrorCode::Storage, "Không ghi được tệp đăng ký máy " + path + ": " + std::strerror(errno));
    try {
        writeAll(fd, j.dump(2) + "\n", path);
        if (::fsync(fd) != 0) throw Error(ErrorCode::Storage, "Không ghi được tệp đăng ký máy " + path + ": " + std::strerror(errno));
    } catch (...) {
        ::close(fd);
        ::unlink(tmp.c_str());
        throw;
    }
    ::close(fd);
    if (::rename(tmp.c_str(), path.c_str()) != 0) {
        const std::string why = std::strerror(errno);
        ::unlink(tmp.c_str());
        throw Error(ErrorCode::Storage, "Không ghi được tệp đăng ký máy " + path + ": " + why);
    }
}

}  // namespace motcua::net
