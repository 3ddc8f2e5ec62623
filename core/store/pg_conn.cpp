// core/store/pg_conn.cpp — see pg_conn.hpp.
#include "core/store/pg_conn.hpp"

#include "core/store/pg_policy.hpp"

#include <array>
#include <charconv>

namespace mb::pg {

namespace {

// libpq prints server NOTICEs to stderr by default; the store's messages go through StoreError instead.
void ignore_notice(void*, const char*) {}

std::string first_line(std::string_view text) {
    const auto end = text.find('\n');
    return std::string(text.substr(0, end));
}

} // namespace

// --- Results --------------------------------------------------------------------------------------------

std::int64_t Result::int64(int row, int col) const {
    const char* v = PQgetvalue(res_.get(), row, col);
    std::int64_t out = 0;
    std::from_chars(v, v + std::char_traits<char>::length(v), out);
    return out;
}

std::int64_t Result::affected() const {
    const char* v = PQcmdTuples(res_.get());
    std::int64_t out = 0;
    std::from_chars(v, v + std::char_traits<char>::length(v), out);
    return out;
}

// --- Errors ---------------------------------------------------------------------------------------------

StoreErrorKind classify(std::string_view sqlstate) {
    if (sqlstate.size() != 5) return StoreErrorKind::Other;
    const std::string_view cls = sqlstate.substr(0, 2);
    if (cls == "08") return StoreErrorKind::Unreachable;               // connection exception
    if (sqlstate == "57P01" || sqlstate == "57P02" || sqlstate == "57P03")
        return StoreErrorKind::Unreachable;                            // server shutting down / starting up
    if (sqlstate == "53100") return StoreErrorKind::Full;              // disk full
    if (sqlstate == "53400") return StoreErrorKind::Full;              // configuration limit exceeded
    if (cls == "53") return StoreErrorKind::Busy;                      // out of memory / too many connections
    if (cls == "40" || sqlstate == "55P03" || sqlstate == "57014")
        return StoreErrorKind::Busy;                                   // deadlock, serialization, lock timeout
    if (cls == "23" || cls == "22" || sqlstate == "P0001") return StoreErrorKind::Invalid;   // refused data
    if (cls == "25" && sqlstate == "25006") return StoreErrorKind::ReadOnly;   // read-only transaction
    if (cls == "XX") return StoreErrorKind::Corrupt;                   // internal error, data corrupted
    return StoreErrorKind::Other;
}

// --- Connection -----------------------------------------------------------------------------------------

Connection::Connection(std::string conninfo) : conninfo_(std::move(conninfo)), conn_(nullptr, &PQfinish) {
    // Our defaults come first: values in the caller's connection string override them. Over TCP, a dead
    // network must become an error within seconds, not hang a kiosk for the kernel's two-hour keepalive.
    const std::array<const char*, 8> keys{"connect_timeout",    "application_name", "keepalives_idle",
                                          "keepalives_interval", "keepalives_count", "tcp_user_timeout",
                                          "dbname",             nullptr};
    const std::array<const char*, 8> values{"5", "matchbooth", "10", "5", "3", "15000", conninfo_.c_str(), nullptr};
    // Before any byte (or the password) goes out: a server on another machine only with a checked
    // certificate (pg_policy.hpp). Other, not Unreachable: retrying cannot help, the address must change.
    if (std::string refusal = transport_refusal(conninfo_, ConnectEnv::from_process()); !refusal.empty())
        throw StoreError(refusal, StoreErrorKind::Other);
    conn_.reset(PQconnectdbParams(keys.data(), values.data(), 1));
    if (!conn_) throw StoreError("out of memory while connecting to the database server", StoreErrorKind::Other);
    PQsetNoticeProcessor(conn_.get(), &ignore_notice, nullptr);
    if (broken()) {
        // A server that cannot prove who it is: said as a sentence, and not retried like a network outage.
        const std::string tls = tls_failure_sentence(PQerrorMessage(conn_.get()), server());
        if (!tls.empty()) throw StoreError(tls, StoreErrorKind::Other);
        fail_unreachable("connect");
    }
}

std::string Connection::server() const {
    const char* host = PQhost(conn_.get());
    const char* port = PQport(conn_.get());
    std::string out = host && *host ? host : "localhost";
    if (port && *port) out += std::string(":") + port;
    return out;
}

void Connection::fail_unreachable(std::string_view doing) {
    throw StoreError("the database server at " + server() + " cannot be reached (" + std::string(doing) + ": " +
                         first_line(PQerrorMessage(conn_.get())) + ")",
                     StoreErrorKind::Unreachable);
}

void Connection::fail(const PGresult* res, std::string_view sql) {
    if (broken()) fail_unreachable("connection lost");
    const char* state = res ? PQresultErrorField(res, PG_DIAG_SQLSTATE) : nullptr;
    const char* primary = res ? PQresultErrorField(res, PG_DIAG_MESSAGE_PRIMARY) : nullptr;
    const char* constraint = res ? PQresultErrorField(res, PG_DIAG_CONSTRAINT_NAME) : nullptr;
    last_constraint_ = constraint ? constraint : "";
    const StoreErrorKind kind = state ? classify(state) : StoreErrorKind::Other;
    std::string message = primary ? primary : first_line(PQerrorMessage(conn_.get()));
    if (kind == StoreErrorKind::Unreachable)
        message = "the database server at " + server() + " cannot be reached (" + message + ")";
    else if (kind == StoreErrorKind::Full)
        message = "the database server's disk is full (" + message + ")";
    else if (kind == StoreErrorKind::Other || kind == StoreErrorKind::Corrupt)
        message = "the database server refused \"" + first_line(sql).substr(0, 60) + "\": " + message;
    throw StoreError(message, kind);
}

Result Connection::exec(std::string_view sql, const Params& params) {
    std::vector<const char*> values;
    values.reserve(params.values().size());
    for (const auto& v : params.values()) values.push_back(v ? v->c_str() : nullptr);
    const std::string text(sql);
    // Without parameters PQexec is used: it accepts several statements (the migrations need that).
    Result res(values.empty() ? PQexec(conn_.get(), text.c_str())
                              : PQexecParams(conn_.get(), text.c_str(), static_cast<int>(values.size()), nullptr,
                                             values.data(), nullptr, nullptr, 0));
    count_queued_notifications();    // now, so libpq's queue never grows unbounded
    const ExecStatusType status = PQresultStatus(res.get());
    if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK && status != PGRES_EMPTY_QUERY)
        fail(res.get(), text);
    return res;
}

bool Connection::reconnect_if_broken() {
    if (!broken()) {
        // A server that went away while we were idle has closed the socket; reading notices that cheaply.
        if (PQtransactionStatus(conn_.get()) == PQTRANS_IDLE) PQconsumeInput(conn_.get());
        if (!broken()) return false;
    }
    PQreset(conn_.get());
    if (broken()) fail_unreachable("reconnect");
    PQsetNoticeProcessor(conn_.get(), &ignore_notice, nullptr);
    return true;
}

void Connection::count_queued_notifications() {
    while (PGnotify* n = PQnotifies(conn_.get())) {
        PQfreemem(n);
        ++pending_notifications_;
    }
}

std::uint64_t Connection::drain_notifications(bool sync) {
    if (!broken()) PQconsumeInput(conn_.get());
    count_queued_notifications();
    // Nothing on the socket yet: an empty query (no parse, no plan, no table) makes the server deliver every
    // notification committed so far before it answers. Without it, a commit that already returned to its
    // writer could still be missing here, because the server process that sends it to us may not have run.
    if (sync && pending_notifications_ == 0 && !broken() && !in_transaction()) {
        const Result res(PQexec(conn_.get(), ""));
        count_queued_notifications();
    }
    const std::uint64_t n = pending_notifications_;
    pending_notifications_ = 0;
    return n;
}

bool Connection::in_transaction() const {
    const PGTransactionStatusType s = PQtransactionStatus(conn_.get());
    return s == PQTRANS_INTRANS || s == PQTRANS_INERROR || s == PQTRANS_ACTIVE;
}

// --- Connection strings ---------------------------------------------------------------------------------

bool looks_like_conninfo(std::string_view text) {
    if (text.starts_with("postgresql://") || text.starts_with("postgres://")) return true;
    for (std::string_view key : {"host=", "hostaddr=", "port=", "dbname=", "user=", "service="}) {
        if (text.starts_with(key)) return true;
    }
    return false;
}

} // namespace mb::pg
