// core/io/attendee_import.hpp — importing an event platform's attendee list into the store.
//
// Columns are found by core/io/column_mapping (known spellings of Eventbrite, pretix, Hi.Events, Indico and
// hand-made sheets, then custom questions by meaning, attendee-level columns over order-level ones), and the
// mapping is part of every summary: which column fed which field, which were ignored and why.
//
// Rules (each one is reported, nothing is silent):
//  - a short, long or malformed row is skipped and reported with its line number; the rest still imports;
//  - who is the same person: the same ticket code; otherwise the same email and a compatible name (one
//    name's words contained in the other's); a row with neither email nor ticket, an attendee with neither
//    and the same name (so re-importing a bare sheet does not double everyone). The same email with a
//    different name is another person of the same order or family: imported separately, without the shared
//    email, and reported;
//  - a row whose attendee email is empty uses the order's email only when no other row of the file has it;
//  - a merge overwrites with the row's non-empty cells and keeps the rest;
//  - the whole import is one transaction: it lands completely or, on a storage failure, not at all; a dry
//    run does all of it and rolls back;
//  - consent flags are never imported: only the person can agree to share their details, at the kiosk;
//  - answers that would stop matching (no mentors, every mentor at 0 years ...) are listed as blockers.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/io/column_mapping.hpp"
#include "core/store/store.hpp"

namespace mb {

struct ImportIssue {
    int line = 0;                         // 1-based line in the file
    std::string message;
};

struct ImportOptions {
    bool dry_run = false;                 // do everything, then roll back: nothing is stored
    std::vector<ColumnOverride> overrides;    // `--map` corrections
    int preview_rows = 5;                 // attendees kept in the summary, as they were (or would be) stored
    int min_years_gap = 3;                // the experience rule, for the blocker check (MatchSettings)
};

struct ImportSummary {
    bool dry_run = false;
    ColumnMapping mapping;
    int rows = 0;                         // data rows seen (header and blank lines excluded)
    int imported = 0;                     // new attendees
    int merged = 0;                       // rows merged into an existing attendee
    std::vector<ImportIssue> skipped;     // rows not imported, with the reason
    std::vector<ImportIssue> merges;      // which rows were merged into whom
    std::vector<ImportIssue> warnings;    // imported, but something was ignored or changed (unknown goal ...)
    std::vector<std::string> blockers;    // answers that would keep the matcher from pairing people
    std::vector<Attendee> preview;        // the first rows as stored (ids are 0 in a dry run's preview)
};

struct ImportError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

// Imports CSV text. Throws ImportError when the file as a whole cannot be used (no header, no name
// column, an override naming a missing column) and StoreError when storage fails (then nothing was
// imported).
ImportSummary import_attendees_csv(Store& store, std::string_view csv_text, const ImportOptions& options = {});

// Reads the file and imports it. Throws ImportError naming the path if it cannot be read.
ImportSummary import_attendees_csv_file(Store& store, const std::string& path, const ImportOptions& options = {});

// A human summary: "imported 120, merged 3, skipped 2 (of 125 rows)", the column mapping, blockers, then one
// line per issue; a dry run says so first and shows the preview rows.
std::string describe(const ImportSummary& s);

// The first line of describe() only ("imported 120, merged 3, skipped 2 (of 125 rows)").
std::string describe_counts(const ImportSummary& s);

} // namespace mb
