// core/store/sqlite_db.cpp — see sqlite_db.hpp.
#include "core/store/sqlite_db.hpp"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace mb::sqlite {

StoreErrorKind classify(int rc) {
    switch (rc & 0xff) {                                         // primary code of an extended one
    case SQLITE_BUSY: case SQLITE_LOCKED: return StoreErrorKind::Busy;
    case SQLITE_FULL: return StoreErrorKind::Full;
    case SQLITE_READONLY: case SQLITE_CANTOPEN: case SQLITE_PERM: case SQLITE_AUTH: return StoreErrorKind::ReadOnly;
    case SQLITE_CORRUPT: case SQLITE_NOTADB: return StoreErrorKind::Corrupt;
    case SQLITE_CONSTRAINT: case SQLITE_MISMATCH: case SQLITE_RANGE: return StoreErrorKind::Invalid;
    default: return StoreErrorKind::Other;
    }
}

// SQLite's own words, with a plain explanation in front for the failures an organizer can act on.
std::string explain(StoreErrorKind kind, std::string_view sqlite_message) {
    std::string_view plain;
    switch (kind) {
    case StoreErrorKind::Busy: plain = "another program is holding the database; try again in a moment"; break;
    case StoreErrorKind::Full: plain = "the disk is full; free some space"; break;
    case StoreErrorKind::ReadOnly: plain = "the database cannot be written (read-only file, folder or disk)"; break;
    case StoreErrorKind::Corrupt: plain = "the database file is damaged or is not a Matchbooth database"; break;
    default: break;
    }
    if (plain.empty()) return std::string(sqlite_message);
    return std::string(plain) + " (" + std::string(sqlite_message) + ")";
}

void check(sqlite3* db, int rc, std::string_view what) {
    if (rc == SQLITE_OK || rc == SQLITE_ROW || rc == SQLITE_DONE) return;
    const StoreErrorKind kind = classify(rc);
    std::string msg(what);
    msg += ": ";
    msg += explain(kind, db ? sqlite3_errmsg(db) : sqlite3_errstr(rc));
    throw StoreError(msg, kind);
}

// --- Statement --------------------------------------------------------------------------------------------

Statement::Statement(sqlite3* db, std::string_view sql) : db_(db) {
    const int rc = sqlite3_prepare_v2(db, sql.data(), static_cast<int>(sql.size()), &stmt_, nullptr);
    check(db, rc, "preparing a statement");
}

Statement::~Statement() { sqlite3_finalize(stmt_); }

Statement& Statement::bind(int index, std::int64_t value) {
    check(db_, sqlite3_bind_int64(stmt_, index, value), "binding a value");
    return *this;
}

Statement& Statement::bind(int index, std::string_view value) {
    check(db_, sqlite3_bind_text(stmt_, index, value.data(), static_cast<int>(value.size()), SQLITE_TRANSIENT),
          "binding a value");
    return *this;
}

bool Statement::step() {
    const int rc = sqlite3_step(stmt_);
    if (rc == SQLITE_ROW) return true;
    if (rc == SQLITE_DONE) return false;
    check(db_, rc, "running a statement");
    return false;
}

void Statement::run() {
    while (step()) {
    }
}

void Statement::reset() {
    sqlite3_reset(stmt_);
    sqlite3_clear_bindings(stmt_);
}

std::int64_t Statement::int64(int column) const { return sqlite3_column_int64(stmt_, column); }

std::string Statement::text(int column) const {
    const auto* p = sqlite3_column_text(stmt_, column);
    if (!p) return {};
    return std::string(reinterpret_cast<const char*>(p), static_cast<std::size_t>(sqlite3_column_bytes(stmt_, column)));
}

bool Statement::is_null(int column) const { return sqlite3_column_type(stmt_, column) == SQLITE_NULL; }

// --- Connection -------------------------------------------------------------------------------------------

Connection::~Connection() { sqlite3_close_v2(db_); }

Connection& Connection::operator=(Connection&& other) noexcept {
    if (this != &other) {
        sqlite3_close_v2(db_);
        db_ = other.db_;
        other.db_ = nullptr;
    }
    return *this;
}

void Connection::exec(std::string_view sql) {
    char* err = nullptr;
    const std::string text(sql);
    const int rc = sqlite3_exec(db_, text.c_str(), nullptr, nullptr, &err);
    if (rc != SQLITE_OK) {
        const int code = sqlite3_extended_errcode(db_);
        const StoreErrorKind kind = classify(code);
        std::string msg = explain(kind, err ? err : sqlite3_errstr(rc));
        sqlite3_free(err);
        throw StoreError(msg, kind);
    }
}

std::int64_t Connection::pragma_int(std::string_view pragma) {
    Statement st(db_, pragma);
    return st.step() ? st.int64(0) : 0;
}

bool Connection::transaction_level(int& depth, const std::function<void()>& body) {
    const bool outermost = depth == 0;
    const std::string savepoint = "sp" + std::to_string(depth);
    exec(outermost ? std::string("BEGIN IMMEDIATE") : "SAVEPOINT " + savepoint);
    ++depth;
    try {
        body();
        exec(outermost ? std::string("COMMIT") : "RELEASE " + savepoint);
    } catch (...) {
        --depth;
        abandon(outermost, savepoint);
        throw;
    }
    --depth;
    return outermost;
}

void Connection::abandon(bool outermost, const std::string& savepoint) noexcept {
    if (sqlite3_get_autocommit(db_)) return;                 // nothing open any more
    try {
        if (outermost) {
            exec("ROLLBACK");
        } else {
            exec("ROLLBACK TO " + savepoint);
            exec("RELEASE " + savepoint);
        }
    } catch (const StoreError&) {
    }
}

void create_private_file(const std::filesystem::path& path, std::string_view what) {
    const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd >= 0) {
        ::close(fd);
        return;
    }
    if (errno == EEXIST) return;
    throw StoreError("cannot create " + std::string(what) + " " + path.string() + ": " + std::strerror(errno),
                     errno == ENOSPC ? StoreErrorKind::Full : StoreErrorKind::ReadOnly);
}

} // namespace mb::sqlite
