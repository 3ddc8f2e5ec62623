// core/kiosk/import_hook.cpp — calls core/io's CSV importer for the organizer screen, or says it is missing.
#include "core/kiosk/import_hook.hpp"

#include <system_error>

namespace mb::kiosk {

ImportOutcome import_attendees_from_path(Store& store, const std::filesystem::path& csv) {
    (void)store;
    std::error_code ec;
    if (!std::filesystem::is_regular_file(csv, ec))
        return {false, "No file at " + csv.string() + ". Check the path (it is read on this computer)."};
    // Wired to mb::import_attendees_csv when core/io/attendee_import.hpp lands on main.
    return {false, "CSV import is not in this build yet (waiting for core/io/attendee_import.hpp)."};
}

} // namespace mb::kiosk
