// core/kiosk/import_hook.hpp — the organizer's "Import CSV" button, the one place that calls core/io.
//
// core/io/attendee_import.hpp (mb::import_attendees_csv) is being written on main; until it exists in the
// build this reports, in words, that import is not available — the button is wired, the engine is missing.
#pragma once

#include <filesystem>
#include <string>

#include "core/store/store.hpp"

namespace mb::kiosk {

struct ImportOutcome {
    bool ok = false;                 // true: the file was imported (possibly with warnings)
    std::string message;             // one or two sentences for the organizer
};

// Never throws: every failure (missing file, bad CSV, store error) comes back as a message.
ImportOutcome import_attendees_from_path(Store& store, const std::filesystem::path& csv);

} // namespace mb::kiosk
