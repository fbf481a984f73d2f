#include "store/incoming_file.h"

#include "domain/error.h"

#include <sodium.h>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <tuple>
#include <unistd.h>

namespace motcua::store {

namespace {

[[noreturn]] void ioError(const std::string& what)
{
    throw Error(ErrorCode::Storage, "Không ghi/đọc được tệp số hoá (" + what + "): " + std::strerror(errno) +
                                        ". Kiểm tra ổ đĩa còn chỗ và quyền ghi thư mục lưu trữ.");
}

std::string hexOf(crypto_hash_sha256_state& state)
{
    unsigned char digest[crypto_hash_sha256_BYTES];
    crypto_hash_sha256_final(&state, digest);
    char hex[crypto_hash_sha256_BYTES * 2 + 1];
    sodium_bin2hex(hex, sizeof hex, digest, sizeof digest);
    return hex;
}

}  // namespace

std::string sha256OfFile(const std::string& path)
{
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) return {};
    crypto_hash_sha256_state state;
    crypto_hash_sha256_init(&state);
    char buf[65536];
    for (;;) {
        const auto n = ::read(fd, buf, sizeof buf);
        if (n < 0 && errno == EINTR) continue;
        if (n < 0) {
            ::close(fd);
            ioError("đọc " + path);
        }
        if (n == 0) break;
        crypto_hash_sha256_update(&state, reinterpret_cast<const unsigned char*>(buf), static_cast<unsigned long long>(n));
    }
    ::close(fd);
    return hexOf(state);
}

struct IncomingFile::State {
    int fd = -1;
    std::string path;
    bool adopted = false;
    std::int64_t size = 0;
    std::string sha256;
    crypto_hash_sha256_state hash{};
};

IncomingFile::IncomingFile(const FileStore& store) : m(std::make_unique<State>())
{
    FileStore folder(store.folder());
    std::tie(m->fd, m->path) = folder.createTemporary();
    crypto_hash_sha256_init(&m->hash);
}

IncomingFile::~IncomingFile()
{
    if (m->fd >= 0) ::close(m->fd);
    if (!m->adopted) ::unlink(m->path.c_str());
}

void IncomingFile::write(const char* data, std::size_t n)
{
    if (m->fd < 0) throw Error(ErrorCode::Internal, "IncomingFile::write after finish");
    crypto_hash_sha256_update(&m->hash, reinterpret_cast<const unsigned char*>(data), n);
    std::size_t done = 0;
    while (done < n) {
        const auto w = ::write(m->fd, data + done, n - done);
        if (w < 0 && errno == EINTR) continue;
        if (w <= 0) ioError("ghi " + m->path);
        done += static_cast<std::size_t>(w);
    }
    m->size += static_cast<std::int64_t>(n);
}

void IncomingFile::finish()
{
    if (m->fd < 0) return;
    if (::fsync(m->fd) != 0) ioError("fsync " + m->path);
    ::close(m->fd);
    m->fd = -1;
    m->sha256 = hexOf(m->hash);
}

std::int64_t IncomingFile::size() const { return m->size; }
const std::string& IncomingFile::sha256() const { return m->sha256; }
const std::string& IncomingFile::path() const { return m->path; }

void IncomingFile::adopt(FileStore& store)
{
    if (m->sha256.empty()) throw Error(ErrorCode::Internal, "IncomingFile::adopt before finish");
    if (m->adopted) return;
    store.adopt(m->path, m->sha256);  // removes the temporary on every path
    m->adopted = true;
    m->path = store.pathOf(m->sha256);
}

}  // namespace motcua::store
