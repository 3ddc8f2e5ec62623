// core/kiosk/attendance_export.hpp — the organizer's attendance export: who registered and who is here.
//
// Deliberately without contact details: the organizer already holds those in their own registration list,
// and a file written from a public kiosk should not become a second copy of everyone's email address.
// Columns: id,name,organization,role,checked_in ("yes"/"no"), RFC 4180 quoting, UTF-8, LF line ends.
#pragma once

#include <filesystem>
#include <string>

#include "core/store/store.hpp"

namespace mb::kiosk {

// Writes the CSV next to `path` and renames it into place, so a reader never sees half a file.
// Returns the number of attendees written. Throws std::runtime_error with a sentence on failure.
std::size_t export_attendance_csv(Store& store, const std::filesystem::path& path);

std::string csv_quote(std::string_view field);       // quotes when needed, doubling inner quotes

} // namespace mb::kiosk
