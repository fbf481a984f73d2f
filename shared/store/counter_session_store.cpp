#include "store/counter_session_store.h"

namespace motcua::store {

std::optional<CounterSession> findCounterSession(Database& db, const std::string& username)
{
    auto& st = db.prepare("SELECT counter, started_at, last_seen FROM counter_sessions WHERE username = ?").bind(1, username);
    if (!st.step()) {
        st.reset();
        return std::nullopt;
    }
    CounterSession s{username, static_cast<int>(st.getInt(0)), st.getInt(1), st.getInt(2)};
    st.reset();
    return s;
}

void startCounterSession(Database& db, const std::string& username, int counter, domain::Instant at)
{
    db.prepare("INSERT INTO counter_sessions(username, counter, started_at, last_seen) VALUES (?,?,?,?)"
               " ON CONFLICT(username) DO UPDATE SET counter = excluded.counter, started_at = excluded.started_at,"
               " last_seen = excluded.last_seen")
        .bind(1, username)
        .bind(2, counter)
        .bind(3, at)
        .bind(4, at)
        .run();
}

bool touchCounterSession(Database& db, const std::string& username, int counter, domain::Instant at)
{
    db.prepare("UPDATE counter_sessions SET last_seen = ? WHERE username = ? AND counter = ?")
        .bind(1, at)
        .bind(2, username)
        .bind(3, counter)
        .run();
    return db.changes() > 0;
}

void endCounterSession(Database& db, const std::string& username, int counter)
{
    db.prepare("DELETE FROM counter_sessions WHERE username = ? AND counter = ?").bind(1, username).bind(2, counter).run();
}

}  // namespace motcua::store
