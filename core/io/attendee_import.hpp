// core/io/attendee_import.hpp — importing an event platform's attendee list into the store.
//
// Columns are found by header name (case-, accent- and punctuation-insensitive) over the usual spellings:
// "Name" / "Attendee name" / "Full name", or "First Name" + "Last Name"; "Email"; "Company" / "Organization";
// "Job Title" / "Position"; and optional "Role", "Years of experience", "Field" / "Specialty", "Goals",
// "Expertise", "Location", "Phone", "LinkedIn", "Prefer mentor outside organization".
//
// Rules (each one is reported, nothing is silent):
//  - a short, long or malformed row is skipped and reported with its line number; the rest still imports;
//  - a row whose email matches an attendee already stored (or an earlier row) is merged into that attendee:
//    non-empty cells overwrite, empty cells keep what was there;
//  - the whole import is one transaction: it lands completely or, on a storage failure, not at all;
//  - consent flags are never imported: only the person can agree to share their details, at the kiosk.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/store/store.hpp"

namespace mb {

struct ImportIssue {
    int line = 0;                         // 1-based line in the file
    std::string message;
};

struct ImportSummary {
    int rows = 0;                         // data rows seen (header and blank lines excluded)
    int imported = 0;                     // new attendees
    int merged = 0;                       // rows merged into an existing attendee by email
    std::vector<ImportIssue> skipped;     // rows not imported, with the reason
    std::vector<ImportIssue> merges;      // which rows were merged into whom
    std::vector<ImportIssue> warnings;    // imported, but something was ignored (unknown goal, ...)
};

struct ImportError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

// Imports CSV text. Throws ImportError when the file as a whole cannot be used (no header, no name
// column) and StoreError when storage fails (then nothing was imported).
ImportSummary import_attendees_csv(Store& store, std::string_view csv_text);

// Reads the file and imports it. Throws ImportError naming the path if it cannot be read.
ImportSummary import_attendees_csv_file(Store& store, const std::string& path);

// A human summary: "imported 120, merged 3, skipped 2" followed by one line per issue.
std::string describe(const ImportSummary& s);

} // namespace mb
