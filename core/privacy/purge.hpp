// core/privacy/purge.hpp — after the event: every person's data out, only aggregate counts kept.
//
// purge_event() works through the Store interface (SQLite and PostgreSQL alike), in one transaction:
//   - the counts are taken first and kept in the setting "event_totals" (one "key=value" per line: attendees,
//     mentors, mentees, both, checked_in, check_in_events, likes, declines, rounds, groups, pairings), with
//     "purged_at_ms"; `config show` prints them;
//   - every profile is blanked as erase_attendee() does (name "Erased attendee", nothing else), and anyone
//     still checked in is checked out, so the board shows nobody;
//   - every like/decline is removed, live suggestions withdrawn (when the lease can be taken), and the
//     reasons of every past pairing emptied; who sat where stays, under anonymous ids;
//   - the check-in log is append-only: its rows stay, pointing at blanked profiles, so they say only "some
//     attendee, at this time, at this kiosk".
// A SQLite file is then scrubbed by the caller with scrub_sqlite_file() (erase.hpp).
//
// Retention ("retention_days" setting, N >= 1): the personal data is purged automatically once N whole days
// have passed since the event ended. The event's end is the latest thing that happened in it: the latest
// check-in-log time, or the end of the last round (start + planned length). An event where nothing happened
// yet (only an imported list) has no end and is never purged automatically. A purge records purged_at_ms and
// how far the check-in log and the rounds had got; the rule fires again only if either moved on after that
// purge (the file reused for a later event), counted from that later activity.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>

#include "core/store/store.hpp"

namespace mb {

// Aggregate counts, by name, in the order they are printed.
using EventTotals = std::map<std::string, std::int64_t>;

struct PurgeReport {
    EventTotals totals;                   // as stored in "event_totals"
    int profiles_blanked = 0;
    int checked_out = 0;
    int preferences_removed = 0;
    int suggestions_withdrawn = 0;
    int suggestions_left_to_matcher = 0;
    int round_reasons_blanked = 0;

    std::string summary() const;          // one line, no personal data
};

EventTotals count_event(Store& store);
PurgeReport purge_event(Store& store, std::int64_t now_ms);

// The totals a purge stored (empty if the event was never purged), and when.
EventTotals stored_totals(Store& store);
std::string format_totals(const EventTotals& totals);   // "120 attendees, 40 mentors, ..."

// --- Retention -------------------------------------------------------------------------------------------
inline constexpr const char* kRetentionDaysKey = "retention_days";
inline constexpr const char* kPurgedAtKey = "purged_at_ms";
inline constexpr const char* kEventTotalsKey = "event_totals";

std::optional<std::int64_t> event_end_ms(Store& store);      // see the rule above; nullopt: nothing happened
// When the retention rule purges (end + N days), or nullopt: no retention set, no end, or already purged.
std::optional<std::int64_t> retention_due_ms(Store& store);
// Purges if the retention has run out at now_ms; the report of the purge, or nullopt when nothing was due.
std::optional<PurgeReport> apply_retention(Store& store, std::int64_t now_ms);

} // namespace mb
