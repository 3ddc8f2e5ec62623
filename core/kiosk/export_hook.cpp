// core/kiosk/export_hook.cpp — writes core/io's attendee CSV to a path, atomically and owner-only.
#include "core/kiosk/export_hook.hpp"

#include <sstream>
#include <stdexcept>

#include "core/io/export.hpp"
#include "core/util/files.hpp"

namespace mb::kiosk {

std::size_t export_attendees_to_path(Store& store, const std::filesystem::path& path) {
    if (path.empty()) throw std::runtime_error("Type a file path to export to.");
    std::ostringstream csv;
    export_attendees_csv(store, csv);
    try {
        write_file_atomically(path, csv.str(), FileAccess::Private);
    } catch (const std::runtime_error& e) {
        throw std::runtime_error(std::string(e.what()) + ". Is the folder there and writable?");
    }
    return static_cast<std::size_t>(store.attendee_count());
}

} // namespace mb::kiosk
