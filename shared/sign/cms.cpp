#include "sign/cms.h"

#include "sign/sign_error.h"

#include <openssl/bio.h>
#include <openssl/cms.h>
#include <openssl/err.h>
#include <openssl/x509.h>

#include <memory>

namespace motcua::sign {

namespace {

std::string opensslReason()
{
    const unsigned long e = ERR_peek_last_error();
    char buf[256] = {};
    if (e) ERR_error_string_n(e, buf, sizeof buf);
    ERR_clear_error();
    return buf;
}

}  // namespace

std::string cadesDetached(std::string_view data, EVP_PKEY* key, X509* certificate)
{
    std::unique_ptr<BIO, decltype(&BIO_free)> in(BIO_new_mem_buf(data.data(), static_cast<int>(data.size())), BIO_free);
    // CMS_CADES adds signing-certificate-v2; CMS_BINARY keeps the bytes as they are.
    const unsigned int flags = CMS_DETACHED | CMS_BINARY | CMS_CADES | CMS_NOSMIMECAP;
    std::unique_ptr<CMS_ContentInfo, decltype(&CMS_ContentInfo_free)> cms(
        in ? CMS_sign(certificate, key, nullptr, in.get(), flags) : nullptr, CMS_ContentInfo_free);
    if (!cms)
        throw SignError(SignFailure::Failed, "Thiết bị ký số không ký được (" + opensslReason() + "). Rút ra, cắm lại rồi thử lại.");
    unsigned char* der = nullptr;
    const int len = i2d_CMS_ContentInfo(cms.get(), &der);
    if (len <= 0) throw SignError(SignFailure::Failed, "Không mã hoá được chữ ký (" + opensslReason() + ").");
    std::string out(reinterpret_cast<const char*>(der), static_cast<std::size_t>(len));
    OPENSSL_free(der);
    return out;
}

std::string commonName(X509* certificate)
{
    X509_NAME* subject = certificate ? X509_get_subject_name(certificate) : nullptr;
    const int at = subject ? X509_NAME_get_index_by_NID(subject, NID_commonName, -1) : -1;
    if (at < 0) return {};
    unsigned char* utf8 = nullptr;
    const int len = ASN1_STRING_to_UTF8(&utf8, X509_NAME_ENTRY_get_data(X509_NAME_get_entry(subject, at)));
    if (len < 0) return {};
    std::string name(reinterpret_cast<const char*>(utf8), static_cast<std::size_t>(len));
    OPENSSL_free(utf8);
    return name;
}

}  // namespace motcua::sign
