// core/io/export.hpp — CSV exports for organizers: attendees (with check-in state) and the check-in log.
//
// Every cell goes through csv_cell(), which neutralizes spreadsheet formulas (a name like
// "=HYPERLINK(...)" arrives in Excel as text, not as a live formula).
#pragma once

#include <ostream>

#include "core/store/store.hpp"

namespace mb {

void export_attendees_csv(Store& store, std::ostream& out);
void export_check_ins_csv(Store& store, std::ostream& out);

// Unix milliseconds as ISO 8601 UTC, e.g. "2026-11-24T18:05:09.123Z".
std::string iso8601_utc(std::int64_t unix_ms);

} // namespace mb
