// core/store/pg_store.cpp — Store implemented on PostgreSQL through libpq. See pg_store.hpp for how each
// contract of store.hpp is kept, and pg_schema.cpp for the tables.
//
// Why one file of ~600 lines: it is the whole Store interface in one SQL dialect, section for section beside
// sqlite_store.cpp, so a change to the contract is made in the same place in both. The planned split is a
// shared layer for the check-in/undo logic the two stores repeat, not a cut through this file by size.
//
// Index of sections:
//   [SECTION] Rows <-> values
//   [SECTION] Session, transactions and the change counter
//   [SECTION] Settings
//   [SECTION] Attendees
//   [SECTION] Check-ins
//   [SECTION] Preferences
//   [SECTION] Rounds
//   [SECTION] Live suggestions and the matcher lease
//   [SECTION] Opening
#include "core/store/pg_store.hpp"

#include <algorithm>
#include <set>

#include "core/store/round_rules.hpp"
#include "core/store/pg_conn.hpp"
#include "core/store/pg_schema.hpp"
#include "core/util/ids.hpp"

namespace mb {

namespace {

using pg::Params;
using pg::Result;

// --- [SECTION] Rows <-> values ------------------------------------------------------------------------------

// Column list shared by every attendee SELECT, in the order read_attendee() expects (25 columns).
constexpr const char* kAttendeeColumns =
    "id, display_name, organization, title, field, years_experience, role, goals, expertise, location, "
    "prefer_outside_org, email, share_email, phone, share_phone, linkedin_url, share_linkedin, "
    "share_organization, share_title, given_name, family_name, name_latin, ticket_code, mentor_capacity, "
    "coalesce(uuid, '')";

// The data columns (everything but id, revision and uuid), $1..$23 in attendee_params() order.
constexpr const char* kAttendeeDataColumns =
    "display_name, organization, title, field, years_experience, role, goals, expertise, location, "
    "prefer_outside_org, email, share_email, phone, share_phone, linkedin_url, share_linkedin, "
    "share_organization, share_title, given_name, family_name, name_latin, ticket_code, mentor_capacity";
constexpr int kAttendeeDataCount = 23;
// kAttendeeColumns is id + the data columns + uuid; a column selected after it sits at this index.
constexpr int kAttendeeColumnCount = kAttendeeDataCount + 2;

// "$first, ..., $(first+count-1)".
std::string numbered_parameters(int first, int count) {
    std::string out;
    for (int i = 0; i < count; ++i) out += (i ? ", $" : "$") + std::to_string(first + i);
    return out;
}

constexpr const char* kEventColumns = "seq, attendee_id, kind, at_ms, source, uuid";

// First key of the matcher's session advisory lock; the second key is the holder's server process id.
constexpr int kLeaseLockClass = pg::kLockClass + 1;

// "The lease row's holder is alive": its server process still holds its advisory lock. The lock belongs to
// the holder's connection, so it disappears the moment that process dies or its connection drops.
constexpr const char* kHolderAlive =
    "EXISTS (SELECT 1 FROM pg_locks l WHERE l.locktype = 'advisory' AND l.classid = 19779::oid "
    "AND l.objid = m.holder_pid::oid AND l.objsubid = 2 AND l.pid = m.holder_pid AND l.granted "
    "AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database()))";
static_assert(kLeaseLockClass == 19779, "kHolderAlive spells the lock class out");

Attendee read_attendee(const Result& r, int row) {
    Attendee a;
    a.id = r.int64(row, 0);
    a.display_name = r.text(row, 1);
    a.organization = r.text(row, 2);
    a.title = r.text(row, 3);
    a.field = r.text(row, 4);
    a.years_experience = r.int32(row, 5);
    a.role = parse_role(r.text(row, 6)).value_or(Role::Mentee);
    a.goals.bits = static_cast<std::uint32_t>(r.int64(row, 7));
    a.expertise.bits = static_cast<std::uint32_t>(r.int64(row, 8));
    a.location = r.text(row, 9);
    a.prefer_outside_org = r.boolean(row, 10);
    a.email = {r.text(row, 11), r.boolean(row, 12)};
    a.phone = {r.text(row, 13), r.boolean(row, 14)};
    a.linkedin_url = {r.text(row, 15), r.boolean(row, 16)};
    a.share_organization = r.boolean(row, 17);
    a.share_title = r.boolean(row, 18);
    a.given_name = r.text(row, 19);
    a.family_name = r.text(row, 20);
    a.name_latin = r.text(row, 21);
    a.ticket_code = r.text(row, 22);
    a.mentor_capacity = r.int32(row, 23);
    a.uuid = r.text(row, 24);
    return a;
}

std::vector<Attendee> read_attendees(const Result& r) {
    std::vector<Attendee> out;
    out.reserve(static_cast<std::size_t>(r.rows()));
    for (int i = 0; i < r.rows(); ++i) out.push_back(read_attendee(r, i));
    return out;
}

// The 23 data columns (everything but id, revision and uuid) as $1..$23, in kAttendeeDataColumns order.
Params attendee_params(const Attendee& a) {
    Params p;
    p.add(a.display_name).add(a.organization).add(a.title).add(a.field).add(a.years_experience);
    p.add(role_key(a.role)).add(static_cast<std::int64_t>(a.goals.bits)).add(static_cast<std::int64_t>(a.expertise.bits));
    p.add(a.location).add(a.prefer_outside_org);
    p.add(a.email.value).add(a.email.shared).add(a.phone.value).add(a.phone.shared);
    p.add(a.linkedin_url.value).add(a.linkedin_url.shared).add(a.share_organization).add(a.share_title);
    p.add(a.given_name).add(a.family_name).add(a.name_latin).add(a.ticket_code).add(a.mentor_capacity);
    return p;
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

CheckInEvent read_event(const Result& r, int row) {
    return {r.int64(row, 0), r.int64(row, 1), r.text(row, 2) == "in" ? CheckInKind::In : CheckInKind::Undo,
            r.int64(row, 3), r.text(row, 4), r.text(row, 5)};
}

std::vector<CheckInEvent> read_events(const Result& r) {
    std::vector<CheckInEvent> out;
    out.reserve(static_cast<std::size_t>(r.rows()));
    for (int i = 0; i < r.rows(); ++i) out.push_back(read_event(r, i));
    return out;
}

std::string_view preference_key(Preference p) { return p == Preference::Like ? "like" : "decline"; }

class PgStore final : public Store {
public:
    PgStore(const std::string& conninfo, const PgOptions& options) : db_(conninfo), options_(options) {
        setup_session();
        pg::migrate(db_, options.schema_version);
    }

    // --- [SECTION] Session, transactions and the change counter -------------------------------------------
    //
    // Outermost transactions run at READ COMMITTED: every statement sees what committed before it started,
    // which is what a kiosk wants once it holds the row lock of the person it checks in. Nested calls use
    // savepoints, so an inner failure that a caller catches undoes only the inner part.
    void transaction(const std::function<void()>& body) override {
        const bool outermost = depth_ == 0;
        if (outermost) ready();
        const std::string savepoint = "sp" + std::to_string(depth_);
        db_.exec(outermost ? std::string("BEGIN") : "SAVEPOINT " + savepoint);
        ++depth_;
        try {
            body();
            // A statement that failed outside any savepoint (and was caught by body) aborted the whole
            // transaction; PostgreSQL would then turn COMMIT into a silent ROLLBACK. Say so instead.
            if (db_.transaction_failed())
                throw StoreError("the transaction was aborted by an earlier error; nothing was saved",
                                 StoreErrorKind::Other);
            db_.exec(outermost ? std::string("COMMIT") : "RELEASE " + savepoint);
        } catch (...) {
            --depth_;
            abandon(outermost, savepoint);
            throw;
        }
        --depth_;
        if (outermost) ++local_writes_;
    }

    // Moves on our own commits (local_writes_), on NOTIFYs from anybody's commits, and when the connection
    // was lost or re-made (whatever happened meanwhile is unknown). Costs no SQL: it reads notifications
    // already on the socket, and only when there are none makes an empty-query round trip (no parse, no
    // table), because "moves whenever anybody committed before this call" needs the server's word.
    std::uint64_t change_counter() override {
        notifications_ += db_.drain_notifications(depth_ == 0);
        if (db_.broken() && !reported_broken_) {
            reported_broken_ = true;
            ++notifications_;
        }
        return notifications_ + local_writes_;
    }

    // --- [SECTION] Settings -------------------------------------------------------------------------------
    std::optional<std::string> setting(std::string_view key) override {
        ready();
        const Result r = db_.exec("SELECT value FROM settings WHERE key = $1", Params().add(key));
        if (r.empty()) return std::nullopt;
        return r.text(0, 0);
    }

    void set_setting(std::string_view key, std::string_view value) override {
        transaction([&] {
            db_.exec("INSERT INTO settings (key, value) VALUES ($1, $2) "
                     "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                     Params().add(key).add(value));
        });
    }

    // --- [SECTION] Attendees ------------------------------------------------------------------------------
    //
    // A registration with a uuid that is already stored returns the stored row's id and changes nothing
    // (ON CONFLICT DO NOTHING waits for a concurrent insert of the same uuid to commit, then finds it).
    AttendeeId add_attendee(const Attendee& a) override {
        validate_attendee(a);
        AttendeeId id = 0;
        transaction([&] {
            Params p = attendee_params(a);
            p.add(next_counter("attendee_revision"));
            if (a.uuid.empty()) p.add_null();
            else p.add(a.uuid);
            const Result r = write_attendee(
                std::string("INSERT INTO attendees (") + kAttendeeDataColumns + ", revision, uuid) VALUES (" +
                    numbered_parameters(1, kAttendeeDataCount + 2) +
                    ") ON CONFLICT ON CONSTRAINT attendees_uuid DO NOTHING RETURNING id",
                p);
            if (!r.empty()) {
                id = r.int64(0, 0);
                return;
            }
            id = db_.exec("SELECT id FROM attendees WHERE uuid = $1", Params().add(a.uuid)).int64(0, 0);
        });
        return id;
    }

    void update_attendee(const Attendee& a) override {
        validate_attendee(a);
        transaction([&] {
            Params p = attendee_params(a);
            p.add(next_counter("attendee_revision")).add(a.id);
            const Result r = write_attendee(
                std::string("UPDATE attendees SET (") + kAttendeeDataColumns + ") = ROW(" +
                    numbered_parameters(1, kAttendeeDataCount) + "), revision = $24 WHERE id = $25",
                p);
            if (r.affected() == 0) throw StoreError("no attendee with id " + std::to_string(a.id));
        });
    }

    std::optional<Attendee> attendee(AttendeeId id) override {
        ready();
        const Result r = db_.exec(std::string("SELECT ") + kAttendeeColumns + " FROM attendees WHERE id = $1",
                                  Params().add(id));
        if (r.empty()) return std::nullopt;
        return read_attendee(r, 0);
    }

    std::optional<Attendee> attendee_by_email(std::string_view email) override {
        if (email.empty()) return std::nullopt;
        ready();
        // "email <> ''" lets PostgreSQL use the partial unique index on lower(email).
        const Result r = db_.exec(std::string("SELECT ") + kAttendeeColumns +
                                      " FROM attendees WHERE email <> '' AND lower(email) = lower($1)",
                                  Params().add(email));
        if (r.empty()) return std::nullopt;
        return read_attendee(r, 0);
    }

    std::vector<Attendee> attendees() override {
        ready();
        return read_attendees(db_.exec(std::string("SELECT ") + kAttendeeColumns + " FROM attendees ORDER BY id"));
    }

    std::int64_t attendee_count() override {
        ready();
        return db_.exec("SELECT count(*) FROM attendees").int64(0, 0);
    }

    AttendeeChanges attendees_changed_since(std::int64_t revision) override {
        ready();
        const Result r = db_.exec(std::string("SELECT ") + kAttendeeColumns +
                                      ", revision FROM attendees WHERE revision > $1 ORDER BY id",
                                  Params().add(revision));
        AttendeeChanges out{read_attendees(r), revision};
        for (int i = 0; i < r.rows(); ++i) out.revision = std::max(out.revision, r.int64(i, kAttendeeColumnCount));
        return out;
    }

    // --- [SECTION] Check-ins ------------------------------------------------------------------------------
    //
    // The attendee's row is locked first (FOR UPDATE), so two kiosks checking in one person at the same
    // moment take turns: the second one then sees the first one's event and reports already_present.
    CheckInResult check_in(AttendeeId id, std::string_view source, std::string_view uuid) override {
        const std::string event_uuid = uuid.empty() ? make_uuid() : std::string(uuid);
        CheckInResult result;
        transaction([&] {
            lock_attendee(id);
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
            result.event = append_event(id, CheckInKind::In, source, event_uuid);
        });
        return result;
    }

    bool undo_check_in(AttendeeId id, std::string_view source) override {
        bool undone = false;
        transaction([&] {
            lock_attendee(id);
            auto last = last_event(id);
            if (!last || last->kind != CheckInKind::In) return;
            append_event(id, CheckInKind::Undo, source, make_uuid());
            undone = true;
        });
        return undone;
    }

    std::vector<CheckInEvent> check_in_log() override {
        ready();
        return read_events(db_.exec(std::string("SELECT ") + kEventColumns + " FROM check_ins ORDER BY seq"));
    }

    std::vector<CheckInEvent> check_in_log_since(std::int64_t after_seq) override {
        ready();
        return read_events(db_.exec(std::string("SELECT ") + kEventColumns +
                                        " FROM check_ins WHERE seq > $1 ORDER BY seq",
                                    Params().add(after_seq)));
    }

    // Present = the attendee's latest event is 'in'.
    std::vector<AttendeeId> present() override {
        ready();
        const Result r = db_.exec("SELECT attendee_id FROM (SELECT DISTINCT ON (attendee_id) attendee_id, kind "
                                  "FROM check_ins ORDER BY attendee_id, seq DESC) latest WHERE kind = 'in' "
                                  "ORDER BY attendee_id");
        std::vector<AttendeeId> out;
        out.reserve(static_cast<std::size_t>(r.rows()));
        for (int i = 0; i < r.rows(); ++i) out.push_back(r.int64(i, 0));
        return out;
    }

    std::int64_t present_count() override {
        ready();
        return db_.exec("SELECT count(*) FROM (SELECT DISTINCT ON (attendee_id) kind FROM check_ins "
                        "ORDER BY attendee_id, seq DESC) latest WHERE kind = 'in'")
            .int64(0, 0);
    }

    // --- [SECTION] Preferences ----------------------------------------------------------------------------
    void set_preference(AttendeeId from, AttendeeId to, Preference p) override {
        if (from == to) throw StoreError("a person cannot like or decline themselves");
        transaction([&] {
            require_attendee(from);
            require_attendee(to);
            if (p == Preference::None) {
                db_.exec("DELETE FROM preferences WHERE from_id = $1 AND to_id = $2", Params().add(from).add(to));
                return;
            }
            db_.exec("INSERT INTO preferences (from_id, to_id, preference, at_ms) VALUES ($1, $2, $3, $4) "
                     "ON CONFLICT (from_id, to_id) DO UPDATE SET preference = excluded.preference, "
                     "at_ms = excluded.at_ms",
                     Params().add(from).add(to).add(preference_key(p)).add(now_unix_ms()));
        });
    }

    std::vector<PreferenceRow> preferences() override {
        ready();
        const Result r = db_.exec("SELECT from_id, to_id, preference, at_ms FROM preferences ORDER BY from_id, to_id");
        std::vector<PreferenceRow> out;
        for (int i = 0; i < r.rows(); ++i) {
            out.push_back({r.int64(i, 0), r.int64(i, 1),
                           r.text(i, 2) == "like" ? Preference::Like : Preference::Decline, r.int64(i, 3)});
        }
        return out;
    }

    // --- [SECTION] Rounds ---------------------------------------------------------------------------------
    Round start_round(std::span<const Pairing> pairings, int duration_s) override {
        if (duration_s < 0) throw StoreError("a round cannot have a negative duration");
        check_round_pairings(pairings);                // groups allowed; nobody at two tables (round_rules.hpp)
        Round round;
        transaction([&] {
            round.number = static_cast<int>(next_counter("round_number"));   // in commit order, like seq
            round.started_ms = now_unix_ms();
            round.duration_s = duration_s;
            round.id = db_.exec("INSERT INTO rounds (number, started_ms, duration_s) VALUES ($1, $2, $3) "
                                "RETURNING id",
                                Params().add(round.number).add(round.started_ms).add(duration_s))
                           .int64(0, 0);
            for (const Pairing& p : pairings) {
                db_.exec("INSERT INTO round_pairings (round_id, mentor_id, mentee_id, table_no, score, reasons) "
                         "VALUES ($1, $2, $3, $4, $5, $6)",
                         Params().add(round.id).add(p.mentor).add(p.mentee).add(p.table).add(p.score).add(p.reasons));
            }
        });
        return round;
    }

    std::vector<Round> rounds() override {
        ready();
        const Result r = db_.exec("SELECT id, number, started_ms, duration_s FROM rounds ORDER BY number");
        std::vector<Round> out;
        for (int i = 0; i < r.rows(); ++i) out.push_back({r.int64(i, 0), r.int32(i, 1), r.int64(i, 2), r.int32(i, 3)});
        return out;
    }

    std::vector<Pairing> round_pairings(std::int64_t round_id) override {
        ready();
        const Result r = db_.exec("SELECT mentor_id, mentee_id, table_no, score, reasons FROM round_pairings "
                                  "WHERE round_id = $1 ORDER BY table_no, mentor_id",
                                  Params().add(round_id));
        std::vector<Pairing> out;
        for (int i = 0; i < r.rows(); ++i)
            out.push_back({r.int64(i, 0), r.int64(i, 1), r.int32(i, 2), r.int32(i, 3), r.text(i, 4)});
        return out;
    }

    int blank_round_reasons(AttendeeId id) override {
        int changed = 0;
        transaction([&] {
            changed = db_.exec("WITH b AS (UPDATE round_pairings SET reasons = '' WHERE reasons <> '' AND "
                               "($1::bigint = 0 OR mentor_id = $1::bigint OR mentee_id = $1::bigint) RETURNING 1) SELECT count(*) FROM b",
                               Params().add(id)).int32(0, 0);
        });
        return changed;
    }

    // --- [SECTION] Live suggestions and the matcher lease -------------------------------------------------
    //
    // The lease is live while its row is unexpired AND its holder's connection still holds the advisory
    // lock (kLeaseLockClass, holder_pid). So a holder that stops renewing loses it after ttl (as with
    // SQLite), and a holder whose process dies loses it at once.
    bool acquire_matcher_lease(std::string_view holder, std::int64_t ttl_ms) override {
        if (holder.empty() || ttl_ms <= 0) throw StoreError("a lease needs a holder name and a positive duration");
        bool held = false;
        transaction([&] {
            const std::int64_t now = now_unix_ms();
            const Result r = db_.exec(std::string("SELECT coalesce(holder, ''), expires_ms, ") + kHolderAlive +
                                          " FROM matcher_lease m WHERE id = 1 FOR UPDATE");
            const bool taken = !r.empty() && !r.text(0, 0).empty() && r.text(0, 0) != holder &&
                               r.int64(0, 1) > now && r.boolean(0, 2);
            if (taken) return;                                           // someone else, alive
            if (!lease_lock_held_) {
                db_.exec("SELECT pg_advisory_lock($1, pg_backend_pid())", Params().add(kLeaseLockClass));
                lease_lock_held_ = true;                                 // session-level: survives rollback
            }
            db_.exec("UPDATE matcher_lease SET holder = $1, holder_pid = pg_backend_pid(), expires_ms = $2 "
                     "WHERE id = 1",
                     Params().add(holder).add(now + ttl_ms));
            held = true;
        });
        return held;
    }

    void release_matcher_lease(std::string_view holder) override {
        bool released = false;
        transaction([&] {
            released = db_.exec("UPDATE matcher_lease SET holder = NULL, holder_pid = NULL, expires_ms = 0 "
                                "WHERE id = 1 AND holder = $1 AND holder_pid = pg_backend_pid()",
                                Params().add(holder))
                           .affected() > 0;
        });
        // Our lock only marks our lease alive. Locks are not transactional: inside an outer transaction that
        // may still roll the release back, keep it (harmless: the row says the lease is free).
        if (released && lease_lock_held_ && depth_ == 0) {
            db_.exec("SELECT pg_advisory_unlock($1, pg_backend_pid())", Params().add(kLeaseLockClass));
            lease_lock_held_ = false;
        }
    }

    std::optional<std::string> matcher_lease_holder() override {
        ready();
        const Result r = db_.exec(std::string("SELECT holder FROM matcher_lease m WHERE id = 1 AND holder IS NOT "
                                              "NULL AND expires_ms > $1 AND ") + kHolderAlive,
                                  Params().add(now_unix_ms()));
        if (r.empty()) return std::nullopt;
        return r.text(0, 0);
    }

    void store_suggestions(std::span<const Pairing> pairs, std::string_view holder) override {
        transaction([&] {
            // Checked under the lease row's lock: a lease that expired a moment ago and was taken by another
            // process cannot be used to overwrite the new holder's board.
            const Result r = db_.exec("SELECT 1 FROM matcher_lease WHERE id = 1 AND holder = $1 AND "
                                      "holder_pid = pg_backend_pid() AND expires_ms > $2 FOR SHARE",
                                      Params().add(holder).add(now_unix_ms()));
            if (r.empty()) throw StoreError("this process no longer holds the matcher lease; another matcher took over");
            db_.exec("DELETE FROM suggestions");
            for (const Pairing& p : pairs) {
                db_.exec("INSERT INTO suggestions (mentor_id, mentee_id, score, reasons, locked) "
                         "VALUES ($1, $2, $3, $4, $5)",
                         Params().add(p.mentor).add(p.mentee).add(p.score).add(p.reasons).add(p.locked));
            }
        });
    }

    std::vector<Pairing> stored_suggestions() override {
        ready();
        const Result r = db_.exec("SELECT mentor_id, mentee_id, score, reasons, locked FROM suggestions "
                                  "ORDER BY score DESC, mentor_id");
        std::vector<Pairing> out;
        for (int i = 0; i < r.rows(); ++i)
            out.push_back({r.int64(i, 0), r.int64(i, 1), 0, r.int32(i, 2), r.text(i, 3), r.boolean(i, 4)});
        return out;
    }

private:
    // Per-connection settings, made again after every reconnect.
    void setup_session() {
        db_.exec("SET synchronous_commit = on");                    // durable on return, whatever the server says
        db_.exec("SET lock_timeout = " + std::to_string(options_.lock_timeout_ms));   // our integer
        db_.exec(std::string("LISTEN ") + pg::kChangeChannel);
    }

    // Called first by every method outside a transaction: re-opens a lost connection.
    void ready() {
        if (depth_ > 0) return;                                       // mid-transaction: nothing to resume
        if (!db_.reconnect_if_broken()) return;
        lease_lock_held_ = false;                                     // the old session's locks are gone
        reported_broken_ = false;
        ++local_writes_;                                              // changes may have happened meanwhile
        setup_session();
    }

    // Takes the next value of a counter row, locking it until this transaction ends (see pg_schema.cpp).
    std::int64_t next_counter(const char* name) {
        return db_.exec("UPDATE counters SET value = value + 1 WHERE name = $1 RETURNING value", Params().add(name))
            .int64(0, 0);
    }

    // Runs an INSERT/UPDATE of an attendee, turning the email index's violation into words.
    Result write_attendee(const std::string& sql, const Params& p) {
        try {
            return db_.exec(sql, p);
        } catch (const StoreError& e) {
            if (db_.last_constraint() == "attendees_email")
                throw StoreError(duplicate_email_message());
            throw;
        }
    }

    void require_attendee(AttendeeId id) {
        if (db_.exec("SELECT 1 FROM attendees WHERE id = $1", Params().add(id)).empty())
            throw StoreError("no attendee with id " + std::to_string(id));
    }

    void lock_attendee(AttendeeId id) {
        if (db_.exec("SELECT 1 FROM attendees WHERE id = $1 FOR UPDATE", Params().add(id)).empty())
            throw StoreError("no attendee with id " + std::to_string(id));
    }

    std::optional<CheckInEvent> last_event(AttendeeId id) {
        const Result r = db_.exec(std::string("SELECT ") + kEventColumns +
                                      " FROM check_ins WHERE attendee_id = $1 ORDER BY seq DESC LIMIT 1",
                                  Params().add(id));
        if (r.empty()) return std::nullopt;
        return read_event(r, 0);
    }

    std::optional<CheckInEvent> event_by_uuid(std::string_view uuid) {
        const Result r = db_.exec(std::string("SELECT ") + kEventColumns + " FROM check_ins WHERE uuid = $1",
                                  Params().add(uuid));
        if (r.empty()) return std::nullopt;
        return read_event(r, 0);
    }

    // Takes the next seq and appends in one statement (one round trip less while the counter row is locked).
    CheckInEvent append_event(AttendeeId id, CheckInKind kind, std::string_view source, const std::string& uuid) {
        CheckInEvent ev{0, id, kind, now_unix_ms(), std::string(source), uuid};
        ev.seq = db_.exec("WITH next AS (UPDATE counters SET value = value + 1 WHERE name = 'check_in_seq' "
                          "RETURNING value) INSERT INTO check_ins (seq, attendee_id, kind, at_ms, source, uuid) "
                          "SELECT value, $1, $2, $3, $4, $5 FROM next RETURNING seq",
                          Params().add(id).add(kind == CheckInKind::In ? "in" : "undo").add(ev.at_ms).add(source)
                              .add(uuid))
                     .int64(0, 0);
        return ev;
    }

    // Undoes a failed transaction level. Never throws: the caller is already propagating the error that
    // matters. A lost connection has no transaction left to undo.
    void abandon(bool outermost, const std::string& savepoint) noexcept {
        if (db_.broken() || !db_.in_transaction()) return;
        try {
            if (outermost) {
                db_.exec("ROLLBACK");
            } else {
                db_.exec("ROLLBACK TO " + savepoint);
                db_.exec("RELEASE " + savepoint);
            }
        } catch (const StoreError&) {
        }
    }

    pg::Connection db_;
    PgOptions options_;
    int depth_ = 0;                      // nesting depth of transaction(); 0 = none open
    std::uint64_t local_writes_ = 0;     // outermost commits made through this connection, plus reconnects
    std::uint64_t notifications_ = 0;    // NOTIFYs received (anybody's commits, ours included)
    bool reported_broken_ = false;       // change_counter() already moved for the current lost connection
    bool lease_lock_held_ = false;       // this session holds its matcher advisory lock
};

} // namespace

// --- [SECTION] Opening ------------------------------------------------------------------------------------

std::unique_ptr<Store> open_pg_store(const std::string& conninfo, const PgOptions& options) {
    return std::make_unique<PgStore>(conninfo, options);
}

} // namespace mb
