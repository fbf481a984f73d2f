// The export folder: checked, joined with the file name, remembered per account in
// <prefs>/export-folders (one "username<TAB>folder" line each).
#include "counter/supervisor/export_folder.h"

#include "domain/error.h"

#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>

namespace motcua::counter {

namespace fs = std::filesystem;

namespace {

std::map<std::string, std::string> readFolders(const std::string& prefsDir)
{
    std::map<std::string, std::string> out;
    std::ifstream in(fs::path(prefsDir) / "export-folders");
    std::string line;
    while (std::getline(in, line)) {
        const auto tab = line.find('\t');
        if (tab != std::string::npos && tab > 0) out[line.substr(0, tab)] = line.substr(tab + 1);
    }
    return out;
}

bool blank(const std::string& s) { return s.find_first_not_of(' ') == std::string::npos; }

}  // namespace

std::string defaultPrefsDir()
{
    if (const char* xdg = std::getenv("XDG_CONFIG_HOME"); xdg && *xdg) return (fs::path(xdg) / "motcua").string();
    if (const char* home = std::getenv("HOME"); home && *home) return (fs::path(home) / ".config" / "motcua").string();
    return {};
}

std::string rememberedExportFolder(const std::string& prefsDir, const std::string& username)
{
    if (prefsDir.empty()) return {};
    const auto all = readFolders(prefsDir);
    const auto it = all.find(username);
    return it == all.end() ? std::string() : it->second;
}

void rememberExportFolder(const std::string& prefsDir, const std::string& username, const std::string& folder)
{
    if (prefsDir.empty() || username.empty() || folder.find('\n') != std::string::npos) return;
    auto all = readFolders(prefsDir);
    all[username] = folder;
    std::error_code ec;
    fs::create_directories(prefsDir, ec);
    const fs::path file = fs::path(prefsDir) / "export-folders";
    const fs::path tmp = file.string() + ".tmp";
    {
        std::ofstream out(tmp, std::ios::trunc);
        for (const auto& [user, path] : all) out << user << '\t' << path << '\n';
        if (!out) return;
    }
    fs::rename(tmp, file, ec);
}

std::string exportPath(const std::string& folder, const std::string& fileName, const char* what)
{
    if (blank(folder)) throw Error(ErrorCode::InvalidInput, "Chưa nhập thư mục lưu tệp: nhập thư mục có sẵn, ví dụ /home/motcua/Tài liệu");
    if (blank(fileName)) throw Error(ErrorCode::InvalidInput, std::string("Chưa nhập tên tệp ") + what);
    if (fileName.find('/') != std::string::npos)
        throw Error(ErrorCode::InvalidInput, std::string("Tên tệp ") + what +
                                                 " không được chứa dấu /: thư mục nhập ở ô Thư mục lưu tệp");
    std::error_code ec;
    const fs::path dir = fs::absolute(fs::path(folder), ec).lexically_normal();
    if (ec || !fs::exists(dir, ec))
        throw Error(ErrorCode::InvalidInput, "Không có thư mục " + folder + ": nhập một thư mục có sẵn trên máy này");
    if (!fs::is_directory(dir, ec))
        throw Error(ErrorCode::InvalidInput, folder + " không phải là thư mục: nhập đường dẫn của một thư mục");
    if (::access(dir.c_str(), W_OK | X_OK) != 0)
        throw Error(ErrorCode::InvalidInput, "Không được ghi vào thư mục " + dir.string() + ": chọn thư mục khác");
    return (dir / fileName).string();
}

}  // namespace motcua::counter
