// core/store/pg_conn.hpp — a thin RAII layer over libpq (PostgreSQL's C client), used only by the PostgreSQL
// store.
//
// Why libpq directly: it is what Debian ships (libpq-dev) and what every wrapper sits on; the store needs a
// dozen calls of it, so a C++ wrapper library would be one more dependency for no gain.
//
// Every statement takes its data as parameters ($1, $2 ...): no SQL text is ever built from data. Failures
// become StoreError with a kind taken from the SQLSTATE, and a connection that was lost is re-opened by the
// next call (reconnect()), so a kiosk recovers by itself when the server is back.
#pragma once

#include <libpq-fe.h>

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/store/store.hpp"

namespace mb::pg {

// The text form of each parameter; nullopt is SQL NULL.
class Params {
public:
    Params& add(std::int64_t v) { values_.emplace_back(std::to_string(v)); return *this; }
    Params& add(int v) { return add(static_cast<std::int64_t>(v)); }
    Params& add(bool v) { values_.emplace_back(v ? "t" : "f"); return *this; }
    Params& add(std::string_view v) { values_.emplace_back(std::string(v)); return *this; }
    Params& add(const char* v) { return add(std::string_view(v)); }
    Params& add(const std::string& v) { return add(std::string_view(v)); }
    Params& add_null() { values_.emplace_back(std::nullopt); return *this; }
    const std::vector<std::optional<std::string>>& values() const { return values_; }

private:
    std::vector<std::optional<std::string>> values_;   // in $1, $2 ... order
};

// A query result; frees itself. Values read as text and are converted here.
class Result {
public:
    explicit Result(PGresult* r) : res_(r, &PQclear) {}
    int rows() const { return PQntuples(res_.get()); }
    bool empty() const { return rows() == 0; }
    bool is_null(int row, int col) const { return PQgetisnull(res_.get(), row, col) != 0; }
    std::string text(int row, int col) const { return PQgetvalue(res_.get(), row, col); }   // NULL -> ""
    std::int64_t int64(int row, int col) const;
    int int32(int row, int col) const { return static_cast<int>(int64(row, col)); }
    bool boolean(int row, int col) const { return text(row, col) == "t"; }
    std::int64_t affected() const;                                     // rows changed by INSERT/UPDATE/DELETE
    const PGresult* get() const { return res_.get(); }

private:
    std::unique_ptr<PGresult, void (*)(PGresult*)> res_;               // owned
};

// Maps a SQLSTATE (five characters) to what the caller should do about it.
StoreErrorKind classify(std::string_view sqlstate);

// One connection to the server. Not thread-safe (neither is a Store).
class Connection {
public:
    // Connects; throws StoreError(Unreachable) naming the server if it cannot.
    explicit Connection(std::string conninfo);
    Connection(const Connection&) = delete;
    Connection& operator=(const Connection&) = delete;

    // Runs one statement. Throws StoreError; the message is PostgreSQL's primary message, and the kind comes
    // from the SQLSTATE (or Unreachable when the connection broke). constraint() then names the violated
    // constraint, if any.
    Result exec(std::string_view sql, const Params& params = {});

    // True when the connection is usable; a broken one is re-opened (PQreset) here. Returns true if it had
    // to reconnect (the session state — LISTEN, advisory locks — is then gone and must be set up again).
    // Throws StoreError(Unreachable) while the server is still away.
    bool reconnect_if_broken();

    // Returns how many notifications (NOTIFY on a channel this connection LISTENs to) arrived since the last
    // call. Reads what is already on the socket; if that is nothing and sync is set, makes one empty-query
    // round trip so that every notification committed before this call is counted (see pg_conn.cpp).
    std::uint64_t drain_notifications(bool sync);

    bool in_transaction() const;                                       // inside BEGIN ... (even a failed one)
    bool transaction_failed() const { return PQtransactionStatus(conn_.get()) == PQTRANS_INERROR; }
    bool broken() const { return PQstatus(conn_.get()) != CONNECTION_OK; }
    const std::string& last_constraint() const { return last_constraint_; }
    std::string server() const;                                        // "host:port" (a socket dir is a host)

private:
    [[noreturn]] void fail(const PGresult* res, std::string_view sql);
    [[noreturn]] void fail_unreachable(std::string_view doing);
    void count_queued_notifications();

    std::string conninfo_;                                             // as given (URI or key=value)
    std::unique_ptr<PGconn, void (*)(PGconn*)> conn_;                  // owned
    std::string last_constraint_;                                      // from the last failed statement
    std::uint64_t pending_notifications_ = 0;                          // counted in exec(), handed out by drain
};

// True when text is a PostgreSQL connection string rather than a file path: a postgresql:// or postgres://
// URI, or a libpq keyword string such as "host=... dbname=...".
bool looks_like_conninfo(std::string_view text);

} // namespace mb::pg
