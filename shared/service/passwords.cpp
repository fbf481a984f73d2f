#include "service/passwords.h"

#include "domain/error.h"
#include "domain/text.h"

#include <sodium.h>

namespace motcua::service {

namespace {

void ensureSodium()
{
    if (sodium_init() < 0) throw Error(ErrorCode::Internal, "Không khởi tạo được libsodium");
}

}  // namespace

void checkPasswordRule(const std::string& password)
{
    if (password.size() < 8 || password.size() > 128 || !domain::isValidUtf8(password))
        throw Error(ErrorCode::InvalidInput, "Mật khẩu phải dài từ 8 đến 128 ký tự");
}

std::string hashPassword(const std::string& password)
{
    ensureSodium();
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str_alg(out, password.data(), password.size(), crypto_pwhash_OPSLIMIT_INTERACTIVE,
                              crypto_pwhash_MEMLIMIT_INTERACTIVE, crypto_pwhash_ALG_ARGON2ID13) != 0)
        throw Error(ErrorCode::Internal, "Không đủ bộ nhớ để băm mật khẩu");
    return out;
}

bool verifyPassword(const std::string& hash, const std::string& password)
{
    ensureSodium();
    return crypto_pwhash_str_verify(hash.c_str(), password.data(), password.size()) == 0;
}

std::string randomPassword()
{
    ensureSodium();
    static constexpr char kAlphabet[] = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    std::string out;
    for (int i = 0; i < 14; ++i) out += kAlphabet[randombytes_uniform(sizeof kAlphabet - 1)];
    return out;
}

}  // namespace motcua::service
