// RAII over the SQLite C API: one connection with the pragmas of DESIGN.md §4, cached prepared
// statements with every value bound, and an IMMEDIATE transaction that rolls back unless
// committed. SQLite errors become motcua::Error with a message a person can act on.
#pragma once

#include "domain/error.h"
#include "store/writer_queue.h"

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>

struct sqlite3;
struct sqlite3_stmt;

namespace motcua::store {

class Statement {
public:
    Statement(sqlite3* db, std::string_view sql);
    ~Statement();
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;

    /// Resets the statement and clears its bindings, ready for a new execution.
    Statement& reset();
    Statement& bind(int index, std::int64_t value);
    Statement& bind(int index, int value) { return bind(index, static_cast<std::int64_t>(value)); }
    Statement& bind(int index, double value);
    Statement& bind(int index, std::string_view value);
    Statement& bind(int index, const char* value) { return bind(index, std::string_view(value)); }
    Statement& bind(int index, const std::string& value) { return bind(index, std::string_view(value)); }
    Statement& bindNull(int index);
    template <class T>
    Statement& bind(int index, const std::optional<T>& value)
    {
        return value ? bind(index, *value) : bindNull(index);
    }

    /// Steps once; true while a row is available.
    bool step();
    /// Runs to completion (for INSERT/UPDATE/DELETE).
    void run();

    [[nodiscard]] bool isNull(int col) const;
    [[nodiscard]] std::int64_t getInt(int col) const;
    [[nodiscard]] double getDouble(int col) const;
    [[nodiscard]] std::string getText(int col) const;
    [[nodiscard]] std::optional<std::int64_t> getOptInt(int col) const;

private:
    sqlite3* m_db;
    sqlite3_stmt* m_stmt = nullptr;
};

class Database;

/// Work joined to every transaction on one connection that changed rows: the store host
/// records a request id in the same transaction as the Desk's write, so a retry after a crash
/// between the commit and the answer can never run the write twice (docs/network-protocol.md).
struct CommitHook {
    std::function<void(Database&)> beforeCommit;  ///< runs inside the transaction; throwing rolls it back
    std::function<void()> afterCommit;            ///< the COMMIT succeeded
};

enum class OpenMode {
    ReadWrite,  ///< create if missing
    ReadOnly,   ///< the wall screen: never writes
    ExistingReadWrite,  ///< refuse to create a new file
};

class Database {
public:
    explicit Database(const std::string& path, OpenMode mode = OpenMode::ReadWrite, int busyTimeoutMs = 5000);
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    /// A cached prepared statement, reset and ready to bind.
    Statement& prepare(std::string_view sql);
    /// Runs SQL text with no parameters (schema, pragmas).
    void exec(std::string_view sql);
    [[nodiscard]] std::int64_t lastInsertId() const;
    [[nodiscard]] int changes() const;
    /// PRAGMA data_version: changes when another connection commits (cheap change detection).
    [[nodiscard]] std::int64_t dataVersion();
    [[nodiscard]] int userVersion();
    void setUserVersion(int v);
    /// Online backup (sqlite3 backup API) of the whole database into a new file.
    void backupTo(const std::string& path);
    /// Replaces this database's content with the file at `path` (sqlite3 backup API, the other
    /// way round); other connections see the restored content at their next transaction.
    void restoreFrom(const std::string& path);
    [[nodiscard]] const std::string& path() const { return m_path; }
    [[nodiscard]] bool readOnly() const { return m_readOnly; }
    [[nodiscard]] sqlite3* handle() const { return m_db; }
    [[nodiscard]] bool inTransaction() const;
    /// Resets every cached statement so none keeps a read snapshot open.
    void resetAll();
    /// Rows changed by this connection since it opened (sqlite3_total_changes64).
    [[nodiscard]] std::int64_t totalChanges() const;
    /// Sets (or, with an empty hook, clears) the hook every writing transaction's commit runs.
    void setCommitHook(CommitHook hook) { m_commitHook = std::move(hook); }
    [[nodiscard]] const CommitHook& commitHook() const { return m_commitHook; }
    /// PRAGMA synchronous=NORMAL on this connection: its commits reach the disk with the next
    /// FULL commit of any connection (or a checkpoint), not before. Only for records whose loss in
    /// a power cut is harmless (the store host's answer cache); a process crash loses nothing.
    void relaxDurability();
    /// The lock that queues this process's writers to this file (Transaction takes it).
    [[nodiscard]] WriterQueue* writerQueue() const { return m_writerQueue.get(); }
    [[nodiscard]] int busyTimeoutMs() const { return m_busyTimeoutMs; }

private:
    sqlite3* m_db = nullptr;
    std::string m_path;
    bool m_readOnly = false;
    std::unordered_map<std::string, std::unique_ptr<Statement>> m_cache;
    CommitHook m_commitHook;
    int m_busyTimeoutMs = 5000;
    /// Shared by every connection of this process to the same file (null for a read-only one).
    std::shared_ptr<WriterQueue> m_writerQueue;
};

/// BEGIN IMMEDIATE … COMMIT; rolls back in the destructor unless commit() was called.
/// Writers take the write lock up front so two processes never deadlock upgrading a read lock.
class Transaction {
public:
    enum class Kind { Immediate, Deferred };
    explicit Transaction(Database& db, Kind kind = Kind::Immediate);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;
    void commit();

private:
    void leaveQueue();

    Database& m_db;
    WriterQueue* m_queued = nullptr;  ///< this transaction's turn, until commit or rollback
    std::int64_t m_changesAtStart = 0;
    bool m_done = false;
};

/// Maps a SQLite result code to a motcua::Error with a Vietnamese message.
[[noreturn]] void throwSqlite(sqlite3* db, int rc, std::string_view context);

}  // namespace motcua::store
