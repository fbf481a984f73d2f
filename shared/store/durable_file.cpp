#include "store/durable_file.h"

#include "domain/error.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>

namespace motcua::store {

namespace {

namespace fs = std::filesystem;

[[noreturn]] void refuse(const std::string& what, const std::string& path, int err)
{
    throw Error(ErrorCode::Storage, "Không ghi được " + what + " trên máy này (" + path + ": " + std::strerror(err) +
                                        "); kiểm tra ổ đĩa còn chỗ và quyền thư mục");
}

void syncFolder(const std::string& folder)
{
    const int fd = ::open(folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0) return;  // the rename stands; only its durability across a power cut is weaker
    (void)::fsync(fd);
    ::close(fd);
}

std::string folderOf(const std::string& path)
{
    const auto parent = fs::path(path).parent_path();
    return parent.empty() ? std::string(".") : parent.string();
}

}  // namespace

void writeFileDurably(const std::string& path, std::string_view bytes, const std::string& what)
{
    const std::string folder = folderOf(path);
    std::error_code ec;
    if (!fs::exists(folder, ec)) {
        fs::create_directories(folder, ec);
        if (ec) refuse(what, path, ec.value());
        ::chmod(folder.c_str(), 0700);
    }
    const std::string tmp = path + ".tmp";
    const int fd = ::open(tmp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
    if (fd < 0) refuse(what, path, errno);
    std::size_t done = 0;
    while (done < bytes.size()) {
        const ssize_t n = ::write(fd, bytes.data() + done, bytes.size() - done);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) {
            const int err = n < 0 ? errno : ENOSPC;
            ::close(fd);
            ::unlink(tmp.c_str());
            refuse(what, path, err);
        }
        done += static_cast<std::size_t>(n);
    }
    const int synced = ::fsync(fd) == 0 ? 0 : errno;
    const int closed = ::close(fd) == 0 ? 0 : errno;
    if (synced != 0 || closed != 0 || ::rename(tmp.c_str(), path.c_str()) != 0) {
        const int err = synced ? synced : closed ? closed : errno;
        ::unlink(tmp.c_str());
        refuse(what, path, err);
    }
    syncFolder(folder);
}

void removeFileDurably(const std::string& path)
{
    if (::unlink(path.c_str()) == 0) syncFolder(folderOf(path));
}

}  // namespace motcua::store
