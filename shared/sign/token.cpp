#include "sign/token.h"

#include <libp11.h>
#include <openssl/err.h>

#include <unistd.h>

#include <vector>

namespace motcua::sign {

namespace {

// PKCS#11 return values (pkcs11t.h) that libp11 leaves as the OpenSSL error's reason.
constexpr unsigned long kPinIncorrect = 0xA0;
constexpr unsigned long kPinInvalid = 0xA1;
constexpr unsigned long kPinLenRange = 0xA2;
constexpr unsigned long kPinLocked = 0xA4;

/// The first PIN-related PKCS#11 code in OpenSSL's error queue (0 if none); clears the queue.
unsigned long takePinError()
{
    unsigned long found = 0;
    while (const unsigned long e = ERR_get_error()) {
        const auto reason = static_cast<unsigned long>(ERR_GET_REASON(e));
        if (!found && (reason == kPinIncorrect || reason == kPinInvalid || reason == kPinLenRange || reason == kPinLocked))
            found = reason;
    }
    return found;
}

std::string tokenLabelText(const TokenSettings& s)
{
    return s.tokenLabel.empty() ? std::string("thiết bị ký số") : "thiết bị ký số \"" + s.tokenLabel + "\"";
}

}  // namespace

struct TokenSession::Impl {
    PKCS11_CTX* ctx = nullptr;
    PKCS11_SLOT* slots = nullptr;
    unsigned int slotCount = 0;
    PKCS11_SLOT* slot = nullptr;
    bool loggedIn = false;
    EVP_PKEY* key = nullptr;
    X509* cert = nullptr;

    ~Impl()
    {
        EVP_PKEY_free(key);
        if (loggedIn) PKCS11_logout(slot);
        if (slots) PKCS11_release_all_slots(ctx, slots, slotCount);
        if (ctx) {
            PKCS11_CTX_unload(ctx);
            PKCS11_CTX_free(ctx);
        }
        ERR_clear_error();
    }

    void load(const TokenSettings& s)
    {
        ctx = PKCS11_CTX_new();
        if (!ctx) throw SignError(SignFailure::Failed, "Không khởi tạo được thư viện PKCS#11 (libp11).");
        // A missing file is refused here: libp11 would also print the loader's English error.
        const bool readable = !s.modulePath.empty() && ::access(s.modulePath.c_str(), R_OK) == 0;
        if (!readable || PKCS11_CTX_load(ctx, s.modulePath.c_str()) != 0) {
            PKCS11_CTX_free(ctx);
            ctx = nullptr;
            ERR_clear_error();
            throw SignError(SignFailure::NoModule,
                            "Không nạp được thư viện PKCS#11 của thiết bị ký số \"" + s.modulePath +
                                "\". Kiểm tra đường dẫn (cài phần mềm của nhà cung cấp chữ ký số) trong cài đặt cơ quan.");
        }
    }

    /// The token with the label (or the only one present); refreshes the slot list.
    PKCS11_SLOT* findSlot(const TokenSettings& s)
    {
        if (slots) PKCS11_release_all_slots(ctx, slots, slotCount);
        slots = nullptr;
        slotCount = 0;
        if (PKCS11_enumerate_slots(ctx, &slots, &slotCount) != 0) {
            ERR_clear_error();
            throw SignError(SignFailure::NoToken, "Không đọc được danh sách thiết bị ký số. Cắm lại thiết bị rồi thử lại.");
        }
        std::vector<PKCS11_SLOT*> matches;
        for (unsigned int i = 0; i < slotCount; ++i) {
            PKCS11_SLOT* sl = &slots[i];
            if (!sl->token || !sl->token->initialized) continue;
            if (s.tokenLabel.empty() || s.tokenLabel == sl->token->label) matches.push_back(sl);
        }
        if (matches.empty())
            throw SignError(SignFailure::NoToken, "Không thấy " + tokenLabelText(s) + ". Cắm thiết bị vào máy rồi thử lại.");
        if (matches.size() > 1)
            throw SignError(SignFailure::NoToken,
                            "Có nhiều thiết bị ký số đang cắm; ghi nhãn thiết bị cần dùng (--token hoặc cài đặt cơ quan).");
        return matches.front();
    }

    [[noreturn]] void refusePin(const TokenSettings& s, unsigned long reason)
    {
        // The token's flags say how close it is to locking; PKCS#11 gives no exact count.
        PKCS11_SLOT* again = nullptr;
        try {
            again = findSlot(s);
        } catch (const SignError&) {
        }
        const PKCS11_TOKEN* t = again ? again->token : nullptr;
        if (reason == kPinLocked || (t && t->userPinLocked))
            throw SignError(SignFailure::PinLocked, "Mã PIN của " + tokenLabelText(s) +
                                                        " đã bị khoá do nhập sai nhiều lần. Liên hệ nhà cung cấp chữ ký số để mở khoá.");
        std::string msg = "Mã PIN không đúng; chưa ký. Nhập lại mã PIN của " + tokenLabelText(s) + ".";
        if (t && t->userPinFinalTry) msg += " Chỉ còn 1 lần thử: nhập sai nữa thiết bị sẽ khoá mã PIN.";
        else if (t && t->userPinCountLow) msg += " Thiết bị báo đã nhập sai nhiều lần: còn ít lần thử trước khi bị khoá.";
        throw SignError(SignFailure::WrongPin, msg);
    }

    void login(const TokenSettings& s, const std::string& pin)
    {
        slot = findSlot(s);
        if (slot->token->userPinLocked)
            throw SignError(SignFailure::PinLocked, "Mã PIN của " + tokenLabelText(s) +
                                                        " đã bị khoá. Liên hệ nhà cung cấp chữ ký số để mở khoá.");
        if (pin.empty()) throw SignError(SignFailure::WrongPin, "Chưa nhập mã PIN của " + tokenLabelText(s) + ".");
        if (PKCS11_login(slot, 0, pin.c_str()) != 0) refusePin(s, takePinError());
        loggedIn = true;
    }

    void findKey(const TokenSettings& s)
    {
        PKCS11_KEY* keys = nullptr;
        unsigned int keyCount = 0;
        if (PKCS11_enumerate_keys(slot->token, &keys, &keyCount) != 0) keyCount = 0;
        std::vector<std::pair<PKCS11_KEY*, PKCS11_CERT*>> found;
        for (unsigned int i = 0; i < keyCount; ++i) {
            if (!s.keyLabel.empty() && (!keys[i].label || s.keyLabel != keys[i].label)) continue;
            if (PKCS11_CERT* c = PKCS11_find_certificate(&keys[i]); c && c->x509) found.emplace_back(&keys[i], c);
        }
        ERR_clear_error();
        const std::string which = s.keyLabel.empty() ? std::string() : " có nhãn \"" + s.keyLabel + "\"";
        if (found.empty())
            throw SignError(SignFailure::NoKey, "Trên thiết bị không có khoá ký" + which +
                                                    " kèm chứng thư số. Kiểm tra nhãn khoá hoặc liên hệ nhà cung cấp chữ ký số.");
        if (found.size() > 1)
            throw SignError(SignFailure::NoKey, "Thiết bị có nhiều khoá ký; ghi nhãn khoá cần dùng (--key).");
        key = PKCS11_get_private_key(found.front().first);
        cert = found.front().second->x509;
        if (!key) throw SignError(SignFailure::NoKey, "Thiết bị không cho dùng khoá ký" + which + ".");
    }
};

TokenSession::TokenSession(const TokenSettings& settings, const std::string& pin) : m(std::make_unique<Impl>())
{
    m->load(settings);
    m->login(settings, pin);
    m->findKey(settings);
}

TokenSession::~TokenSession() = default;

EVP_PKEY* TokenSession::key() const { return m->key; }
X509* TokenSession::certificate() const { return m->cert; }

}  // namespace motcua::sign
