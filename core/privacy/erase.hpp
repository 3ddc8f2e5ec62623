// core/privacy/erase.hpp — erasing one person on request (GDPR Art. 17), and scrubbing the database file.
//
// erase_attendee() works through the Store interface, so SQLite and PostgreSQL erase alike:
//   - the profile is blanked in place: name "Erased attendee", every contact field, organization, title,
//     field, location, given/family/romanised name, ticket code, goals, expertise, years and consents cleared.
//     The row stays so that the append-only check-in log (kept for true counts) still points at an id; that
//     row and the log then say nothing about who it was;
//   - if present, an undo check-in takes them off the board;
//   - their likes and declines, both ways, are removed; live suggestions with them are withdrawn. Past
//     rounds' pairings stay (frozen, anonymous ids; their reasons, such as "14 years ahead", name nobody).
// scrub_sqlite_file() then makes the deleted bytes unrecoverable from a SQLite file: secure_delete on,
// a WAL checkpoint that truncates the WAL, VACUUM (rewrites every page), and a second truncating checkpoint.
// It needs the other kiosks of the event stopped (VACUUM waits for no reader); if one holds the file, it
// says so and the caller can run it again.
#pragma once

#include <filesystem>
#include <string>

#include "core/store/store.hpp"

namespace mb {

struct EraseReport {
    std::string was_named;               // for the organizer's confirmation line only (never logged)
    bool was_present = false;
    int preferences_removed = 0;
    int suggestions_withdrawn = 0;
};

inline constexpr const char* kErasedName = "Erased attendee";

// Throws StoreError (kind NotFound-like Invalid) if there is no attendee `id`.
EraseReport erase_attendee(Store& store, AttendeeId id);

// Overwrites freed pages and the WAL of the SQLite database at `path` (see above). Throws StoreError.
void scrub_sqlite_file(const std::filesystem::path& path);

} // namespace mb
