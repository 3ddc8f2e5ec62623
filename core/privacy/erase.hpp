// core/privacy/erase.hpp — erasing one person on request (GDPR Art. 17), and scrubbing the database file.
//
// erase_attendee() works through the Store interface, so SQLite and PostgreSQL erase alike:
//   - the profile is blanked in place: name "Erased attendee", every contact field, organization, title,
//     field, location, given/family/romanised name, ticket code, goals, expertise, years and consents cleared.
//     The row stays so that the append-only check-in log (kept for true counts) still points at an id; that
//     row and the log then say nothing about who it was;
//   - if present, an undo check-in takes them off the board;
//   - their likes and declines, both ways, are removed;
//   - live suggestions with them are withdrawn when this process can take the matcher lease; when a running
//     matcher holds it, they are left for that matcher (it drops them once it sees the person checked out)
//     and the report says how many, instead of claiming them withdrawn;
//   - past rounds' pairings that seated them keep who sat where and the score (counts stay true) but lose
//     their reasons ("both in cardiology", "same city" say something about a person).
// Errors thrown from it never carry the person's name, e-mail, phone or ticket code (they are replaced by
// "(erased person)"), so a terminal, a log or a crash report does not undo the erasure.
//
// scrub_sqlite_file() then makes the deleted bytes unrecoverable from a SQLite file: secure_delete on,
// a WAL checkpoint that truncates the WAL, VACUUM (rewrites every page), and a second truncating checkpoint.
// A checkpoint that another connection blocks (a kiosk or board in the middle of reading) reports "busy" in
// its result row rather than failing; that is read and turned into a StoreError of kind Busy, because the
// old page images would still sit in the WAL.
#pragma once

#include <filesystem>
#include <functional>
#include <string>

#include "core/store/store.hpp"

namespace mb {

struct EraseReport {
    AttendeeId id = 0;
    std::string was_named;               // for the organizer's confirmation line only (never logged)
    bool was_present = false;
    int preferences_removed = 0;
    int suggestions_withdrawn = 0;       // removed from the stored suggestions by this call
    int suggestions_left_to_matcher = 0; // a running matcher holds the lease: it drops these itself
    int round_reasons_blanked = 0;       // past pairings that seated them, reasons emptied

    // One line for a screen or a terminal, naming the id only: "attendee 12 erased: profile blanked, ...".
    std::string summary() const;
};

inline constexpr const char* kErasedName = "Erased attendee";

// True for a profile erase_attendee() left: the outbox uses it so a queued edit never restores a person.
bool is_erased(const Attendee& a);

// The whole erasure of one person, as one call (organizer screen and CLI alike). Throws StoreError (kind
// Invalid) if there is no attendee `id`; other StoreErrors propagate with personal data removed.
EraseReport erase_attendee(Store& store, AttendeeId id);

// --- Building blocks (purge.cpp uses them too) -------------------------------------------------------------
Attendee blanked_attendee(const Attendee& a);     // id and role kept; everything else as a new Attendee

struct Withdrawal {
    int withdrawn = 0;                   // removed from the stored suggestions
    int left_to_matcher = 0;             // a running matcher holds the lease: it drops these itself
};
// Withdraws the live suggestions `involved` picks, if this process can take the matcher lease.
Withdrawal withdraw_suggestions_if(Store& store, const std::function<bool(const Pairing&)>& involved);

// The sentence a blocked scrub throws (kind Busy); callers add what was already done.
inline constexpr const char* kScrubBlocked =
    "another program has the database open; stop the event's kiosks and board, then run the command again";

// Overwrites freed pages and the WAL of the SQLite database at `path` (see above). Waits up to
// busy_timeout_ms for other connections. Throws StoreError (Busy with kScrubBlocked when blocked).
void scrub_sqlite_file(const std::filesystem::path& path, int busy_timeout_ms = 5000);

// The PostgreSQL counterpart: VACUUM FULL rewrites every table that held the person (and their indexes) into
// new files, so the old row versions are not left in the table files; then a CHECKPOINT (allowed to the
// event server's role through pg_checkpoint; skipped, and said, when not) lets the server remove the old
// files at once. What PostgreSQL cannot promise: its write-ahead log still holds the old rows until the
// server recycles those segments. Waits up to lock_timeout_ms for kiosks' open reads; then throws Busy.
// Returns "" or the sentence about the skipped checkpoint.
std::string scrub_postgres(const std::string& conninfo, int lock_timeout_ms = 5000);

} // namespace mb
