#include "store/file_store.h"

#include "store/incoming_file.h"

#include "domain/attachment.h"
#include "domain/error.h"

#include <sodium.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <ctime>
#include <filesystem>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace motcua::store {

namespace {

namespace fs = std::filesystem;

constexpr const char* kTempPrefix = "tmp-";

[[noreturn]] void ioError(const std::string& what)
{
    throw Error(ErrorCode::Storage, "Không ghi/đọc được tệp số hoá (" + what + "): " + std::strerror(errno) +
                                        ". Kiểm tra ổ đĩa còn chỗ và quyền ghi thư mục lưu trữ.");
}

/// Makes a directory's entries durable (a rename or a new name in it).
void fsyncDir(const std::string& dir)
{
    const int fd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0) ioError("mở thư mục " + dir);
    const int rc = ::fsync(fd);
    ::close(fd);
    if (rc != 0) ioError("fsync thư mục " + dir);
}

void ensureDir(const std::string& dir, const std::string& parent)
{
    if (::mkdir(dir.c_str(), 0750) == 0) {
        fsyncDir(parent);
    } else if (errno != EEXIST) {
        ioError("tạo thư mục " + dir);
    }
}

void writeAll(int fd, const std::string& bytes, const std::string& path)
{
    std::size_t done = 0;
    while (done < bytes.size()) {
        const auto n = ::write(fd, bytes.data() + done, bytes.size() - done);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) ioError("ghi " + path);
        done += static_cast<std::size_t>(n);
    }
}

bool readAll(const std::string& path, std::string& out)
{
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) return false;
    out.clear();
    char buf[65536];
    for (;;) {
        const auto n = ::read(fd, buf, sizeof buf);
        if (n < 0 && errno == EINTR) continue;
        if (n < 0) {
            ::close(fd);
            ioError("đọc " + path);
        }
        if (n == 0) break;
        out.append(buf, static_cast<std::size_t>(n));
    }
    ::close(fd);
    return true;
}

void requireHash(const std::string& sha256)
{
    if (!domain::isSha256Hex(sha256))
        throw Error(ErrorCode::InvalidInput, "Mã băm tệp số hoá không hợp lệ: " + sha256.substr(0, 80));
}

bool olderThan(const fs::path& p, std::int64_t graceSeconds)
{
    struct stat st {};
    if (::lstat(p.c_str(), &st) != 0) return false;
    return static_cast<std::int64_t>(std::time(nullptr)) - static_cast<std::int64_t>(st.st_mtime) >= graceSeconds;
}

}  // namespace

std::string sha256Hex(const std::string& bytes)
{
    unsigned char digest[crypto_hash_sha256_BYTES];
    crypto_hash_sha256(digest, reinterpret_cast<const unsigned char*>(bytes.data()), bytes.size());
    char hex[crypto_hash_sha256_BYTES * 2 + 1];
    sodium_bin2hex(hex, sizeof hex, digest, sizeof digest);
    return hex;
}

std::string FileStore::folderFor(const std::string& dbPath) { return dbPath + ".files"; }

FileStore::FileStore(std::string folder) : m_folder(std::move(folder)) {}

std::string FileStore::pathOf(const std::string& sha256) const
{
    requireHash(sha256);
    return m_folder + "/" + sha256.substr(0, 2) + "/" + sha256;
}

std::pair<int, std::string> FileStore::createTemporary()
{
    const std::string parent = fs::path(m_folder).parent_path().string();
    ensureDir(m_folder, parent.empty() ? "." : parent);
    std::string temp = m_folder + "/" + kTempPrefix + "XXXXXX";
    const int fd = ::mkstemp(temp.data());
    if (fd < 0) ioError("tạo tệp tạm trong " + m_folder);
    return {fd, temp};
}

void FileStore::adopt(const std::string& temp, const std::string& sha256)
{
    const std::string target = pathOf(sha256);
    if (check(sha256) == State::Ok) {
        // Refresh its time: a sweep running now must not take it before our row commits.
        ::unlink(temp.c_str());  // the same bytes are stored already
        if (::utimensat(AT_FDCWD, target.c_str(), nullptr, 0) != 0) ioError("cập nhật " + target);
        return;
    }
    const std::string sub = m_folder + "/" + sha256.substr(0, 2);
    ensureDir(sub, m_folder);
    if (::rename(temp.c_str(), target.c_str()) != 0) {
        ::unlink(temp.c_str());
        ioError("đổi tên thành " + target);
    }
    fsyncDir(sub);
}

std::string FileStore::put(const std::string& bytes)
{
    std::string sha = sha256Hex(bytes);
    if (check(sha) == State::Ok) {
        // Refresh its time: a sweep running now must not take it before our row commits.
        const std::string target = pathOf(sha);
        if (::utimensat(AT_FDCWD, target.c_str(), nullptr, 0) != 0) ioError("cập nhật " + target);
        return sha;
    }
    const auto [fd, temp] = createTemporary();
    try {
        writeAll(fd, bytes, temp);
        if (::fsync(fd) != 0) ioError("fsync " + temp);
    } catch (...) {
        ::close(fd);
        ::unlink(temp.c_str());
        throw;
    }
    ::close(fd);
    adopt(temp, sha);
    return sha;
}

Error FileStore::missing(const std::string& sha256) const
{
    return Error(ErrorCode::NotFound, "Không tìm thấy tệp số hoá " + sha256.substr(0, 12) + "… trong " + m_folder +
                                          ": khôi phục thư mục tệp từ bản sao lưu (motcua restore)");
}

Error FileStore::changed(const std::string& sha256)
{
    return Error(ErrorCode::Storage, "Tệp số hoá " + sha256.substr(0, 12) +
                                         "… đã bị thay đổi (mã băm không khớp): không dùng tệp này, khôi phục "
                                         "từ bản sao lưu và chạy motcua audit verify");
}

std::string FileStore::get(const std::string& sha256) const
{
    std::string bytes;
    if (!readAll(pathOf(sha256), bytes)) throw missing(sha256);
    if (sha256Hex(bytes) != sha256) throw changed(sha256);
    return bytes;
}

void FileStore::verify(const std::string& sha256) const
{
    const State s = check(sha256);
    if (s == State::Missing) throw missing(sha256);
    if (s == State::Corrupt) throw changed(sha256);
}

FileStore::State FileStore::check(const std::string& sha256) const
{
    // Read in pieces: the store host checks files of many megabytes without holding them.
    const std::string actual = sha256OfFile(pathOf(sha256));
    if (actual.empty()) return State::Missing;
    return actual == sha256 ? State::Ok : State::Corrupt;
}

std::vector<std::string> FileStore::list() const
{
    std::vector<std::string> out;
    std::error_code ec;
    if (!fs::is_directory(m_folder, ec)) return out;
    for (const auto& sub : fs::directory_iterator(m_folder, ec)) {
        if (!sub.is_directory()) continue;
        for (const auto& f : fs::directory_iterator(sub.path(), ec)) {
            const auto name = f.path().filename().string();
            if (domain::isSha256Hex(name)) out.push_back(name);
        }
    }
    std::sort(out.begin(), out.end());
    return out;
}

int FileStore::sweep(const std::vector<std::string>& keep, std::int64_t graceSeconds)
{
    int removed = 0;
    std::error_code ec;
    if (!fs::is_directory(m_folder, ec)) return 0;
    for (const auto& e : fs::directory_iterator(m_folder, ec)) {
        const auto name = e.path().filename().string();
        if (name.rfind(kTempPrefix, 0) == 0 && olderThan(e.path(), graceSeconds) && ::unlink(e.path().c_str()) == 0)
            ++removed;
    }
    for (const auto& sha : list()) {
        if (std::binary_search(keep.begin(), keep.end(), sha)) continue;
        const auto p = pathOf(sha);
        if (olderThan(p, graceSeconds) && ::unlink(p.c_str()) == 0) ++removed;
    }
    return removed;
}

void FileStore::copyTo(const std::string& sha256, FileStore& other) const
{
    // A real copy, never a hard link: a backup must not change when the live file does.
    if (other.check(sha256) == State::Ok) return;
    if (other.put(get(sha256)) != sha256) throw Error(ErrorCode::Storage, "Sao chép tệp số hoá " + sha256 + " bị sai");
}

}  // namespace motcua::store
