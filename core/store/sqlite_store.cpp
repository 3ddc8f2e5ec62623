// core/store/sqlite_store.cpp — Store implemented on SQLite. See sqlite_store.hpp for the durability
// settings and store.hpp for the contract.
//
// Index of sections:
//   [SECTION] Opening
//   [SECTION] Transactions and the change counter
//   [SECTION] Settings
//   [SECTION] Attendees
//   [SECTION] Check-ins
//   [SECTION] Preferences
//   [SECTION] Rounds
#include "core/store/sqlite_store.hpp"

#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <set>

#include "core/store/round_rules.hpp"
#include "core/store/sqlite_db.hpp"
#include "core/store/sqlite_schema.hpp"
#include "core/util/ids.hpp"

namespace mb {

namespace {

using sqlite::Statement;

// Column list shared by every attendee SELECT, in the order read_attendee() expects (25 columns).
constexpr const char* kAttendeeColumns =
    "id, display_name, organization, title, field, years_experience, role, goals, expertise, location, "
    "prefer_outside_org, email, share_email, phone, share_phone, linkedin_url, share_linkedin, "
    "share_organization, share_title, given_name, family_name, name_latin, ticket_code, mentor_capacity, uuid";

// The data columns of kAttendeeColumns (everything but id and uuid), numbered ?1..?23 by bind_attendee().
constexpr const char* kAttendeeDataColumns =
    "display_name, organization, title, field, years_experience, role, goals, expertise, location, "
    "prefer_outside_org, email, share_email, phone, share_phone, linkedin_url, share_linkedin, "
    "share_organization, share_title, given_name, family_name, name_latin, ticket_code, mentor_capacity";
constexpr int kAttendeeDataCount = 23;
// kAttendeeColumns is id + the data columns + uuid; a column selected after it sits at this index.
constexpr int kAttendeeColumnCount = kAttendeeDataCount + 2;

Attendee read_attendee(const Statement& st) {
    Attendee a;
    a.id = st.int64(0);
    a.display_name = st.text(1);
    a.organization = st.text(2);
    a.title = st.text(3);
    a.field = st.text(4);
    a.years_experience = st.int32(5);
    a.role = parse_role(st.text(6)).value_or(Role::Mentee);
    a.goals.bits = static_cast<std::uint32_t>(st.int64(7));
    a.expertise.bits = static_cast<std::uint32_t>(st.int64(8));
    a.location = st.text(9);
    a.prefer_outside_org = st.int64(10) != 0;
    a.email = {st.text(11), st.int64(12) != 0};
    a.phone = {st.text(13), st.int64(14) != 0};
    a.linkedin_url = {st.text(15), st.int64(16) != 0};
    a.share_organization = st.int64(17) != 0;
    a.share_title = st.int64(18) != 0;
    a.given_name = st.text(19);
    a.family_name = st.text(20);
    a.name_latin = st.text(21);
    a.ticket_code = st.text(22);
    a.mentor_capacity = st.int32(23);
    a.uuid = st.text(24);
    return a;
}

// Binds the 23 data columns (everything but id and uuid) as ?1..?23, in kAttendeeDataColumns order.
void bind_attendee(Statement& st, const Attendee& a) {
    st.bind(1, a.display_name).bind(2, a.organization).bind(3, a.title).bind(4, a.field);
    st.bind(5, a.years_experience).bind(6, role_key(a.role));
    st.bind(7, static_cast<std::int64_t>(a.goals.bits)).bind(8, static_cast<std::int64_t>(a.expertise.bits));
    st.bind(9, a.location).bind(10, a.prefer_outside_org);
    st.bind(11, a.email.value).bind(12, a.email.shared).bind(13, a.phone.value).bind(14, a.phone.shared);
    st.bind(15, a.linkedin_url.value).bind(16, a.linkedin_url.shared);
    st.bind(17, a.share_organization).bind(18, a.share_title);
    st.bind(19, a.given_name).bind(20, a.family_name).bind(21, a.name_latin).bind(22, a.ticket_code);
    st.bind(23, a.mentor_capacity);
}

// "?first, ?first+1, ..., ?first+count-1" for a VALUES list or a row-value SET.
std::string numbered_parameters(int first, int count) {
    std::string out;
    for (int i = 0; i < count; ++i) out += (i ? ", ?" : "?") + std::to_string(first + i);
    return out;
}

void validate_attendee(const Attendee& a) {
    if (a.display_name.empty()) throw StoreError("an attendee needs a name");
    if (a.years_experience < 0 || a.years_experience > 80)
        throw StoreError("years of experience must be between 0 and 80 (got " +
                         std::to_string(a.years_experience) + ")");
    if (a.mentor_capacity < 0 || a.mentor_capacity > 4)
        throw StoreError("a mentor takes 1 to 4 mentees (0 = the event's default; got " +
                         std::to_string(a.mentor_capacity) + ")");
}

std::string_view preference_key(Preference p) { return p == Preference::Like ? "like" : "decline"; }

class SqliteStore final : public Store {
public:
    explicit SqliteStore(sqlite::Connection db) : db_(std::move(db)) {}

    // --- [SECTION] Transactions and the change counter ----------------------------------------------------
    //
    // Nesting and rollback rules: sqlite::Connection::transaction_level.
    void transaction(const std::function<void()>& body) override {
        if (db_.transaction_level(depth_, body)) ++local_writes_;
    }

    // PRAGMA data_version moves when *another* connection commits; our own commits are counted in
    // local_writes_. Both only grow, so their sum moves whenever anybody commits.
    std::uint64_t change_counter() override {
        return static_cast<std::uint64_t>(db_.pragma_int("PRAGMA data_version")) + local_writes_;
    }

    // --- [SECTION] Settings -------------------------------------------------------------------------------
    std::optional<std::string> setting(std::string_view key) override {
        Statement st(db_.get(), "SELECT value FROM settings WHERE key = ?1");
        st.bind(1, key);
        if (!st.step()) return std::nullopt;
        return st.text(0);
    }

    void set_setting(std::string_view key, std::string_view value) override {
        transaction([&] {
            Statement st(db_.get(), "INSERT INTO settings (key, value) VALUES (?1, ?2) "
                                    "ON CONFLICT (key) DO UPDATE SET value = excluded.value");
            st.bind(1, key).bind(2, value).run();
        });
    }

    // --- [SECTION] Attendees ------------------------------------------------------------------------------
    // A uuid seen before means a replay (an offline kiosk delivering again): the first row wins, unchanged.
    AttendeeId add_attendee(const Attendee& a) override {
        validate_attendee(a);
        AttendeeId id = 0;
        transaction([&] {
            if (!a.uuid.empty()) {
                Statement seen(db_.get(), "SELECT id FROM attendees WHERE uuid = ?1");
                seen.bind(1, a.uuid);
                if (seen.step()) {
                    id = seen.int64(0);
                    return;
                }
            }
            Statement st(db_.get(),
                         std::string("INSERT INTO attendees (") + kAttendeeDataColumns + ", uuid, revision) VALUES (" +
                             numbered_parameters(1, kAttendeeDataCount) + ", nullif(?24, ''), "
                             "(SELECT coalesce(max(revision), 0) + 1 FROM attendees))");
            bind_attendee(st, a);
            st.bind(kAttendeeDataCount + 1, a.uuid);
            run_unique(st);
            id = db_.last_insert_rowid();
        });
        return id;
    }

    void update_attendee(const Attendee& a) override {
        validate_attendee(a);
        transaction([&] {
            Statement st(db_.get(), std::string("UPDATE attendees SET (") + kAttendeeDataColumns + ") = (" +
                                        numbered_parameters(1, kAttendeeDataCount) +
                                        "), revision = (SELECT coalesce(max(revision), 0) + 1 FROM attendees) "
                                        "WHERE id = ?24");
            bind_attendee(st, a);
            st.bind(kAttendeeDataCount + 1, a.id);
            run_unique(st);
            if (db_.changes() == 0) throw StoreError("no attendee with id " + std::to_string(a.id));
        });
    }

    std::optional<Attendee> attendee(AttendeeId id) override {
        Statement st(db_.get(), std::string("SELECT ") + kAttendeeColumns + " FROM attendees WHERE id = ?1");
        st.bind(1, id);
        if (!st.step()) return std::nullopt;
        return read_attendee(st);
    }

    std::optional<Attendee> attendee_by_email(std::string_view email) override {
        if (email.empty()) return std::nullopt;
        // "email <> ''" lets SQLite use the partial unique index on lower(email).
        Statement st(db_.get(), std::string("SELECT ") + kAttendeeColumns +
                                    " FROM attendees WHERE email <> '' AND lower(email) = lower(?1)");
        st.bind(1, email);
        if (!st.step()) return std::nullopt;
        return read_attendee(st);
    }

    std::vector<Attendee> attendees() override {
        Statement st(db_.get(), std::string("SELECT ") + kAttendeeColumns + " FROM attendees ORDER BY id");
        std::vector<Attendee> out;
        while (st.step()) out.push_back(read_attendee(st));
        return out;
    }

    std::int64_t attendee_count() override { return db_.pragma_int("SELECT count(*) FROM attendees"); }

    AttendeeChanges attendees_changed_since(std::int64_t revision) override {
        AttendeeChanges out;
        out.revision = revision;
        Statement st(db_.get(), std::string("SELECT ") + kAttendeeColumns +
                                    ", revision FROM attendees WHERE revision > ?1 ORDER BY id");
        st.bind(1, revision);
        while (st.step()) {
            out.changed.push_back(read_attendee(st));
            out.revision = std::max(out.revision, st.int64(kAttendeeColumnCount));   // right after the attendee columns
        }
        return out;
    }

    // --- [SECTION] Check-ins ------------------------------------------------------------------------------
    CheckInResult check_in(AttendeeId id, std::string_view source, std::string_view uuid) override {
        CheckInResult result;
        transaction([&] {
            require_attendee(id);
            if (!uuid.empty()) {
                if (auto earlier = event_by_uuid(uuid)) {            // a replay: stored once already
                    result = {*earlier, true};
                    return;
                }
            }
            if (auto last = last_event(id); last && last->kind == CheckInKind::In) {
                result = {*last, true};
                return;
            }
            result.event = append_event(id, CheckInKind::In, source, uuid.empty() ? make_uuid() : std::string(uuid));
        });
        return result;
    }

    bool undo_check_in(AttendeeId id, std::string_view source) override {
        bool undone = false;
        transaction([&] {
            require_attendee(id);
            auto last = last_event(id);
            if (!last || last->kind != CheckInKind::In) return;
            append_event(id, CheckInKind::Undo, source, make_uuid());
            undone = true;
        });
        return undone;
    }

    std::vector<CheckInEvent> check_in_log() override {
        Statement st(db_.get(), "SELECT seq, attendee_id, kind, at_ms, source, uuid FROM check_ins ORDER BY seq");
        std::vector<CheckInEvent> out;
        while (st.step()) out.push_back(read_event(st));
        return out;
    }

    std::vector<CheckInEvent> check_in_log_since(std::int64_t after_seq) override {
        Statement st(db_.get(), "SELECT seq, attendee_id, kind, at_ms, source, uuid FROM check_ins "
                                "WHERE seq > ?1 ORDER BY seq");
        st.bind(1, after_seq);
        std::vector<CheckInEvent> out;
        while (st.step()) out.push_back(read_event(st));
        return out;
    }

    // Present = the attendee's latest event is 'in'. (SQLite returns the bare columns of the max(seq) row.)
    std::vector<AttendeeId> present() override {
        Statement st(db_.get(), "SELECT attendee_id, kind, max(seq) FROM check_ins GROUP BY attendee_id "
                                "ORDER BY attendee_id");
        std::vector<AttendeeId> out;
        while (st.step()) {
            if (st.text(1) == "in") out.push_back(st.int64(0));
        }
        return out;
    }

    std::int64_t present_count() override { return static_cast<std::int64_t>(present().size()); }

    // --- [SECTION] Preferences ----------------------------------------------------------------------------
    void set_preference(AttendeeId from, AttendeeId to, Preference p) override {
        if (from == to) throw StoreError("a person cannot like or decline themselves");
        transaction([&] {
            require_attendee(from);
            require_attendee(to);
            if (p == Preference::None) {
                Statement st(db_.get(), "DELETE FROM preferences WHERE from_id = ?1 AND to_id = ?2");
                st.bind(1, from).bind(2, to).run();
                return;
            }
            Statement st(db_.get(), "INSERT INTO preferences (from_id, to_id, preference, at_ms) "
                                    "VALUES (?1, ?2, ?3, ?4) ON CONFLICT (from_id, to_id) DO UPDATE SET "
                                    "preference = excluded.preference, at_ms = excluded.at_ms");
            st.bind(1, from).bind(2, to).bind(3, preference_key(p)).bind(4, now_unix_ms()).run();
        });
    }

    std::vector<PreferenceRow> preferences() override {
        Statement st(db_.get(), "SELECT from_id, to_id, preference, at_ms FROM preferences ORDER BY from_id, to_id");
        std::vector<PreferenceRow> out;
        while (st.step()) {
            out.push_back({st.int64(0), st.int64(1),
                           st.text(2) == "like" ? Preference::Like : Preference::Decline, st.int64(3)});
        }
        return out;
    }

    // --- [SECTION] Rounds ---------------------------------------------------------------------------------
    Round start_round(std::span<const Pairing> pairings, int duration_s) override {
        if (duration_s < 0) throw StoreError("a round cannot have a negative duration");
        check_round_pairings(pairings);                // groups allowed; nobody at two tables (round_rules.hpp)
        Round round;
        transaction([&] {
            round.number = static_cast<int>(db_.pragma_int("SELECT coalesce(max(number), 0) + 1 FROM rounds"));
            round.started_ms = now_unix_ms();
            round.duration_s = duration_s;
            Statement st(db_.get(), "INSERT INTO rounds (number, started_ms, duration_s) VALUES (?1, ?2, ?3)");
            st.bind(1, round.number).bind(2, round.started_ms).bind(3, duration_s).run();
            round.id = db_.last_insert_rowid();
            Statement ins(db_.get(), "INSERT INTO round_pairings (round_id, mentor_id, mentee_id, table_no, score, "
                                     "reasons) VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
            for (const Pairing& p : pairings) {
                ins.reset();
                ins.bind(1, round.id).bind(2, p.mentor).bind(3, p.mentee).bind(4, p.table).bind(5, p.score);
                ins.bind(6, p.reasons).run();
            }
        });
        return round;
    }

    std::vector<Round> rounds() override {
        Statement st(db_.get(), "SELECT id, number, started_ms, duration_s FROM rounds ORDER BY number");
        std::vector<Round> out;
        while (st.step()) out.push_back({st.int64(0), st.int32(1), st.int64(2), st.int32(3)});
        return out;
    }

    std::vector<Pairing> round_pairings(std::int64_t round_id) override {
        Statement st(db_.get(), "SELECT mentor_id, mentee_id, table_no, score, reasons FROM round_pairings "
                                "WHERE round_id = ?1 ORDER BY table_no, mentor_id");
        st.bind(1, round_id);
        std::vector<Pairing> out;
        while (st.step()) out.push_back({st.int64(0), st.int64(1), st.int32(2), st.int32(3), st.text(4)});
        return out;
    }

    int blank_round_reasons(AttendeeId id) override {
        int changed = 0;
        transaction([&] {
            Statement st(db_.get(), "UPDATE round_pairings SET reasons = '' WHERE reasons <> '' "
                                    "AND (?1 = 0 OR mentor_id = ?1 OR mentee_id = ?1)");
            st.bind(1, id).run();
            changed = db_.changes();
        });
        return changed;
    }

    // --- [SECTION] Live suggestions and the matcher lease -------------------------------------------------
    bool acquire_matcher_lease(std::string_view holder, std::int64_t ttl_ms) override {
        if (holder.empty() || ttl_ms <= 0) throw StoreError("a lease needs a holder name and a positive duration");
        bool held = false;
        transaction([&] {
            const std::int64_t now = now_unix_ms();
            Statement st(db_.get(), "SELECT holder, expires_ms FROM matcher_lease WHERE id = 1");
            if (st.step() && st.text(0) != holder && st.int64(1) > now) return;     // someone else, alive
            Statement up(db_.get(), "INSERT INTO matcher_lease (id, holder, expires_ms) VALUES (1, ?1, ?2) "
                                    "ON CONFLICT (id) DO UPDATE SET holder = excluded.holder, "
                                    "expires_ms = excluded.expires_ms");
            up.bind(1, holder).bind(2, now + ttl_ms).run();
            held = true;
        });
        return held;
    }

    void release_matcher_lease(std::string_view holder) override {
        transaction([&] {
            Statement st(db_.get(), "DELETE FROM matcher_lease WHERE id = 1 AND holder = ?1");
            st.bind(1, holder).run();
        });
    }

    std::optional<std::string> matcher_lease_holder() override {
        Statement st(db_.get(), "SELECT holder FROM matcher_lease WHERE id = 1 AND expires_ms > ?1");
        st.bind(1, now_unix_ms());
        if (!st.step()) return std::nullopt;
        return st.text(0);
    }

    void store_suggestions(std::span<const Pairing> pairs, std::string_view holder) override {
        transaction([&] {
            // Checked inside the write transaction: a lease that expired a moment ago and was taken by
            // another process cannot be used to overwrite the new holder's board.
            Statement st(db_.get(), "SELECT 1 FROM matcher_lease WHERE id = 1 AND holder = ?1 AND expires_ms > ?2");
            st.bind(1, holder).bind(2, now_unix_ms());
            if (!st.step())
                throw StoreError("this process no longer holds the matcher lease; another matcher took over");
            db_.exec("DELETE FROM suggestions");
            Statement ins(db_.get(), "INSERT INTO suggestions (mentor_id, mentee_id, score, reasons, locked) "
                                     "VALUES (?1, ?2, ?3, ?4, ?5)");
            for (const Pairing& p : pairs) {
                ins.reset();
                ins.bind(1, p.mentor).bind(2, p.mentee).bind(3, p.score).bind(4, p.reasons).bind(5, p.locked).run();
            }
        });
    }

    std::vector<Pairing> stored_suggestions() override {
        Statement st(db_.get(), "SELECT mentor_id, mentee_id, score, reasons, locked FROM suggestions "
                                "ORDER BY score DESC, mentor_id");
        std::vector<Pairing> out;
        while (st.step()) out.push_back({st.int64(0), st.int64(1), 0, st.int32(2), st.text(3), st.int64(4) != 0});
        return out;
    }

private:
    // Runs an INSERT/UPDATE of an attendee, turning the email index's constraint error into words.
    void run_unique(Statement& st) {
        try {
            st.run();
        } catch (const StoreError& e) {
            if (std::string_view(e.what()).find("UNIQUE") != std::string_view::npos)
                throw StoreError(duplicate_email_message());
            throw;
        }
    }

    void require_attendee(AttendeeId id) {
        Statement st(db_.get(), "SELECT 1 FROM attendees WHERE id = ?1");
        st.bind(1, id);
        if (!st.step()) throw StoreError("no attendee with id " + std::to_string(id));
    }

    static CheckInEvent read_event(const Statement& st) {
        return {st.int64(0), st.int64(1), st.text(2) == "in" ? CheckInKind::In : CheckInKind::Undo, st.int64(3),
                st.text(4), st.text(5)};
    }

    std::optional<CheckInEvent> last_event(AttendeeId id) {
        Statement st(db_.get(), "SELECT seq, attendee_id, kind, at_ms, source, uuid FROM check_ins "
                                "WHERE attendee_id = ?1 ORDER BY seq DESC LIMIT 1");
        st.bind(1, id);
        if (!st.step()) return std::nullopt;
        return read_event(st);
    }

    std::optional<CheckInEvent> event_by_uuid(std::string_view uuid) {
        Statement st(db_.get(), "SELECT seq, attendee_id, kind, at_ms, source, uuid FROM check_ins WHERE uuid = ?1");
        st.bind(1, uuid);
        if (!st.step()) return std::nullopt;
        return read_event(st);
    }

    CheckInEvent append_event(AttendeeId id, CheckInKind kind, std::string_view source, const std::string& uuid) {
        CheckInEvent ev{0, id, kind, now_unix_ms(), std::string(source), uuid};
        Statement st(db_.get(), "INSERT INTO check_ins (attendee_id, kind, at_ms, source, uuid) "
                                "VALUES (?1, ?2, ?3, ?4, ?5)");
        st.bind(1, id).bind(2, kind == CheckInKind::In ? "in" : "undo").bind(3, ev.at_ms).bind(4, source);
        st.bind(5, uuid).run();
        ev.seq = db_.last_insert_rowid();
        return ev;
    }

    sqlite::Connection db_;
    int depth_ = 0;                      // nesting depth of transaction(); 0 = none open
    std::uint64_t local_writes_ = 0;     // outermost commits made through this connection
};

} // namespace

// --- [SECTION] Opening ------------------------------------------------------------------------------------

std::filesystem::path default_database_path() {
    namespace fs = std::filesystem;
    if (const char* xdg = std::getenv("XDG_DATA_HOME"); xdg && *xdg) return fs::path(xdg) / "matchbooth" / "matchbooth.db";
    const char* home = std::getenv("HOME");
    return fs::path(home && *home ? home : ".") / ".local" / "share" / "matchbooth" / "matchbooth.db";
}

std::unique_ptr<Store> open_sqlite_store(const std::filesystem::path& path, const SqliteOptions& options) {
    namespace fs = std::filesystem;
    const std::string where = path.string();
    std::error_code ec;
    if (options.create) {
        if (path.has_parent_path() && !fs::exists(path.parent_path(), ec)) {
            fs::create_directories(path.parent_path(), ec);
            if (ec) throw StoreError("cannot create the folder for " + where + ": " + ec.message(), StoreErrorKind::ReadOnly);
            fs::permissions(path.parent_path(), fs::perms::owner_all, fs::perm_options::replace, ec);
        }
        sqlite::create_private_file(path, "the database file");
    } else if (!fs::exists(path, ec)) {
        throw StoreError("no database at " + where, StoreErrorKind::Other);
    }

    sqlite3* raw = nullptr;
    const int rc = sqlite3_open_v2(where.c_str(), &raw, SQLITE_OPEN_READWRITE | SQLITE_OPEN_FULLMUTEX, nullptr);
    sqlite::Connection db(raw);
    if (rc != SQLITE_OK) throw StoreError("cannot open " + where + ": " + sqlite3_errstr(rc), sqlite::classify(rc));
    // SQLite quietly opens a file it may not write read-only; a kiosk that cannot record check-ins must
    // say so at start-up, not at the first person's check-in.
    if (sqlite3_db_readonly(raw, "main") == 1)
        throw StoreError(where + ": the database file is read-only; check its permissions and the disk",
                         StoreErrorKind::ReadOnly);
    sqlite3_extended_result_codes(raw, 1);
    try {
        db.exec("PRAGMA busy_timeout = " + std::to_string(options.busy_timeout_ms));
        db.exec("PRAGMA foreign_keys = ON");
        // Reading the header here turns "not a database" into an error at open, not at the first check-in.
        db.pragma_int("PRAGMA schema_version");
        {
            sqlite::Statement st(raw, "PRAGMA journal_mode = WAL");
            if (!st.step() || st.text(0) != "wal")
                throw StoreError("this file system does not support SQLite's write-ahead log", StoreErrorKind::Other);
        }
        db.exec("PRAGMA synchronous = FULL");
        if (options.max_page_count > 0)
            db.exec("PRAGMA max_page_count = " + std::to_string(options.max_page_count));   // our integer
        sqlite::migrate(db, options.schema_version);
        // A structural check (reads the whole file: milliseconds at event size) catches a truncated or
        // overwritten file at start-up, before anyone is told they are checked in.
        sqlite::Statement quick(raw, "PRAGMA quick_check(1)");
        if (quick.step() && quick.text(0) != "ok")
            throw StoreError("the database file is damaged (integrity check: " + quick.text(0) + ")",
                             StoreErrorKind::Corrupt);
    } catch (const StoreError& e) {
        throw StoreError(where + ": " + e.what(), e.kind);
    }
    return std::make_unique<SqliteStore>(std::move(db));
}

} // namespace mb
