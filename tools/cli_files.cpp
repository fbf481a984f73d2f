#include "cli_files.h"

#include "domain/error.h"

#include <sys/stat.h>

#include <cstdio>
#include <fstream>
#include <sstream>

namespace motcua::cli {

namespace {
constexpr std::size_t kMaxInputFile = 16 * 1024 * 1024;
}  // namespace

std::string readInputFile(const std::string& path)
{
    struct stat st {};
    if (::stat(path.c_str(), &st) != 0) throw Error(ErrorCode::NotFound, "Không tìm thấy tệp " + path);
    if (!S_ISREG(st.st_mode)) throw Error(ErrorCode::InvalidInput, path + " không phải là tệp thường");
    if (static_cast<std::size_t>(st.st_size) > kMaxInputFile) throw Error(ErrorCode::InvalidInput, "Tệp " + path + " lớn quá 16 MB");
    std::ifstream in(path, std::ios::binary);
    if (!in) throw Error(ErrorCode::NotFound, "Không đọc được tệp " + path);
    std::ostringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

void writeOutputFile(const std::string& path, const std::string& text)
{
    const std::string tmp = path + ".tmp";
    {
        std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
        if (!out) throw Error(ErrorCode::Storage, "Không ghi được tệp " + path);
        out << text;
        out.flush();
        if (!out) {
            std::remove(tmp.c_str());
            throw Error(ErrorCode::Storage, "Không ghi được tệp " + path + " (đĩa đầy?)");
        }
    }
    if (std::rename(tmp.c_str(), path.c_str()) != 0) {
        std::remove(tmp.c_str());
        throw Error(ErrorCode::Storage, "Không ghi được tệp " + path);
    }
}

}  // namespace motcua::cli
