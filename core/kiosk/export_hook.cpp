// core/kiosk/export_hook.cpp — writes core/io's attendee CSV to a path, atomically and owner-only.
#include "core/kiosk/export_hook.hpp"

#include <fstream>
#include <stdexcept>

#include "core/io/export.hpp"

namespace mb::kiosk {

std::size_t export_attendees_to_path(Store& store, const std::filesystem::path& path) {
    namespace fs = std::filesystem;
    if (path.empty()) throw std::runtime_error("Type a file path to export to.");
    fs::path temp = path;
    temp += ".tmp";
    {
        std::ofstream out(temp, std::ios::binary | std::ios::trunc);
        if (!out) throw std::runtime_error("Cannot write " + temp.string() + ". Is the folder there and writable?");
        std::error_code ec;
        fs::permissions(temp, fs::perms::owner_read | fs::perms::owner_write, fs::perm_options::replace, ec);
        export_attendees_csv(store, out);
        out.flush();
        if (!out) throw std::runtime_error("Writing " + temp.string() + " failed (disk full?).");
    }
    std::error_code ec;
    fs::rename(temp, path, ec);
    if (ec) {
        const std::string why = ec.message();
        fs::remove(temp, ec);
        throw std::runtime_error("Cannot replace " + path.string() + ": " + why);
    }
    return static_cast<std::size_t>(store.attendee_count());
}

} // namespace mb::kiosk
