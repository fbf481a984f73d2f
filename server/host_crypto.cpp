#include "host_crypto.h"

#include "domain/error.h"

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/x509.h>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <memory>
#include <vector>

namespace motcua::server {

namespace {

using PkeyPtr = std::unique_ptr<EVP_PKEY, decltype(&EVP_PKEY_free)>;
using X509Ptr = std::unique_ptr<X509, decltype(&X509_free)>;

std::string hex(const unsigned char* p, std::size_t n)
{
    static const char* digits = "0123456789abcdef";
    std::string out;
    out.reserve(n * 2);
    for (std::size_t i = 0; i < n; ++i) {
        out += digits[p[i] >> 4];
        out += digits[p[i] & 15];
    }
    return out;
}

[[noreturn]] void fail(const std::string& what)
{
    throw Error(ErrorCode::Storage, "Không tạo hoặc đọc được chứng chỉ TLS của máy chủ: " + what);
}

bool exists(const std::string& path)
{
    struct stat st {};
    return ::stat(path.c_str(), &st) == 0;
}

/// Opens `path` for writing with `mode` from the start (no window where the key is readable).
FILE* createPrivate(const std::string& path, mode_t mode)
{
    const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, mode);
    if (fd < 0) fail(path);
    ::fchmod(fd, mode);
    FILE* f = ::fdopen(fd, "w");
    if (!f) {
        ::close(fd);
        fail(path);
    }
    return f;
}

void createIdentity(const std::string& certPath, const std::string& keyPath)
{
    PkeyPtr key(EVP_EC_gen("P-256"), EVP_PKEY_free);
    if (!key) fail("EC P-256");
    X509Ptr cert(X509_new(), X509_free);
    X509_set_version(cert.get(), 2);
    unsigned char serial[16];
    RAND_bytes(serial, sizeof serial);
    serial[0] &= 0x7f;
    BIGNUM* bn = BN_bin2bn(serial, sizeof serial, nullptr);
    BN_to_ASN1_INTEGER(bn, X509_get_serialNumber(cert.get()));
    BN_free(bn);
    X509_gmtime_adj(X509_getm_notBefore(cert.get()), -24L * 3600);
    X509_gmtime_adj(X509_getm_notAfter(cert.get()), 20L * 365 * 24 * 3600);
    X509_set_pubkey(cert.get(), key.get());
    X509_NAME* name = X509_get_subject_name(cert.get());
    X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_UTF8, reinterpret_cast<const unsigned char*>("motcua store host"), -1,
                               -1, 0);
    X509_set_issuer_name(cert.get(), name);
    if (X509_sign(cert.get(), key.get(), EVP_sha256()) <= 0) fail("X509_sign");

    FILE* k = createPrivate(keyPath, 0600);
    const bool keyOk = PEM_write_PrivateKey(k, key.get(), nullptr, nullptr, 0, nullptr, nullptr) == 1;
    const bool keyClosed = std::fclose(k) == 0;
    FILE* c = createPrivate(certPath, 0644);
    const bool certOk = PEM_write_X509(c, cert.get()) == 1;
    const bool certClosed = std::fclose(c) == 0;
    if (!keyOk || !keyClosed || !certOk || !certClosed) fail("ghi tệp");
}

std::string fingerprintOf(const std::string& certPath)
{
    FILE* f = std::fopen(certPath.c_str(), "r");
    if (!f) fail(certPath);
    X509Ptr cert(PEM_read_X509(f, nullptr, nullptr, nullptr), X509_free);
    std::fclose(f);
    if (!cert) fail(certPath);
    unsigned char md[EVP_MAX_MD_SIZE];
    unsigned int n = 0;
    if (X509_digest(cert.get(), EVP_sha256(), md, &n) != 1) fail("SHA-256");
    return "SHA256:" + hex(md, n);
}

}  // namespace

std::string defaultDataDir(const std::string& dbPath) { return dbPath + ".tls"; }

TlsIdentity loadOrCreateIdentity(const std::string& dir)
{
    if (!exists(dir) && ::mkdir(dir.c_str(), 0700) != 0 && errno != EEXIST) fail(dir);
    TlsIdentity id{dir + "/cert.pem", dir + "/key.pem", ""};
    if (!exists(id.certPath) || !exists(id.keyPath)) createIdentity(id.certPath, id.keyPath);
    ::chmod(id.keyPath.c_str(), 0600);  // an old copy restored with looser rights
    id.fingerprint = fingerprintOf(id.certPath);
    return id;
}

std::string sha256Hex(std::string_view data)
{
    unsigned char md[EVP_MAX_MD_SIZE];
    unsigned int n = 0;
    EVP_Digest(data.data(), data.size(), md, &n, EVP_sha256(), nullptr);
    return hex(md, n);
}

std::string hmacSha256Hex(std::string_view key, std::string_view message)
{
    unsigned char md[EVP_MAX_MD_SIZE];
    unsigned int n = 0;
    HMAC(EVP_sha256(), key.data(), static_cast<int>(key.size()), reinterpret_cast<const unsigned char*>(message.data()),
         message.size(), md, &n);
    return hex(md, n);
}

std::string randomHex(int bytes)
{
    std::vector<unsigned char> buf(static_cast<std::size_t>(bytes));
    if (RAND_bytes(buf.data(), bytes) != 1) throw Error(ErrorCode::Internal, "Không tạo được số ngẫu nhiên");
    return hex(buf.data(), buf.size());
}

std::string newEnrolmentCode()
{
    static const char* alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";  // RFC 4648 base32: no 0, 1, 8, 9
    unsigned char buf[12];
    if (RAND_bytes(buf, sizeof buf) != 1) throw Error(ErrorCode::Internal, "Không tạo được số ngẫu nhiên");
    std::string code;
    for (int i = 0; i < 12; ++i) {
        if (i && i % 4 == 0) code += '-';
        code += alphabet[buf[i] & 31];
    }
    return code;
}

std::string normaliseCode(std::string_view code)
{
    std::string out;
    for (char c : code) {
        if (c == '-' || c == ' ') continue;
        out += (c >= 'a' && c <= 'z') ? static_cast<char>(c - 'a' + 'A') : c;
    }
    return out;
}

bool sameSecret(std::string_view a, std::string_view b)
{
    return a.size() == b.size() && CRYPTO_memcmp(a.data(), b.data(), a.size()) == 0;
}

}  // namespace motcua::server
