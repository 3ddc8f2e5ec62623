// core/store/sqlite_db.hpp — a thin RAII layer over the SQLite C API, used only by the SQLite store.
//
// Every statement is prepared with bound parameters: no SQL text is ever built from data. Errors become
// StoreError carrying SQLite's message, so callers get one readable line.
#pragma once

#include <sqlite3.h>

#include <cstdint>
#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <string_view>

#include "core/store/store.hpp"

namespace mb::sqlite {

// Throws StoreError("<what>: <plain explanation> (<sqlite message>)") with the matching kind when rc is
// not one of the success codes.
void check(sqlite3* db, int rc, std::string_view what);
StoreErrorKind classify(int sqlite_rc);

// Creates the file with mode 0600 before SQLite sees it, so personal data is never world-readable, not even
// for the instant between creation and a chmod. An existing file is left as it is. `what` names the file in
// the error ("the database file", "the offline outbox").
void create_private_file(const std::filesystem::path& path, std::string_view what);

class Statement {
public:
    Statement(sqlite3* db, std::string_view sql);
    ~Statement();
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;

    // Parameters are 1-based, as in SQLite.
    Statement& bind(int index, std::int64_t value);
    Statement& bind(int index, int value) { return bind(index, static_cast<std::int64_t>(value)); }
    Statement& bind(int index, bool value) { return bind(index, static_cast<std::int64_t>(value ? 1 : 0)); }
    Statement& bind(int index, std::string_view value);              // copied by SQLite (SQLITE_TRANSIENT)
    Statement& bind(int index, const char* value) { return bind(index, std::string_view(value)); }
    Statement& bind(int index, const std::string& value) { return bind(index, std::string_view(value)); }

    bool step();                                                     // true: a row is ready; false: done
    void run();                                                      // step to completion, expecting no rows
    void reset();                                                    // clears bindings too

    std::int64_t int64(int column) const;
    int int32(int column) const { return static_cast<int>(int64(column)); }
    std::string text(int column) const;                              // NULL reads as ""
    bool is_null(int column) const;

private:
    sqlite3* db_;
    sqlite3_stmt* stmt_ = nullptr;
};

// An open database connection; closes on destruction.
class Connection {
public:
    Connection() = default;
    explicit Connection(sqlite3* db) : db_(db) {}
    ~Connection();
    Connection(Connection&& other) noexcept : db_(other.db_) { other.db_ = nullptr; }
    Connection& operator=(Connection&& other) noexcept;
    Connection(const Connection&) = delete;
    Connection& operator=(const Connection&) = delete;

    sqlite3* get() const { return db_; }
    void exec(std::string_view sql);                                 // for fixed SQL without parameters only
    std::int64_t pragma_int(std::string_view pragma);                // "PRAGMA user_version" -> its value
    std::int64_t last_insert_rowid() const { return sqlite3_last_insert_rowid(db_); }
    int changes() const { return sqlite3_changes(db_); }

    // Runs body as one transaction level; `depth` counts the levels open on this connection. The outermost
    // level is BEGIN IMMEDIATE (it takes the write lock up front, so two processes never deadlock upgrading
    // read locks); inner levels are savepoints, so an inner failure a caller catches undoes only the inner
    // part. On success the level commits or is released; on an exception it is undone and the exception
    // propagates. Returns true when this call committed the outermost level.
    bool transaction_level(int& depth, const std::function<void()>& body);

private:
    // Undoes a failed level. After some errors (disk full, I/O) SQLite has already rolled the whole
    // transaction back by itself; a ROLLBACK then would fail and hide the real error, so we look first.
    // Never throws: the caller is already propagating the error that matters.
    void abandon(bool outermost, const std::string& savepoint) noexcept;

    sqlite3* db_ = nullptr;
};

} // namespace mb::sqlite
