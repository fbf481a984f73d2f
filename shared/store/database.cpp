#include "store/database.h"

#include <sqlite3.h>

#include <sys/stat.h>

namespace motcua::store {

void throwSqlite(sqlite3* db, int rc, std::string_view context)
{
    const std::string detail = db ? sqlite3_errmsg(db) : sqlite3_errstr(rc);
    const std::string where = context.empty() ? "" : " (" + std::string(context) + ")";
    switch (rc & 0xff) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        throw Error(ErrorCode::Busy, "Cơ sở dữ liệu đang bận (một máy khác đang ghi), vui lòng thử lại" + where);
    case SQLITE_FULL:
        throw Error(ErrorCode::Storage, "Ổ đĩa đã đầy, không ghi được dữ liệu; chưa có gì thay đổi" + where);
    case SQLITE_READONLY:
        throw Error(ErrorCode::Storage, "Tệp cơ sở dữ liệu chỉ cho phép đọc, không ghi được; chưa có gì thay đổi" + where);
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        throw Error(ErrorCode::Storage, "Tệp cơ sở dữ liệu bị hỏng hoặc không phải cơ sở dữ liệu motcua: " + detail + where);
    case SQLITE_CANTOPEN:
        throw Error(ErrorCode::Storage, "Không mở được tệp cơ sở dữ liệu: " + detail + where);
    case SQLITE_IOERR:
        if (rc == SQLITE_IOERR_READ || rc == SQLITE_IOERR_SHORT_READ)
            throw Error(ErrorCode::Storage, "Lỗi đọc đĩa: " + detail + where);
        // A write that fails half way (ENOSPC, EFBIG, a dying disk) is rolled back by SQLite.
        throw Error(ErrorCode::Storage,
                    "Không ghi được xuống đĩa (ổ đĩa đầy, bị giới hạn dung lượng hoặc hỏng); chưa có gì thay đổi" + where);
    case SQLITE_CONSTRAINT:
        throw Error(ErrorCode::Conflict, "Dữ liệu vi phạm ràng buộc: " + detail + where);
    default: throw Error(ErrorCode::Internal, "Lỗi SQLite: " + detail + where);
    }
}

Statement::Statement(sqlite3* db, std::string_view sql) : m_db(db)
{
    const int rc = sqlite3_prepare_v3(db, sql.data(), static_cast<int>(sql.size()), SQLITE_PREPARE_PERSISTENT,
                                      &m_stmt, nullptr);
    if (rc != SQLITE_OK) throwSqlite(db, rc, "prepare");
}

Statement::~Statement() { sqlite3_finalize(m_stmt); }

Statement& Statement::reset()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
    return *this;
}

Statement& Statement::bind(int index, std::int64_t value)
{
    sqlite3_bind_int64(m_stmt, index, value);
    return *this;
}

Statement& Statement::bind(int index, double value)
{
    sqlite3_bind_double(m_stmt, index, value);
    return *this;
}

Statement& Statement::bind(int index, std::string_view value)
{
    sqlite3_bind_text64(m_stmt, index, value.data(), value.size(), SQLITE_TRANSIENT, SQLITE_UTF8);
    return *this;
}

Statement& Statement::bindNull(int index)
{
    sqlite3_bind_null(m_stmt, index);
    return *this;
}

bool Statement::step()
{
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW) return true;
    if (rc == SQLITE_DONE) return false;
    sqlite3_reset(m_stmt);
    throwSqlite(m_db, rc, "");
}

void Statement::run()
{
    while (step()) {
    }
    sqlite3_reset(m_stmt);
}

bool Statement::isNull(int col) const { return sqlite3_column_type(m_stmt, col) == SQLITE_NULL; }
std::int64_t Statement::getInt(int col) const { return sqlite3_column_int64(m_stmt, col); }
double Statement::getDouble(int col) const { return sqlite3_column_double(m_stmt, col); }

std::string Statement::getText(int col) const
{
    const auto* p = sqlite3_column_text(m_stmt, col);
    const int n = sqlite3_column_bytes(m_stmt, col);
    return p ? std::string(reinterpret_cast<const char*>(p), static_cast<std::size_t>(n)) : std::string();
}

std::optional<std::int64_t> Statement::getOptInt(int col) const
{
    if (isNull(col)) return std::nullopt;
    return getInt(col);
}


Database::Database(const std::string& path, OpenMode mode, int busyTimeoutMs) : m_path(path), m_busyTimeoutMs(busyTimeoutMs)
{
    m_readOnly = mode == OpenMode::ReadOnly;
    if (path.empty()) throw Error(ErrorCode::InvalidInput, "Chưa chỉ định tệp cơ sở dữ liệu (--db hoặc MOTCUA_DB)");
    if (mode != OpenMode::ReadWrite) {
        struct stat st {};
        if (::stat(path.c_str(), &st) != 0)
            throw Error(ErrorCode::NotFound, "Không tìm thấy tệp cơ sở dữ liệu " + path + " (tạo bằng: motcua init)");
    }
    int flags = SQLITE_OPEN_NOMUTEX;
    flags |= m_readOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE;
    if (mode == OpenMode::ReadWrite) flags |= SQLITE_OPEN_CREATE;
    const int rc = sqlite3_open_v2(path.c_str(), &m_db, flags, nullptr);
    if (rc != SQLITE_OK) {
        try {
            throwSqlite(m_db, rc, path);
        } catch (...) {
            sqlite3_close_v2(m_db);
            m_db = nullptr;
            throw;
        }
    }
    sqlite3_extended_result_codes(m_db, 1);
    sqlite3_busy_timeout(m_db, busyTimeoutMs);
    // An in-memory or temporary database has no file name and no other connection to queue with.
    if (const char* file = sqlite3_db_filename(m_db, "main"); !m_readOnly && file && *file)
        m_writerQueue = WriterQueue::forFile(file);
    try {
        // Reading the schema first surfaces a file that is not a database at all.
        exec("SELECT count(*) FROM sqlite_schema");
        // FULL: a printed ticket or receipt must survive a power cut (DESIGN.md §4). The journal
        // mode (WAL) is set once by the migrations, so opening a file never rewrites it.
        if (!m_readOnly) exec("PRAGMA synchronous=FULL");
        exec("PRAGMA foreign_keys=ON");
    } catch (...) {
        m_cache.clear();
        sqlite3_close_v2(m_db);
        m_db = nullptr;
        throw;
    }
}

void Database::relaxDurability()
{
    if (!m_readOnly) exec("PRAGMA synchronous=NORMAL");
}

Database::~Database()
{
    m_cache.clear();
    sqlite3_close_v2(m_db);
}

Statement& Database::prepare(std::string_view sql)
{
    auto it = m_cache.find(std::string(sql));
    if (it == m_cache.end())
        it = m_cache.emplace(std::string(sql), std::make_unique<Statement>(m_db, sql)).first;
    return it->second->reset();
}

void Database::exec(std::string_view sql)
{
    const std::string text(sql);
    char* err = nullptr;
    const int rc = sqlite3_exec(m_db, text.c_str(), nullptr, nullptr, &err);
    sqlite3_free(err);
    if (rc != SQLITE_OK) throwSqlite(m_db, rc, "");
}

std::int64_t Database::lastInsertId() const { return sqlite3_last_insert_rowid(m_db); }
int Database::changes() const { return sqlite3_changes(m_db); }
std::int64_t Database::totalChanges() const { return sqlite3_total_changes64(m_db); }
bool Database::inTransaction() const { return sqlite3_get_autocommit(m_db) == 0; }

void Database::resetAll()
{
    for (auto& [sql, st] : m_cache) st->reset();
}

std::int64_t Database::dataVersion()
{
    auto& st = prepare("PRAGMA data_version");
    st.step();
    const auto v = st.getInt(0);
    st.reset();
    return v;
}

int Database::userVersion()
{
    auto& st = prepare("PRAGMA user_version");
    st.step();
    const auto v = static_cast<int>(st.getInt(0));
    st.reset();
    return v;
}

void Database::setUserVersion(int v) { exec("PRAGMA user_version=" + std::to_string(v)); }

void Database::backupTo(const std::string& path)
{
    sqlite3* dest = nullptr;
    int rc = sqlite3_open_v2(path.c_str(), &dest, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
    if (rc != SQLITE_OK) {
        sqlite3_close_v2(dest);
        throw Error(ErrorCode::Storage, "Không tạo được tệp sao lưu " + path);
    }
    sqlite3_backup* b = sqlite3_backup_init(dest, "main", m_db, "main");
    if (!b) {
        const std::string msg = sqlite3_errmsg(dest);
        sqlite3_close_v2(dest);
        throw Error(ErrorCode::Storage, "Không sao lưu được: " + msg);
    }
    // Copy in steps so writers in other processes are not blocked for the whole copy.
    do {
        rc = sqlite3_backup_step(b, 256);
        if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED) sqlite3_sleep(20);
    } while (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED);
    sqlite3_backup_finish(b);
    const int finalRc = sqlite3_errcode(dest);
    sqlite3_close_v2(dest);
    if (rc != SQLITE_DONE || (finalRc != SQLITE_OK && finalRc != SQLITE_DONE))
        throw Error(ErrorCode::Storage, std::string("Sao lưu thất bại: ") + sqlite3_errstr(rc));
}

void Database::restoreFrom(const std::string& path)
{
    sqlite3* source = nullptr;
    if (sqlite3_open_v2(path.c_str(), &source, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
        sqlite3_close_v2(source);
        throw Error(ErrorCode::Storage, "Không mở được tệp sao lưu " + path);
    }
    sqlite3_backup* b = sqlite3_backup_init(m_db, "main", source, "main");
    if (!b) {
        const std::string msg = sqlite3_errmsg(m_db);
        sqlite3_close_v2(source);
        throw Error(ErrorCode::Storage, "Không khôi phục được: " + msg);
    }
    // One step: the destination is locked for the whole copy, so nobody sees half a store.
    int rc = SQLITE_OK;
    do {
        rc = sqlite3_backup_step(b, -1);
        if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED) sqlite3_sleep(50);
    } while (rc == SQLITE_BUSY || rc == SQLITE_LOCKED);
    sqlite3_backup_finish(b);
    sqlite3_close_v2(source);
    m_cache.clear();  // the schema may differ from what the statements were prepared against
    if (rc != SQLITE_DONE) throwSqlite(m_db, rc, "khôi phục");
}

Transaction::Transaction(Database& db, Kind kind) : m_db(db), m_changesAtStart(db.totalChanges())
{
    if (kind == Kind::Immediate && db.writerQueue()) {
        // As long as SQLite's own busy timeout: a writer that never ends gives Busy, as before.
        if (!db.writerQueue()->enter(std::chrono::milliseconds(db.busyTimeoutMs())))
            throw Error(ErrorCode::Busy, "Cơ sở dữ liệu đang bận (một máy khác đang ghi), vui lòng thử lại");
        m_queued = db.writerQueue();
    }
    try {
        m_db.exec(kind == Kind::Immediate ? "BEGIN IMMEDIATE" : "BEGIN");
    } catch (...) {
        leaveQueue();
        throw;
    }
}

Transaction::~Transaction()
{
    m_db.resetAll();
    if (!m_done && m_db.inTransaction()) {
        char* err = nullptr;
        sqlite3_exec(m_db.handle(), "ROLLBACK", nullptr, nullptr, &err);
        sqlite3_free(err);
    }
    leaveQueue();
}

void Transaction::leaveQueue()
{
    if (m_queued) m_queued->leave();
    m_queued = nullptr;
}

void Transaction::commit()
{
    // Copied: the hook may clear itself on the connection while it runs.
    const CommitHook hook = m_db.totalChanges() != m_changesAtStart ? m_db.commitHook() : CommitHook{};
    if (hook.beforeCommit) hook.beforeCommit(m_db);
    m_db.resetAll();
    m_db.exec("COMMIT");
    leaveQueue();
    m_done = true;
    if (hook.afterCommit) hook.afterCommit();
}

}  // namespace motcua::store
