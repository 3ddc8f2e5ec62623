// core/kiosk/import_hook.hpp — the organizer's "Import CSV" button over core/io's importer.
//
// mb::import_attendees_csv_file does the work (header matching, merge by email, one transaction); this turns
// its summary or failure into sentences for a touchscreen: a count first, then the first few issues.
// The organizer screen checks a file first (a dry run showing the column mapping) and imports on a second tap.
#pragma once

#include <filesystem>
#include <string>

#include "core/store/store.hpp"

namespace mb::kiosk {

struct ImportOutcome {
    bool ok = false;                 // true: the file was imported (possibly with skipped rows)
    std::string message;             // a few short lines for the organizer
};

// Never throws: every failure (missing file, unusable CSV, store error) comes back as a message.
ImportOutcome import_attendees_from_path(Store& store, const std::filesystem::path& csv);

// The organizer's first tap: a dry run. Says which column feeds which field, what was ignored, what would be
// imported and any answer that would block matching; stores nothing. ok: the file could be imported.
ImportOutcome check_import_from_path(Store& store, const std::filesystem::path& csv);

} // namespace mb::kiosk
