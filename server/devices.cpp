#include "devices.h"

#include "domain/error.h"
#include "domain/text.h"
#include "host_crypto.h"
#include "store/audit_log.h"

namespace motcua::server {

namespace {

bool isKind(const std::string& kind)
{
    return kind == "counter" || kind == "kiosk" || kind == "wall" || kind == "cli";
}

}  // namespace

NewDevice addDevice(store::Database& db, const std::string& kind, const std::string& name, domain::Instant now,
                    const std::string& actor)
{
    if (!isKind(kind))
        throw Error(ErrorCode::InvalidInput, "Loại máy phải là counter (quầy), kiosk, wall (màn hình) hoặc cli, nhận được \"" +
                                                 kind + "\"");
    const std::string clean = domain::cleanText(name, "Tên máy", 100);
    NewDevice d;
    d.code = newEnrolmentCode();
    d.expires = now + kEnrolmentCodeSeconds;
    store::Transaction tx(db);
    d.id = store::insertDevice(db, kind, clean, sha256Hex(normaliseCode(d.code)), d.expires, now);
    store::appendAudit(db, now, actor, "device.add", std::to_string(d.id), kind + " " + clean);
    tx.commit();
    return d;
}

std::vector<store::DeviceRow> listDevices(store::Database& db)
{
    store::Transaction tx(db, store::Transaction::Kind::Deferred);
    auto rows = store::listDevices(db);
    tx.commit();
    return rows;
}

void revokeDevice(store::Database& db, std::int64_t id, domain::Instant now, const std::string& actor)
{
    store::Transaction tx(db);
    const auto d = store::findDevice(db, id);
    if (!d) throw Error(ErrorCode::NotFound, "Không có máy số " + std::to_string(id) + " (xem: motcua device list)");
    if (d->revoked) throw Error(ErrorCode::IllegalState, "Máy số " + std::to_string(id) + " đã bị thu hồi trước đó");
    store::revokeDevice(db, id, now);
    store::appendAudit(db, now, actor, "device.revoke", std::to_string(id), d->kind + " " + d->name);
    tx.commit();
}

Enrolment enroll(store::Database& db, const std::string& code, const std::string& proof,
                 const std::string& fingerprint, domain::Instant now)
{
    const Error refused(ErrorCode::Forbidden,
                        "Mã đăng ký không đúng, đã dùng hoặc đã hết hạn; hãy tạo mã mới trên máy chủ (motcua device add)");
    const std::string normal = normaliseCode(code);
    if (normal.empty() || normal.size() > 64) throw refused;
    store::Transaction tx(db);
    const auto d = store::findDeviceByCode(db, sha256Hex(normal));
    if (!d || d->revoked || d->codeExpires <= now) throw refused;
    // The client may key its HMAC with the code as typed or as printed: accept both spellings.
    const std::string message = "client:" + fingerprint;
    if (!sameSecret(proof, hmacSha256Hex(code, message)) && !sameSecret(proof, hmacSha256Hex(normal, message)))
        throw refused;
    Enrolment e{d->id, randomHex(32), d->kind, d->name, hmacSha256Hex(code, "server:" + fingerprint)};
    store::enrollDevice(db, d->id, sha256Hex(e.token), now);
    store::appendAudit(db, now, "device:" + std::to_string(d->id), "device.enroll", std::to_string(d->id),
                       d->kind + " " + d->name);
    tx.commit();
    return e;
}

std::string deviceState(const store::DeviceRow& d, domain::Instant now)
{
    if (d.revoked) return "đã thu hồi";
    if (d.enrolled) return "đã đăng ký";
    return d.codeExpires <= now ? "hết hạn mã" : "chờ đăng ký";
}

}  // namespace motcua::server
