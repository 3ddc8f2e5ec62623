// core/kiosk/export_hook.hpp — the organizer's "Export" button: core/io's attendee CSV, written safely.
//
// The columns and formula-safe cells are core/io's (mb::export_attendees_csv: every attendee with contact
// details, consents and check-in state). This adds what a button on a kiosk needs: a temporary file renamed
// into place so a reader never sees half a file, owner-only permissions because the file holds personal
// data, and failures as sentences.
#pragma once

#include <filesystem>

#include "core/store/store.hpp"

namespace mb::kiosk {

// Returns the number of attendees written. Throws std::runtime_error with a sentence on failure.
std::size_t export_attendees_to_path(Store& store, const std::filesystem::path& path);

} // namespace mb::kiosk
