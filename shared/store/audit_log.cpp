#include "store/audit_log.h"

#include <sodium.h>

namespace motcua::store {

namespace {

constexpr const char* kGenesis = "0000000000000000000000000000000000000000000000000000000000000000";

std::string chainHash(const std::string& prev, std::int64_t id, domain::Instant at, const std::string& actor,
                      const std::string& action, const std::string& subject, const std::string& detail)
{
    // Fields joined with the unit separator, which cleaned text never contains.
    const std::string msg = prev + '\x1f' + std::to_string(id) + '\x1f' + std::to_string(at) + '\x1f' + actor +
                            '\x1f' + action + '\x1f' + subject + '\x1f' + detail;
    unsigned char out[32];
    crypto_generichash(out, sizeof out, reinterpret_cast<const unsigned char*>(msg.data()), msg.size(), nullptr, 0);
    char hex[65];
    sodium_bin2hex(hex, sizeof hex, out, sizeof out);
    return hex;
}

}  // namespace

void appendAudit(Database& db, domain::Instant at, const std::string& actor, const std::string& action,
                 const std::string& subject, const std::string& detail)
{
    std::string prev = kGenesis;
    std::int64_t id = 1;
    auto& last = db.prepare("SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1");
    if (last.step()) {
        id = last.getInt(0) + 1;
        prev = last.getText(1);
    }
    last.reset();
    db.prepare("INSERT INTO audit_log(id, at, actor, action, subject, detail, prev_hash, hash) "
               "VALUES (?,?,?,?,?,?,?,?)")
        .bind(1, id)
        .bind(2, at)
        .bind(3, actor)
        .bind(4, action)
        .bind(5, subject)
        .bind(6, detail)
        .bind(7, prev)
        .bind(8, chainHash(prev, id, at, actor, action, subject, detail))
        .run();
}

AuditVerification verifyAudit(Database& db)
{
    AuditVerification v;
    std::string prev = kGenesis;
    std::int64_t expectedId = 1;
    auto& st = db.prepare("SELECT id, at, actor, action, subject, detail, prev_hash, hash FROM audit_log ORDER BY id");
    while (st.step()) {
        const std::int64_t id = st.getInt(0);
        ++v.rows;
        auto fail = [&](const std::string& why) {
            v.ok = false;
            v.firstBadId = id;
            v.problem = "Nhật ký kiểm toán bị sửa đổi tại dòng " + std::to_string(id) + ": " + why;
        };
        if (id != expectedId) fail("thiếu dòng " + std::to_string(expectedId));
        else if (st.getText(6) != prev) fail("liên kết với dòng trước không khớp");
        else if (chainHash(prev, id, st.getInt(1), st.getText(2), st.getText(3), st.getText(4), st.getText(5)) !=
                 st.getText(7))
            fail("nội dung không khớp mã băm");
        if (!v.ok) break;
        prev = st.getText(7);
        ++expectedId;
    }
    st.reset();
    return v;
}

}  // namespace motcua::store
