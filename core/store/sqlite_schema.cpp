// core/store/sqlite_schema.cpp — see sqlite_schema.hpp.
#include "core/store/sqlite_schema.hpp"

#include <array>
#include <string>

namespace mb::sqlite {

namespace {

// --- Version 1: event settings, attendees, the check-in log ------------------------------------------------
//
// Invariants kept by the schema itself (not only by the code above it):
//  - check_ins is append-only: triggers refuse UPDATE and DELETE. Undo is an event with kind 'undo'.
//  - check_ins.uuid is unique, so replaying a write made elsewhere stores it once.
//  - at most one attendee per non-empty email, compared ASCII-case-insensitively (lower()).
constexpr const char* kMigration1 = R"sql(
CREATE TABLE settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE attendees (
    id                 INTEGER PRIMARY KEY,
    display_name       TEXT    NOT NULL CHECK (length(display_name) > 0),
    organization       TEXT    NOT NULL DEFAULT '',
    title              TEXT    NOT NULL DEFAULT '',
    field              TEXT    NOT NULL DEFAULT '',
    years_experience   INTEGER NOT NULL DEFAULT 0 CHECK (years_experience BETWEEN 0 AND 80),
    role               TEXT    NOT NULL CHECK (role IN ('mentor', 'mentee', 'both')),
    goals              INTEGER NOT NULL DEFAULT 0,
    expertise          INTEGER NOT NULL DEFAULT 0,
    location           TEXT    NOT NULL DEFAULT '',
    prefer_outside_org INTEGER NOT NULL DEFAULT 1,
    email              TEXT    NOT NULL DEFAULT '',
    share_email        INTEGER NOT NULL DEFAULT 0,
    phone              TEXT    NOT NULL DEFAULT '',
    share_phone        INTEGER NOT NULL DEFAULT 0,
    linkedin_url       TEXT    NOT NULL DEFAULT '',
    share_linkedin     INTEGER NOT NULL DEFAULT 0,
    share_organization INTEGER NOT NULL DEFAULT 0,
    share_title        INTEGER NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX attendees_email ON attendees (lower(email)) WHERE email <> '';

CREATE TABLE check_ins (
    seq         INTEGER PRIMARY KEY AUTOINCREMENT,
    attendee_id INTEGER NOT NULL REFERENCES attendees (id),
    kind        TEXT    NOT NULL CHECK (kind IN ('in', 'undo')),
    at_ms       INTEGER NOT NULL,
    source      TEXT    NOT NULL DEFAULT '',
    uuid        TEXT    NOT NULL UNIQUE
);
CREATE INDEX check_ins_by_attendee ON check_ins (attendee_id, seq);
CREATE TRIGGER check_ins_no_update BEFORE UPDATE ON check_ins
    BEGIN SELECT RAISE(ABORT, 'the check-in log is append-only'); END;
CREATE TRIGGER check_ins_no_delete BEFORE DELETE ON check_ins
    BEGIN SELECT RAISE(ABORT, 'the check-in log is append-only'); END;
)sql";

// --- Version 2: likes/declines and rounds (ground for the matching engine) --------------------------------
//
//  - preferences holds the current opinion of one attendee about another; "none" is the absence of a row.
//  - a round's pairings are frozen when the round starts; a mentor may sit with several mentees (a group, one
//    table), a mentee with one mentor, nobody on both sides (checked by the store before insert:
//    round_rules.hpp).
constexpr const char* kMigration2 = R"sql(
CREATE TABLE preferences (
    from_id    INTEGER NOT NULL REFERENCES attendees (id),
    to_id      INTEGER NOT NULL REFERENCES attendees (id),
    preference TEXT    NOT NULL CHECK (preference IN ('like', 'decline')),
    at_ms      INTEGER NOT NULL,
    PRIMARY KEY (from_id, to_id),
    CHECK (from_id <> to_id)
) WITHOUT ROWID;

CREATE TABLE rounds (
    id         INTEGER PRIMARY KEY,
    number     INTEGER NOT NULL UNIQUE CHECK (number > 0),
    started_ms INTEGER NOT NULL,
    duration_s INTEGER NOT NULL DEFAULT 0 CHECK (duration_s >= 0)
);

CREATE TABLE round_pairings (
    round_id  INTEGER NOT NULL REFERENCES rounds (id),
    mentor_id INTEGER NOT NULL REFERENCES attendees (id),
    mentee_id INTEGER NOT NULL REFERENCES attendees (id),
    table_no  INTEGER NOT NULL DEFAULT 0 CHECK (table_no >= 0),
    score     INTEGER NOT NULL DEFAULT 0,
    reasons   TEXT    NOT NULL DEFAULT '',
    PRIMARY KEY (round_id, mentor_id, mentee_id),
    CHECK (mentor_id <> mentee_id)
) WITHOUT ROWID;
)sql";

// --- Version 3: live suggestions shared by processes, and change tracking for attendees ------------------
//
//  - attendees.revision grows with every insert or edit (max + 1, assigned inside the write transaction,
//    which SQLite serializes), so a reader asks "what changed since revision R" with an index seek.
//  - suggestions is the one board every process shows; only the holder of matcher_lease rewrites it.
//  - matcher_lease has at most one row (id = 1); a holder renews it before expires_ms, and anyone may take
//    it once it has expired (the holder died).
constexpr const char* kMigration3 = R"sql(
ALTER TABLE attendees ADD COLUMN revision INTEGER NOT NULL DEFAULT 0;
UPDATE attendees SET revision = id;
CREATE INDEX attendees_by_revision ON attendees (revision);

CREATE TABLE suggestions (
    mentor_id INTEGER NOT NULL REFERENCES attendees (id),
    mentee_id INTEGER NOT NULL REFERENCES attendees (id),
    score     INTEGER NOT NULL DEFAULT 0,
    reasons   TEXT    NOT NULL DEFAULT '',
    locked    INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (mentor_id, mentee_id),
    CHECK (mentor_id <> mentee_id)
) WITHOUT ROWID;

CREATE TABLE matcher_lease (
    id         INTEGER PRIMARY KEY CHECK (id = 1),
    holder     TEXT    NOT NULL,
    expires_ms INTEGER NOT NULL
);
)sql";

// --- Version 4: registrations made on a device carry a uuid -----------------------------------------------
//
// An offline kiosk replays walk-in registrations when the server is back; the uuid makes the replay land
// once. NULL for imported rows, and a partial unique index, so any number of rows may have none.
constexpr const char* kMigration4 = R"sql(
ALTER TABLE attendees ADD COLUMN uuid TEXT;
CREATE UNIQUE INDEX attendees_uuid ON attendees (uuid) WHERE uuid IS NOT NULL;
)sql";

// --- Version 5: name parts, romanised name, ticket code, mentor capacity -----------------------------------
//
//  - given_name/family_name are kept as the export gave them ('' when it gave only a joined name).
//  - ticket_code is the registration platform's code; several rows may have none (''), so the index is
//    partial and not unique: two imports of one order may legitimately repeat a code until merged.
//  - mentor_capacity 0 means "the event's default"; 1..4 is the person's own maximum.
constexpr const char* kMigration5 = R"sql(
ALTER TABLE attendees ADD COLUMN given_name TEXT NOT NULL DEFAULT '';
ALTER TABLE attendees ADD COLUMN family_name TEXT NOT NULL DEFAULT '';
ALTER TABLE attendees ADD COLUMN name_latin TEXT NOT NULL DEFAULT '';
ALTER TABLE attendees ADD COLUMN ticket_code TEXT NOT NULL DEFAULT '';
ALTER TABLE attendees ADD COLUMN mentor_capacity INTEGER NOT NULL DEFAULT 0
    CHECK (mentor_capacity BETWEEN 0 AND 4);
CREATE INDEX attendees_ticket_code ON attendees (ticket_code) WHERE ticket_code <> '';
)sql";

constexpr std::array<const char*, 5> kMigrations{kMigration1, kMigration2, kMigration3, kMigration4, kMigration5};

} // namespace

int latest_schema_version() { return static_cast<int>(kMigrations.size()); }

void migrate(Connection& db, int target_version) {
    const int latest = latest_schema_version();
    const int target = target_version < 0 ? latest : target_version;
    // The version is read inside the write transaction, so two processes opening a new file at once
    // cannot both apply migration 1: the second waits (busy_timeout), then sees version 1 and skips.
    for (;;) {
        db.exec("BEGIN IMMEDIATE");
        const auto current = static_cast<int>(db.pragma_int("PRAGMA user_version"));
        if (current > latest) {
            db.exec("ROLLBACK");
            throw StoreError("the database was written by a newer Matchbooth (schema version " +
                             std::to_string(current) + ", this program knows up to " + std::to_string(latest) +
                             "); refusing to open it rather than risk losing data",
                             StoreErrorKind::Other);
        }
        if (current >= target) {
            db.exec("COMMIT");
            return;
        }
        try {
            db.exec(kMigrations[static_cast<std::size_t>(current)]);
            db.exec("PRAGMA user_version = " + std::to_string(current + 1));   // integer we made: no data
            db.exec("COMMIT");
        } catch (...) {
            db.exec("ROLLBACK");
            throw;
        }
    }
}

} // namespace mb::sqlite
