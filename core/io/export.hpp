// core/io/export.hpp — CSV exports for organizers: attendees (with check-in state), the check-in log, and
// the rounds (who sat with whom, at which table).
//
// Every cell goes through csv_cell(), which neutralizes spreadsheet formulas (a name like
// "=HYPERLINK(...)" arrives in Excel as text, not as a live formula).
#pragma once

#include <ostream>

#include "core/store/store.hpp"

namespace mb {

struct AttendeeExportOptions {
    // Ticket codes let anyone holding the file check in as that person, so they leave the store only when
    // asked for (a re-import into another device); a "ticket_code" column is then added at the end.
    bool with_ticket_codes = false;
};

// One row per attendee. "mentor_capacity" is the person's own (1..4), empty where the event's default
// applies; its header re-imports as the capacity column, as "ticket_code" does.
void export_attendees_csv(Store& store, std::ostream& out, const AttendeeExportOptions& options = {});
void export_check_ins_csv(Store& store, std::ostream& out);
// One row per mentor–mentee pair of every round (a group table gives one row per mentee), by round and then
// as seated: round, table (0 = no table), mentor and mentee names and ids, the score when seated, and its
// reasons joined with "; ".
void export_rounds_csv(Store& store, std::ostream& out);

// Unix milliseconds as ISO 8601 UTC, e.g. "2026-11-24T18:05:09.123Z".
std::string iso8601_utc(std::int64_t unix_ms);

} // namespace mb
