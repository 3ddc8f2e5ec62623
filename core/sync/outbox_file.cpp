// core/sync/outbox_file.cpp — the local outbox/mirror file. See outbox_file.hpp for what it holds and why.
//
// Index of sections:
//   [SECTION] Opening and schema
//   [SECTION] Transactions
//   [SECTION] Outbox
//   [SECTION] Provisional ids
//   [SECTION] Mirror
//   [SECTION] Erasure
#include "core/sync/outbox_file.hpp"

#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cstring>

#include "core/store/sqlite_store.hpp"
#include "core/sync/attendee_record.hpp"

namespace mb::sync {

namespace {

using sqlite::Statement;

// --- [SECTION] Opening and schema -------------------------------------------------------------------------

// Version 1. A later change appends a migration; never edit this text once shipped.
constexpr const char* kSchemaV1 = R"sql(
CREATE TABLE ops (
    seq INTEGER PRIMARY KEY AUTOINCREMENT, kind INTEGER NOT NULL, uuid TEXT NOT NULL UNIQUE,
    who INTEGER NOT NULL, other INTEGER NOT NULL, preference INTEGER NOT NULL, source TEXT NOT NULL,
    attendee TEXT, at_ms INTEGER NOT NULL);
CREATE TABLE refused_ops (
    seq INTEGER PRIMARY KEY, kind INTEGER NOT NULL, uuid TEXT NOT NULL, who INTEGER NOT NULL,
    other INTEGER NOT NULL, preference INTEGER NOT NULL, source TEXT NOT NULL, attendee TEXT,
    at_ms INTEGER NOT NULL, reason TEXT NOT NULL);
CREATE TABLE id_map (provisional INTEGER PRIMARY KEY, server INTEGER NOT NULL);
CREATE TABLE meta (key TEXT PRIMARY KEY, value INTEGER NOT NULL);
CREATE TABLE people (
    id INTEGER PRIMARY KEY, record TEXT NOT NULL, email_lc TEXT NOT NULL, uuid TEXT NOT NULL,
    remote_rev INTEGER NOT NULL, local INTEGER NOT NULL);
CREATE INDEX people_email ON people (email_lc) WHERE email_lc <> '';
CREATE INDEX people_uuid ON people (uuid) WHERE uuid <> '';
CREATE TABLE present (id INTEGER PRIMARY KEY);
CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE preferences (
    from_id INTEGER NOT NULL, to_id INTEGER NOT NULL, preference INTEGER NOT NULL, at_ms INTEGER NOT NULL,
    PRIMARY KEY (from_id, to_id));
CREATE TABLE suggestions (
    pos INTEGER PRIMARY KEY, mentor INTEGER NOT NULL, mentee INTEGER NOT NULL, score INTEGER NOT NULL,
    reasons TEXT NOT NULL, locked INTEGER NOT NULL);
CREATE TABLE rounds (id INTEGER PRIMARY KEY, number INTEGER NOT NULL, started_ms INTEGER NOT NULL,
    duration_s INTEGER NOT NULL);
CREATE TABLE round_pairings (
    round_id INTEGER NOT NULL, mentor INTEGER NOT NULL, mentee INTEGER NOT NULL, table_no INTEGER NOT NULL,
    score INTEGER NOT NULL, reasons TEXT NOT NULL);
PRAGMA user_version = 1;
)sql";

// The outbox holds attendees' contact details: a private folder, and the file created 0600 before SQLite
// opens it.
void create_private_outbox(const std::filesystem::path& path) {
    namespace fs = std::filesystem;
    std::error_code ec;
    if (path.has_parent_path() && !fs::exists(path.parent_path(), ec)) {
        fs::create_directories(path.parent_path(), ec);
        if (ec) throw StoreError("cannot create the folder for the offline outbox " + path.string() + ": " +
                                 ec.message(), StoreErrorKind::ReadOnly);
        fs::permissions(path.parent_path(), fs::perms::owner_all, fs::perm_options::replace, ec);
    }
    sqlite::create_private_file(path, "the offline outbox");
}

sqlite::Connection open_connection(const std::filesystem::path& path) {
    create_private_outbox(path);
    sqlite3* raw = nullptr;
    const int rc = sqlite3_open_v2(path.c_str(), &raw, SQLITE_OPEN_READWRITE | SQLITE_OPEN_FULLMUTEX, nullptr);
    sqlite::Connection db(raw);
    if (rc != SQLITE_OK) throw StoreError("cannot open " + path.string() + ": " + sqlite3_errstr(rc), sqlite::classify(rc));
    if (sqlite3_db_readonly(raw, "main") == 1)
        throw StoreError(path.string() + ": the offline outbox is read-only; check its permissions and the disk",
                         StoreErrorKind::ReadOnly);
    sqlite3_extended_result_codes(raw, 1);
    db.exec("PRAGMA busy_timeout = 5000");
    {
        Statement st(raw, "PRAGMA journal_mode = WAL");
        if (!st.step() || st.text(0) != "wal")
            throw StoreError("this file system does not support SQLite's write-ahead log", StoreErrorKind::Other);
    }
    db.exec("PRAGMA synchronous = FULL");          // an acknowledged offline check-in survives a power cut
    const std::int64_t version = db.pragma_int("PRAGMA user_version");
    if (version == 0) {
        db.exec("BEGIN IMMEDIATE");
        try {
            db.exec(kSchemaV1);
            db.exec("COMMIT");
        } catch (...) {
            db.exec("ROLLBACK");
            throw;
        }
    } else if (version != 1) {
        throw StoreError("the offline outbox was written by a newer matchbooth (format " + std::to_string(version) +
                         ")", StoreErrorKind::Other);
    }
    return db;
}

std::string lower_ascii(std::string_view s) {
    std::string out(s);
    std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return out;
}

constexpr const char* kOpColumns = "seq, kind, uuid, who, other, preference, source, attendee, at_ms";

OutboxOp read_op(const Statement& st) {
    OutboxOp op;
    op.seq = st.int64(0);
    op.kind = static_cast<OpKind>(st.int64(1));
    op.uuid = st.text(2);
    op.who = st.int64(3);
    op.other = st.int64(4);
    op.preference = static_cast<Preference>(st.int64(5));
    op.source = st.text(6);
    if (!st.is_null(7)) op.attendee = decode_attendee(st.text(7));
    op.at_ms = st.int64(8);
    return op;
}

// Binds an op's columns (everything after seq) starting at parameter 2, in kOpColumns order.
void bind_op(Statement& st, const OutboxOp& op) {
    st.bind(2, static_cast<std::int64_t>(op.kind)).bind(3, op.uuid).bind(4, op.who).bind(5, op.other);
    st.bind(6, static_cast<std::int64_t>(op.preference)).bind(7, op.source);
    if (op.attendee) st.bind(8, encode_attendee(*op.attendee));
    st.bind(9, op.at_ms);
}

std::optional<Attendee> one_person(Statement& st) {
    if (!st.step()) return std::nullopt;
    return decode_attendee(st.text(0));
}

} // namespace

OutboxFile::OutboxFile(const std::filesystem::path& path) {
    try {
        db_ = open_connection(path);
    } catch (const StoreError& e) {
        throw StoreError(path.string() + ": " + e.what(), e.kind);
    }
}

// --- [SECTION] Transactions ------------------------------------------------------------------------------

void OutboxFile::transaction(const std::function<void()>& body) { db_.transaction_level(depth_, body); }

// --- [SECTION] Outbox ------------------------------------------------------------------------------------

void OutboxFile::push(OutboxOp op) {
    Statement st(db_.get(), std::string("INSERT INTO ops (") + kOpColumns +
                                ") VALUES (NULL, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)");
    bind_op(st, op);
    st.run();
}

std::optional<OutboxOp> OutboxFile::front() {
    Statement st(db_.get(), std::string("SELECT ") + kOpColumns + " FROM ops ORDER BY seq LIMIT 1");
    if (!st.step()) return std::nullopt;
    return read_op(st);
}

void OutboxFile::remove(std::int64_t seq) {
    Statement st(db_.get(), "DELETE FROM ops WHERE seq = ?1");
    st.bind(1, seq).run();
}

void OutboxFile::refuse(const OutboxOp& op, std::string_view reason) {
    transaction([&] {
        Statement st(db_.get(), std::string("INSERT OR REPLACE INTO refused_ops (") + kOpColumns +
                                    ", reason) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)");
        st.bind(1, op.seq);
        bind_op(st, op);
        st.bind(10, reason).run();
        remove(op.seq);
    });
}

std::int64_t OutboxFile::pending() { return db_.pragma_int("SELECT count(*) FROM ops"); }
std::int64_t OutboxFile::refused() { return db_.pragma_int("SELECT count(*) FROM refused_ops"); }

std::vector<std::pair<OutboxOp, std::string>> OutboxFile::refused_ops() {
    Statement st(db_.get(), std::string("SELECT ") + kOpColumns + ", reason FROM refused_ops ORDER BY seq");
    std::vector<std::pair<OutboxOp, std::string>> out;
    while (st.step()) out.emplace_back(read_op(st), st.text(9));
    return out;
}

// --- [SECTION] Provisional ids ---------------------------------------------------------------------------

AttendeeId OutboxFile::next_provisional_id() {
    const std::int64_t next = meta("last_provisional") - 1;
    set_meta("last_provisional", next);
    return next;
}

void OutboxFile::map_id(AttendeeId provisional, AttendeeId server) {
    Statement st(db_.get(), "INSERT OR REPLACE INTO id_map (provisional, server) VALUES (?1, ?2)");
    st.bind(1, provisional).bind(2, server).run();
}

std::optional<AttendeeId> OutboxFile::mapped_id(AttendeeId provisional) {
    Statement st(db_.get(), "SELECT server FROM id_map WHERE provisional = ?1");
    st.bind(1, provisional);
    if (!st.step()) return std::nullopt;
    return st.int64(0);
}

// --- [SECTION] Mirror ------------------------------------------------------------------------------------

void OutboxFile::put_person(const Attendee& a, std::int64_t remote_rev, bool local) {
    Statement st(db_.get(), "INSERT OR REPLACE INTO people (id, record, email_lc, uuid, remote_rev, local) "
                            "VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
    st.bind(1, a.id).bind(2, encode_attendee(a)).bind(3, lower_ascii(a.email.value)).bind(4, a.uuid);
    st.bind(5, remote_rev).bind(6, local).run();
}

std::optional<Attendee> OutboxFile::person(AttendeeId id) {
    Statement st(db_.get(), "SELECT record FROM people WHERE id = ?1");
    st.bind(1, id);
    return one_person(st);
}

std::optional<Attendee> OutboxFile::person_by_email(std::string_view email) {
    if (email.empty()) return std::nullopt;
    Statement st(db_.get(), "SELECT record FROM people WHERE email_lc <> '' AND email_lc = ?1");
    st.bind(1, lower_ascii(email));
    return one_person(st);
}

std::optional<Attendee> OutboxFile::person_by_uuid(std::string_view uuid) {
    if (uuid.empty()) return std::nullopt;
    Statement st(db_.get(), "SELECT record FROM people WHERE uuid <> '' AND uuid = ?1");
    st.bind(1, uuid);
    return one_person(st);
}

std::vector<Attendee> OutboxFile::people() {
    Statement st(db_.get(), "SELECT record FROM people ORDER BY id");
    std::vector<Attendee> out;
    while (st.step()) out.push_back(decode_attendee(st.text(0)));
    return out;
}

std::int64_t OutboxFile::people_count() { return db_.pragma_int("SELECT count(*) FROM people"); }

// Revisions stay the server's: rows changed offline are reported every time (a reader upserts, so seeing
// them again is harmless), and the answer's revision never runs ahead of what the server has handed out.
AttendeeChanges OutboxFile::people_changed_since(std::int64_t revision) {
    AttendeeChanges out;
    out.revision = std::max(revision, meta("attendee_revision"));
    Statement st(db_.get(), "SELECT record FROM people WHERE remote_rev > ?1 OR local <> 0 ORDER BY id");
    st.bind(1, revision);
    while (st.step()) out.changed.push_back(decode_attendee(st.text(0)));
    return out;
}

void OutboxFile::set_present(AttendeeId id, bool present) {
    Statement st(db_.get(), present ? "INSERT OR IGNORE INTO present (id) VALUES (?1)" : "DELETE FROM present WHERE id = ?1");
    st.bind(1, id).run();
}

bool OutboxFile::is_present(AttendeeId id) {
    Statement st(db_.get(), "SELECT 1 FROM present WHERE id = ?1");
    st.bind(1, id);
    return st.step();
}

std::vector<AttendeeId> OutboxFile::present() {
    Statement st(db_.get(), "SELECT id FROM present ORDER BY id");
    std::vector<AttendeeId> out;
    while (st.step()) out.push_back(st.int64(0));
    return out;
}

void OutboxFile::clear_people() {
    db_.exec("DELETE FROM people; DELETE FROM present");
    set_meta("attendee_revision", 0);
    set_meta("log_seq", 0);
}

std::optional<std::string> OutboxFile::setting(std::string_view key) {
    Statement st(db_.get(), "SELECT value FROM settings WHERE key = ?1");
    st.bind(1, key);
    if (!st.step()) return std::nullopt;
    return st.text(0);
}

void OutboxFile::put_setting(std::string_view key, const std::optional<std::string>& value) {
    Statement st(db_.get(), value ? "INSERT OR REPLACE INTO settings (key, value) VALUES (?1, ?2)"
                                  : "DELETE FROM settings WHERE key = ?1");
    st.bind(1, key);
    if (value) st.bind(2, *value);
    st.run();
}

std::vector<PreferenceRow> OutboxFile::preferences() {
    Statement st(db_.get(), "SELECT from_id, to_id, preference, at_ms FROM preferences ORDER BY from_id, to_id");
    std::vector<PreferenceRow> out;
    while (st.step()) out.push_back({st.int64(0), st.int64(1), static_cast<Preference>(st.int64(2)), st.int64(3)});
    return out;
}

void OutboxFile::put_preference(const PreferenceRow& row) {
    if (row.preference == Preference::None) {
        Statement st(db_.get(), "DELETE FROM preferences WHERE from_id = ?1 AND to_id = ?2");
        st.bind(1, row.from).bind(2, row.to).run();
        return;
    }
    Statement st(db_.get(), "INSERT OR REPLACE INTO preferences (from_id, to_id, preference, at_ms) VALUES (?1, ?2, ?3, ?4)");
    st.bind(1, row.from).bind(2, row.to).bind(3, static_cast<std::int64_t>(row.preference)).bind(4, row.at_ms).run();
}

// Replacing only when different keeps the poll's commit empty (no fsync) when nothing changed.
void OutboxFile::replace_preferences(std::span<const PreferenceRow> rows) {
    const std::vector<PreferenceRow> held = preferences();
    if (std::equal(rows.begin(), rows.end(), held.begin(), held.end(), [](const PreferenceRow& x, const PreferenceRow& y) {
            return x.from == y.from && x.to == y.to && x.preference == y.preference && x.at_ms == y.at_ms;
        }))
        return;
    db_.exec("DELETE FROM preferences");
    for (const PreferenceRow& r : rows) put_preference(r);
}

std::vector<Pairing> OutboxFile::suggestions() {
    Statement st(db_.get(), "SELECT mentor, mentee, score, reasons, locked FROM suggestions ORDER BY pos");
    std::vector<Pairing> out;
    while (st.step()) out.push_back({st.int64(0), st.int64(1), 0, st.int32(2), st.text(3), st.int64(4) != 0});
    return out;
}

void OutboxFile::replace_suggestions(std::span<const Pairing> pairs) {
    const std::vector<Pairing> held = suggestions();       // the fields kept (no table for suggestions)
    if (std::equal(pairs.begin(), pairs.end(), held.begin(), held.end(), [](const Pairing& x, const Pairing& y) {
            return x.mentor == y.mentor && x.mentee == y.mentee && x.score == y.score && x.reasons == y.reasons &&
                   x.locked == y.locked;
        }))
        return;
    db_.exec("DELETE FROM suggestions");
    Statement st(db_.get(), "INSERT INTO suggestions (pos, mentor, mentee, score, reasons, locked) VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
    std::int64_t pos = 0;
    for (const Pairing& p : pairs) {
        st.reset();
        st.bind(1, pos++).bind(2, p.mentor).bind(3, p.mentee).bind(4, p.score).bind(5, p.reasons).bind(6, p.locked).run();
    }
}

std::vector<Round> OutboxFile::rounds() {
    Statement st(db_.get(), "SELECT id, number, started_ms, duration_s FROM rounds ORDER BY number");
    std::vector<Round> out;
    while (st.step()) out.push_back({st.int64(0), st.int32(1), st.int64(2), st.int32(3)});
    return out;
}

std::vector<Pairing> OutboxFile::round_pairings(std::int64_t round_id) {
    Statement st(db_.get(), "SELECT mentor, mentee, table_no, score, reasons FROM round_pairings WHERE round_id = ?1 "
                            "ORDER BY table_no, mentor");
    st.bind(1, round_id);
    std::vector<Pairing> out;
    while (st.step()) out.push_back({st.int64(0), st.int64(1), st.int32(2), st.int32(3), st.text(4)});
    return out;
}

void OutboxFile::put_round(const Round& round, std::span<const Pairing> pairings) {
    Statement del(db_.get(), "DELETE FROM round_pairings WHERE round_id = ?1");
    del.bind(1, round.id).run();
    Statement st(db_.get(), "INSERT OR REPLACE INTO rounds (id, number, started_ms, duration_s) VALUES (?1, ?2, ?3, ?4)");
    st.bind(1, round.id).bind(2, round.number).bind(3, round.started_ms).bind(4, round.duration_s).run();
    Statement ins(db_.get(), "INSERT INTO round_pairings (round_id, mentor, mentee, table_no, score, reasons) "
                             "VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
    for (const Pairing& p : pairings) {
        ins.reset();
        ins.bind(1, round.id).bind(2, p.mentor).bind(3, p.mentee).bind(4, p.table).bind(5, p.score).bind(6, p.reasons).run();
    }
}

// --- [SECTION] Erasure -----------------------------------------------------------------------------------

namespace {

// Runs `sql` (one statement whose only parameter is ?1) once for each id; returns the rows it changed.
int for_each_id(sqlite::Connection& db, const char* sql, const std::vector<AttendeeId>& ids) {
    int changed = 0;
    Statement st(db.get(), sql);
    for (const AttendeeId id : ids) {
        st.reset();
        st.bind(1, id).run();
        changed += db.changes();
    }
    return changed;
}

} // namespace

OutboxErasure OutboxFile::erase_person(AttendeeId id) {
    OutboxErasure out;
    transaction([&] {
        std::vector<AttendeeId> ids{id};                   // the person under every id this file knows
        Statement map(db_.get(), "SELECT provisional, server FROM id_map WHERE provisional = ?1 OR server = ?1");
        map.bind(1, id);
        while (map.step()) {
            for (const AttendeeId other : {map.int64(0), map.int64(1)})
                if (std::find(ids.begin(), ids.end(), other) == ids.end()) ids.push_back(other);
        }
        out.ops = for_each_id(db_, "DELETE FROM ops WHERE who = ?1 OR other = ?1", ids);
        out.refused = for_each_id(db_, "DELETE FROM refused_ops WHERE who = ?1 OR other = ?1", ids);
        out.mirror_rows = for_each_id(db_, "DELETE FROM people WHERE id = ?1", ids) +
                          for_each_id(db_, "DELETE FROM present WHERE id = ?1", ids) +
                          for_each_id(db_, "DELETE FROM preferences WHERE from_id = ?1 OR to_id = ?1", ids) +
                          for_each_id(db_, "DELETE FROM suggestions WHERE mentor = ?1 OR mentee = ?1", ids);
        for (const AttendeeId each : ids) out.round_reasons += blank_round_reasons(each);
        if (out.mirror_rows > 0) set_meta("dirty", 1);   // re-read the attendee list whole at the next pull
    });
    return out;
}

int OutboxFile::blank_round_reasons(AttendeeId id) {
    Statement st(db_.get(), "UPDATE round_pairings SET reasons = '' WHERE reasons <> '' "
                            "AND (?1 = 0 OR mentor = ?1 OR mentee = ?1)");
    st.bind(1, id).run();
    return db_.changes();
}

std::int64_t OutboxFile::meta(std::string_view key) {
    Statement st(db_.get(), "SELECT value FROM meta WHERE key = ?1");
    st.bind(1, key);
    return st.step() ? st.int64(0) : 0;
}

void OutboxFile::set_meta(std::string_view key, std::int64_t value) {
    Statement st(db_.get(), "INSERT OR REPLACE INTO meta (key, value) VALUES (?1, ?2)");
    st.bind(1, key).bind(2, value).run();
}

// --- Where the file lives ----------------------------------------------------------------------------------

std::filesystem::path default_outbox_path(std::string_view remote) {
    // Drop the scheme, any user:password@ (a password never goes into a file name) and the query string.
    if (const auto scheme = remote.find("://"); scheme != std::string_view::npos) remote.remove_prefix(scheme + 3);
    if (const auto at = remote.find('@'); at != std::string_view::npos) remote.remove_prefix(at + 1);
    if (const auto query = remote.find('?'); query != std::string_view::npos) remote = remote.substr(0, query);
    std::string name;
    for (const char c : remote) name += (std::isalnum(static_cast<unsigned char>(c)) || c == '.' || c == '-') ? c : '_';
    if (name.empty()) name = "server";
    return default_database_path().parent_path() / ("outbox-" + name + ".db");
}

} // namespace mb::sync
