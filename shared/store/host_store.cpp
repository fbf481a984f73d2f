#include "store/host_store.h"

namespace motcua::store {

namespace {

constexpr const char* kDeviceColumns = "id, kind, name, created_at, code_expires, enrolled_at, revoked_at";

DeviceRow readDevice(Statement& st)
{
    DeviceRow d;
    d.id = st.getInt(0);
    d.kind = st.getText(1);
    d.name = st.getText(2);
    d.created = st.getInt(3);
    d.codeExpires = st.getInt(4);
    d.enrolled = st.getOptInt(5);
    d.revoked = st.getOptInt(6);
    return d;
}

std::optional<DeviceRow> oneDevice(Statement& st)
{
    std::optional<DeviceRow> d;
    if (st.step()) d = readDevice(st);
    st.reset();
    return d;
}

}  // namespace

std::int64_t insertDevice(Database& db, const std::string& kind, const std::string& name, const std::string& codeHash,
                          domain::Instant codeExpires, domain::Instant created)
{
    db.prepare("INSERT INTO host_devices (kind, name, code_hash, code_expires, created_at) VALUES (?, ?, ?, ?, ?)")
        .bind(1, kind)
        .bind(2, name)
        .bind(3, codeHash)
        .bind(4, codeExpires)
        .bind(5, created)
        .run();
    return db.lastInsertId();
}

std::vector<DeviceRow> listDevices(Database& db)
{
    auto& st = db.prepare(std::string("SELECT ") + kDeviceColumns + " FROM host_devices ORDER BY id");
    std::vector<DeviceRow> out;
    while (st.step()) out.push_back(readDevice(st));
    st.reset();
    return out;
}

std::optional<DeviceRow> findDevice(Database& db, std::int64_t id)
{
    return oneDevice(db.prepare(std::string("SELECT ") + kDeviceColumns + " FROM host_devices WHERE id = ?").bind(1, id));
}

std::optional<DeviceRow> findDeviceByCode(Database& db, const std::string& codeHash)
{
    return oneDevice(db.prepare(std::string("SELECT ") + kDeviceColumns +
                                " FROM host_devices WHERE code_hash = ? AND enrolled_at IS NULL")
                         .bind(1, codeHash));
}

std::optional<DeviceRow> findDeviceByToken(Database& db, const std::string& tokenHash)
{
    return oneDevice(
        db.prepare(std::string("SELECT ") + kDeviceColumns + " FROM host_devices WHERE token_hash = ?").bind(1, tokenHash));
}

void enrollDevice(Database& db, std::int64_t id, const std::string& tokenHash, domain::Instant at)
{
    db.prepare("UPDATE host_devices SET code_hash = NULL, token_hash = ?, enrolled_at = ? WHERE id = ?")
        .bind(1, tokenHash)
        .bind(2, at)
        .bind(3, id)
        .run();
}

bool revokeDevice(Database& db, std::int64_t id, domain::Instant at)
{
    db.prepare("UPDATE host_devices SET revoked_at = ?, code_hash = NULL WHERE id = ? AND revoked_at IS NULL")
        .bind(1, at)
        .bind(2, id)
        .run();
    if (db.changes() == 0) return false;
    db.prepare("UPDATE host_sessions SET ended_at = ? WHERE device_id = ? AND ended_at IS NULL").bind(1, at).bind(2, id).run();
    return true;
}

void insertSession(Database& db, const SessionRow& s)
{
    db.prepare("INSERT INTO host_sessions (token_hash, device_id, username, created_at, ends_at) VALUES (?, ?, ?, ?, ?)")
        .bind(1, s.tokenHash)
        .bind(2, s.deviceId)
        .bind(3, s.username)
        .bind(4, s.created)
        .bind(5, s.endsAt)
        .run();
}

std::optional<SessionRow> findOpenSession(Database& db, const std::string& tokenHash)
{
    auto& st = db.prepare(
                     "SELECT token_hash, device_id, username, created_at, ends_at FROM host_sessions "
                     "WHERE token_hash = ? AND ended_at IS NULL")
                   .bind(1, tokenHash);
    std::optional<SessionRow> s;
    if (st.step()) s = SessionRow{st.getText(0), st.getInt(1), st.getText(2), st.getInt(3), st.getInt(4)};
    st.reset();
    return s;
}

void endSession(Database& db, const std::string& tokenHash, domain::Instant at)
{
    db.prepare("UPDATE host_sessions SET ended_at = ? WHERE token_hash = ? AND ended_at IS NULL")
        .bind(1, at)
        .bind(2, tokenHash)
        .run();
}

int endSessionsPast(Database& db, domain::Instant now)
{
    db.prepare("UPDATE host_sessions SET ended_at = ends_at WHERE ended_at IS NULL AND ends_at <= ?").bind(1, now).run();
    return db.changes();
}

void insertRequest(Database& db, std::int64_t deviceId, const std::string& requestId, const std::string& method,
                   domain::Instant at)
{
    db.prepare("INSERT INTO host_requests (device_id, request_id, method, created_at) VALUES (?, ?, ?, ?)")
        .bind(1, deviceId)
        .bind(2, requestId)
        .bind(3, method)
        .bind(4, at)
        .run();
}

std::optional<StoredAnswer> findRequest(Database& db, std::int64_t deviceId, const std::string& requestId)
{
    auto& st = db.prepare("SELECT status, answer FROM host_requests WHERE device_id = ? AND request_id = ?")
                   .bind(1, deviceId)
                   .bind(2, requestId);
    std::optional<StoredAnswer> a;
    if (st.step()) {
        a = StoredAnswer{};
        if (!st.isNull(0)) a->status = static_cast<int>(st.getInt(0));
        a->body = st.getText(1);
    }
    st.reset();
    return a;
}

void storeAnswer(Database& db, std::int64_t deviceId, const std::string& requestId, const std::string& method,
                 domain::Instant at, int status, const std::string& body)
{
    db.prepare("INSERT INTO host_requests (device_id, request_id, method, created_at, status, answer) "
               "VALUES (?, ?, ?, ?, ?, ?) "
               "ON CONFLICT (device_id, request_id) DO UPDATE SET status = excluded.status, answer = excluded.answer")
        .bind(1, deviceId)
        .bind(2, requestId)
        .bind(3, method)
        .bind(4, at)
        .bind(5, status)
        .bind(6, body)
        .run();
}

void pruneRequests(Database& db, domain::Instant before)
{
    db.prepare("DELETE FROM host_requests WHERE created_at < ?").bind(1, before).run();
}

}  // namespace motcua::store
